/**
 * The overdue list (督查督办): every task, phase and milestone that is
 * overdue, behind schedule, blocked, late to start or due soon, every target
 * at risk, and what was done late (逾期完成), as of a day, worst first.
 *
 * Lateness comes from `analyze/schedule.ts` and nowhere else, so an item is
 * on this list exactly when `plan check` reports it (a test holds the two
 * together finding by finding; done late is on the list alone, as a record
 * rather than a problem to fix). Renderers only lay the items out: every
 * number they print is here.
 *
 * One meaning per number: days overdue, days left, days late to start and
 * days done late are four fields, each null when it does not apply, counted
 * from the last day of the date as written (`2023-06` is late from 1 July).
 */
import {
  type AsOf,
  assessMilestone,
  assessPhase,
  assessTask,
  dueShown,
  occurrenceShown,
  type ItemState,
  type Light,
  lastDay,
  lightRank,
  type ProgressSource,
  type Reason,
  scheduleOptions,
  warnOf,
} from '../analyze/schedule.js';
import { assessTarget } from '../analyze/target-state.js';
import type { Day } from '../dates/types.js';
import type { WarnWindow } from '../dates/warn-window.js';
import { latestNoteOf } from '../model/latest-note.js';
import type { DateField, Plan, TaskStatus, UnitRef } from '../model/types.js';
import type { Path } from '../parse/types.js';
import { unitKey } from './units.js';

export type OverdueKind = 'task' | 'phase' | 'milestone' | 'target';

/** The machine codes of the JSON contract; each but done-late matches a `plan check` code. */
export type OverdueReason = Reason | 'target-at-risk';

/** Worst first: the item's `reason` is the first of its reasons in this order. */
export const overdueReasons: readonly OverdueReason[] = [
  'overdue',
  'missed-occurrence',
  'target-at-risk',
  'behind-schedule',
  'blocked',
  'late-to-start',
  'due-soon',
  'done-late',
];

