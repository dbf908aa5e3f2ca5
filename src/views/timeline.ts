/**
 * The timeline (Gantt) view model: what every timeline renderer — terminal
 * today, SVG and Mermaid later — draws from. Everything here is in days and
 * independent of any output format: which rows there are and in what order,
 * the extent of each at the precision of its dates, its light (from
 * `analyze/schedule`, so the timeline and `plan check` always agree), the
 * occurrences of recurring duties, the time range, the scale and its ticks.
 * How many columns or pixels a day takes is the renderer's business.
 *
 * Row order: each phase, then its steps, then the tasks in it (document
 * order, sub-tasks under their parents), then its milestones; after the
 * phases, the tasks and milestones that belong to no phase.
 *
 * Extents (the choices the brief left open, and why):
 * - a date is a span, so a bar runs from the first day of its start to the
 *   last day of its end: `start: 2024-06, due: 2024-Q3` is 1 June – 30 Sep;
 * - a task with a due date but no start of its own takes its phase's start
 *   (`startFrom: 'phase'`): in real plans tasks give only a 完成时限 and are
 *   worked on through their phase. Renderers draw that inferred part apart
 *   from the task's own span (`ownFrom`), so nothing claims a start the plan
 *   never gave. With no phase start either, the bar is the due date's own
 *   span (`startFrom: 'due'`): `2024-06` is June, `2024-06-15` one day;
 * - `ongoing` (长期坚持) has no end: an open bar from its start (own, else
 *   its phase's; with neither, from the left edge) to the right edge;
 * - a milestone is a point at the last day of its due date, the day it is
 *   due; a task with a start and no due date at all is a point at its start;
 * - an item with no usable date is `undated` and gets an empty chart row.
 *
 * Items entirely outside the range stay in the list (`placement` says on
 * which side) so the rows are the same whatever `--from/--to` say; the
 * terminal marks them with an arrow at the edge.
 */
import { dueOf, MAX_OCCURRENCES, occurrences, periodEnds } from '../analyze/occurrences.js';
import {
  assessMilestone,
  assessPhase,
  assessTask,
  type ItemState,
  type Light,
  type AsOf,
  type ScheduleOptions,
  scheduleOptions,
} from '../analyze/schedule.js';
import { addMonths, isoWeek, startOfIsoWeek, startOfQuarter } from '../dates/calendar-rules.js';
import { civilFromDay, startOfMonth } from '../dates/index.js';
import { type TimelineScale, type TimelineTick, timelineScales } from '../dates/timeline-scale.js';
import type { Day, FixedDate, PlanDate } from '../dates/types.js';
import type { DateField, Phase, Plan, RepeatKind, Task, TaskStatus } from '../model/types.js';

// The axis units are calendar data (src/dates), named by the catalogues too;
// re-exported here, where every timeline renderer looks for them.
export { type TimelineScale, type TimelineTick, timelineScales };

export type TimelineRowKind = 'phase' | 'step' | 'task' | 'milestone';

/** Where a bar's first day came from. */
export type StartSource = 'own' | 'phase' | 'due';

/** The stretch of time a row covers, in days, inclusive. */
export type TimelineExtent =
  /** A bar from `start` to `end`; `ownFrom` is where the item's own dates begin. */
  | {
      readonly kind: 'span';
      readonly start: Day;
      readonly end: Day;
      readonly startFrom: StartSource;
      readonly ownFrom: Day;
    }
  /** Ongoing: from `start` (or the left edge when unknown) and never ending. */
  | {
      readonly kind: 'open';
      readonly start?: Day;
      readonly startFrom: 'own' | 'phase' | 'none';
    }
  /** One day: a milestone's due day, or the start of a task with no due date. */
  | { readonly kind: 'point'; readonly day: Day; readonly at: 'due' | 'start' }
  | { readonly kind: 'none' };

/** Where a row lies against the range: `before`/`after` are entirely outside it. */
export type Placement = 'within' | 'before' | 'after' | 'undated';

