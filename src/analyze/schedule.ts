/**
 * Schedule state as of a day: what is overdue, due soon, late to start,
 * blocked or behind the pro-rata schedule (序时进度), what was done late, and
 * the traffic light that follows under the plan's light rule
 * (`model/light-rule.ts`). The check rules and every view read it from here,
 * so a task is late in the overdue list exactly when `plan check` says it is.
 *
 * Dates are spans (`2023-06` is all of June): a due date counts from its last
 * day and a start from its last day too, so a task due `2023-06` is late from
 * 1 July and a task starting `2023-06` is late to start from 1 July.
 *
 * Three numbers, three names: days overdue, days left and days late to start
 * (and days done late) are separate fields, never one signed figure.
 */
import { civilFromDay, formatIsoDay, startOfMonth } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import {
  defaultWarnWindow,
  dueSoonUntil,
  type WarnSetting,
  type WarnWindow,
  warnWindow,
} from '../dates/warn-window.js';
import { defaultLightRule, type LightRule, shortfallLight } from '../model/light-rule.js';
import type { DateField, Milestone, Phase, Plan, Task, TaskStatus } from '../model/types.js';
import { type Occurrence, trackOccurrences } from './occurrences.js';
import type { RuleContext } from './rule.js';

/**
 * `grey` is no light at all, not a colour: done (已办结) and dropped (已取消)
 * work, a target with no data (暂无数据), and anything whose own dates are in
 * error. Renderers word it by what it stands for and never paint it.
 */
export type Light = 'red' | 'yellow' | 'blue' | 'green' | 'grey';

/** Worst first. Blue (due soon, 宿迁) is a reminder: milder than yellow. */
export const lightRank: Record<Light, number> = { red: 0, yellow: 1, blue: 2, green: 3, grey: 4 };

/** The lights a live item can carry, worst first. */
export const litLights: readonly Light[] = ['red', 'yellow', 'blue', 'green'];

export interface ScheduleOptions {
  readonly today: Day;
  /**
   * The due-soon window as `--warn-days` gave it (a number: calendar days);
   * left out, the rule's (`lights.due_soon_within`), else 14 days. See
   * `warnOf`.
   */
  readonly warnDays?: WarnSetting | undefined;
  /**
   * The light rule to judge by: the plan's (`plan.lightRule`), or a config's
   * with the plan's over it. Views and rules get it through
   * `scheduleOptions(plan, …)`; left out, the default (银川) applies.
   */
  readonly rule?: LightRule | undefined;
}

/**
 * What a view or rule is asked to judge a plan as of. Without a rule of its
 * own the plan's is used; a caller that passes one (a project config's,
 * with the plan's block over it) has resolved it already.
 */
export type AsOf = RuleContext & { readonly rule?: LightRule | undefined };

/** The options every view and rule assesses a plan with. */
export function scheduleOptions(plan: Plan, context: AsOf): ScheduleOptions {
  return { today: context.today, warnDays: context.warnDays, rule: context.rule ?? plan.lightRule };
}

/** The due-soon window in force: the flag's, else the light rule's, else 14 days. */
export function warnOf(options: ScheduleOptions): WarnWindow {
  if (options.warnDays !== undefined) return warnWindow(options.warnDays);
  return options.rule?.warn ?? defaultWarnWindow;
}

// One run judges every item as of one day in one window: the last day due
// soon is worked out once, not per task (a working-day count walks days).
let lastLimit: { options: ScheduleOptions; until: Day } | undefined;

/** The last day that is due soon: due dates from today to it (both included) are. */
export function dueSoonLimit(options: ScheduleOptions): Day {
  if (typeof options.warnDays === 'number') return options.today + options.warnDays;
  if (lastLimit?.options === options) return lastLimit.until;
  const until = dueSoonUntil(options.today, warnOf(options));
  lastLimit = { options, until };
  return until;
}

/** Why an item is not green (or, for finished work, what is on record), worst first. */
export type Reason =
  | 'overdue'
  | 'missed-occurrence'
  | 'behind-schedule'
  | 'blocked'
  | 'late-to-start'
  | 'due-soon'
  | 'done-late';

/** Where a task's progress figure comes from. */
export type ProgressSource = 'own' | 'updates' | 'sub-tasks';

