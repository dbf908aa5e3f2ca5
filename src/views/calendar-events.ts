/**
 * The events of a plan's calendar (`plan export --format ics`): every date a
 * person would want in their calendar, as all-day spans of days.
 *
 * - A task with a fixed due date: one day, the last day of that date (a task
 *   due `2024-06` is due on 30 June). Ongoing and absent dues give nothing.
 * - A recurring task (`repeat`): ONE event, a series, not one event per
 *   occurrence (52 separate events a year clutter a calendar and cannot be
 *   moved or deleted together). The series carries the task's recurrence
 *   rule, which the renderer writes as an RRULE; an occurrence recorded
 *   `dropped` in `occurrences:` is an excluded date. A duty due `within` N
 *   days or working days of each period's end follows no rule a calendar
 *   can express (working days follow the State Council's yearly calendar),
 *   so its series lists its dates instead. Either way the dates are the
 *   model's `occurrences()`: those the checklist shows over the duty's
 *   window (`start`..`due`, else its phase, else the plan period; see
 *   `Recurrence`). A window with no start begins at `today`; a rule with no
 *   end repeats without one (a list of dates runs a year past today). A
 *   listed duty is capped at `MAX_DUTY_OCCURRENCES` dates and all lists
 *   together at `MAX_CALENDAR_OCCURRENCES`; the view counts the duties cut
 *   short (`cut`), for a notice. A recurring task whose window holds no
 *   occurrence still shows its final due, so no deadline goes missing.
 * - A milestone: one day, the last day of its due date.
 * - A phase and each of its steps: the span from the first day of the start
 *   to the last day of the end; with only one of the two, that one day.
 *
 * Finished items stay in the calendar: what was due when is part of the
 * record. A dropped task, milestone or phase is marked cancelled; calendar
 * apps strike such events through or hide them.
 *
 * Every event has a UID that stays the same across runs, so re-importing an
 * updated plan updates the events in place instead of doubling them: a hash
 * of the plan title, the kind of item, its id (else its 序号, else its
 * position); a recurring task's series is one event with one UID. A changed
 * due date or title therefore keeps its UID; two items that share a key
 * (two tasks numbered alike, without ids) are told apart by a counter in
 * document order.
 */
import { createHash } from 'node:crypto';
import {
  dueDays,
  dueOf,
  exceptionFor,
  MAX_DUTY_OCCURRENCES,
  periodEnds,
} from '../analyze/occurrences.js';
import { firstDay, lastDay, reportedProgress } from '../analyze/schedule.js';
import { addMonths } from '../dates/calendar-rules.js';
import { civilFromDay, dayFromCivil, daysInMonth, weekday } from '../dates/index.js';
import type { Day, PlanDate } from '../dates/types.js';
import type { ExportEventKind } from '../i18n/export-labels.js';
import { uniqueNames } from './unique-names.js';
import type {
  DateField,
  Milestone,
  Phase,
  Plan,
  Recurrence,
  RepeatKind,
  Task,
  TaskStatus,
  UnitRef,
} from '../model/types.js';

export type CalendarEventKind = ExportEventKind;

export interface CalendarEvent {
  readonly kind: CalendarEventKind;
  /** Stable across runs: `<sha1 hex>@plan-compiler`. */
  readonly uid: string;
  /** First and last day of the event, both inclusive. */
  readonly first: Day;
  readonly last: Day;
  /** The task's or milestone's title, the phase's or step's name. */
  readonly title: string;
  /** A task's 序号. */
  readonly no?: string;
  /** The phase the item belongs to (a step: its phase). */
  readonly phase?: string;
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly leader?: string;
  readonly owner?: string;
  /** A task's or milestone's due date as written. */
  readonly due?: PlanDate;
  /** A phase's or step's start and end as written. */
  readonly start?: PlanDate;
  readonly end?: PlanDate;
  readonly status?: TaskStatus;
  /** When a task or milestone was finished (`done_on`). */
  readonly doneOn?: PlanDate;
  /** Dropped: the event is exported as cancelled. */
  readonly cancelled: boolean;
  readonly progress?: number;
  /** The latest progress note (进展情况) and its date. */
  readonly note?: { readonly text: string; readonly date?: PlanDate };
  /** A recurring task: the series its occurrences form; `first`..`last` is its anchor. */
  readonly series?: CalendarSeries;
  readonly notes?: string;
}

/**
 * The occurrences of a recurring task as one calendar series: a rule, or
 * (for `within` duties) a list of dates, less the excluded ones.
 */