export interface TimelineRow {
  readonly kind: TimelineRowKind;
  /** Unique in the timeline: `phase:<id>`, `step:<id>:<n>`, `task:<key>`, `milestone:<key>`. */
  readonly key: string;
  /** Phases 1, 2…; steps 1.1; tasks their 序号; milestones none. */
  readonly number: string;
  /** Plan text as written: each renderer escapes it for its format. */
  readonly label: string;
  /** For indentation: 0 for phases and unphased top-level items. */
  readonly depth: number;
  /** The phase this row is listed under, if any (a section in Mermaid). */
  readonly phaseId?: string;
  readonly extent: TimelineExtent;
  /** The dates as written, to print them at their precision. */
  readonly startDate?: PlanDate;
  readonly endDate?: PlanDate;
  /** Tasks, milestones and phases that set one; steps have none. */
  readonly status?: TaskStatus;
  /** Schedule state from `analyze/schedule`; steps are not assessed. */
  readonly state?: ItemState;
  readonly light?: Light;
  readonly repeat?: RepeatKind;
  /** Due days of a recurring task inside both its bar and the range. */
  readonly occurrences: readonly Day[];
  readonly placement: Placement;
}

export interface Timeline {
  readonly title: string;
  readonly today: Day;
  readonly scale: TimelineScale;
  /** Whether the scale was asked for or chosen to fit. */
  readonly scaleGiven: boolean;
  /** The range shown, inclusive, in whole units of the scale. */
  readonly from: Day;
  readonly to: Day;
  readonly ticks: readonly TimelineTick[];
  readonly todayInRange: boolean;
  readonly rows: readonly TimelineRow[];
  /** True when the range was cut at `MAX_TICKS` units. */
  readonly truncated: boolean;
}

/** What a renderer needs of a row to size its label column. */
export type RowLabel = Pick<TimelineRow, 'kind' | 'number' | 'label' | 'depth'>;

/**
 * Whether `units` units of `scale` fit the renderer's space. The finest
 * scale that fits is chosen; the rows are given so that a renderer can size
 * its label column first.
 */
export type ScaleFit = (scale: TimelineScale, units: number, rows: readonly RowLabel[]) => boolean;

export interface TimelineOptions extends AsOf {
  /** Clip the range; both are widened to whole units of the scale. */
  readonly from?: Day;
  readonly to?: Day;
  readonly scale?: TimelineScale;
  /** Used when no scale is given; without it the finest scale is taken. */
  readonly fits?: ScaleFit;
}

/**
 * A range longer than this many units is cut: a plan with a date in 1900
 * must not turn into a million-column chart. Items beyond are `after`.
 */
export const MAX_TICKS = 1000;

export function buildTimeline(plan: Plan, options: TimelineOptions): Timeline {
  const recurring = new Map<DraftRow, Task>();
  const drafts = draftRows(plan, options, recurring);
  const span = defaultSpan(plan, drafts, options.today);
  let from = options.from ?? span.from;
  let to = options.to ?? span.to;
  if (to < from) {
    if (options.to === undefined) to = from;
    else from = to;
  }
  const scale =
    options.scale ??
    timelineScales.find((s) => options.fits?.(s, countUnits(s, from, to), drafts) ?? true) ??
    'quarter';
  from = unitStart(scale, from);
  const cut = unitEnd(scale, addUnits(scale, from, MAX_TICKS - 1));
  const truncated = unitEnd(scale, to) > cut;
  to = truncated ? cut : unitEnd(scale, to);
  const ticks = makeTicks(scale, from, to);
  // Finished in place: the array `fits` saw is the one returned, so a
  // renderer can cache what it measured of it.
  const budget = { occurrences: MAX_TIMELINE_OCCURRENCES };
  for (const draft of drafts) finishRow(draft, from, to, recurring.get(draft), budget);
  const rows: readonly TimelineRow[] = drafts;
  return {
    title: plan.meta.title,
    today: options.today,
    scale,
    scaleGiven: options.scale !== undefined,
    from,
    to,
    ticks,
    todayInRange: options.today >= from && options.today <= to,
    rows,
    truncated,
  };
}

/**
 * The lights a legend explains, worst first: blue only when some row
 * carries it (a rule whose due soon is blue), so the usual legend stays the
 * usual three colours and the no-light mark.
 */
export function legendLights(timeline: Timeline): Light[] {
  return timeline.rows.some((row) => row.light === 'blue')
    ? ['red', 'yellow', 'blue', 'green', 'grey']
    : ['red', 'yellow', 'green', 'grey'];
}