export interface ItemState {
  readonly light: Light;
  readonly finished: boolean;
  /** Set when the item's own dates are in error: no judgement is made on them. */
  readonly unjudged?: true;
  /**
   * A duty's last occurrence's due day, when it falls after the duty's own
   * due (a `within` duty's last report): the day it is late from.
   */
  readonly finalDue?: Day;
  /** Set on a phase with no tasks and no status of its own: nothing says whether its work is done. */
  readonly untracked?: true;
  /** Days past the last day of the due date, when overdue. */
  readonly daysOverdue?: number;
  /** Days left until the last day of the due date, when due soon (0 = today). */
  readonly daysLeft?: number;
  /** Days since the start passed, when still `todo`. */
  readonly daysLateToStart?: number;
  /** Days from the due's last day to `done_on` (its first day), when done late. */
  readonly daysDoneLate?: number;
  /** Percentage points behind 序时进度, when behind schedule. */
  readonly pointsBehind?: number;
  /** The shortfall as the rule measures it (points, or % of 序时进度), when behind schedule. */
  readonly shortfall?: number;
  /** 序时进度: the progress expected by today, when the task has a window or checkpoints. */
  readonly expectedProgress?: number;
  /** The progress judged: the task's own, its latest update's, or its leaf tasks' mean. */
  readonly progress?: number;
  readonly progressFrom?: ProgressSource;
  /** A recurring duty's past occurrences with no report, oldest first. */
  readonly missed?: readonly Occurrence[];
  /** How many of them in a row, up to the latest past occurrence. */
  readonly missedInRow?: number;
  /**
   * A live recurring duty's next occurrence (due today or later, inside its
   * window): the date every view shows as its 完成时限, and the one due soon
   * and days left count to. See `dueShown`.
   */
  readonly nextOccurrence?: Occurrence;
  /** A recurring duty's past occurrences reported, of those due (已报 6/7 期). */
  readonly occurrences?: { readonly reported: number; readonly due: number };
  /** A parent's light when a sub-task's is worse than its own: the light it takes from them. */
  readonly childLight?: Light;
  readonly reasons: readonly Reason[];
}

/**
 * The occurrence a view shows as a task's 完成时限: a live recurring duty's
 * next one (每季度结束后10个工作日内 → 2024-07-12), rather than the end of
 * its window (2024年12月), which is not when anything is next due. None
 * once the duty is overdue: the date beside the days overdue is the day
 * they count from (see `dueShown`).
 */
export function occurrenceShown(task: Task, state: ItemState): Occurrence | undefined {
  if (!task.recurrence || state.daysOverdue !== undefined) return undefined;
  return state.nextOccurrence;
}

/**
 * The due date a view shows: `occurrenceShown`'s day; for an overdue
 * `within` duty its last report's due (Q4's, 15 January after a 12/31
 * window), which days overdue count from; else the task's own due.
 */
export function dueShown(task: Task, state: ItemState): DateField | undefined {
  const next = occurrenceShown(task, state);
  const day = next?.due ?? (state.daysOverdue !== undefined ? state.finalDue : undefined);
  if (day === undefined || !task.recurrence) return task.due;
  const written = formatIsoDay(day);
  return {
    path: task.recurrence.path,
    written,
    date: { kind: 'fixed', precision: 'day', first: day, last: day, written },
  };
}

export function isFinished(status: TaskStatus): boolean {
  return status === 'done' || status === 'dropped';
}

export function lastDay(field: DateField | undefined): Day | undefined {
  return field?.date?.kind === 'fixed' ? field.date.last : undefined;
}

export function firstDay(field: DateField | undefined): Day | undefined {
  return field?.date?.kind === 'fixed' ? field.date.first : undefined;
}

/** The progress figure a task reports: its own, else the latest in its log. */
export function reportedProgress(task: Task): number | undefined {
  if (task.progress !== undefined) return task.progress;
  for (let i = task.updates.length - 1; i >= 0; i--) {
    const progress = task.updates[i]!.progress;
    if (progress !== undefined) return progress;
  }
  return undefined;
}

/**
 * `progress: 0.5` where 50 was meant: a figure strictly between 0 and 1, or
 * exactly 1 on a task marked done (done at 1% is surely done at 100%). A
 * todo task is left out: any progress on it is already a contradiction.
 */
