/**
 * The overdue list (督查督办): every task, phase and milestone that is
 * overdue, behind schedule, late to start or due soon, and every target at
 * risk, as of a day, worst first.
 *
 * Lateness comes from `analyze/schedule.ts` and nowhere else, so an item is
 * on this list exactly when `plan check` reports it (a test holds the two
 * together finding by finding). Renderers only lay the items out: every
 * number they print is here.
 *
 * `daysLate` is one signed figure per item, so a single column sorts and
 * reads the same way for every reason: positive = days late, 0 = due today,
 * negative = days left. Days are counted from the last day of the date as
 * written (`2023-06` is late from 1 July) by the schedule module. For an item
 * whose worst reason is late-to-start it counts the days since its start
 * passed; for behind-schedule, due-soon and target-at-risk it is today minus
 * the due date's last day (so due in 3 days → -3).
 */
import {
  assessMilestone,
  assessPhase,
  assessTask,
  type ItemState,
  type Light,
  lastDay,
  lightRank,
  type Reason,
  reportedProgress,
  type ScheduleOptions,
} from '../analyze/schedule.js';
import { assessTarget } from '../analyze/target-state.js';
import type { Day } from '../dates/types.js';
import type { DateField, Plan, UnitRef } from '../model/types.js';
import type { Path } from '../parse/types.js';
import { unitKey } from './units.js';

export type OverdueKind = 'task' | 'phase' | 'milestone' | 'target';

/** The machine codes of the JSON contract; each matches a `plan check` code. */
export type OverdueReason = Reason | 'target-at-risk';

/** Worst first: the item's `reason` is the first of its reasons in this order. */
export const overdueReasons: readonly OverdueReason[] = [
  'overdue',
  'target-at-risk',
  'behind-schedule',
  'late-to-start',
  'due-soon',
];

/** The figures behind an item's reasons, for renderers that explain them. */
export interface OverdueDetails {
  /** Days past the due date's last day, when overdue. */
  readonly daysLate?: number;
  /** Days left to the due date's last day, when due soon (0 = today). */
  readonly daysLeft?: number;
  /** Days since the start passed, when still todo. */
  readonly daysLateToStart?: number;
  /** Points behind the pro-rata schedule, with the figures compared. */
  readonly pointsBehind?: number;
  readonly progress?: number;
  readonly expectedProgress?: number;
  /** For a target: the target and the latest reading, as written. */
  readonly target?: string;
  readonly actual?: string;
}

export interface OverdueItem {
  readonly kind: OverdueKind;
  /** The id the plan gave it; null when it has none (and for targets). */
  readonly id: string | null;
  /**
   * 序号: a task's number as printed; a phase's or milestone's id, else its
   * 1-based position; null for a target (a target has no number of its own).
   */
  readonly no: string | null;
  /** The task or milestone title, the phase name or the target's metric. */
  readonly title: string;
  /** Lead unit names (registry names where they resolved); empty for phases and targets. */
  readonly lead: readonly string[];
  /** The due date (a phase's end) as written; renderers print it at its precision. */
  readonly due: DateField | null;
  /** Signed days, see the top of this file; null when there is no fixed due date. */
  readonly daysLate: number | null;
  readonly light: Light;
  /** The worst of `reasons`. */
  readonly reason: OverdueReason;
  /** Every reason, worst first. */
  readonly reasons: readonly OverdueReason[];
  readonly details: OverdueDetails;
  /** Where the item is in the plan (`['tasks', 0, 'tasks', 2]`). */
  readonly path: Path;
  /** For a target: the id of its goal. */
  readonly goalId?: string;
}

export interface OverdueList {
  readonly title: string;
  readonly asOf: Day;
  readonly warnDays: number;
  /** Worst first: red before yellow, then most days late, then plan order. */
  readonly items: readonly OverdueItem[];
  readonly counts: { readonly total: number; readonly red: number; readonly yellow: number };
}

/**
 * `plan check` reports only overdue phases (its due-soon rule covers tasks
 * and milestones), so a phase is listed for that reason alone; the list and
 * the check must agree. Widen this when the check reports more.
 */
const phaseReasons: ReadonlySet<Reason> = new Set(['overdue']);

