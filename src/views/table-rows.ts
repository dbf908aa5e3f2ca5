/**
 * The task-division table (分工表) as data: which rows, which columns and
 * what text each cell holds. Every format (terminal, Markdown, CSV, TSV,
 * JSON, and later the office formats) lays out this one view and decides
 * nothing of its own beyond layout, so the formats can never disagree on
 * which tasks a filter keeps or how a date is printed.
 *
 * Rows keep the master 序号 (`task.no`) under every filter: a unit's extract
 * is cross-read against the master table, so renumbering would break it.
 * A sub-task's `level` counts only the ancestors that are shown, so a
 * sub-task whose parent was filtered out starts at the margin instead of
 * hanging under nothing.
 */
import {
  type AsOf,
  assessTask,
  dueShown,
  occurrenceShown,
  type ItemState,
  type ProgressSource,
  reportedProgress,
  scheduleOptions,
  warnOf,
} from '../analyze/schedule.js';
import { latestNoteOf } from '../model/latest-note.js';
import { defaultLightRule, type LightRule } from '../model/light-rule.js';
import { formatPlanDate } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import type { WarnWindow } from '../dates/warn-window.js';
import {
  defaultTableColumns,
  lightWord,
  sharedLabels,
  type TableColumn,
  tableColumns,
} from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { tableLabels } from '../i18n/table-labels.js';
import { normalizeName } from '../model/resolve-units.js';
import type {
  DateField,
  Goal,
  Inherited,
  Phase,
  Plan,
  Task,
  TaskStatus,
  UnitRef,
} from '../model/types.js';
import { taskStatuses } from '../schema/plan-schema.js';
import { unitGroups, unitKey, unitPart, unitQueryKey } from './units.js';

/** A command-line value that names nothing valid, and what would have been. */
export interface OptionProblem {
  /** The option as typed on the command line: `--phase`. */
  readonly option: string;
  readonly value: string;
  readonly valid: readonly string[];
}

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: OptionProblem };

/** The filters as the user typed them. */
export interface TableQuery {
  /** A unit id, name or alias. */
  readonly unit?: string;
  /** A phase id or name. */
  readonly phase?: string;
  /** A goal id. */
  readonly goal?: string;
  /** A status, or several separated by commas. */
  readonly status?: string;
}

/** `--unit`, resolved: the key rows are matched by, and the name to print. */
export interface UnitFilter {
  readonly query: string;
  readonly key: string;
  readonly name: string;
  /** Whether the registry or any task or milestone knows the unit. */
  readonly known: boolean;
  /** The collective units it belongs to, by key, with their names (see `unitGroups`). */
  readonly groups: ReadonlyMap<string, string>;
}

/** The filters, resolved against the plan; they combine with AND. */
export interface TableFilter {
  readonly unit?: UnitFilter;
  readonly phase?: Phase;
  readonly goal?: Goal;
  readonly statuses?: readonly TaskStatus[];
}

/** A date as the table prints it, and in the language-neutral form JSON uses. */
export interface TableDate {
  /** At its written precision in the output language: `2023年6月`, `长期`. */
  readonly text: string;
  /** At its written precision, language-neutral: `2023-06`, `2023-Q3`, `ongoing`. */
  readonly canonical: string;
}

export interface TableRow {
  /** The task's key in the plan (its id, else its path). */
  readonly key: string;
  /** The master 序号, never renumbered. */
  readonly no: string;
  readonly id?: string;
  /** Shown ancestors above this row: 0 for a row at the margin. */
  readonly level: number;
  /** Depth in the plan: 0 for a top-level task. */
  readonly depth: number;
  readonly title: string;
  /** Unit names, after inheritance. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly leader?: string;
  readonly owner?: string;
  /** The phase's name. */
  readonly phase?: string;
  readonly start?: TableDate;
  readonly due?: TableDate;
  /** A recurring duty's occurrence whose day `due` shows (`2024-Q2`); see `occurrenceShown`. */
  readonly occurrence?: string;
  readonly status: TaskStatus;
  /** The reported progress, 0–100; a parent without one: its leaf tasks' mean. */
  readonly progress?: number;
  /** Where `progress` comes from; `sub-tasks` is stated in the progress cell. */
  readonly progressFrom?: ProgressSource;
  /** The latest progress note (进展情况). */
  readonly note?: string;
  /** Schedule state as `plan check` sees it. */
  readonly state: ItemState;
  /** Which fields came from the parent task, for formats that mark them. */
  readonly inherited: Inherited;
  /** With `--unit`: whether that unit leads or supports this task. */
  readonly role?: 'lead' | 'support';
  /**
   * With `--unit`: the collective unit (各临床科室) through which the unit
   * takes part, when the task names the group rather than the unit.
   */
  readonly via?: string;
  /** Plain text of each chosen column, in `columns` order: no indent, no escaping. */
  readonly cells: readonly string[];
}