/** A row while it is built: placement and occurrences wait for the range. */
type DraftRow = { -readonly [K in keyof TimelineRow]: TimelineRow[K] };

const pending = { occurrences: [] as readonly Day[], placement: 'within' as Placement };

function draftRows(plan: Plan, options: AsOf, recurring: Map<DraftRow, Task>): DraftRow[] {
  const schedule = scheduleOptions(plan, options);
  const phaseIds = new Set(plan.phases.map((phase) => phase.id));
  const groupOf = (phase: { id: string; found: boolean } | undefined): string | undefined =>
    phase?.found && phaseIds.has(phase.id) ? phase.id : undefined;

  // One pass over the tasks: each goes to its phase's group, indented under
  // its parent when the parent is in the same group.
  const tasksByGroup = new Map<string | undefined, DraftRow[]>();
  const placed = new Map<string, { group: string | undefined; depth: number }>();
  for (const task of plan.allTasks) {
    const group = groupOf(task.phase);
    const parent = task.parentKey !== undefined ? placed.get(task.parentKey) : undefined;
    const base = group === undefined ? 0 : 1;
    const depth = parent && parent.group === group ? parent.depth + 1 : base;
    placed.set(task.key, { group, depth });
    const phase = group !== undefined ? plan.phaseById.get(group) : undefined;
    const row = taskRow(task, depth, phase, schedule);
    if (task.repeat) recurring.set(row, task);
    pushTo(tasksByGroup, group, row);
  }
  const milestonesByGroup = new Map<string | undefined, DraftRow[]>();
  for (const milestone of plan.milestones) {
    const group = groupOf(milestone.phase);
    const state = assessMilestone(milestone, schedule);
    const due = fixed(milestone.due);
    pushTo(milestonesByGroup, group, {
      kind: 'milestone',
      key: `milestone:${milestone.key}`,
      number: '',
      label: milestone.title,
      depth: group === undefined ? 0 : 1,
      ...(group !== undefined ? { phaseId: group } : {}),
      extent: due ? { kind: 'point', day: due.last, at: 'due' } : { kind: 'none' },
      ...dateProp('endDate', milestone.due),
      status: milestone.status,
      state,
      light: state.light,
      ...pending,
    });
  }

  const rows: DraftRow[] = [];
  for (const phase of plan.phases) {
    const state = assessPhase(phase, plan, schedule);
    rows.push({
      kind: 'phase',
      key: `phase:${phase.id}`,
      number: String(phase.index + 1),
      label: phase.name,
      depth: 0,
      phaseId: phase.id,
      extent: periodExtent(phase.start, phase.end),
      ...dateProp('startDate', phase.start),
      ...dateProp('endDate', phase.end),
      ...(phase.status !== undefined ? { status: phase.status } : {}),
      state,
      light: state.light,
      ...pending,
    });
    phase.steps.forEach((step, index) => {
      rows.push({
        kind: 'step',
        key: `step:${phase.id}:${index + 1}`,
        number: `${phase.index + 1}.${index + 1}`,
        label: step.name,
        depth: 1,
        phaseId: phase.id,
        extent: periodExtent(step.start, step.end),
        ...dateProp('startDate', step.start),
        ...dateProp('endDate', step.end),
        ...pending,
      });
    });
    appendRows(rows, tasksByGroup.get(phase.id), milestonesByGroup.get(phase.id));
  }
  appendRows(rows, tasksByGroup.get(undefined), milestonesByGroup.get(undefined));
  return rows;
}

/** A loop, not push(...list): 30,000 rows spread into arguments overflow the stack. */
function appendRows(rows: DraftRow[], ...groups: (readonly DraftRow[] | undefined)[]): void {
  for (const group of groups) for (const row of group ?? []) rows.push(row);
}

function taskRow(
  task: Task,
  depth: number,
  phase: Phase | undefined,
  schedule: ScheduleOptions,
): DraftRow {
  const state = assessTask(task, schedule);
  return {
    kind: 'task',
    key: `task:${task.key}`,
    number: task.no,
    label: task.title,
    depth,
    ...(phase ? { phaseId: phase.id } : {}),
    extent: task.recurrence ? dutyExtent(task, phase) : taskExtent(task, phase),
    ...dateProp('startDate', task.start),
    ...dateProp('endDate', task.due),
    status: task.status,
    state,
    light: state.light,
    ...(task.repeat !== undefined ? { repeat: task.repeat } : {}),
    ...pending,
  };
}

