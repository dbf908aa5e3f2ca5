/**
 * The checklist (任务清单) as data: groups (by phase, goal or unit), and in
 * each the tasks and milestones as a tree of items, with what a line says
 * and whether its box is ticked. The Markdown renderer only lays it out.
 *
 * Placement rules, so that the list reads like the plan:
 * - An item goes into the group of each phase, goal or unit it has; a task
 *   that serves two goals is listed under both. Tasks with none go to a
 *   final "other" group, milestones with none to a "milestones" group.
 * - A sub-task hangs under the nearest ancestor listed in the same group,
 *   else starts at the margin of its group; the master 序号 tells where it
 *   sits in the plan.
 * - `--unit` keeps exactly the items that unit leads or supports, itself
 *   or through a collective unit it belongs to, each marked with its role
 *   (and the group); grouping by unit marks every item's role in its
 *   unit's group, a collective unit being a group of its own.
 * - A recurring task lists its occurrences in a window (see
 *   `occurrenceWindow`), at most `MAX_LISTED_OCCURRENCES` of them, chosen to
 *   start at the next one due.
 */

import { type OccurrenceStatus, occurrences, trackOccurrences } from '../analyze/occurrences.js';
import {
  assessMilestone,
  assessTask,
  firstDay,
  type ItemState,
  isFinished,
  lastDay,
  reportedProgress,
  type ScheduleOptions,
  scheduleOptions,
} from '../analyze/schedule.js';
import { addMonths } from '../dates/calendar-rules.js';
import { formatDay, formatPlanDate } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import { checklistLabels } from '../i18n/checklist-labels.js';
import type { Lang } from '../i18n/lang.js';
import { tableLabels } from '../i18n/table-labels.js';
import type { DateField, Milestone, Plan, RepeatKind, Task, TaskStatus } from '../model/types.js';
import { groupPlaces } from './group-places.js';
import { knownUnitNames, resolveUnitFilter, type UnitFilter } from './table-rows.js';
import { type UnitPart, unitPart } from './units.js';

export const checklistGroupings = ['phase', 'goal', 'unit'] as const;
export type ChecklistGroupBy = (typeof checklistGroupings)[number];

/** A recurring task lists at most this many occurrences. */
export const MAX_LISTED_OCCURRENCES = 60;

/** Without `--from`/`--to`, at most this many missed occurrences are listed before today's. */
export const MAX_LISTED_MISSED = 12;

export interface ChecklistOptions {
  readonly lang: Lang;
  readonly today: Day;
  readonly warnDays?: WarnSetting | undefined;
  readonly groupBy: ChecklistGroupBy;
  /** `--unit`: a unit id, name or alias. */
  readonly unit?: string;
  /** `--from` / `--to`: the window for occurrences of recurring tasks. */
  readonly from?: Day;
  readonly to?: Day;
}

export interface ChecklistOccurrence {
  readonly day: Day;
  /** The day in the output language. */
  readonly text: string;
  /**
   * Where it stands: reported (an update in its window, or recorded done),
   * missed, dropped (recorded), not yet due, or past but not tracked (the
   * duty has no window start to count from).
   */
  readonly status: OccurrenceStatus | 'upcoming' | 'untracked';
  /** Ticked when reported or dropped, or when the whole duty is finished. */
  readonly checked: boolean;
}

export interface ChecklistItem {
  readonly kind: 'task' | 'milestone';
  readonly key: string;
  /** The master 序号 (tasks only). */
  readonly no?: string;
  readonly id?: string;
  readonly title: string;
  readonly status: TaskStatus;
  /** `- [x]`: done or dropped. */
  readonly checked: boolean;
  /** Unit names, after inheritance. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
  /**
   * The lead (support) was inherited from the parent this item is listed
   * under, so a line may leave it out: the parent's line says it.
   */
  readonly leadAsParent: boolean;
  readonly supportAsParent: boolean;
  /** The due date in the output language, at its written precision. */
  readonly due?: string;
  readonly repeat?: RepeatKind;
  readonly progress?: number;
  readonly doneOn?: string;
  /** How the unit of `--unit` (or of the group, grouping by unit) takes part. */
  readonly role?: 'lead' | 'support';
  /**
   * With `--unit`: the collective unit (各临床科室) the item names, when the
   * unit takes part as one of its members rather than by name.
   */
  readonly via?: string;
  readonly state: ItemState;
  readonly occurrences: readonly ChecklistOccurrence[];
  /** Occurrences in the window left out before and after the listed ones. */
  readonly occurrencesBefore: number;
  readonly occurrencesAfter: number;
  readonly children: readonly ChecklistItem[];
}

export type ChecklistGroupKind = 'phase' | 'goal' | 'unit' | 'milestones' | 'other';