export interface TableView {
  readonly title: string;
  readonly lang: Lang;
  readonly columns: readonly TableColumn[];
  /**
   * Whether the user chose the columns. When not, a format short of room
   * (the terminal) may leave out columns that are empty in every row.
   */
  readonly columnsChosen: boolean;
  /** Localized column names, in `columns` order. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly filter: TableFilter;
  /** The filters in words (`单位：县卫生健康局`), for a line above the table. */
  readonly filterSummary: readonly string[];
  /** Remarks for stderr: why the table is empty. */
  readonly notices: readonly string[];
  /** The light rule and warning window the lights were judged by, for a legend. */
  readonly rule: LightRule;
  readonly warn: WarnWindow;
}

export interface TableViewOptions extends AsOf {
  readonly lang: Lang;
  readonly today: Day;
  /** Default: `defaultTableColumns`. */
  readonly columns?: readonly TableColumn[];
  readonly filter?: TableFilter;
}

/**
 * `--columns no,title,due`: the columns in the order given. Names are
 * matched case-insensitively; a name given twice counts once.
 */
export function parseTableColumns(text: string | undefined): Checked<readonly TableColumn[]> {
  if (text === undefined) return { ok: true, value: defaultTableColumns };
  const chosen: TableColumn[] = [];
  for (const part of text.split(',')) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    const column = tableColumns.find((c) => c === name);
    if (!column) {
      return {
        ok: false,
        problem: { option: '--columns', value: part.trim(), valid: tableColumns },
      };
    }
    if (!chosen.includes(column)) chosen.push(column);
  }
  if (chosen.length === 0) {
    return { ok: false, problem: { option: '--columns', value: text, valid: tableColumns } };
  }
  return { ok: true, value: chosen };
}

/** The filters as typed → the plan's phase, goal, statuses and unit key. */
export function resolveTableFilter(plan: Plan, query: TableQuery): Checked<TableFilter> {
  let phase: Phase | undefined;
  if (query.phase !== undefined) {
    phase = findPhase(plan, query.phase);
    if (!phase) {
      return {
        ok: false,
        problem: {
          option: '--phase',
          value: query.phase,
          valid: plan.phases.map((p) => (p.hasId ? `${p.id} (${p.name})` : p.name)),
        },
      };
    }
  }
  let goal: Goal | undefined;
  if (query.goal !== undefined) {
    goal = plan.goalById.get(query.goal.trim());
    if (!goal) {
      return {
        ok: false,
        problem: { option: '--goal', value: query.goal, valid: plan.goals.map((g) => g.id) },
      };
    }
  }
  let statuses: TaskStatus[] | undefined;
  if (query.status !== undefined) {
    const checked = parseStatuses(query.status);
    if (!checked.ok) return checked;
    statuses = checked.value;
  }
  return {
    ok: true,
    value: {
      ...(query.unit !== undefined ? { unit: resolveUnitFilter(plan, query.unit) } : {}),
      ...(phase ? { phase } : {}),
      ...(goal ? { goal } : {}),
      ...(statuses ? { statuses } : {}),
    },
  };
}

/** `--status doing,blocked`. */
export function parseStatuses(text: string): Checked<TaskStatus[]> {
  const statuses: TaskStatus[] = [];
  for (const part of text.split(',')) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    const status = taskStatuses.find((s) => s === name);
    if (!status) {
      return {
        ok: false,
        problem: { option: '--status', value: part.trim(), valid: taskStatuses },
      };
    }
    if (!statuses.includes(status)) statuses.push(status);
  }
  if (statuses.length === 0) {
    return { ok: false, problem: { option: '--status', value: text, valid: taskStatuses } };
  }
  return { ok: true, value: statuses };
}

/**
 * `--unit X`: a registry id, name or alias, else a name some task writes.
 * An unknown unit is not a usage error: plans without a registry name units
 * freely, and an empty extract with a note says enough.
 */
