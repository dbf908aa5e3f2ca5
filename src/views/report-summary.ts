/**
 * The one-page report (`plan report`): what a supervisor reads in a minute.
 * Every number and row of the page is computed here, once; the term and
 * Markdown renderers (and a printable HTML page later) only lay them out.
 *
 * What is counted, and why:
 * - Task counts by status and by light are over **leaf tasks** (tasks without
 *   sub-tasks). A parent task is the sum of its sub-tasks; counting both
 *   would count the same work twice. `allTasks` is still given row by row
 *   in `rows`, parents included, for a full task table.
 * - Lights are counted over leaf tasks still open: done and dropped work
 *   carries no light and is counted by status (已办结 / 已取消); work done
 *   after its due date is counted apart as done late (逾期完成).
 * - A unit's load is over leaf tasks too: `leads` and `supports` count the
 *   tasks it leads or supports (a unit named as both counts as lead); `open`,
 *   `overdue` and `doneLate` count those of them not done or dropped, those
 *   overdue, and those done late. Units are told apart by `unitKey`, so a unit written by its id,
 *   its name and an alias counts once.
 * - The most urgent items are the first ten of the overdue list, so the
 *   report and `plan overdue` never disagree.
 *
 * Schedule state comes from `analyze/schedule.ts` and target state from
 * `analyze/target-state.ts`, like `plan check`.
 */
import {
  type AsOf,
  assessMilestone,
  assessPhase,
  assessTask,
  dueShown,
  type ItemState,
  type Light,
  reportedProgress,
  scheduleOptions,
} from '../analyze/schedule.js';
import {
  assessTarget,
  type TargetState,
  type TargetStatus,
  targetStatuses,
} from '../analyze/target-state.js';
import { defaultLightRule, type LightRule } from '../model/light-rule.js';
import type { Day } from '../dates/types.js';
import type { WarnWindow } from '../dates/warn-window.js';
import type {
  DateField,
  Measurement,
  Plan,
  TargetNature,
  Task,
  TaskStatus,
  UnitRef,
} from '../model/types.js';
import type { Path } from '../parse/types.js';
import { type OverdueItem, type OverdueList, overdueItems, unitNames } from './overdue-items.js';
import { unitKey } from './units.js';

/** How many of the overdue list's items the report shows. */
export const URGENT_LIMIT = 10;

export const statusOrder: readonly TaskStatus[] = ['todo', 'doing', 'done', 'blocked', 'dropped'];
/** The lights an open task can carry, worst first. */
export type LitLight = Exclude<Light, 'grey'>;
export const lightOrder: readonly LitLight[] = ['red', 'yellow', 'blue', 'green'];

/** The lights a count shows: blue only where a rule gave some (宿迁), else the usual three. */
export function shownLights(byLight: Readonly<Record<LitLight, number>>): LitLight[] {
  return lightOrder.filter((light) => light !== 'blue' || byLight.blue > 0);
}

export interface TaskCounts {
  /** Leaf tasks counted. */
  readonly total: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  /** Open leaf tasks by light; done and dropped ones have none (see `byStatus`). */
  readonly byLight: Readonly<Record<LitLight, number>>;
  /** Leaf tasks done after their due date (逾期完成). */
  readonly doneLate: number;
}

export interface UnitLoad {
  /** `unitKey` of the unit: one key however the plan wrote it. */
  readonly key: string;
  /** The registry name, else the name as first written. */
  readonly name: string;
  readonly leads: number;
  readonly supports: number;
  /** Led or supported tasks not done or dropped. */
  readonly open: number;
  /** Led or supported tasks overdue. */
  readonly overdue: number;
  /** Led or supported tasks done after their due date. */
  readonly doneLate: number;
}

