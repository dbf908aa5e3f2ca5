/**
 * The views' calendar rules, by date-fns: adding months, the starts of
 * quarters and ISO weeks, ISO week numbers. Each goes through `UtcDay`
 * (`utc-day.ts`), so no time zone can shift a day. They are called per
 * timeline column or per window, never per task, so date-fns' cost (a
 * `Date` built and read back each time) does not show; and this module is
 * kept out of `dates/index.ts` so that `plan check` never loads date-fns.
 */
import {
  addMonths as addMonthsFns,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
  startOfQuarter as startOfQuarterFns,
} from 'date-fns';
import type { Day } from './types.js';
import { dateOfDay, dayOfDate } from './utc-day.js';

/** An ISO 8601 week: the year it belongs to may differ from the calendar year. */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

/** Monday of the day's ISO week. */
export function startOfIsoWeek(day: Day): Day {
  return dayOfDate(startOfISOWeek(dateOfDay(day)));
}

/** The ISO week belongs to the year that holds its Thursday. */
export function isoWeek(day: Day): IsoWeek {
  const date = dateOfDay(day);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

export function startOfQuarter(day: Day): Day {
  return dayOfDate(startOfQuarterFns(dateOfDay(day)));
}

/** Moves by whole months; a day past the end of the new month is clamped (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  return dayOfDate(addMonthsFns(dateOfDay(day), months));
}
