/**
 * The due days of a recurring task (每月报送, 每季度) within a window.
 *
 * The anchor is the task's final due day (else its start, else the window's
 * start), and occurrences step from it by the repeat interval, both ways. A
 * month-end anchor stays at month ends (`due: 2023-12` repeats on the last
 * day of every month); otherwise the day of the month is kept, clamped to
 * short months (`due: 2023-12-28` repeats on the 28th).
 */
import { addMonths, civilFromDay, daysInMonth } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import type { RepeatKind, Task } from '../model/types.js';
import { firstDay, lastDay } from './schedule.js';

const monthsPerStep: Record<Exclude<RepeatKind, 'weekly'>, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

/** At most this many occurrences are listed, however wide the window. */
export const MAX_OCCURRENCES = 500;

export function occurrences(task: Task, from: Day, to: Day, limit = MAX_OCCURRENCES): Day[] {
  if (!task.repeat) return [];
  const first = Math.max(from, firstDay(task.start) ?? Number.NEGATIVE_INFINITY);
  const last = Math.min(to, lastDay(task.due) ?? Number.POSITIVE_INFINITY);
  if (first > last) return [];
  const anchor = lastDay(task.due) ?? lastDay(task.start) ?? from;
  const days: Day[] = [];
  if (task.repeat === 'weekly') {
    const offset = Math.ceil((first - anchor) / 7);
    for (let day = anchor + offset * 7; day <= last && days.length < limit; day += 7)
      days.push(day);
    return days;
  }
  const step = monthsPerStep[task.repeat];
  const atMonthEnd = isMonthEnd(anchor);
  const monthsFromAnchor = monthDiff(anchor, first);
  let k = Math.floor(monthsFromAnchor / step) - 1;
  for (; days.length < limit; k++) {
    const day = stepMonths(anchor, k * step, atMonthEnd);
    if (day > last) break;
    if (day >= first) days.push(day);
  }
  return days;
}

function stepMonths(anchor: Day, months: number, atMonthEnd: boolean): Day {
  const day = addMonths(anchor, months);
  if (!atMonthEnd) return day;
  const { year, month } = civilFromDay(day);
  return day - civilFromDay(day).day + daysInMonth(year, month);
}

function isMonthEnd(day: Day): boolean {
  const { year, month, day: d } = civilFromDay(day);
  return d === daysInMonth(year, month);
}

function monthDiff(from: Day, to: Day): number {
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