export interface CalendarSeries {
  readonly kind: RepeatKind;
  /** The rule the dates follow; absent when `dates` lists them. */
  readonly rule?: Recurrence;
  /** The last occurrence the rule gives; absent: it repeats without end. */
  readonly until?: Day;
  /**
   * Occurrences the rule does not give: every one when there is no rule (the
   * anchor day included), else February's last day for a day 29 or 30.
   */
  readonly dates?: readonly Day[];
  /** Occurrences recorded `dropped`: in the rule or list, but not in the calendar. */
  readonly except: readonly Day[];
  /** Occurrences in the calendar (excluded ones not counted); absent when endless. */
  readonly count?: number;
}

export interface CalendarView {
  /** The calendar's name: the plan title. */
  readonly name: string;
  /** The day the export is made as of (`--today`): the events' DTSTAMP. */
  readonly stamp: Day;
  readonly events: readonly CalendarEvent[];
  /** Recurring tasks whose occurrences were not all listed (see the caps above). */
  readonly cut: number;
  /**
   * Recurring tasks with no end (no due, no phase, no plan period) that a
   * calendar rule cannot repeat for ever, listed only to a year past today
   * (see `horizon`): the export says so, so nobody trusts a series that stops.
   */
  readonly bounded: number;
}

/** What the whole calendar may still list, and what was cut short or bounded. */
interface Budget {
  occurrences: number;
  cut: number;
  bounded: number;
}

/** Occurrences of all recurring tasks together that one calendar lists. */
export const MAX_CALENDAR_OCCURRENCES = 50_000;

export interface CalendarOptions {
  readonly today: Day;
}

/** Phases (each followed by its steps), then tasks, then milestones, in document order. */
export function calendarEvents(plan: Plan, options: CalendarOptions): CalendarView {
  const uids = uidMaker(plan.meta.title);
  const events: CalendarEvent[] = [];
  const budget: Budget = { occurrences: MAX_CALENDAR_OCCURRENCES, cut: 0, bounded: 0 };
  for (const phase of plan.phases) phaseEvents(phase, uids, events);
  for (const task of plan.allTasks) taskEvents(task, plan, options.today, uids, events, budget);
  for (const milestone of plan.milestones) milestoneEvent(milestone, plan, uids, events);
  return {
    name: plan.meta.title,
    stamp: options.today,
    events,
    cut: budget.cut,
    bounded: budget.bounded,
  };
}

type UidMaker = (kind: CalendarEventKind, key: string, occurrence?: Day) => string;

function uidMaker(planTitle: string): UidMaker {
  const unique = uniqueNames((base, n) => `${base}\u0000${n}`);
  return (kind, key, occurrence) => {
    const seed = unique(
      [planTitle, kind, key, occurrence === undefined ? '' : String(occurrence)].join('\u0000'),
    );
    return `${createHash('sha1').update(seed).digest('hex')}@plan-compiler`;
  };
}

// Optional fields are written as `undefined` rather than left out with
// conditional spreads: a 10,000-task plan makes as many events, and the
// spreads' temporary objects cost more than the rest of the work.

function phaseEvents(phase: Phase, uids: UidMaker, events: CalendarEvent[]): void {
  const span = spanOf(phase.start, phase.end);
  if (span) {
    events.push({
      kind: 'phase',
      uid: uids('phase', `id:${phase.id}`),
      first: span.first,
      last: span.last,
      title: phase.name,
      lead: [],
      support: [],
      start: phase.start?.date,
      end: phase.end?.date,
      status: phase.status,
      cancelled: phase.status === 'dropped',
      notes: phase.notes,
    });
  }
  phase.steps.forEach((step, index) => {
    const stepSpan = spanOf(step.start, step.end);
    if (!stepSpan) return;
    events.push({
      kind: 'step',
      uid: uids('step', `id:${phase.id}/${index}`),
      first: stepSpan.first,
      last: stepSpan.last,
      title: step.name,
      phase: phase.name,
      lead: [],
      support: [],
      start: step.start?.date,
      end: step.end?.date,
      cancelled: phase.status === 'dropped',
      notes: step.notes,
    });
  });
}