export function looksLikeFraction(progress: number | undefined, status: TaskStatus): boolean {
  if (progress === undefined || status === 'todo') return false;
  return (progress > 0 && progress < 1) || (progress === 1 && status === 'done');
}

/**
 * Several rules and views assess every task as of the same day; the results
 * are kept per task object for the options they were computed with, so a
 * 10,000-task plan is assessed once per run, not once per rule.
 */
const taskStates = new WeakMap<Task, { options: ScheduleOptions; state: ItemState }>();

export function assessTask(task: Task, options: ScheduleOptions): ItemState {
  const cached = taskStates.get(task);
  if (
    cached &&
    cached.options.today === options.today &&
    cached.options.warnDays === options.warnDays &&
    cached.options.rule === options.rule
  ) {
    return cached.state;
  }
  const state = withChildren(task, computeTaskState(task, options), options);
  taskStates.set(task, { options, state });
  return state;
}

/** Whether a date field was written but could not be read. */
function inError(field: DateField | undefined): boolean {
  return field !== undefined && field.problem !== undefined;
}

/** An item whose own dates are in error: no light, no lateness, nothing derived. */
const unjudgedState: ItemState = { light: 'grey', finished: false, unjudged: true, reasons: [] };
const untrackedState: ItemState = { light: 'grey', finished: false, untracked: true, reasons: [] };

function computeTaskState(task: Task, options: ScheduleOptions): ItemState {
  const rule = options.rule ?? defaultLightRule;
  const due = lastDay(task.due);
  const start = firstDay(task.start);
  if (
    inError(task.start) ||
    inError(task.due) ||
    (start !== undefined && due !== undefined && due < start)
  ) {
    return unjudgedState;
  }
  if (isFinished(task.status)) return finishedState(task.status, task.doneOn, due);
  const startEnd = lastDay(task.start);
  const own = reportedProgress(task);
  const derived = own === undefined ? leafMean(task) : undefined;
  const progress = own ?? derived;
  const progressFrom: ProgressSource | undefined =
    own !== undefined
      ? task.progress !== undefined
        ? 'own'
        : 'updates'
      : derived !== undefined
        ? 'sub-tasks'
        : undefined;

  const expected = expectedProgress(task, options);
  let pointsBehind: number | undefined;
  let shortfall: number | undefined;
  let behindLight: 'red' | 'yellow' | 'green' = 'green';
  if (expected !== undefined && progress !== undefined) {
    const points = round1(expected - progress);
    const measured =
      rule.shortfall === 'points'
        ? points
        : expected > 0
          ? round1(((expected - progress) / expected) * 100)
          : 0;
    behindLight = shortfallLight(rule, measured);
    if (behindLight !== 'green') {
      pointsBehind = points;
      shortfall = measured;
    }
  }
  const daysLateToStart =
    task.status === 'todo' && startEnd !== undefined && options.today > startEnd
      ? options.today - startEnd
      : undefined;

  const reasons: Reason[] = [];
  let daysOverdue: number | undefined;
  let daysLeft: number | undefined;
  const track = task.recurrence ? trackOccurrences(task, options.today) : undefined;
  // A duty is due when its last occurrence is: a Q4 report due within 10
  // working days of 31 December is due 15 January, so on 1 January the duty
  // whose window ends 12/31 is due soon, not "overdue by 1 day", and days
  // overdue count from 15 January.
  const finalDue =
    due !== undefined && track?.lastDue !== undefined && track.lastDue > due ? track.lastDue : due;
  if (finalDue !== undefined && finalDue < options.today) {
    daysOverdue = options.today - finalDue;
    reasons.push('overdue');
  }
  if (pointsBehind !== undefined) reasons.push('behind-schedule');
  if (task.status === 'blocked') reasons.push('blocked');
  if (daysLateToStart !== undefined) reasons.push('late-to-start');
  // A recurring duty is due soon by its next occurrence, not its last.
  const nextDue = track?.next?.due ?? due;
  if (nextDue !== undefined && nextDue >= options.today && nextDue <= dueSoonLimit(options)) {
    daysLeft = nextDue - options.today;
    reasons.push('due-soon');
  }
  const missedInRow = track?.missedInRow ?? 0;
  if (track && track.missed.length > 0)
    reasons.splice(daysOverdue !== undefined ? 1 : 0, 0, 'missed-occurrence');
  const light: Light =
    daysOverdue !== undefined || behindLight === 'red' || missedInRow >= rule.missedRed
      ? 'red'
      : behindLight === 'yellow' ||
          task.status === 'blocked' ||
          daysLateToStart !== undefined ||
          missedInRow >= rule.missedYellow
        ? 'yellow'
        : daysLeft !== undefined
          ? rule.dueSoon
          : 'green';

  // Built by assignment: optional fields are left out, not set to undefined.
  const state: { -readonly [K in keyof ItemState]: ItemState[K] } = {
    light,
    finished: false,
    reasons,
  };
  if (daysOverdue !== undefined) state.daysOverdue = daysOverdue;
  if (daysLeft !== undefined) state.daysLeft = daysLeft;
  if (daysLateToStart !== undefined) state.daysLateToStart = daysLateToStart;
  if (pointsBehind !== undefined) state.pointsBehind = pointsBehind;
  if (shortfall !== undefined) state.shortfall = shortfall;
  if (expected !== undefined) state.expectedProgress = expected;
  if (progress !== undefined) state.progress = progress;
  if (progressFrom !== undefined) state.progressFrom = progressFrom;
  if (track && track.missed.length > 0) {
    state.missed = track.missed;
    state.missedInRow = missedInRow;
  }
  if (track?.next) state.nextOccurrence = track.next;
  if (finalDue !== undefined && finalDue !== due) state.finalDue = finalDue;
  if (track && track.due > 0) state.occurrences = { reported: track.reported, due: track.due };
  return state;
}

