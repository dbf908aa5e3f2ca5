/**
 * The due days of a recurring duty (每月报送, 每季度) within a window.
 *
 * Occurrences are fixed by the calendar, not by the duty's dates: `monthly`
 * is every month end, `quarterly` 3/31, 6/30, 9/30, 12/31 whatever month the
 * duty starts in, `{every: month, day: 28}` the 28th (day 31 in a short
 * month: its last day), `{every: week, weekday: fri}` every Friday. A plain
 * `weekly` keeps the weekday of the window's end. `within: 10 days` moves
 * each due day ten days past its period's end (每季度结束后10日内).
 *
 * An occurrence belongs to the duty's window (`start`..`due`, else its
 * phase, else the plan period; see `Recurrence`) when its period ends inside
 * it, so the report on the last quarter, due in January, still counts.
 */
import { civilFromDay, dayFromCivil, daysInMonth, weekday } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import type { Recurrence, Task } from '../model/types.js';

/** At most this many occurrences are listed, however wide the window. */
export const MAX_OCCURRENCES = 500;

/** A duty with more occurrences than this in its window is an error (`repeat-form`). */
export const MAX_DUTY_OCCURRENCES = 10_000;

export function occurrences(task: Task, from: Day, to: Day, limit = MAX_OCCURRENCES): Day[] {
  const rule = task.recurrence;
  if (!rule) return [];
  return dueDays(rule, Math.max(from, rule.from ?? from), Math.min(to, rule.to ?? to), limit);
}

/**
 * The due days of the occurrences whose period ends in `first`..`last`,
 * at most `limit` of them. Each step is one occurrence or one month, so a
 * wide window costs no more than its occurrences.
 */
export function dueDays(rule: Recurrence, first: Day, last: Day, limit: number): Day[] {
  const days: Day[] = [];
  if (first > last || limit <= 0) return days;
  const within = rule.withinDays;
  if (rule.every === 'week') {
    const target = rule.weekday ?? weekday(last);
    let end = first + ((target - weekday(first) + 7) % 7);
    for (; end <= last && days.length < limit; end += 7) days.push(end + within);
    return days;
  }
  const start = civilFromDay(first);
  const months = rule.months;
  for (let year = start.year; days.length < limit; year++) {
    for (const month of months) {
      if (year === start.year && month < start.month) continue;
      const length = daysInMonth(year, month);
      const end = dayFromCivil(year, month, Math.min(rule.day ?? length, length));
      if (end > last) return days;
      if (end >= first) days.push(end + within);
      if (days.length >= limit) return days;
    }
    if (months.length === 0) return days;
  }
  return days;
}