export interface ChecklistGroup {
  readonly kind: ChecklistGroupKind;
  /** `phase:ID`, `goal:ID`, a unit key, `milestones` or `other`. */
  readonly key: string;
  readonly title: string;
  /** A phase's dates: `2014年8月—2016年3月`. */
  readonly span?: string;
  readonly items: readonly ChecklistItem[];
}

export interface ChecklistView {
  readonly title: string;
  readonly lang: Lang;
  readonly groupBy: ChecklistGroupBy;
  /** Today in the output language: lights are judged as of this day. */
  readonly asOf: string;
  readonly unit?: UnitFilter & { readonly leads: number; readonly supports: number };
  readonly groups: readonly ChecklistGroup[];
  /** Remarks for stderr: why the list is empty. */
  readonly notices: readonly string[];
}

/** Per-item facts, worked out once however many groups the item is listed in. */
type ItemFacts = Omit<
  ChecklistItem,
  'role' | 'via' | 'children' | 'leadAsParent' | 'supportAsParent'
>;

interface GroupBuilder {
  readonly kind: ChecklistGroupKind;
  readonly key: string;
  readonly title: string;
  readonly span?: string;
  readonly order: number;
  readonly items: ChecklistItem[];
  /** Items of this group by task key, for hanging sub-tasks under their parents. */
  readonly byTask: Map<string, ChecklistItem & { children: ChecklistItem[] }>;
  /** Unit key when grouping by unit. */
  readonly unitKey?: string;
}

export function buildChecklistView(plan: Plan, options: ChecklistOptions): ChecklistView {
  const { lang, groupBy } = options;
  const labels = checklistLabels(lang);
  const schedule = scheduleOptions(plan, options);
  const unit = options.unit !== undefined ? resolveUnitFilter(plan, options.unit) : undefined;
  const taskByKey = new Map(plan.allTasks.map((task) => [task.key, task]));
  const phaseOrder = new Map(plan.phases.map((phase, index) => [phase.id, index]));
  const goalOrder = new Map(plan.goals.map((goal, index) => [goal.id, index]));
  const unitOrder = new Map(plan.units.map((u, index) => [`id:${u.id}`, index]));
  const groups = new Map<string, GroupBuilder>();

  const groupFor = (key: string, name?: string): GroupBuilder => {
    let group = groups.get(key);
    if (group) return group;
    group = newGroup(plan, key, name, {
      lang,
      groupBy,
      phaseOrder,
      goalOrder,
      unitOrder,
      seen: groups.size,
    });
    groups.set(key, group);
    return group;
  };

  /** The groups an item belongs in; the unit names that named it, when grouping by unit. */
  const placesOf = (item: Task | Milestone) => groupPlaces(item, groupBy, unit);

  // A unit's own list (`--unit`) takes in the collective units it belongs
  // to; a group per unit, without `--unit`, is that unit as written.
  const partIn = (item: Task | Milestone, group: GroupBuilder): UnitPart | undefined => {
    const key = group.unitKey ?? unit?.key;
    if (key === undefined) return undefined;
    return unitPart(item, key, key === unit?.key ? unit.groups : undefined);
  };

  let leads = 0;
  let supports = 0;
  const count = (item: Task | Milestone): boolean => {
    if (!unit) return true;
    const role = unitPart(item, unit.key, unit.groups)?.role;
    if (role === 'lead') leads++;
    else if (role === 'support') supports++;
    return role !== undefined;
  };

  for (const task of plan.allTasks) {
    if (!count(task)) continue;
    const facts = taskFacts(plan, task, options, schedule);
    const places = placesOf(task);
    if (places.length === 0) places.push({ key: 'other' });
    for (const place of places) {
      const group = groupFor(place.key, place.name);
      const part = partIn(task, group);
      const parent = nearestListedAncestor(task, group, taskByKey);
      const underParent = parent !== undefined && parent.key === task.parentKey;
      const item = makeItem(
        facts,
        part,
        underParent && task.inherited.lead,
        underParent && task.inherited.support,
      );
      (parent ? parent.children : group.items).push(item);
      group.byTask.set(task.key, item);
    }
  }

  for (const milestone of plan.milestones) {
    if (!count(milestone)) continue;
    const facts = milestoneFacts(milestone, lang, schedule);
    const places = placesOf(milestone);
    if (places.length === 0) places.push({ key: 'milestones' });
    for (const place of places) {
      const group = groupFor(place.key, place.name);
      group.items.push(makeItem(facts, partIn(milestone, group), false, false));
    }
  }

  const ordered = [...groups.values()].sort((a, b) => a.order - b.order);
  const notices: string[] = [];
  if (unit && leads + supports === 0) {
    notices.push(
      unit.known
        ? labels.noItemsForUnit(unit.name)
        : tableLabels(lang).unknownUnit(unit.query, knownUnitNames(plan)),
    );
  }
  return {
    title: plan.meta.title,
    lang,
    groupBy,
    asOf: formatDay(options.today, lang),
    ...(unit ? { unit: { ...unit, leads, supports } } : {}),
    groups: ordered.map((group) => ({
      kind: group.kind,
      key: group.key,
      title: group.title,
      ...(group.span !== undefined ? { span: group.span } : {}),
      items: group.items,
    })),
    notices,
  };
}