function taskEvents(
  task: Task,
  plan: Plan,
  today: Day,
  uids: UidMaker,
  events: CalendarEvent[],
  budget: Budget,
): void {
  const phase = task.phase?.found ? plan.phaseById.get(task.phase.id) : undefined;
  const key = task.id !== undefined ? `id:${task.id}` : `no:${task.no}`;
  const event = (day: Day, series?: CalendarSeries): CalendarEvent => ({
    kind: 'task',
    uid: uids('task', key),
    first: day,
    last: day,
    title: task.title,
    no: task.fullNo,
    phase: phase?.name,
    lead: names(task.lead),
    support: names(task.support),
    leader: task.leader,
    owner: task.owner,
    due: task.due?.date,
    status: task.status,
    doneOn: task.doneOn?.date,
    cancelled: task.status === 'dropped',
    progress: reportedProgress(task),
    note: latestNote(task),
    series,
    notes: task.notes,
  });
  if (task.repeat !== undefined && task.recurrence !== undefined) {
    const found = seriesOf(task.recurrence, task.repeat, today, budget);
    if (found) {
      events.push(event(found.first, found.series));
      return;
    }
  }
  const due = lastDay(task.due);
  if (due !== undefined) events.push(event(due));
}

/** How far past a window's start its first occurrence can lie: a year and a bit. */
const A_PERIOD = 400;

/**
 * A recurring task's occurrences as one series, and the day it is anchored
 * on (DTSTART: the first day its rule gives); nothing when its window holds
 * none. A rule is bounded by its last occurrence, found near the window's
 * end, so a duty over centuries costs no more than one over a year; only a
 * list of dates costs its length.
 *
 * A rule gives one day of the month, and a day 29 or 30 falls back to
 * February's last day, which a calendar skips instead (RFC 5545 ignores a
 * day a month does not have). RFC 5545 can say "the latest of 28, 29, 30"
 * (`BYMONTHDAY=28,29,30;BYSETPOS=-1`), but ical.js ignores BYSETPOS beside
 * BYMONTHDAY and Outlook cannot hold it, so those Februaries are listed
 * beside the rule instead; RFC 5545 wants DTSTART on a day the rule gives,
 * so an earlier February is listed too. An endless such duty is bounded as
 * a list is (see `horizon`).
 */
function seriesOf(
  recurrence: Recurrence,
  kind: RepeatKind,
  today: Day,
  budget: Budget,
): { first: Day; series: CalendarSeries } | undefined {
  const from = recurrence.from ?? today;
  const rule = calendarRule(recurrence, from);
  if (rule.withinDays > 0) return listedSeries(rule, kind, from, today, budget);
  const day = rule.day;
  const clamps = day !== undefined && day > 28 && rule.months.includes(2);
  const to = rule.to ?? (clamps ? horizon(from, today) : undefined);
  const ruleGives = (end: Day): boolean => !clamps || civilFromDay(end).day === day;
  const firstEnds = periodEnds(rule, from, to ?? from + A_PERIOD, 3);
  const first = firstEnds.find(ruleGives);
  if (first === undefined) {
    return firstEnds.length > 0 ? listedSeries(rule, kind, from, today, budget) : undefined;
  }
  if (rule.to === undefined && clamps) budget.bounded++;
  if (to === undefined) {
    const except = droppedDays(rule, from, Number.POSITIVE_INFINITY);
    return { first, series: { kind, rule, except } };
  }
  const until = periodEnds(rule, Math.max(from, to - A_PERIOD), to, 60).at(-1)!;
  const dates = clamps ? shortFebruaries(day, from, until) : [];
  const except = droppedDays(rule, from, until);
  const count = countBetween(rule, firstEnds[0]!, until) - except.length;
  return {
    first,
    series:
      dates.length > 0
        ? { kind, rule, until, dates, except, count }
        : { kind, rule, until, except, count },
  };
}

/**
 * The rule as a calendar states it: a plain `weekly` with no window at all
 * takes its first day's weekday; day 31 is the month's end, and so is day
 * 29 or 30 of February alone.
 */
function calendarRule(rule: Recurrence, from: Day): Recurrence {
  if (rule.every === 'week')
    return rule.weekday === undefined ? { ...rule, weekday: weekday(from) } : rule;
  const day = rule.day;
  if (day === undefined) return rule;
  if (day >= 31 || (day > 28 && rule.months.length === 1 && rule.months[0] === 2)) {
    const { day: _, ...monthEnd } = rule;
    return monthEnd;
  }
  return rule;
}

/** The last days of the Februaries in `first`..`last` shorter than `day`. */
function shortFebruaries(day: number, first: Day, last: Day): Day[] {
  const days: Day[] = [];
  for (let year = civilFromDay(first).year; year <= civilFromDay(last).year; year++) {
    const length = daysInMonth(year, 2);
    const end = dayFromCivil(year, 2, length);
    if (length < day && end >= first && end <= last) days.push(end);
  }
  return days;
}

/** Where a duty with no end is listed to: a year past today, or past its start when later. */
function horizon(from: Day, today: Day): Day {
  return addMonths(Math.max(from, today), 12) - 1;
}

