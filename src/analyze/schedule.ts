/**
 * Schedule state as of a day: what is overdue, due soon, late to start or
 * behind the pro-rata schedule (序时进度), and the traffic light that follows.
 * The check rules and every view read it from here, so a task is late in the
 * overdue list exactly when `plan check` says it is.
 *
 * Dates are spans (`2023-06` is all of June): a due date counts from its last
 * day and a start from its last day too, so a task due `2023-06` is late from
 * 1 July and a task starting `2023-06` is late to start from 1 July.
 */
import type { Day } from '../dates/types.js';
import type { DateField, Milestone, Phase, Plan, Task, TaskStatus } from '../model/types.js';

export type Light = 'red' | 'yellow' | 'green' | 'grey';

export const lightRank: Record<Light, number> = { red: 0, yellow: 1, green: 2, grey: 3 };

export interface ScheduleOptions {
  readonly today: Day;
  /** Items due within this many days are due soon. */
  readonly warnDays: number;
}

/** Why an item is not green, worst first. */
export type Reason = 'overdue' | 'behind-schedule' | 'late-to-start' | 'due-soon';

export interface ItemState {
  readonly light: Light;
  readonly finished: boolean;
  /** Days past the last day of the due date, when overdue. */
  readonly daysLate?: number;
  /** Days left until the last day of the due date, when due soon (0 = today). */
  readonly daysLeft?: number;
  /** Days since the start passed, when still `todo`. */
  readonly daysLateToStart?: number;
  /** Percentage points behind the pro-rata schedule, when 10 or more. */
  readonly pointsBehind?: number;
  /** The pro-rata progress expected by today, when the task has a window. */
  readonly expectedProgress?: number;
  readonly reasons: readonly Reason[];
}

/** Progress trailing the pro-rata schedule by this many points is behind. */
export const BEHIND_POINTS = 10;
/** …and by this many, red. */
export const BEHIND_RED_POINTS = 30;

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
    cached.options.warnDays === options.warnDays
  ) {
    return cached.state;
  }
  const state = computeTaskState(task, options);
  taskStates.set(task, { options, state });
  return state;
}

function computeTaskState(task: Task, options: ScheduleOptions): ItemState {
  if (isFinished(task.status)) return finishedState;
  const due = lastDay(task.due);
  const startEnd = lastDay(task.start);
  const start = firstDay(task.start);
  const progress = reportedProgress(task);

  let expectedProgress: number | undefined;
  let pointsBehind: number | undefined;
  if (
    start !== undefined &&
    due !== undefined &&
    due >= start &&
    progress !== undefined &&
    options.today > start
  ) {
    const window = due - start + 1;
    const elapsed = Math.min(options.today - start, window);
    expectedProgress = Math.round((elapsed / window) * 100);
    const behind = expectedProgress - progress;
    if (behind >= BEHIND_POINTS) pointsBehind = behind;
  }
  const daysLateToStart =
    task.status === 'todo' && startEnd !== undefined && options.today > startEnd
      ? options.today - startEnd
      : undefined;
  return combine(due, options, { daysLateToStart, pointsBehind, expectedProgress });
}

export function assessMilestone(milestone: Milestone, options: ScheduleOptions): ItemState {
  if (isFinished(milestone.status)) return finishedState;
  return combine(lastDay(milestone.due), options, {});
}

/**
 * A phase is late when its end has passed and work in it is unfinished; a
 * phase with no tasks goes by its own status.
 */
export function assessPhase(phase: Phase, plan: Plan, options: ScheduleOptions): ItemState {
  const tasks = plan.allTasks.filter((task) => task.phase?.id === phase.id && task.phase.found);
  const finished =
    tasks.length > 0
      ? tasks.every((task) => isFinished(task.status))
      : isFinished(phase.status ?? 'todo');
  if (finished) return finishedState;
  return combine(lastDay(phase.end), options, {});
}

const finishedState: ItemState = { light: 'grey', finished: true, reasons: [] };

function combine(
  due: Day | undefined,
  options: ScheduleOptions,
  extra: {
    daysLateToStart?: number | undefined;
    pointsBehind?: number | undefined;
    expectedProgress?: number | undefined;
  },
): ItemState {
  const reasons: Reason[] = [];
  let daysLate: number | undefined;
  let daysLeft: number | undefined;
  if (due !== undefined && due < options.today) {
    daysLate = options.today - due;
    reasons.push('overdue');
  }
  if (extra.pointsBehind !== undefined) reasons.push('behind-schedule');
  if (extra.daysLateToStart !== undefined) reasons.push('late-to-start');
  if (due !== undefined && due >= options.today && due - options.today <= options.warnDays) {
    daysLeft = due - options.today;
    reasons.push('due-soon');
  }
  const red = daysLate !== undefined || (extra.pointsBehind ?? 0) >= BEHIND_RED_POINTS;
  const light: Light = red ? 'red' : reasons.length > 0 ? 'yellow' : 'green';
  return {
    light,
    finished: false,
    ...(daysLate !== undefined ? { daysLate } : {}),
    ...(daysLeft !== undefined ? { daysLeft } : {}),
    ...(extra.daysLateToStart !== undefined ? { daysLateToStart: extra.daysLateToStart } : {}),
    ...(extra.pointsBehind !== undefined ? { pointsBehind: extra.pointsBehind } : {}),
    ...(extra.expectedProgress !== undefined ? { expectedProgress: extra.expectedProgress } : {}),
    reasons,
  };
}