function nearestListedAncestor(
  task: Task,
  group: GroupBuilder,
  taskByKey: ReadonlyMap<string, Task>,
): (ChecklistItem & { children: ChecklistItem[] }) | undefined {
  let parentKey = task.parentKey;
  while (parentKey !== undefined) {
    const listed = group.byTask.get(parentKey);
    if (listed) return listed;
    parentKey = taskByKey.get(parentKey)?.parentKey;
  }
  return undefined;
}

// Groups sort by their place in the plan; milestones and other come last.
const MILESTONES_ORDER = 2e9;
const OTHER_ORDER = 3e9;

function newGroup(
  plan: Plan,
  key: string,
  name: string | undefined,
  context: {
    lang: Lang;
    groupBy: ChecklistGroupBy;
    phaseOrder: ReadonlyMap<string, number>;
    goalOrder: ReadonlyMap<string, number>;
    unitOrder: ReadonlyMap<string, number>;
    /** How many groups exist already: unregistered units sort by first appearance. */
    seen: number;
  },
): GroupBuilder {
  const labels = checklistLabels(context.lang);
  const base = { key, items: [], byTask: new Map() };
  if (key === 'other') {
    return { ...base, kind: 'other', title: labels.other[context.groupBy], order: OTHER_ORDER };
  }
  if (key === 'milestones') {
    return { ...base, kind: 'milestones', title: labels.milestones, order: MILESTONES_ORDER };
  }
  if (key.startsWith('phase:')) {
    const id = key.slice(6);
    const phase = plan.phaseById.get(id);
    const span = phase ? phaseSpan(phase.start, phase.end, context.lang) : undefined;
    return {
      ...base,
      kind: 'phase',
      title: phase?.name ?? id,
      ...(span !== undefined ? { span } : {}),
      order: context.phaseOrder.get(id) ?? 1e9,
    };
  }
  if (key.startsWith('goal:')) {
    const id = key.slice(5);
    return {
      ...base,
      kind: 'goal',
      title: plan.goalById.get(id)?.title ?? id,
      order: context.goalOrder.get(id) ?? 1e9,
    };
  }
  return {
    ...base,
    kind: 'unit',
    title: name ?? key,
    order: context.unitOrder.get(key) ?? 1e9 + context.seen,
    unitKey: key,
  };
}

function phaseSpan(
  start: DateField | undefined,
  end: DateField | undefined,
  lang: Lang,
): string | undefined {
  const from = start?.date ? formatPlanDate(start.date, lang) : undefined;
  const to = end?.date ? formatPlanDate(end.date, lang) : undefined;
  if (from === undefined && to === undefined) return undefined;
  return checklistLabels(lang).span(from ?? '', to ?? '');
}

/**
 * An item in one group. Every key is always present (undefined when
 * absent): one object shape for all items keeps a 10,000-task list fast.
 */
function makeItem(
  facts: ItemFacts,
  part: UnitPart | undefined,
  leadAsParent: boolean,
  supportAsParent: boolean,
): ChecklistItem & { children: ChecklistItem[] } {
  return {
    kind: facts.kind,
    key: facts.key,
    no: facts.no,
    id: facts.id,
    title: facts.title,
    status: facts.status,
    checked: facts.checked,
    lead: facts.lead,
    support: facts.support,
    leadAsParent,
    supportAsParent,
    due: facts.due,
    repeat: facts.repeat,
    progress: facts.progress,
    doneOn: facts.doneOn,
    role: part?.role,
    via: part?.via,
    state: facts.state,
    occurrences: facts.occurrences,
    occurrencesBefore: facts.occurrencesBefore,
    occurrencesAfter: facts.occurrencesAfter,
    children: [],
  };
}

function taskFacts(
  plan: Plan,
  task: Task,
  options: ChecklistOptions,
  schedule: ScheduleOptions,
): ItemFacts {
  const progress = reportedProgress(task);
  const listed = task.repeat ? listOccurrences(plan, task, options) : undefined;
  return {
    kind: 'task',
    key: task.key,
    no: task.no,
    id: task.id,
    title: task.title,
    status: task.status,
    checked: isFinished(task.status),
    lead: task.lead.map((ref) => ref.name),
    support: task.support.map((ref) => ref.name),
    due: task.due?.date ? formatPlanDate(task.due.date, options.lang) : undefined,
    repeat: task.repeat,
    progress,
    doneOn: task.doneOn?.date ? formatPlanDate(task.doneOn.date, options.lang) : undefined,
    state: assessTask(task, schedule),
    occurrences: listed?.occurrences ?? [],
    occurrencesBefore: listed?.before ?? 0,
    occurrencesAfter: listed?.after ?? 0,
  };
}

