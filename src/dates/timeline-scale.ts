/**
 * The calendar units a timeline's axis is cut into, and one unit of it. Pure
 * calendar data, so they sit with the dates: the timeline view lays rows out
 * on them and the message catalogues name them, and neither then has to
 * import the other.
 */
import type { Day } from './types.js';

export const timelineScales = ['week', 'month', 'quarter'] as const;
export type TimelineScale = (typeof timelineScales)[number];

/** One unit of the time axis. */
export interface TimelineTick {
  /** First and last day of the unit. */
  readonly start: Day;
  readonly end: Day;
  /** The calendar year the unit belongs to (the ISO week-year for weeks). */
  readonly year: number;
  /** Week 1–53, month 1–12 or quarter 1–4. */
  readonly index: number;
  /** The first tick, or a tick in a different year from the one before. */
  readonly newYear: boolean;
}