export function overdueItems(plan: Plan, options: ScheduleOptions): OverdueList {
  const found: { item: OverdueItem; order: number }[] = [];
  const add = (item: OverdueItem | undefined): void => {
    if (item) found.push({ item, order: found.length });
  };
  const today = options.today;

  // Plan order for ties: tasks by 序号, then milestones, phases and targets.
  for (const task of plan.allTasks) {
    const state = assessTask(task, options);
    add(
      fromState(state, state.reasons, today, {
        kind: 'task',
        id: task.id ?? null,
        no: task.no,
        title: task.title,
        lead: unitNames(task.lead),
        due: task.due ?? null,
        path: task.path,
        progress: reportedProgress(task),
      }),
    );
  }
  plan.milestones.forEach((milestone, index) => {
    const state = assessMilestone(milestone, options);
    add(
      fromState(state, state.reasons, today, {
        kind: 'milestone',
        id: milestone.id ?? null,
        no: milestone.id ?? String(index + 1),
        title: milestone.title,
        lead: unitNames(milestone.lead),
        due: milestone.due,
        path: milestone.path,
      }),
    );
  });
  for (const phase of plan.phases) {
    const state = assessPhase(phase, plan, options);
    add(
      fromState(
        state,
        state.reasons.filter((reason) => phaseReasons.has(reason)),
        today,
        {
          kind: 'phase',
          id: phase.hasId ? phase.id : null,
          no: phase.hasId ? phase.id : String(phase.index + 1),
          title: phase.name,
          lead: [],
          due: phase.end ?? null,
          path: phase.path,
        },
      ),
    );
  }
  for (const goal of plan.goals) {
    for (const target of goal.targets) {
      const state = assessTarget(target, options);
      if (state.state !== 'at-risk' || !state.light) continue;
      const due = lastDay(target.due);
      add({
        kind: 'target',
        id: null,
        no: null,
        title: target.metric,
        lead: [],
        due: target.due ?? null,
        daysLate: due === undefined ? null : today - due,
        light: state.light,
        reason: 'target-at-risk',
        reasons: ['target-at-risk'],
        details: {
          target: target.written,
          ...(state.latest ? { actual: state.latest.value.written } : {}),
        },
        path: target.path,
        goalId: goal.id,
      });
    }
  }

  found.sort(
    (a, b) =>
      lightRank[a.item.light] - lightRank[b.item.light] ||
      (b.item.daysLate ?? Number.NEGATIVE_INFINITY) -
        (a.item.daysLate ?? Number.NEGATIVE_INFINITY) ||
      a.order - b.order,
  );
  const items = found.map((entry) => entry.item);
  let red = 0;
  let yellow = 0;
  for (const item of items) {
    if (item.light === 'red') red++;
    else if (item.light === 'yellow') yellow++;
  }
  return {
    title: plan.meta.title,
    asOf: today,
    warnDays: options.warnDays,
    items,
    counts: { total: items.length, red, yellow },
  };
}

interface Subject {
  readonly kind: Exclude<OverdueKind, 'target'>;
  readonly id: string | null;
  readonly no: string;
  readonly title: string;
  readonly lead: readonly string[];
  readonly due: DateField | null;
  readonly path: Path;
  readonly progress?: number | undefined;
}

function fromState(
  state: ItemState,
  reasons: readonly Reason[],
  today: Day,
  subject: Subject,
): OverdueItem | undefined {
  const worst = overdueReasons.find((reason) => reasons.includes(reason as Reason)) as
    | Reason
    | undefined;
  if (worst === undefined) return undefined;
  const due = lastDay(subject.due ?? undefined);
  const daysLate =
    worst === 'overdue'
      ? (state.daysLate ?? null)
      : worst === 'late-to-start'
        ? (state.daysLateToStart ?? null)
        : due === undefined
          ? null
          : today - due;
  const details: OverdueDetails = {
    ...(reasons.includes('overdue') && state.daysLate !== undefined
      ? { daysLate: state.daysLate }
      : {}),
    ...(reasons.includes('due-soon') && state.daysLeft !== undefined
      ? { daysLeft: state.daysLeft }
      : {}),
    ...(reasons.includes('late-to-start') && state.daysLateToStart !== undefined
      ? { daysLateToStart: state.daysLateToStart }
      : {}),
    ...(reasons.includes('behind-schedule') && state.pointsBehind !== undefined
      ? {
          pointsBehind: state.pointsBehind,
          ...(subject.progress !== undefined ? { progress: subject.progress } : {}),
          ...(state.expectedProgress !== undefined
            ? { expectedProgress: state.expectedProgress }
            : {}),
        }
      : {}),
  };
  return {
    kind: subject.kind,
    id: subject.id,
    no: subject.no,
    title: subject.title,
    lead: subject.lead,
    due: subject.due,
    daysLate,
    // A phase is listed only when overdue, which is red: its light stands.
    light: state.light,
    reason: worst,
    reasons: overdueReasons.filter((reason) => reasons.includes(reason as Reason)),
    details,
    path: subject.path,
  };
}

/** Lead names as printed, each unit once however it was written. */
export function unitNames(refs: readonly UnitRef[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ref of refs) {
    const key = unitKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref.name);
  }
  return out;
}
