/**
 * The events of a plan's calendar (`plan export --format ics`): every date a
 * person would want in their calendar, as all-day spans of days.
 *
 * - A task with a fixed due date: one day, the last day of that date (a task
 *   due `2024-06` is due on 30 June). Ongoing and absent dues give nothing.
 * - A recurring task (`repeat`): one event per occurrence, expanded here with
 *   `occurrences()` rather than written as an RRULE. The occurrences are the
 *   ones checklists and timelines show, including their month-end and
 *   short-month rules, which no RRULE reproduces exactly (`BYMONTHDAY=30`
 *   skips February instead of clamping it); a list of plain events shows the
 *   same in every calendar app, and each occurrence is one line to tick off.
 *   The window is the plan period, else the task's phase, else the task's own
 *   start and due, else a year from `today`; the list is capped at
 *   `MAX_OCCURRENCES` per task and `MAX_CALENDAR_OCCURRENCES` in all (20,000
 *   weekly duties over the years 1000–9999 would be ten million events); a
 *   task past the total shows only its final due, and the view counts the
 *   tasks whose occurrences were not all listed (`cut`), for a notice. A
 *   recurring task whose window holds no occurrence still shows its final
 *   due, so no deadline goes missing.
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
 * position) and, for an occurrence of a recurring task, its date. A changed
 * due date or title therefore keeps its UID; two items that share a key
 * (two tasks numbered alike, without ids) are told apart by a counter in
 * document order.
 */
import { createHash } from 'node:crypto';
import { MAX_OCCURRENCES, occurrences } from '../analyze/occurrences.js';
import { firstDay, lastDay, reportedProgress } from '../analyze/schedule.js';
import { addMonths } from '../dates/calendar-rules.js';
import type { Day, PlanDate } from '../dates/types.js';
import type { ExportEventKind } from '../i18n/export-labels.js';
import { uniqueNames } from './unique-names.js';
import type {
  DateField,
  Milestone,
  Phase,
  Plan,
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
  /** For an occurrence of a recurring task: which one, of how many. */
  readonly repeat?: { readonly kind: RepeatKind; readonly index: number; readonly count: number };
  readonly notes?: string;
}

export interface CalendarView {
  /** The calendar's name: the plan title. */
  readonly name: string;
  /** The day the export is made as of (`--today`): the events' DTSTAMP. */
  readonly stamp: Day;
  readonly events: readonly CalendarEvent[];
  /** Recurring tasks whose occurrences were not all listed (see the caps above). */
  readonly cut: number;
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
  const budget = { occurrences: MAX_CALENDAR_OCCURRENCES, cut: 0 };
  for (const phase of plan.phases) phaseEvents(phase, uids, events);
  for (const task of plan.allTasks) taskEvents(task, plan, options.today, uids, events, budget);
  for (const milestone of plan.milestones) milestoneEvent(milestone, plan, uids, events);
  return { name: plan.meta.title, stamp: options.today, events, cut: budget.cut };
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
  budget: { occurrences: number; cut: number },
): void {
  const phase = task.phase?.found ? plan.phaseById.get(task.phase.id) : undefined;
  const key = task.id !== undefined ? `id:${task.id}` : `no:${task.no}`;
  const lead = names(task.lead);
  const support = names(task.support);
  const progress = reportedProgress(task);
  const note = latestNote(task);
  const event = (uid: string, day: Day, repeat?: CalendarEvent['repeat']): CalendarEvent => ({
    kind: 'task',
    uid,
    first: day,
    last: day,
    title: task.title,
    no: task.no,
    phase: phase?.name,
    lead,
    support,
    leader: task.leader,
    owner: task.owner,
    due: task.due?.date,
    status: task.status,
    doneOn: task.doneOn?.date,
    cancelled: task.status === 'dropped',
    progress,
    note,
    repeat,
    notes: task.notes,
  });
  if (task.repeat && budget.occurrences <= 0) budget.cut++;
  else if (task.repeat) {
    // One more than the budget holds is asked for, to know whether it was cut.
    const limit = Math.min(MAX_OCCURRENCES, budget.occurrences + 1);
    const days = occurrences(task, ...occurrenceWindow(task, phase, plan, today), limit);
    let cut = days.length >= MAX_OCCURRENCES;
    if (days.length > budget.occurrences) {
      days.length = budget.occurrences;
      cut = true;
    }
    if (cut) budget.cut++;
    budget.occurrences -= days.length;
    if (days.length > 0) {
      const kind = task.repeat;
      const count = days.length;
      days.forEach((day, index) => {
        events.push(event(uids('task', key, day), day, { kind, index: index + 1, count }));
      });
      return;
    }
  }
  const due = lastDay(task.due);
  if (due !== undefined) events.push(event(uids('task', key), due));
}

/**
 * The days a recurring task's occurrences are looked for in; `occurrences()`
 * narrows it further to the task's own start and due.
 */
function occurrenceWindow(
  task: Task,
  phase: Phase | undefined,
  plan: Plan,
  today: Day,
): [Day, Day] {
  const from =
    firstDay(plan.meta.periodStart) ?? firstDay(phase?.start) ?? firstDay(task.start) ?? today;
  const to =
    lastDay(plan.meta.periodEnd) ??
    lastDay(phase?.end) ??
    lastDay(task.due) ??
    addMonths(from, 12) - 1;
  return [from, to];
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
