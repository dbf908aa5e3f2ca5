/**
 * The year a plan gives to dates written without one (`6月底`, `上半年`):
 * the year its period lies in, when the period lies within one calendar
 * year. Worked out once per plan from the period's two ends, which must be
 * written with their years.
 */
import { civilFromDay } from './calendar.js';
import type { PlanDate, YearContext } from './types.js';

function yearOf(date: PlanDate | undefined, end: 'first' | 'last'): number | undefined {
  return date?.kind === 'fixed' ? civilFromDay(date[end]).year : undefined;
}

/**
 * `start` and `end` are the period's ends as read without a year context
 * (absent or unreadable: undefined); `fallbackYear` (the year the plan was
 * issued) only shapes the example an error gives when the period cannot.
 */
export function periodYearContext(
  start: PlanDate | undefined,
  end: PlanDate | undefined,
  fallbackYear?: number,
): YearContext {
  if (start?.kind === 'fixed' && end?.kind === 'fixed') {
    // A period written end first is an error of its own (end-before-start);
    // when all of it is in one year, that year is still plain.
    const year = civilFromDay(Math.min(start.first, end.first)).year;
    if (year === civilFromDay(Math.max(start.last, end.last)).year) return { kind: 'year', year };
    if (start.first <= end.last) return { kind: 'span', first: start.first, last: end.last };
  }
  const exampleYear = yearOf(start, 'first') ?? yearOf(end, 'last') ?? fallbackYear;
  return exampleYear !== undefined
    ? { kind: 'none', reason: 'no-period', exampleYear }
    : { kind: 'none', reason: 'no-period' };
}

/**
 * For the period's own ends: they give the year, so they cannot take it.
 * The other end's year, if it has one, shapes the example.
 */
export function periodEndContext(other: PlanDate | undefined): YearContext {
  const exampleYear = yearOf(other, 'first');
  return exampleYear !== undefined
    ? { kind: 'none', reason: 'in-period', exampleYear }
    : { kind: 'none', reason: 'in-period' };
}
