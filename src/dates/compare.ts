/**
 * A written date is a span; these pick the day that matters. A due date means
 * its last day (`2014-07` is due by 31 July), a start its first day.
 */
import type { Day, PlanDate } from './types.js';

/** The last day of a fixed date; undefined when absent or ongoing (never due). */
export function dueDay(date?: PlanDate): Day | undefined {
  return date?.kind === 'fixed' ? date.last : undefined;
}

/** The first day of a fixed date; undefined when absent or ongoing. */
export function startDay(date?: PlanDate): Day | undefined {
  return date?.kind === 'fixed' ? date.first : undefined;
}

/** Signed whole days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: Day, b: Day): number {
  return b - a;
}
