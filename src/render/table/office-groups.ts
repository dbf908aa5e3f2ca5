/**
 * `plan table --group-by phase|unit|goal`: the table's rows sorted into
 * groups, for the office formats (a sheet per group in xlsx, a heading row
 * per group in docx). It reads the plan because a row does not say which
 * goals its task serves; which rows there are, and what their cells say,
 * still comes from the one `TableView`.
 *
 * Placement follows `plan checklist`, so the two never sort a task
 * differently: a task goes into the group of each phase, goal or unit
 * (lead or support) it has, so one that serves two goals is in both; tasks
 * with none go to a last "other" group. Groups come in plan order (the
 * unit registry's order, then units in order of first mention). Within a
 * group a sub-task is indented by the ancestors listed in that group, and
 * starts at the margin when none is.
 */
import { checklistLabels } from '../../i18n/checklist-labels.js';
import type { Plan, Task } from '../../model/types.js';
import { groupPlaces } from '../../views/group-places.js';
import type { TableRow, TableView } from '../../views/table-rows.js';

export const tableGroupings = ['phase', 'unit', 'goal'] as const;
export type TableGroupBy = (typeof tableGroupings)[number];
export type TableGroupKind = TableGroupBy | 'other';

export interface TableGroupRow {
  readonly row: TableRow;
  /** Ancestors listed in this group above this row: 0 at the margin. */
  readonly level: number;
}

export interface TableGroup {
  readonly kind: TableGroupKind;
  /** `phase:ID`, `goal:ID`, a unit key, or `other`. */
  readonly key: string;
  /** The phase's name, the goal's title, the unit's name, or the words for "other". */
  readonly title: string;
  readonly rows: readonly TableGroupRow[];
}

interface Builder {
  readonly kind: TableGroupKind;
  readonly key: string;
  readonly title: string;
  readonly order: number;
  readonly rows: TableGroupRow[];
  /** Listed task keys and their levels, for indenting sub-tasks. */
  readonly levels: Map<string, number>;
}

const OTHER_ORDER = 3e9;
const UNLISTED_ORDER = 1e9;

export function groupTableRows(plan: Plan, view: TableView, groupBy: TableGroupBy): TableGroup[] {
  const taskByKey = new Map<string, Task>();
  for (const task of plan.allTasks) taskByKey.set(task.key, task);
  const phaseOrder = new Map(plan.phases.map((phase, index) => [phase.id, index]));
  const goalOrder = new Map(plan.goals.map((goal, index) => [goal.id, index]));
  const unitOrder = new Map(plan.units.map((unit, index) => [`id:${unit.id}`, index]));
  const onlyUnit = view.filter.unit;
  const groups = new Map<string, Builder>();

  const builder = (key: string, make: () => Omit<Builder, 'rows' | 'levels' | 'key'>) => {
    let group = groups.get(key);
    if (!group) {
      group = { ...make(), key, rows: [], levels: new Map() };
      groups.set(key, group);
    }
    return group;
  };

  const placesOf = (task: Task): Builder[] =>
    groupPlaces(task, groupBy, onlyUnit).map(({ key, name }) => {
      if (groupBy === 'phase') {
        const id = key.slice('phase:'.length);
        return builder(key, () => ({
          kind: 'phase',
          title: plan.phaseById.get(id)?.name ?? id,
          order: phaseOrder.get(id) ?? UNLISTED_ORDER,
        }));
      }
      if (groupBy === 'goal') {
        const id = key.slice('goal:'.length);
        return builder(key, () => ({
          kind: 'goal',
          title: plan.goalById.get(id)?.title ?? id,
          order: goalOrder.get(id) ?? UNLISTED_ORDER,
        }));
      }
      return builder(key, () => ({
        kind: 'unit',
        title: name ?? key,
        order: unitOrder.get(key) ?? UNLISTED_ORDER + groups.size,
      }));
    });

  for (const row of view.rows) {
    const task = taskByKey.get(row.key);
    if (!task) continue;
    const places = placesOf(task);
    if (places.length === 0) {
      places.push(
        builder('other', () => ({
          kind: 'other',
          title: checklistLabels(view.lang).other[groupBy],
          order: OTHER_ORDER,
        })),
      );
    }
    for (const group of places) {
      const level = listedAncestors(task, group.levels, taskByKey);
      group.levels.set(task.key, level);
      group.rows.push({ row, level });
    }
  }

  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ kind, key, title, rows }) => ({ kind, key, title, rows }));
}

/** One more than the nearest ancestor listed in the group, else 0. */
function listedAncestors(
  task: Task,
  levels: ReadonlyMap<string, number>,
  taskByKey: ReadonlyMap<string, Task>,
): number {
  let parentKey = task.parentKey;
  while (parentKey !== undefined) {
    const level = levels.get(parentKey);
    if (level !== undefined) return level + 1;
    parentKey = taskByKey.get(parentKey)?.parentKey;
  }
  return 0;
}