/**
 * A parent's light is the worst of its own and its sub-tasks': a red
 * sub-task never hides under a green heading. Work marked done or dropped
 * keeps no light, and an unjudged parent stays unjudged.
 */
function withChildren(task: Task, own: ItemState, options: ScheduleOptions): ItemState {
  if (task.children.length === 0 || own.finished || own.unjudged) return own;
  let worst: Light | undefined;
  for (const child of task.children) {
    const light = assessTask(child, options).light;
    if (light === 'grey') continue;
    if (worst === undefined || lightRank[light] < lightRank[worst]) worst = light;
  }
  if (worst === undefined || lightRank[worst] >= lightRank[own.light]) return own;
  return { ...own, light: worst, childLight: worst };
}

/**
 * The mean progress of a parent's leaf tasks, when it reports none of its
 * own. A leaf without a figure counts 100 when done and 0 when todo;
 * dropped leaves are left out. When any other leaf has no figure the mean
 * is unknown: guessing it would make the parent look further on than it is.
 */
function leafMean(task: Task): number | undefined {
  if (task.children.length === 0) return undefined;
  let sum = 0;
  let count = 0;
  const stack: Task[] = [...task.children];
  while (stack.length > 0) {
    const leaf = stack.pop()!;
    if (leaf.children.length > 0) {
      stack.push(...leaf.children);
      continue;
    }
    if (leaf.status === 'dropped') continue;
    const figure =
      reportedProgress(leaf) ??
      (leaf.status === 'done' ? 100 : leaf.status === 'todo' ? 0 : undefined);
    if (figure === undefined) return undefined;
    sum += figure;
    count++;
  }
  return count === 0 ? undefined : round1(sum / count);
}

/**
 * 序时进度 as of today under the rule's basis: on `day`, the share of the
 * window's days before today; on `month-end`, judged at the last month end
 * before today, whole months elapsed ÷ months in the window. Checkpoints
 * (形象进度) replace the straight line with a line through each of them:
 * from the start at 0, to each checkpoint's value at the end of its date,
 * to 100 at the end of the due date.
 */
export function expectedProgress(task: Task, options: ScheduleOptions): number | undefined {
  const start = firstDay(task.start);
  const due = lastDay(task.due);
  const monthEnd = (options.rule ?? defaultLightRule).basis === 'month-end';
  // Days count as passed once over: a window's boundaries are "day after".
  const at = monthEnd ? startOfMonth(options.today) : options.today;
  if (task.checkpoints && task.checkpoints.length > 0) return alongCheckpoints(task, at);
  if (start === undefined || due === undefined || due < start || options.today <= start)
    return undefined;
  if (monthEnd) {
    const months = monthIndex(due) - monthIndex(start) + 1;
    const elapsed = Math.min(Math.max(monthIndex(at) - monthIndex(start), 0), months);
    return round1((elapsed / months) * 100);
  }
  const window = due - start + 1;
  const elapsed = Math.min(at - start, window);
  return round1((elapsed / window) * 100);
}