export function taskExtent(
  task: Pick<Task, 'start' | 'due'>,
  phase: Pick<Phase, 'start'> | undefined,
): TimelineExtent {
  const start = fixed(task.start);
  const due = task.due?.date;
  const phaseStart = fixed(phase?.start);
  if (due?.kind === 'fixed') {
    if (start) return spanOf(start.first, due.last, 'own', start.first);
    if (phaseStart && phaseStart.first <= due.first)
      return spanOf(phaseStart.first, due.last, 'phase', due.first);
    return spanOf(due.first, due.last, 'due', due.first);
  }
  if (due?.kind === 'ongoing') {
    if (start) return { kind: 'open', start: start.first, startFrom: 'own' };
    if (phaseStart) return { kind: 'open', start: phaseStart.first, startFrom: 'phase' };
    return { kind: 'open', startFrom: 'none' };
  }
  if (start) return { kind: 'point', day: start.first, at: 'start' };
  return { kind: 'none' };
}

/**
 * A recurring duty's bar is its window (`start`..`due`, else its phase, else
 * the plan period: `Recurrence`), the span its occurrences fall in, not its
 * own dates alone: a monthly duty with no dates of its own in a phase of
 * 2024 runs through 2024, not nowhere. The window stretches to the last
 * occurrence's due day when a `within` puts it later (Q4's report, due in
 * January). A window with no end is ongoing.
 */
function dutyExtent(task: Task, phase: Phase | undefined): TimelineExtent {
  const rule = task.recurrence!;
  const from = rule.from;
  if (from === undefined) return taskExtent(task, phase);
  const to = rule.to;
  if (to === undefined) return { kind: 'open', start: from, startFrom: 'own' };
  const lastEnd = periodEnds(rule, Math.max(from, to - 400), to, 60).at(-1);
  const end = lastEnd === undefined ? to : Math.max(to, dueOf(rule, lastEnd));
  return spanOf(from, end, 'own', from);
}

/** Phases and steps: start to end; with one of them, that date's own span. */
function periodExtent(
  startField: DateField | undefined,
  endField: DateField | undefined,
): TimelineExtent {
  const start = fixed(startField);
  const end = endField?.date;
  if (end?.kind === 'ongoing') {
    return start ? { kind: 'open', start: start.first, startFrom: 'own' } : { kind: 'none' };
  }
  if (start && end) return spanOf(start.first, end.last, 'own', start.first);
  const only = start ?? end;
  return only ? spanOf(only.first, only.last, 'own', only.first) : { kind: 'none' };
}

// A plan with end-before-start is rendered with the error named (but under
// --strict); the swap keeps its bar drawable, spanning both written dates.
function spanOf(start: Day, end: Day, startFrom: StartSource, ownFrom: Day): TimelineExtent {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  return { kind: 'span', start: lo, end: hi, startFrom, ownFrom: clamp(ownFrom, lo, hi) };
}

/**
 * Occurrence marks drawn in one timeline, all rows together: 20,000 weekly
 * duties over centuries would be ten million marks (gigabytes of SVG). Rows
 * past the total keep their bars, without marks.
 */
export const MAX_TIMELINE_OCCURRENCES = 50_000;

function finishRow(
  row: DraftRow,
  from: Day,
  to: Day,
  task: Task | undefined,
  budget: { occurrences: number },
): void {
  const { first, last } = extentDays(row.extent);
  if (first === undefined && last === undefined) {
    row.placement = row.extent.kind === 'open' ? 'within' : 'undated';
  } else if (last !== undefined && last < from) row.placement = 'before';
  else if (first !== undefined && first > to) row.placement = 'after';
  else row.placement = 'within';
  if (task && row.placement === 'within' && budget.occurrences > 0) {
    row.occurrences = occurrences(
      task,
      Math.max(from, first ?? from),
      Math.min(to, last ?? to),
      Math.min(MAX_OCCURRENCES, budget.occurrences),
    );
    budget.occurrences -= row.occurrences.length;
  }
}