export function resolveUnitFilter(plan: Plan, query: string): UnitFilter {
  const key = unitQueryKey(plan, query.trim());
  const registered = key.startsWith('id:') ? plan.unitById.get(key.slice(3)) : undefined;
  if (registered)
    return { query, key, name: registered.name, known: true, groups: unitGroups(plan, key) };
  const ref = findUnitRef(plan, key);
  return {
    query,
    key,
    name: ref?.name ?? query.trim(),
    known: ref !== undefined,
    groups: unitGroups(plan, key),
  };
}

/** The units a note can suggest: the registry, else the names tasks write. */
export function knownUnitNames(plan: Plan, limit = 20): string[] {
  if (plan.units.length > 0) return plan.units.slice(0, limit).map((unit) => unit.name);
  const names = new Map<string, string>();
  for (const item of [...plan.allTasks, ...plan.milestones]) {
    for (const ref of [...item.lead, ...item.support]) {
      if (names.size >= limit) return [...names.values()];
      if (!names.has(unitKey(ref))) names.set(unitKey(ref), ref.name);
    }
  }
  return [...names.values()];
}

function findUnitRef(plan: Plan, key: string): UnitRef | undefined {
  for (const item of [...plan.allTasks, ...plan.milestones]) {
    for (const ref of [...item.lead, ...item.support]) if (unitKey(ref) === key) return ref;
  }
  return undefined;
}

function findPhase(plan: Plan, query: string): Phase | undefined {
  const wanted = query.trim();
  const byId = plan.phaseById.get(wanted);
  if (byId) return byId;
  const name = normalizeName(wanted);
  return plan.phases.find((phase) => normalizeName(phase.name) === name);
}

/** Whether a task passes every filter. */
export function passesTableFilter(task: Task, filter: TableFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(task.status)) return false;
  if (filter.phase && task.phase?.id !== filter.phase.id) return false;
  if (filter.goal) {
    const id = filter.goal.id;
    if (!task.goals.some((goal) => goal.id === id)) return false;
  }
  if (filter.unit && unitPart(task, filter.unit.key, filter.unit.groups) === undefined)
    return false;
  return true;
}

export function buildTableView(plan: Plan, options: TableViewOptions): TableView {
  const { lang } = options;
  const labels = sharedLabels(lang);
  const filter = options.filter ?? {};
  const columns = options.columns ?? defaultTableColumns;
  const schedule = scheduleOptions(plan, options);
  const viaGroup = tableLabels(lang).viaGroup;

  // Parents come before their children in `allTasks`, so one pass can carry
  // down how many shown ancestors each task has.
  const levelBelow = new Map<string, number>();
  const rows: TableRow[] = [];
  for (const task of plan.allTasks) {
    const base = task.parentKey !== undefined ? (levelBelow.get(task.parentKey) ?? 0) : 0;
    const shown = passesTableFilter(task, filter);
    levelBelow.set(task.key, shown ? base + 1 : base);
    if (!shown) continue;

    const state = assessTask(task, schedule);
    const progress = state.progress ?? reportedProgress(task);
    // Finished work is not judged, so its state names no source: its figure is its own.
    const progressFrom: ProgressSource | undefined =
      state.progressFrom ??
      (task.progress !== undefined ? 'own' : progress !== undefined ? 'updates' : undefined);
    const note = latestNote(task);
    const progressText = progress !== undefined ? `${progress}%` : '';
    const start = tableDate(task.start, lang);
    // A live duty's 完成时限 is its next occurrence, as in the overdue list.
    const due = tableDate(dueShown(task, state), lang);
    const phase = task.phase
      ? (plan.phaseById.get(task.phase.id)?.name ?? task.phase.id)
      : undefined;
    const part = filter.unit ? unitPart(task, filter.unit.key, filter.unit.groups) : undefined;
    // Every key is always present (undefined when absent): one object shape
    // for all rows keeps a 10,000-row table fast, where conditional spreads
    // were the slowest part of the view.
    const lead = task.lead.map((ref) => ref.name);
    const support = task.support.map((ref) => ref.name);
    // In a member's extract, the group it takes part through is shown as
    // the member, marked with the group: 内科（各临床科室）.
    const via = part?.via;
    const asMember = via !== undefined ? viaGroup(filter.unit!.name, via) : undefined;
    const cell: Record<TableColumn, string> = {
      no: task.no,
      title: task.title,
      lead: (part?.role === 'lead' ? replaceName(lead, via, asMember) : lead).join(
        labels.listSeparator,
      ),
      support: (part?.role === 'support' ? replaceName(support, via, asMember) : support).join(
        labels.listSeparator,
      ),
      leader: task.leader ?? '',
      owner: task.owner ?? '',
      phase: phase ?? '',
      start: start?.text ?? '',
      due: due?.text ?? '',
      status: labels.status[task.status],
      progress: state.occurrences
        ? labels.reportedOf(state.occurrences.reported, state.occurrences.due)
        : progressFrom === 'sub-tasks'
          ? labels.meanOfSubTasks(progressText)
          : progressText,
      note: note ?? '',
      light: lightWord(lang, state, task.status),
      'days-overdue': dayCell(state.daysOverdue),
      'days-left': dayCell(state.daysLeft),
      'days-late-to-start': dayCell(state.daysLateToStart),
      'days-done-late': dayCell(state.daysDoneLate),
    };
    rows.push({
      key: task.key,
      no: task.no,
      id: task.id,
      level: base,
      depth: task.depth,
      title: task.title,
      lead,
      support,
      leader: task.leader,
      owner: task.owner,
      phase,
      start,
      due,
      occurrence: occurrenceShown(task, state)?.period,
      status: task.status,
      progress,
      progressFrom,
      note,
      state,
      inherited: task.inherited,
      role: part?.role,
      via,
      cells: columns.map((column) => cell[column]),
    });
  }

  return {
    title: plan.meta.title,
    lang,
    columns,
    columnsChosen: options.columns !== undefined,
    header: columns.map((column) => labels.column[column]),
    rows,
    filter,
    filterSummary: summarizeFilter(filter, lang),
    notices: rows.length === 0 ? emptyNotices(plan, filter, lang) : [],
    rule: schedule.rule ?? defaultLightRule,
    warn: warnOf(schedule),
  };
}