function milestoneFacts(milestone: Milestone, lang: Lang, schedule: ScheduleOptions): ItemFacts {
  return {
    kind: 'milestone',
    key: milestone.key,
    no: undefined,
    id: milestone.id,
    title: milestone.title,
    status: milestone.status,
    checked: isFinished(milestone.status),
    lead: milestone.lead.map((ref) => ref.name),
    support: milestone.support.map((ref) => ref.name),
    due: milestone.due.date ? formatPlanDate(milestone.due.date, lang) : undefined,
    repeat: undefined,
    progress: undefined,
    doneOn: milestone.doneOn?.date ? formatPlanDate(milestone.doneOn.date, lang) : undefined,
    state: assessMilestone(milestone, schedule),
    occurrences: [],
    occurrencesBefore: 0,
    occurrencesAfter: 0,
  };
}

/**
 * The window a recurring task's occurrences are listed in: `--from`/`--to`
 * where given; otherwise the plan's period, else the task's own start..due,
 * else a year from today. When only one end is given and the default other
 * end falls on the wrong side of it, the window is a year from that end.
 */
export function occurrenceWindow(
  plan: Plan,
  task: Task,
  options: Pick<ChecklistOptions, 'today' | 'from' | 'to'>,
): { from: Day; to: Day } {
  const planFrom = firstDay(plan.meta.periodStart);
  const planTo = lastDay(plan.meta.periodEnd);
  const taskFrom = firstDay(task.start);
  const taskTo = lastDay(task.due);
  const fallback =
    planFrom !== undefined && planTo !== undefined
      ? { from: planFrom, to: planTo }
      : taskFrom !== undefined && taskTo !== undefined
        ? { from: taskFrom, to: taskTo }
        : { from: options.today, to: addMonths(options.today, 12) };
  const { from, to } = options;
  if (from !== undefined && to !== undefined) return { from, to };
  if (from !== undefined)
    return { from, to: fallback.to >= from ? fallback.to : addMonths(from, 12) };
  if (to !== undefined)
    return { from: fallback.from <= to ? fallback.from : addMonths(to, -12), to };
  return fallback;
}

/**
 * The occurrences a recurring task lists. With `--from`/`--to`, every one in
 * that range (at most MAX_LISTED_OCCURRENCES, from the next one due). Without,
 * the duty as it stands today: the missed ones (the latest
 * MAX_LISTED_MISSED), the current one (the latest past) and the next one due,
 * not 53 Sundays; the others are counted before and after.
 */
function listOccurrences(
  plan: Plan,
  task: Task,
  options: ChecklistOptions,
): { occurrences: ChecklistOccurrence[]; before: number; after: number } {
  const window = occurrenceWindow(plan, task, options);
  const days = occurrences(task, window.from, window.to);
  const statuses = new Map<Day, OccurrenceStatus>();
  if (!isFinished(task.status)) trackOccurrences(task, options.today, statuses);
  let next = days.findIndex((day) => day >= options.today);
  if (next === -1) next = days.length;
  let shown: number[];
  if (options.from !== undefined || options.to !== undefined) {
    // The list starts at the next occurrence due, unless too few are left to fill it.
    const start =
      days.length > MAX_LISTED_OCCURRENCES
        ? Math.min(next, days.length - MAX_LISTED_OCCURRENCES)
        : 0;
    shown = [];
    for (let i = start; i < Math.min(days.length, start + MAX_LISTED_OCCURRENCES); i++)
      shown.push(i);
  } else {
    const missed: number[] = [];
    for (let i = 0; i < next - 1; i++) if (statuses.get(days[i]!) === 'missed') missed.push(i);
    shown = missed.slice(-MAX_LISTED_MISSED);
    if (next > 0) shown.push(next - 1);
    if (next < days.length) shown.push(next);
  }
  const finished = isFinished(task.status);
  // Past occurrences with no status were not tracked: a finished duty, or one with no window start.
  const pastStatus = (day: Day) => statuses.get(day) ?? (finished ? 'reported' : 'untracked');
  const before = next - shown.filter((i) => i < next).length;
  return {
    occurrences: shown.map((i) => {
      const day = days[i]!;
      const status = day < options.today ? pastStatus(day) : 'upcoming';
      return {
        day,
        text: formatDay(day, options.lang),
        status,
        checked: finished || status === 'reported' || status === 'dropped',
      };
    }),
    before,
    after: days.length - shown.length - before,
  };
}