/** First and last day an extent covers; open ends are undefined. */
export function extentDays(extent: TimelineExtent): { first?: Day; last?: Day } {
  switch (extent.kind) {
    case 'span':
      return { first: extent.start, last: extent.end };
    case 'open':
      return extent.start !== undefined ? { first: extent.start } : {};
    case 'point':
      return { first: extent.day, last: extent.day };
    case 'none':
      return {};
  }
}

/**
 * The plan's period when it gives one, else the span of every date in the
 * rows; with no dates at all, today. A period with one end takes the other
 * from the rows.
 */
function defaultSpan(plan: Plan, rows: readonly DraftRow[], today: Day): { from: Day; to: Day } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const { first, last } = extentDays(row.extent);
    if (first !== undefined) {
      lo = Math.min(lo, first);
      hi = Math.max(hi, first);
    }
    if (last !== undefined) {
      lo = Math.min(lo, last);
      hi = Math.max(hi, last);
    }
  }
  const periodFrom = fixed(plan.meta.periodStart)?.first;
  const periodTo = fixed(plan.meta.periodEnd)?.last;
  const from = periodFrom ?? (Number.isFinite(lo) ? lo : (periodTo ?? today));
  const to = periodTo ?? (Number.isFinite(hi) ? hi : (periodFrom ?? today));
  return to < from ? { from, to: from } : { from, to };
}

/** First day of the unit of `scale` holding `day`. */
export function unitStart(scale: TimelineScale, day: Day): Day {
  switch (scale) {
    case 'week':
      return startOfIsoWeek(day);
    case 'month':
      return startOfMonth(day);
    case 'quarter':
      return startOfQuarter(day);
  }
}

/** Last day of the unit of `scale` holding `day`. */
export function unitEnd(scale: TimelineScale, day: Day): Day {
  return addUnits(scale, unitStart(scale, day), 1) - 1;
}

/** `n` units on from a unit start (which stays a unit start). */
export function addUnits(scale: TimelineScale, start: Day, n: number): Day {
  switch (scale) {
    case 'week':
      return start + 7 * n;
    case 'month':
      return addMonths(start, n);
    case 'quarter':
      return addMonths(start, 3 * n);
  }
}

/** How many units of `scale` the range touches, counted without building them. */
export function countUnits(scale: TimelineScale, from: Day, to: Day): number {
  if (to < from) return 0;
  if (scale === 'week') return (startOfIsoWeek(to) - startOfIsoWeek(from)) / 7 + 1;
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (scale === 'month') return months + 1;
  const quarterIndex = (c: { year: number; month: number }): number =>
    c.year * 4 + Math.floor((c.month - 1) / 3);
  return quarterIndex(b) - quarterIndex(a) + 1;
}

function makeTicks(scale: TimelineScale, from: Day, to: Day): TimelineTick[] {
  const ticks: TimelineTick[] = [];
  let previousYear: number | undefined;
  for (let start = from; start <= to; ) {
    const next = addUnits(scale, start, 1);
    const { year, index } = tickName(scale, start);
    ticks.push({ start, end: next - 1, year, index, newYear: year !== previousYear });
    previousYear = year;
    start = next;
  }
  return ticks;
}

function tickName(scale: TimelineScale, start: Day): { year: number; index: number } {
  if (scale === 'week') {
    const { year, week } = isoWeek(start);
    return { year, index: week };
  }
  const { year, month } = civilFromDay(start);
  return { year, index: scale === 'month' ? month : Math.floor((month - 1) / 3) + 1 };
}

/** The index of the tick holding `day` (clamped to the range), by binary search. */
export function tickIndexOf(ticks: readonly TimelineTick[], day: Day): number {
  let lo = 0;
  let hi = ticks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ticks[mid]!.start <= day) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

function fixed(field: DateField | undefined): FixedDate | undefined {
  return field?.date?.kind === 'fixed' ? field.date : undefined;
}

function dateProp<K extends string>(key: K, field: DateField | undefined): { [P in K]?: PlanDate } {
  return (field?.date ? { [key]: field.date } : {}) as { [P in K]?: PlanDate };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}
