/**
 * The due days of a recurring duty (每月报送, 每季度) within a window.
 *
 * Occurrences are fixed by the calendar, not by the duty's dates: `monthly`
 * is every month end, `quarterly` 3/31, 6/30, 9/30, 12/31 whatever month the
 * duty starts in, `{every: month, day: 28}` the 28th (day 31 in a short
 * month: its last day), `{every: week, weekday: fri}` every Friday. A plain
 * `weekly` keeps the weekday of the window's end. `within: 10 days` moves
 * each due day ten days past its period's end (每季度结束后10日内);
 * `within: 10 workdays` ten working days on China's official calendar.
 *
 * An occurrence belongs to the duty's window (`start`..`due`, else its
 * phase, else the plan period; see `Recurrence`) when its period ends inside
 * it, so the report on the last quarter, due in January, still counts.
 */
import { civilFromDay, dayFromCivil, daysInMonth, weekday } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import { addWorkdays } from '../dates/workdays.js';
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
 * at most `limit` of them.
 */
export function dueDays(rule: Recurrence, first: Day, last: Day, limit: number): Day[] {
  const ends = periodEnds(rule, first, last, limit);
  for (let i = 0; i < ends.length; i++) ends[i] = dueOf(rule, ends[i]!);
  return ends;
}

/**
 * The day an occurrence whose period ends on `end` is due: `within` days
 * after it, or `within` working days on China's calendar (每季度结束后10个
 * 工作日内), which is not a fixed distance and so is worked out per end.
 */
export function dueOf(rule: Recurrence, end: Day): Day {
  return rule.workdays ? addWorkdays(end, rule.withinDays) : end + rule.withinDays;
}

/**
 * The ends of the periods that end in `first`..`last`, at most `limit` of
 * them. Each step is one occurrence or one month, so a wide window costs no
 * more than its occurrences.
 */
export function periodEnds(rule: Recurrence, first: Day, last: Day, limit: number): Day[] {
  const days: Day[] = [];
  // A rule the plan wrote wrong (`weekday: 周八`) falls due nowhere: its
  // error says enough, with no missed reports counted on a guessed day.
  if (first > last || limit <= 0 || rule.problems.length > 0) return days;
  if (rule.every === 'week') {
    const target = rule.weekday ?? weekday(last);
    let end = first + ((target - weekday(first) + 7) % 7);
    for (; end <= last && days.length < limit; end += 7) days.push(end);
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
      if (end >= first) days.push(end);
      if (days.length >= limit) return days;
    }
    if (months.length === 0) return days;
  }
  return days;
}

/** One occurrence: the day it is due and the period it reports on. */
export interface Occurrence {
  readonly due: Day;
  /** `2023-03`, `2023-Q2`, `2023-H1`, `2023`, or a weekly duty's due day `2024-01-05`. */
  readonly period: string;
  /** The period's end (the due day without `within`): what exceptions are matched on. */
  readonly end: Day;
}

/** Where each past occurrence stands as of a day, and the next one due. */
export interface OccurrenceTrack {
  /** Past occurrences neither reported nor excused, oldest first. */
  readonly missed: readonly Occurrence[];
  /** How many past occurrences in a row, up to the latest, were missed. */
  readonly missedInRow: number;
  /** The first occurrence due today or later. */
  readonly next?: Occurrence;
  /**
   * The due day of the window's last occurrence, when the window ends: for
   * a `within` duty it falls after the window (Q4's report, 10 working
   * days after 31 December), and the duty is not late before it.
   */
  readonly lastDue?: Day;
  /** Past occurrences reported (or recorded `done`): the 6 of 已报 6/7 期. */
  readonly reported: number;
  /** Past occurrences that were due, less those recorded `dropped`: the 7. */
  readonly due: number;
}

/** Where one past occurrence stands; an occurrence not yet due has none. */
export type OccurrenceStatus = 'reported' | 'missed' | 'dropped';