/** `names` with `name` replaced by `by`; as they are when either is undefined. */
function replaceName(names: string[], name?: string, by?: string): string[] {
  if (name === undefined || by === undefined) return names;
  return names.map((each) => (each === name ? by : each));
}

/** A sub-task's title with its indent, for the formats that show the tree by indenting. */
export function indentTitle(title: string, level: number): string {
  // An ideographic space survives GFM's trimming of cell whitespace, and
  // keeps its width in a terminal; `└ ` shows where the branch hangs.
  return level <= 0 ? title : `${'\u3000'.repeat(level - 1)}└ ${title}`;
}

/** The 进展情况: the newest update that says something. */
export function latestNote(task: Task): string | undefined {
  return latestNoteOf(task);
}

function dayCell(days: number | undefined): string {
  return days === undefined ? '' : String(days);
}

function tableDate(field: DateField | undefined, lang: Lang): TableDate | undefined {
  if (!field) return undefined;
  // A date that could not be read is an error the view names in its header;
  // the cell shows it as written, the honest fallback.
  if (!field.date) return { text: field.written, canonical: field.written };
  return { text: formatPlanDate(field.date, lang), canonical: formatPlanDate(field.date, 'en') };
}

function summarizeFilter(filter: TableFilter, lang: Lang): string[] {
  const labels = tableLabels(lang);
  const shared = sharedLabels(lang);
  const parts: string[] = [];
  if (filter.unit) parts.push(labels.pair(labels.filter.unit, filter.unit.name));
  if (filter.phase) parts.push(labels.pair(labels.filter.phase, filter.phase.name));
  if (filter.goal) parts.push(labels.pair(labels.filter.goal, filter.goal.title));
  if (filter.statuses) {
    const names = filter.statuses.map((status) => shared.status[status]);
    parts.push(labels.pair(labels.filter.status, names.join(shared.listSeparator)));
  }
  return parts;
}

function emptyNotices(plan: Plan, filter: TableFilter, lang: Lang): string[] {
  const labels = tableLabels(lang);
  if (filter.unit && !filter.unit.known)
    return [labels.unknownUnit(filter.unit.query, knownUnitNames(plan))];
  if (filter.unit) return [labels.noRowsForUnit(filter.unit.name)];
  if (filter.phase || filter.goal || filter.statuses) return [labels.noRows];
  return [];
}