function alongCheckpoints(task: Task, at: Day): number | undefined {
  const points: { day: Day; value: number }[] = [];
  const start = firstDay(task.start);
  if (start !== undefined) points.push({ day: start, value: 0 });
  for (const checkpoint of task.checkpoints ?? []) {
    const last = lastDay(checkpoint.date);
    if (last !== undefined) points.push({ day: last + 1, value: checkpoint.progress });
  }
  points.sort((a, b) => a.day - b.day);
  const due = lastDay(task.due);
  const end = points[points.length - 1];
  if (due !== undefined && (end === undefined || due + 1 > end.day))
    points.push({ day: due + 1, value: 100 });
  const first = points[0];
  if (first === undefined || at <= first.day) return undefined;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (at <= b.day)
      return round1(a.value + ((b.value - a.value) * (at - a.day)) / (b.day - a.day));
  }
  return points[points.length - 1]!.value;
}

function monthIndex(day: Day): number {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
}

/**
 * Figures are judged as printed, to one decimal: a task shown “30 points
 * behind” is yellow under 银川's rule, never red by a hidden 30.004.
 */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function assessMilestone(milestone: Milestone, options: ScheduleOptions): ItemState {
  if (inError(milestone.due)) return unjudgedState;
  const due = lastDay(milestone.due);
  if (isFinished(milestone.status)) return finishedState(milestone.status, milestone.doneOn, due);
  return dueState(due, options);
}

/**
 * A phase is late when its end has passed and work in it is unfinished; a
 * phase with no tasks goes by its own status. A phase with neither has no
 * known work: calling 动员部署阶段 "overdue 467 days" because no task was
 * filed under it would put a red light before leadership that nobody
 * decided, so it is left untracked (no light) and `untracked-phase` says
 * how to track it. A phase whose own dates are in error gets no judgement
 * at all: the error says enough.
 */
export function assessPhase(phase: Phase, plan: Plan, options: ScheduleOptions): ItemState {
  const start = firstDay(phase.start);
  const end = lastDay(phase.end);
  if (
    inError(phase.start) ||
    inError(phase.end) ||
    (start !== undefined && end !== undefined && end < start)
  ) {
    return unjudgedState;
  }
  const tasks = plan.allTasks.filter((task) => task.phase?.id === phase.id && task.phase.found);
  if (tasks.length === 0 && phase.status === undefined) return untrackedState;
  const finished =
    tasks.length > 0
      ? tasks.every((task) => isFinished(task.status))
      : isFinished(phase.status ?? 'todo');
  if (finished) return finishedState('done', undefined, undefined);
  return dueState(end, options);
}

const finishedStates: Record<'done' | 'dropped', ItemState> = {
  done: { light: 'grey', finished: true, reasons: [] },
  dropped: { light: 'grey', finished: true, reasons: [] },
};

/** Done or dropped: no light; done after the due's last day is 逾期完成. */
function finishedState(
  status: TaskStatus,
  doneOn: DateField | undefined,
  due: Day | undefined,
): ItemState {
  const doneFirst = status === 'done' ? firstDay(doneOn) : undefined;
  if (doneFirst !== undefined && due !== undefined && doneFirst > due) {
    return {
      light: 'grey',
      finished: true,
      daysDoneLate: doneFirst - due,
      reasons: ['done-late'],
    };
  }
  return status === 'dropped' ? finishedStates.dropped : finishedStates.done;
}

/** Overdue and due soon: all a milestone or phase is judged by. */
function dueState(due: Day | undefined, options: ScheduleOptions): ItemState {
  if (due === undefined) return { light: 'green', finished: false, reasons: [] };
  if (due < options.today) {
    return {
      light: 'red',
      finished: false,
      daysOverdue: options.today - due,
      reasons: ['overdue'],
    };
  }
  if (due <= dueSoonLimit(options)) {
    return {
      light: (options.rule ?? defaultLightRule).dueSoon,
      finished: false,
      daysLeft: due - options.today,
      reasons: ['due-soon'],
    };
  }
  return { light: 'green', finished: false, reasons: [] };
}