/**
 * A `within` duty's dates, listed: to the window's end, else a year past
 * today (or its start, when later). Counts against the calendar's budget.
 */
function listedSeries(
  rule: Recurrence,
  kind: RepeatKind,
  from: Day,
  today: Day,
  budget: Budget,
): { first: Day; series: CalendarSeries } | undefined {
  if (budget.occurrences <= 0) {
    budget.cut++;
    return undefined;
  }
  const to = rule.to ?? horizon(from, today);
  if (rule.to === undefined) budget.bounded++;
  // One more than the budget holds is asked for, to know whether it was cut.
  const limit = Math.min(MAX_DUTY_OCCURRENCES, budget.occurrences + 1);
  const dates = dueDays(rule, from, to, limit);
  let cut = dates.length >= MAX_DUTY_OCCURRENCES;
  if (dates.length > budget.occurrences) {
    dates.length = budget.occurrences;
    cut = true;
  }
  if (cut) budget.cut++;
  budget.occurrences -= dates.length;
  const first = dates[0];
  if (first === undefined) return undefined;
  const last = dates.at(-1)!;
  const except: Day[] = [];
  if (rule.exceptions.length > 0) {
    const listed = new Set(dates);
    for (const day of droppedDays(rule, from, to))
      if (listed.has(day) && day <= last) except.push(day);
  }
  return { first, series: { kind, dates, except, count: dates.length - except.length } };
}

/**
 * Due days of the occurrences whose period ends in `first`..`last` and is
 * recorded `dropped`, in order. Only the periods the exceptions name are
 * looked at, so a duty with none costs nothing.
 */
function droppedDays(rule: Recurrence, first: Day, last: Day): Day[] {
  const days = new Set<Day>();
  for (const exception of rule.exceptions) {
    const date = exception.period.date;
    if (exception.status !== 'dropped' || date?.kind !== 'fixed') continue;
    const ends = periodEnds(
      rule,
      Math.max(first, date.first),
      Math.min(last, date.last),
      MAX_DUTY_OCCURRENCES,
    );
    // The first exception naming a period decides it, as in tracking.
    for (const end of ends) if (exceptionFor(rule, end) === 'dropped') days.add(dueOf(rule, end));
  }
  return [...days].sort((a, b) => a - b);
}

/** How many periods end in `first`..`last`, both period ends of the rule. */
function countBetween(rule: Recurrence, first: Day, last: Day): number {
  if (rule.every === 'week') return (last - first) / 7 + 1;
  const ordinal = (day: Day): number => {
    const { year, month } = civilFromDay(day);
    return year * rule.months.length + rule.months.indexOf(month);
  };
  return ordinal(last) - ordinal(first) + 1;
}

function milestoneEvent(
  milestone: Milestone,
  plan: Plan,
  uids: UidMaker,
  events: CalendarEvent[],
): void {
  const due = lastDay(milestone.due);
  if (due === undefined) return;
  const phase = milestone.phase?.found ? plan.phaseById.get(milestone.phase.id) : undefined;
  const key = milestone.id !== undefined ? `id:${milestone.id}` : `index:${milestone.index}`;
  events.push({
    kind: 'milestone',
    uid: uids('milestone', key),
    first: due,
    last: due,
    title: milestone.title,
    phase: phase?.name,
    lead: names(milestone.lead),
    support: names(milestone.support),
    due: milestone.due.date,
    status: milestone.status,
    doneOn: milestone.doneOn?.date,
    cancelled: milestone.status === 'dropped',
    notes: milestone.notes,
  });
}

/** From the first day of the start to the last day of the end; one of them alone is one day. */
function spanOf(
  start: DateField | undefined,
  end: DateField | undefined,
): { first: Day; last: Day } | undefined {
  const first = firstDay(start);
  const last = lastDay(end);
  if (first !== undefined && last !== undefined) {
    // A plan with an end before its start does not get this far (it is an
    // error); a one-day event is still better than a negative span.
    return { first, last: Math.max(first, last) };
  }
  if (first !== undefined) return { first, last: first };
  if (last !== undefined) return { first: last, last };
  return undefined;
}

function names(refs: readonly UnitRef[]): string[] {
  return refs.map((ref) => ref.name);
}

function latestNote(task: Task): CalendarEvent['note'] {
  for (let i = task.updates.length - 1; i >= 0; i--) {
    const update = task.updates[i]!;
    if (update.note !== undefined && update.note.trim() !== '') {
      return { text: update.note, date: update.date.date };
    }
  }
  return undefined;
}