export interface TargetRow {
  readonly goal: string;
  readonly metric: string;
  readonly baseline: Measurement | null;
  readonly latest: Measurement | null;
  /** The target as written: `>= 30%`, `实现`. */
  readonly target: string;
  /** The figure `超过国家中位数` points at, when the plan gives it. */
  readonly reference: Measurement | null;
  readonly kind: TargetState['kind'];
  /** The figure compared with (a range's lower end), when there is one. */
  readonly value: number | null;
  readonly upper: number | null;
  readonly unit: string;
  readonly nature: TargetNature | null;
  readonly due: DateField | null;
  readonly state: TargetStatus;
  /** Null for no data and not computable: they carry no light. */
  readonly light: Light | null;
  readonly path: Path;
}

export interface GoalSummary {
  readonly id: string;
  readonly title: string;
  readonly due: DateField | null;
  readonly targets: readonly TargetRow[];
  readonly targetCounts: Readonly<Record<TargetStatus, number>>;
}

/** One task with its schedule state: a row of a full task table or a timeline bar. */
export interface TaskRow {
  readonly no: string;
  readonly id: string | null;
  readonly title: string;
  readonly depth: number;
  readonly leaf: boolean;
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly start: DateField | null;
  readonly due: DateField | null;
  readonly status: TaskStatus;
  /** The task's own or latest reported progress, else its leaf tasks' mean (see `state.progressFrom`). */
  readonly progress: number | null;
  readonly light: Light;
  readonly state: ItemState;
  readonly path: Path;
}

/** A phase or milestone with its light, for a timeline. */
export interface SpanRow {
  readonly kind: 'phase' | 'milestone';
  readonly id: string | null;
  readonly title: string;
  readonly start: DateField | null;
  readonly end: DateField | null;
  readonly light: Light;
  readonly path: Path;
}

export interface ReportSummary {
  readonly title: string;
  readonly issuer: string | null;
  readonly documentNo: string | null;
  readonly issued: DateField | null;
  readonly periodStart: DateField | null;
  readonly periodEnd: DateField | null;
  readonly asOf: Day;
  /** The due-soon window the figures were judged by. */
  readonly warn: WarnWindow;
  /** The light rule the figures were judged by, for a legend that states it. */
  readonly rule: LightRule;
  /** Over leaf tasks. */
  readonly tasks: TaskCounts;
  /** All tasks, parents too. */
  readonly taskCount: number;
  /** Most overdue first, then most open, then in order of first mention. */
  readonly units: readonly UnitLoad[];
  readonly goals: readonly GoalSummary[];
  readonly targetCounts: Readonly<Record<TargetStatus, number>>;
  /** The whole overdue list; `urgent` is its head. */
  readonly overdue: OverdueList;
  readonly urgent: readonly OverdueItem[];
  /** Every task in document order, parents before children. */
  readonly rows: readonly TaskRow[];
  readonly spans: readonly SpanRow[];
}