/**
 * Each past occurrence is reported by an update dated inside its window
 * (from the day after the previous occurrence's due to its own due), or by
 * an `occurrences:` entry for its period (`done`, `dropped`); an entry
 * `missed` marks it missed whatever the log says. Updates are oldest first,
 * so one pass over both lists does it. Without a window start nothing is
 * tracked: there is no first occurrence to count from.
 */
export function trackOccurrences(
  task: Task,
  today: Day,
  /** When given, filled with each past occurrence's status by its due day (for checklists). */
  statuses?: Map<Day, OccurrenceStatus>,
): OccurrenceTrack | undefined {
  const rule = task.recurrence;
  if (!rule || rule.from === undefined) return undefined;
  const last = rule.to ?? today + 400;
  const ends = periodEnds(rule, rule.from, last, MAX_DUTY_OCCURRENCES + 1);
  if (ends.length > MAX_DUTY_OCCURRENCES) return undefined;
  const missed: Occurrence[] = [];
  let missedInRow = 0;
  let reportedCount = 0;
  let dueCount = 0;
  let next: Occurrence | undefined;
  let u = 0;
  const updates = task.updates;
  let windowStart = Number.NEGATIVE_INFINITY;
  for (const end of ends) {
    const occurrence = describe(rule, end);
    const due = occurrence.due;
    if (due >= today) {
      next = occurrence;
      break;
    }
    let reported = false;
    while (u < updates.length) {
      const date = updates[u]!.date.date;
      const day = date?.kind === 'fixed' ? date.first : undefined;
      if (day !== undefined && day > due) break;
      if (day !== undefined && day >= windowStart) reported = true;
      u++;
    }
    const status = exceptionFor(rule, occurrence.end);
    if (status === 'done' || status === 'dropped') reported = true;
    if (status === 'missed') reported = false;
    if (reported) missedInRow = 0;
    else {
      missed.push(occurrence);
      missedInRow++;
    }
    if (status !== 'dropped') {
      dueCount++;
      if (reported) reportedCount++;
    }
    statuses?.set(due, status === 'dropped' ? 'dropped' : reported ? 'reported' : 'missed');
    windowStart = due + 1;
  }
  const lastEnd = rule.to !== undefined ? ends.at(-1) : undefined;
  const track = {
    missed,
    missedInRow,
    reported: reportedCount,
    due: dueCount,
    ...(lastEnd !== undefined ? { lastDue: dueOf(rule, lastEnd) } : {}),
  };
  return next ? { ...track, next } : track;
}

/** What the first `occurrences:` entry naming an occurrence's period records for it. */
export function exceptionFor(
  rule: Recurrence,
  end: Day,
): 'done' | 'dropped' | 'missed' | undefined {
  for (const exception of rule.exceptions) {
    const date = exception.period.date;
    if (date?.kind === 'fixed' && date.first <= end && end <= date.last) return exception.status;
  }
  return undefined;
}

/** Whether an `occurrences:` entry names a period the duty has in its window. */
export function matchesAnOccurrence(rule: Recurrence, first: Day, last: Day): boolean {
  if (rule.from === undefined || rule.to === undefined) return true;
  const from = Math.max(first, rule.from);
  const to = Math.min(last, rule.to);
  return from <= to && periodEnds(rule, from, to, 1).length > 0;
}

const defaultMonths: Partial<Record<Recurrence['every'], string>> = {
  quarter: '3,6,9,12',
  'half-year': '6,12',
  year: '12',
};

export function describe(rule: Recurrence, end: Day): Occurrence {
  const due = dueOf(rule, end);
  const { year, month, day } = civilFromDay(end);
  const pad = (n: number) => String(n).padStart(2, '0');
  let period: string;
  if (rule.every === 'week') period = `${year}-${pad(month)}-${pad(day)}`;
  else if (rule.every !== 'month' && rule.months.join(',') === defaultMonths[rule.every]) {
    period =
      rule.every === 'quarter'
        ? `${year}-Q${Math.ceil(month / 3)}`
        : rule.every === 'half-year'
          ? `${year}-H${month <= 6 ? 1 : 2}`
          : String(year);
  } else period = `${year}-${pad(month)}`;
  return { due, period, end };
}