/** The figures behind an item's reasons, for renderers that explain them. */
export interface OverdueDetails {
  /** Points behind the pro-rata schedule, with the figures compared. */
  readonly pointsBehind?: number;
  readonly progress?: number;
  /** `sub-tasks` when the progress is the mean of the leaf tasks'. */
  readonly progressFrom?: ProgressSource;
  readonly expectedProgress?: number;
  /** Under a relative rule (三亚): the shortfall as a % of 序时进度. */
  readonly relativeShortfall?: number;
  /** A blocked task's latest note (进展情况). */
  readonly note?: string;
  /** A recurring duty's missed occurrences, oldest first (`2024-04`, `2024-Q2`). */
  readonly missed?: readonly string[];
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
  /**
   * The due date (a phase's end) as written; for a recurring duty, its next
   * occurrence's day (`dueShown`). Renderers print it at its precision.
   */
  readonly due: DateField | null;
  /** A recurring duty's next occurrence's period (`2024-Q2`) when `due` is that occurrence's. */
  readonly occurrence?: string;
  /** A task's or milestone's status, to word an item without a light (已办结). */
  readonly status: TaskStatus | null;
  /** Days past the due's last day, when overdue (a target: when past due). */
  readonly daysOverdue: number | null;
  /** Days left to the due's last day, when due soon (a target: when not yet due); 0 = today. */
  readonly daysLeft: number | null;
  /** Days since the start's last day, when still todo. */
  readonly daysLateToStart: number | null;
  /** Days from the due's last day to done_on, when done late. */
  readonly daysDoneLate: number | null;
  /** `grey` (no light) for work done late: it is finished. */
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

export interface OverdueCounts {
  readonly total: number;
  readonly red: number;
  readonly yellow: number;
  readonly blue: number;
  /** Items done late (逾期完成): listed, but without a light. */
  readonly doneLate: number;
}

export interface OverdueList {
  readonly title: string;
  readonly asOf: Day;
  /** The due-soon window the list was judged by. */
  readonly warn: WarnWindow;
  /**
   * Worst first: by light, then most days overdue, most days late to start,
   * fewest days left, most days done late, then plan order.
   */
  readonly items: readonly OverdueItem[];
  readonly counts: OverdueCounts;
}

/**
 * `plan check` reports only overdue phases (its due-soon rule covers tasks
 * and milestones), so a phase is listed for that reason alone; the list and
 * the check must agree. Widen this when the check reports more.
 */
const phaseReasons: ReadonlySet<Reason> = new Set(['overdue']);

export function overdueItems(plan: Plan, asOf: AsOf): OverdueList {
  const options = scheduleOptions(plan, asOf);
  const found: { item: OverdueItem; order: number }[] = [];
  const add = (item: OverdueItem | undefined): void => {
    if (item) found.push({ item, order: found.length });
  };
  const today = options.today;

  // Plan order for ties: tasks by 序号, then milestones, phases and targets.
  for (const task of plan.allTasks) {
    const state = assessTask(task, options);
    add(
      fromState(state, state.reasons, {
        kind: 'task',
        id: task.id ?? null,
        no: task.fullNo,
        title: task.title,
        lead: unitNames(task.lead),
        due: dueShown(task, state) ?? null,
        occurrence: occurrenceShown(task, state)?.period,
        status: task.status,
        path: task.path,
        missed: state.missed?.map((occurrence) => occurrence.period),
        note: state.reasons.includes('blocked') ? latestNoteOf(task) : undefined,
        relative: (options.rule?.shortfall ?? 'points') === 'relative',
      }),
    );
  }
  plan.milestones.forEach((milestone, index) => {
    const state = assessMilestone(milestone, options);
    add(
      fromState(state, state.reasons, {
        kind: 'milestone',
        id: milestone.id ?? null,
        no: milestone.id ?? String(index + 1),
        title: milestone.title,
        lead: unitNames(milestone.lead),
        due: milestone.due,
        status: milestone.status,
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
        {
          kind: 'phase',
          id: phase.hasId ? phase.id : null,
          no: phase.hasId ? phase.id : String(phase.index + 1),
          title: phase.name,
          lead: [],
          due: phase.end ?? null,
          status: null,
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
        status: null,
        daysOverdue: due !== undefined && due < today ? today - due : null,
        daysLeft: due !== undefined && due >= today ? due - today : null,
        daysLateToStart: null,
        daysDoneLate: null,
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

  const most = (n: number | null): number => n ?? Number.NEGATIVE_INFINITY;
  const fewest = (n: number | null): number => n ?? Number.POSITIVE_INFINITY;
  found.sort(
    (a, b) =>
      lightRank[a.item.light] - lightRank[b.item.light] ||
      most(b.item.daysOverdue) - most(a.item.daysOverdue) ||
      most(b.item.daysLateToStart) - most(a.item.daysLateToStart) ||
      fewest(a.item.daysLeft) - fewest(b.item.daysLeft) ||
      most(b.item.daysDoneLate) - most(a.item.daysDoneLate) ||
      a.order - b.order,
  );
  const items = found.map((entry) => entry.item);
  const counts = { total: items.length, red: 0, yellow: 0, blue: 0, doneLate: 0 };
  for (const item of items) {
    if (item.light === 'red') counts.red++;
    else if (item.light === 'yellow') counts.yellow++;
    else if (item.light === 'blue') counts.blue++;
    if (item.daysDoneLate !== null) counts.doneLate++;
  }
  return { title: plan.meta.title, asOf: today, warn: warnOf(options), items, counts };
}

interface Subject {
  readonly kind: Exclude<OverdueKind, 'target'>;
  readonly id: string | null;
  readonly no: string;
  readonly title: string;
  readonly lead: readonly string[];
  readonly due: DateField | null;
  readonly status: TaskStatus | null;
  readonly path: Path;
  readonly note?: string | undefined;
  readonly occurrence?: string | undefined;
  readonly missed?: readonly string[] | undefined;
  /** Whether the rule measures the shortfall relative to 序时进度. */
  readonly relative?: boolean;
}

function fromState(
  state: ItemState,
  reasons: readonly Reason[],
  subject: Subject,
): OverdueItem | undefined {
  const listed = overdueReasons.filter((reason) => reasons.includes(reason as Reason));
  const worst = listed[0];
  if (worst === undefined) return undefined;
  const has = (reason: Reason): boolean => reasons.includes(reason);
  const details: OverdueDetails = {
    ...(has('behind-schedule') && state.pointsBehind !== undefined
      ? {
          pointsBehind: state.pointsBehind,
          ...(state.progress !== undefined ? { progress: state.progress } : {}),
          ...(state.progressFrom !== undefined ? { progressFrom: state.progressFrom } : {}),
          ...(state.expectedProgress !== undefined
            ? { expectedProgress: state.expectedProgress }
            : {}),
          ...(subject.relative && state.shortfall !== undefined
            ? { relativeShortfall: state.shortfall }
            : {}),
        }
      : {}),
    ...(has('blocked') && subject.note !== undefined ? { note: subject.note } : {}),
    ...(has('missed-occurrence') && subject.missed ? { missed: subject.missed } : {}),
  };
  return {
    kind: subject.kind,
    id: subject.id,
    no: subject.no,
    title: subject.title,
    lead: subject.lead,
    due: subject.due,
    ...(subject.occurrence !== undefined ? { occurrence: subject.occurrence } : {}),
    status: subject.status,
    daysOverdue: has('overdue') ? (state.daysOverdue ?? null) : null,
    daysLeft: has('due-soon') ? (state.daysLeft ?? null) : null,
    daysLateToStart: has('late-to-start') ? (state.daysLateToStart ?? null) : null,
    daysDoneLate: has('done-late') ? (state.daysDoneLate ?? null) : null,
    // A phase is listed only when overdue, which is red: its light stands.
    light: state.light,
    reason: worst,
    reasons: listed,
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