export function reportSummary(plan: Plan, asOf: AsOf): ReportSummary {
  const options = scheduleOptions(plan, asOf);
  const byStatus = zeroes(statusOrder);
  const byLight = zeroes(lightOrder);
  let doneLate = 0;
  const loads = new Map<string, { name: string; order: number } & Counts>();
  const rows: TaskRow[] = [];
  let leaves = 0;

  for (const task of plan.allTasks) {
    const state = assessTask(task, options);
    const leaf = task.children.length === 0;
    rows.push(taskRow(task, state, leaf));
    if (!leaf) continue;
    leaves++;
    byStatus[task.status]++;
    if (state.light !== 'grey') byLight[state.light]++;
    const open = !state.finished;
    const late = state.daysOverdue !== undefined;
    const lateDone = state.daysDoneLate !== undefined;
    if (lateDone) doneLate++;
    const leadKeys = new Set<string>();
    for (const ref of task.lead) {
      const key = unitKey(ref);
      if (leadKeys.has(key)) continue;
      leadKeys.add(key);
      bump(loads, ref, key, 'leads', open, late, lateDone);
    }
    const supportKeys = new Set<string>();
    for (const ref of task.support) {
      const key = unitKey(ref);
      if (leadKeys.has(key) || supportKeys.has(key)) continue;
      supportKeys.add(key);
      bump(loads, ref, key, 'supports', open, late, lateDone);
    }
  }

  const units = [...loads.entries()]
    .sort(([, a], [, b]) => b.overdue - a.overdue || b.open - a.open || a.order - b.order)
    .map(([key, load]) => ({
      key,
      name: load.name,
      leads: load.leads,
      supports: load.supports,
      open: load.open,
      overdue: load.overdue,
      doneLate: load.doneLate,
    }));

  const targetCounts = zeroes(targetStatuses);
  const goals = plan.goals.map((goal): GoalSummary => {
    const counts = zeroes(targetStatuses);
    const targets = goal.targets.map((target): TargetRow => {
      const state = assessTarget(target, options);
      counts[state.state]++;
      targetCounts[state.state]++;
      return {
        goal: goal.id,
        metric: target.metric,
        baseline: target.baseline ?? null,
        latest: state.latest ?? null,
        target: target.written,
        reference: target.reference ?? null,
        kind: state.kind,
        value: state.value ?? null,
        upper: state.upper ?? null,
        unit: state.unit,
        nature: target.nature ?? null,
        due: target.due ?? null,
        state: state.state,
        light: state.light,
        path: target.path,
      };
    });
    return {
      id: goal.id,
      title: goal.title,
      due: goal.due ?? null,
      targets,
      targetCounts: counts,
    };
  });

  const spans: SpanRow[] = [
    ...plan.phases.map(
      (phase): SpanRow => ({
        kind: 'phase',
        id: phase.hasId ? phase.id : null,
        title: phase.name,
        start: phase.start ?? null,
        end: phase.end ?? null,
        light: assessPhase(phase, plan, options).light,
        path: phase.path,
      }),
    ),
    ...plan.milestones.map(
      (milestone): SpanRow => ({
        kind: 'milestone',
        id: milestone.id ?? null,
        title: milestone.title,
        start: null,
        end: milestone.due,
        light: assessMilestone(milestone, options).light,
        path: milestone.path,
      }),
    ),
  ];

  const overdue = overdueItems(plan, options);
  const { meta } = plan;
  return {
    title: meta.title,
    issuer: meta.issuer ?? null,
    documentNo: meta.documentNo ?? null,
    issued: meta.issued ?? null,
    periodStart: meta.periodStart ?? null,
    periodEnd: meta.periodEnd ?? null,
    asOf: options.today,
    warn: overdue.warn,
    rule: options.rule ?? defaultLightRule,
    tasks: { total: leaves, byStatus, byLight, doneLate },
    taskCount: plan.allTasks.length,
    units,
    goals,
    targetCounts,
    overdue,
    urgent: overdue.items.slice(0, URGENT_LIMIT),
    rows,
    spans,
  };
}

interface Counts {
  leads: number;
  supports: number;
  open: number;
  overdue: number;
  doneLate: number;
}

function bump(
  loads: Map<string, { name: string; order: number } & Counts>,
  ref: UnitRef,
  key: string,
  role: 'leads' | 'supports',
  open: boolean,
  late: boolean,
  doneLate: boolean,
): void {
  let load = loads.get(key);
  if (!load) {
    load = {
      name: ref.name,
      order: loads.size,
      leads: 0,
      supports: 0,
      open: 0,
      overdue: 0,
      doneLate: 0,
    };
    loads.set(key, load);
  }
  load[role]++;
  if (open) load.open++;
  if (late) load.overdue++;
  if (doneLate) load.doneLate++;
}

function taskRow(task: Task, state: ItemState, leaf: boolean): TaskRow {
  return {
    no: task.no,
    id: task.id ?? null,
    title: task.title,
    depth: task.depth,
    leaf,
    lead: unitNames(task.lead),
    support: unitNames(task.support),
    start: task.start ?? null,
    due: dueShown(task, state) ?? null,
    status: task.status,
    progress: state.progress ?? reportedProgress(task) ?? null,
    light: state.light,
    state,
    path: task.path,
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = 0;
  return out;
}
