/**
 * The validated plan → the resolved model: dates read, units looked up,
 * inheritance applied, tasks numbered, references resolved. Pure; problems
 * are left in the model (a date's `problem`, a reference's `found: false`)
 * for the rules to report.
 */
import {
  civilFromDay,
  type DateParseResult,
  type Day,
  type PlanDate,
  parsePlanDate,
  periodEndContext,
  periodYearContext,
  type YearContext,
  weekday,
} from '../dates/index.js';
import { pathKey } from '../parse/path-key.js';
import type { Path } from '../parse/types.js';
import type {
  GoalInput,
  MeasurementInput,
  MilestoneInput,
  PhaseInput,
  PlanInput,
  TaskInput,
} from '../schema/plan-schema.js';
import { type LightRule, resolveLightRule } from './light-rule.js';
import { parseFigure } from './parse-target.js';
import { readRepeat } from './read-repeat.js';
import { readTarget } from './read-target.js';
import type {
  DateField,
  Goal,
  IdRef,
  Measurement,
  Milestone,
  OccurrenceException,
  Phase,
  Plan,
  Recurrence,
  Target,
  Task,
  Unit,
  UnitRef,
  Update,
} from './types.js';
import { createUnitLookup, type UnitResolver } from './resolve-units.js';
import { splitUnitText } from './split-units.js';

/** `lightBase`: a project config's light rule, which the plan's `lights:` block overrides. */
export function buildModel(input: PlanInput, file: string, lightBase?: LightRule): Plan {
  const units = buildUnits(input);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const { resolve: resolveUnit, isKnown: isKnownUnit } = createUnitLookup(units);
  const groupsOf = resolveMembers(input, units, resolveUnit);
  const { periodStart, periodEnd, readDate } = readPeriod(input);

  const goals = (input.goals ?? []).map((goal, index) =>
    buildGoal(goal, ['goals', index], readDate),
  );
  const goalById = firstById(goals);
  const phases = (input.phases ?? []).map((phase, index) => buildPhase(phase, index, readDate));
  const phaseById = firstById(phases);
  const phaseByName = new Map(phases.map((phase) => [phase.name, phase]));
  const findPhase = (written: string): string | undefined =>
    phaseById.get(written)?.id ?? phaseByName.get(written)?.id;

  const context: TaskContext = {
    resolveUnit,
    isKnownUnit,
    goalById,
    findPhase,
    taskIds: collectTaskIds(input.tasks ?? []),
    allTasks: [],
    readDate,
    phaseById,
    periodStart,
    periodEnd,
  };
  const tasks = (input.tasks ?? []).map((task, index) =>
    buildTask(task, ['tasks', index], String(index + 1), 0, undefined, context),
  );
  const allTasks = context.allTasks;
  const milestones = (input.milestones ?? []).map((milestone, index) =>
    buildMilestone(milestone, index, context),
  );

  return {
    file,
    meta: {
      title: input.title,
      ...(input.issuer !== undefined ? { issuer: input.issuer } : {}),
      ...(input.document_no !== undefined ? { documentNo: input.document_no } : {}),
      ...dateProp('issued', input.issued, ['issued'], readDate),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(periodStart ? { periodStart } : {}),
      ...(periodEnd ? { periodEnd } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    },
    units,
    goals,
    phases,
    tasks,
    allTasks,
    milestones,
    ...(input.lights !== undefined ? { lights: input.lights } : {}),
    lightRule: resolveLightRule(input.lights, lightBase),
    unitById,
    groupsOf,
    goalById,
    phaseById,
    taskById: firstById(allTasks.filter((task): task is Task & { id: string } => !!task.id)),
  };
}

interface TaskContext {
  readonly resolveUnit: UnitResolver;
  readonly isKnownUnit: (written: string) => boolean;
  readonly goalById: ReadonlyMap<string, Goal>;
  readonly findPhase: (written: string) => string | undefined;
  /** Every task id in the plan, known before any task is built. */
  readonly taskIds: ReadonlySet<string>;
  /** Filled in document order, parents before children. */
  readonly allTasks: Task[];
  readonly readDate: DateReader;
  readonly phaseById: ReadonlyMap<string, Phase>;
  readonly periodStart: DateField | undefined;
  readonly periodEnd: DateField | undefined;
}

/** What a parent passes down to its sub-tasks. */
interface Inheritance {
  goals: readonly IdRef[];
  phase?: IdRef;
  lead: readonly UnitRef[];
  support: readonly UnitRef[];
  start?: DateField;
  due?: DateField;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function setIfDefined<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

function buildTask(
  input: TaskInput,
  path: Path,
  position: string,
  depth: number,
  parent: (Inheritance & { key: string; no: string; fullNo: string }) | undefined,
  context: TaskContext,
): Task {
  const no = input.no !== undefined ? String(input.no) : position;
  // A number that goes on from its parent's (`2.1` under `2`, or one made
  // by position) goes on from the parent's full number; any other is joined
  // to it.
  const fullNo =
    parent === undefined
      ? no
      : goesOn(parent.no, no)
        ? `${parent.fullNo}${no.slice(parent.no.length)}`
        : joinNo(parent.fullNo, no);
  const ownGoals = goalRefs(input, path, context.goalById);
  const ownPhase =
    input.phase !== undefined ? phaseRef(input.phase, [...path, 'phase'], context) : undefined;
  const ownLead = unitRefs(input.lead, [...path, 'lead'], context);
  const ownSupport = unitRefs(input.support, [...path, 'support'], context);
  const ownDue =
    input.due !== undefined ? context.readDate(input.due, [...path, 'due']) : undefined;
  const ownStart =
    input.start !== undefined ? context.readDate(input.start, [...path, 'start']) : undefined;

  const goals = ownGoals.length > 0 || !parent ? ownGoals : parent.goals;
  const phase = ownPhase ?? parent?.phase;
  const lead = input.lead !== undefined || !parent ? ownLead : parent.lead;
  const support = input.support !== undefined || !parent ? ownSupport : parent.support;
  const due = ownDue ?? parent?.due;
  // A sub-task's window is its parent's unless it says otherwise: a
  // sub-task of a duty running 2023-03..2023-12 did not start in January.
  // But a sub-task due before its parent starts (a preparatory step) keeps
  // no start: an inherited date must never make a plan contradict itself.
  const parentStart = parent?.start;
  const inheritsStart =
    !ownStart &&
    parentStart !== undefined &&
    !(ownDue && (lastDay(ownDue) ?? Number.POSITIVE_INFINITY) < (firstDay(parentStart) ?? 0));
  const start = ownStart ?? (inheritsStart ? parentStart : undefined);
  const key = pathKey(path);

  // Built by assignment rather than conditional spreads: this runs once per
  // task, and a 10,000-task plan should not pay for thousands of throwaway
  // objects. Optional fields are left out, not set to undefined.
  const task: Mutable<Task> = {
    key,
    no,
    fullNo,
    title: input.title,
    depth,
    children: [],
    goals,
    lead,
    support,
    status: input.status ?? 'todo',
    updates: buildUpdates(input, path, context.readDate),
    dependsOn: toList(input.depends_on).map((id, index) => ({
      id,
      path: Array.isArray(input.depends_on)
        ? [...path, 'depends_on', index]
        : [...path, 'depends_on'],
      found: context.taskIds.has(id),
    })),
    inherited: {
      goals: ownGoals.length === 0 && !!parent && parent.goals.length > 0,
      phase: !ownPhase && !!parent?.phase,
      lead: input.lead === undefined && !!parent && parent.lead.length > 0,
      support: input.support === undefined && !!parent && parent.support.length > 0,
      start: inheritsStart,
      due: !ownDue && !!parent?.due,
    },
    path,
  };
  setIfDefined(task, 'id', input.id);
  setIfDefined(task, 'parentKey', parent?.key);
  setIfDefined(task, 'phase', phase);
  setIfDefined(task, 'leader', input.leader);
  setIfDefined(task, 'owner', input.owner);
  setIfDefined(task, 'start', start);
  setIfDefined(task, 'due', due);
  if (input.repeat !== undefined) {
    const repeatPath = [...path, 'repeat'];
    const { kind, problems, ...rule } = readRepeat(input.repeat, repeatPath);
    task.repeat = kind;
    const recurrence: Mutable<Recurrence> = {
      ...rule,
      problems,
      exceptions: (input.occurrences ?? []).map((entry, index) => {
        const at = [...path, 'occurrences', index];
        const exception: Mutable<OccurrenceException> = {
          period: context.readDate(entry.period, [...at, 'period']),
          status: entry.status ?? 'done',
          path: at,
        };
        setIfDefined(exception, 'note', entry.note);
        return exception;
      }),
      path: repeatPath,
    };
    const phaseOf = phase?.found ? context.phaseById.get(phase.id) : undefined;
    setIfDefined(
      recurrence,
      'from',
      firstDay(start) ?? firstDay(phaseOf?.start) ?? firstDay(context.periodStart),
    );
    setIfDefined(
      recurrence,
      'to',
      lastDay(due) ?? lastDay(phaseOf?.end) ?? lastDay(context.periodEnd),
    );
    // A plain `weekly` keeps the weekday its window ends on (else starts on),
    // fixed here so that a view's narrower window does not move it.
    if (recurrence.every === 'week' && recurrence.weekday === undefined) {
      const anchor = recurrence.to ?? recurrence.from;
      if (anchor !== undefined) recurrence.weekday = weekday(anchor);
    }
    task.recurrence = recurrence;
  }
  setIfDefined(task, 'progress', input.progress);
  if (input.checkpoints !== undefined) {
    task.checkpoints = Object.entries(input.checkpoints).map(([written, progress]) => {
      const at = [...path, 'checkpoints', written];
      return { date: { ...context.readDate(written, at), at: 'key' as const }, progress, path: at };
    });
  }
  if (input.done_on !== undefined) {
    task.doneOn = context.readDate(input.done_on, [...path, 'done_on']);
  }
  setIfDefined(task, 'notes', input.notes);
  // The task goes into the flat list before its children, and gets its
  // children array filled in afterwards: both lists share one object.
  context.allTasks.push(task);
  const inheritance: Inheritance & { key: string; no: string; fullNo: string } = {
    key,
    no,
    fullNo,
    goals,
    lead,
    support,
  };
  setIfDefined(inheritance, 'phase', phase);
  setIfDefined(inheritance, 'start', start);
  setIfDefined(inheritance, 'due', due);
  const children = task.children as Task[];
  (input.tasks ?? []).forEach((child, index) => {
    children.push(
      buildTask(
        child,
        [...path, 'tasks', index],
        `${no}.${index + 1}`,
        depth + 1,
        inheritance,
        context,
      ),
    );
  });
  return task;
}

/** Whether `child` is `parent` carried on (`2.1` after `2`), not a number that merely starts alike (`10` after `1`). */
function goesOn(parent: string, child: string): boolean {
  if (!child.startsWith(parent) || child.length === parent.length) return false;
  return !(/[0-9]$/.test(parent) && /^[0-9]/.test(child.slice(parent.length)));
}

/** A parent's number and a child's: `(一)` `3` → `(一)3`; two figures keep a point between, `2` `1` → `2.1`. */
function joinNo(parent: string, child: string): string {
  const digits = /[0-9]$/.test(parent) && /^[0-9]/.test(child);
  return digits ? `${parent}.${child}` : `${parent}${child}`;
}

/** The first day of a date that could be read (the model's own: no import up the layers). */
function firstDay(field: DateField | undefined): Day | undefined {
  return field?.date?.kind === 'fixed' ? field.date.first : undefined;
}

function lastDay(field: DateField | undefined): Day | undefined {
  return field?.date?.kind === 'fixed' ? field.date.last : undefined;
}

function collectTaskIds(tasks: readonly TaskInput[], into = new Set<string>()): Set<string> {
  for (const task of tasks) {
    if (task.id !== undefined) into.add(task.id);
    collectTaskIds(task.tasks ?? [], into);
  }
  return into;
}

function buildMilestone(input: MilestoneInput, index: number, context: TaskContext): Milestone {
  const path = ['milestones', index];
  return {
    key: pathKey(path),
    ...(input.id !== undefined ? { id: input.id } : {}),
    title: input.title,
    due: context.readDate(input.due, [...path, 'due']),
    goals: goalRefs(input, path, context.goalById),
    ...(input.phase !== undefined
      ? { phase: phaseRef(input.phase, [...path, 'phase'], context) }
      : {}),
    lead: unitRefs(input.lead, [...path, 'lead'], context),
    support: unitRefs(input.support, [...path, 'support'], context),
    status: input.status ?? 'todo',
    ...dateProp('doneOn', input.done_on, [...path, 'done_on'], context.readDate),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    path,
    index,
  };
}

function buildUnits(input: PlanInput): Unit[] {
  return Object.entries(input.units ?? {}).map(([id, entry]) =>
    typeof entry === 'string'
      ? { id, name: entry, aliases: [], members: [], path: ['units', id] }
      : {
          id,
          name: entry.name ?? id,
          aliases: entry.aliases ?? [],
          members: [],
          path: ['units', id],
        },
  );
}

/**
 * Fills in each collective unit's members, and returns for every unit the
 * groups it belongs to, through groups of groups too (a circle of groups
 * ends where it closes). Members are filled in after the lookup exists, on
 * the same unit objects, so a member's `unit` is the unit every task sees.
 */
function resolveMembers(
  input: PlanInput,
  units: readonly Unit[],
  resolve: UnitResolver,
): Map<string, Unit[]> {
  const direct = new Map<string, Unit[]>();
  for (const unit of units) {
    const entry = input.units?.[unit.id];
    if (typeof entry !== 'object' || !entry.members) continue;
    const members = unit.members as UnitRef[];
    entry.members.forEach((written, index) => {
      const ref = resolve(written.trim(), ['units', unit.id, 'members', index]);
      members.push(ref);
      if (!ref.unit || ref.unit === unit) return;
      const groups = direct.get(ref.unit.id) ?? [];
      if (!groups.includes(unit)) groups.push(unit);
      direct.set(ref.unit.id, groups);
    });
  }
  const groupsOf = new Map<string, Unit[]>();
  for (const id of direct.keys()) {
    const all: Unit[] = [];
    const stack = [...(direct.get(id) ?? [])];
    while (stack.length > 0) {
      const group = stack.shift()!;
      if (group.id === id || all.includes(group)) continue;
      all.push(group);
      stack.push(...(direct.get(group.id) ?? []));
    }
    if (all.length > 0) groupsOf.set(id, all);
  }
  return groupsOf;
}

function buildGoal(input: GoalInput, path: Path, readDate: DateReader): Goal {
  return {
    id: input.id,
    title: input.title,
    ...dateProp('due', input.due, [...path, 'due'], readDate),
    targets: (input.targets ?? []).map((target, index): Target => {
      const targetPath = [...path, 'targets', index];
      const actual =
        target.actual === undefined
          ? []
          : Array.isArray(target.actual)
            ? target.actual
            : [target.actual];
      const actualPath = (i: number): Path =>
        Array.isArray(target.actual) ? [...targetPath, 'actual', i] : [...targetPath, 'actual'];
      const dueField = target.due ?? input.due;
      const baseline =
        target.baseline !== undefined
          ? buildMeasurement(target.baseline, [...targetPath, 'baseline'], readDate)
          : undefined;
      const reference =
        target.reference !== undefined
          ? buildMeasurement(target.reference, [...targetPath, 'reference'], readDate)
          : undefined;
      const { from, ...read } = readTarget(target.target, {
        ...(baseline ? { baseline } : {}),
        ...(reference ? { reference } : {}),
        ...(target.tolerance !== undefined ? { tolerance: target.tolerance } : {}),
      });
      // `从0.9提升到1.2`: the words give the baseline when the plan does not.
      const start =
        baseline ?? (from ? { value: from, path: [...targetPath, 'target'] } : undefined);
      return {
        metric: target.metric,
        ...read,
        ...(target.nature !== undefined ? { nature: target.nature } : {}),
        ...(start ? { baseline: start } : {}),
        ...(reference ? { reference } : {}),
        actuals: actual.map((reading, i) => buildMeasurement(reading, actualPath(i), readDate)),
        ...(dueField !== undefined
          ? {
              due: readDate(
                dueField,
                target.due !== undefined ? [...targetPath, 'due'] : [...path, 'due'],
              ),
            }
          : {}),
        ...(target.notes !== undefined ? { notes: target.notes } : {}),
        path: targetPath,
        goalId: input.id,
      };
    }),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    path,
  };
}

function buildMeasurement(
  input: MeasurementInput | string | number,
  path: Path,
  readDate: DateReader,
): Measurement {
  if (typeof input !== 'object') return { value: parseFigure(input), path };
  return {
    value: input.value !== undefined ? parseFigure(input.value) : { written: '', unit: '' },
    ...(input.achieved !== undefined ? { achieved: input.achieved } : {}),
    ...dateProp('date', input.date, [...path, 'date'], readDate),
    ...(input.note !== undefined ? { note: input.note } : {}),
    path: input.value !== undefined ? [...path, 'value'] : path,
  };
}

function buildPhase(input: PhaseInput, index: number, readDate: DateReader): Phase {
  const path = ['phases', index];
  return {
    id: input.id ?? `phase-${index + 1}`,
    hasId: input.id !== undefined,
    name: input.name,
    ...dateProp('start', input.start, [...path, 'start'], readDate),
    ...dateProp('end', input.end, [...path, 'end'], readDate),
    ...(input.status !== undefined ? { status: input.status } : {}),
    steps: (input.steps ?? []).map((step, stepIndex) => {
      const stepPath = [...path, 'steps', stepIndex];
      return {
        name: step.name,
        ...dateProp('start', step.start, [...stepPath, 'start'], readDate),
        ...dateProp('end', step.end, [...stepPath, 'end'], readDate),
        ...(step.notes !== undefined ? { notes: step.notes } : {}),
        path: stepPath,
      };
    }),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    path,
    index,
  };
}

function buildUpdates(input: TaskInput, path: Path, readDate: DateReader): Update[] {
  const updates = (input.updates ?? []).map((update, index) => ({
    date: readDate(update.date, [...path, 'updates', index, 'date']),
    ...(update.progress !== undefined ? { progress: update.progress } : {}),
    ...(update.note !== undefined ? { note: update.note } : {}),
    path: [...path, 'updates', index],
  }));
  // The log is kept oldest first whatever order it was written in; a stable
  // sort keeps same-day entries in the order the plan gave them.
  if (
    updates.every((update, i) => i === 0 || sortDay(updates[i - 1]!.date) <= sortDay(update.date))
  ) {
    return updates;
  }
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => sortDay(a.update.date) - sortDay(b.update.date) || a.index - b.index)
    .map(({ update }) => update);
}

function sortDay(field: DateField): number {
  return field.date?.kind === 'fixed' ? field.date.last : Number.MAX_SAFE_INTEGER;
}

function goalRefs(
  input: { goal?: string | undefined; goals?: string[] | undefined },
  path: Path,
  goalById: ReadonlyMap<string, Goal>,
): IdRef[] {
  const refs: IdRef[] = [];
  if (input.goal !== undefined)
    refs.push({ id: input.goal, path: [...path, 'goal'], found: goalById.has(input.goal) });
  for (const [index, id] of (input.goals ?? []).entries()) {
    refs.push({ id, path: [...path, 'goals', index], found: goalById.has(id) });
  }
  return refs;
}

function phaseRef(written: string, path: Path, context: TaskContext): IdRef {
  const id = context.findPhase(written);
  return { id: id ?? written, path, found: id !== undefined };
}

function unitRefs(
  value: string | string[] | undefined,
  path: Path,
  context: Pick<TaskContext, 'resolveUnit' | 'isKnownUnit'>,
): UnitRef[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return splitRefs(value, path, context);
  return value.flatMap((written, index) => splitRefs(written, [...path, index], context));
}

/**
 * The units one string names (see `splitUnitText`): usually one; several
 * when it was written `医务科、护理部`, each marked with the string it came
 * from so that `several-units` can ask for a list.
 */
function splitRefs(
  written: string,
  path: Path,
  { resolveUnit, isKnownUnit }: Pick<TaskContext, 'resolveUnit' | 'isKnownUnit'>,
): UnitRef[] {
  const parts = splitUnitText(written, isKnownUnit);
  if (parts.length === 0) return [];
  if (parts.length === 1) return [resolveUnit(parts[0]!, path)];
  return parts.map((part) => ({ ...resolveUnit(part, path), splitFrom: written.trim() }));
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Plans repeat the same few dates thousands of times (`2024-06`), and a read
 * date is immutable, so each distinct written value is read once. Only what
 * is read without a year context is kept here: that reading is the same in
 * every plan.
 */
const dateCache = new Map<string | number, DateParseResult>();

function parseCached(value: string | number): DateParseResult {
  let result = dateCache.get(value);
  if (result === undefined) {
    result = parsePlanDate(value);
    if (dateCache.size > 10_000) dateCache.clear();
    dateCache.set(value, result);
  }
  return result;
}

/** Reads one date of a plan into a field, in the plan's year context. */
type DateReader = (value: string | number, path: Path) => DateField;

function isYearless(result: DateParseResult): boolean {
  return !result.ok && result.problem.kind === 'yearless';
}

function toField(value: string | number, path: Path, result: DateParseResult): DateField {
  const written = String(value).trim();
  return result.ok
    ? { path, written, date: result.date }
    : { path, written, problem: result.problem };
}

/**
 * A reader for one plan: a date without a year (`6月底`) is read again in
 * the year the plan's period gives, each distinct value once per plan.
 */
function createDateReader(years: YearContext): DateReader {
  const yearless = new Map<string | number, DateParseResult>();
  return (value, path) => {
    let result = parseCached(value);
    if (isYearless(result)) {
      let inContext = yearless.get(value);
      if (inContext === undefined) {
        inContext = parsePlanDate(value, years);
        yearless.set(value, inContext);
      }
      result = inContext;
    }
    return toField(value, path, result);
  };
}

/**
 * The period's ends come first: they give the year of every date written
 * without one, so they must carry their own year. Then the reader for the
 * rest of the plan.
 */
function readPeriod(input: PlanInput): {
  periodStart?: DateField;
  periodEnd?: DateField;
  readDate: DateReader;
} {
  const start = input.period?.start;
  const end = input.period?.end;
  const startResult = start !== undefined ? parseCached(start) : undefined;
  const endResult = end !== undefined ? parseCached(end) : undefined;
  const startDate = startResult?.ok ? startResult.date : undefined;
  const endDate = endResult?.ok ? endResult.date : undefined;
  const endOfPeriod = (
    value: string | number | undefined,
    result: DateParseResult | undefined,
    other: PlanDate | undefined,
    key: 'start' | 'end',
  ): DateField | undefined => {
    if (value === undefined || result === undefined) return undefined;
    const read = isYearless(result) ? parsePlanDate(value, periodEndContext(other)) : result;
    return toField(value, ['period', key], read);
  };
  const issued = input.issued !== undefined ? parseCached(input.issued) : undefined;
  const issuedYear =
    issued?.ok && issued.date.kind === 'fixed' ? civilFromDay(issued.date.first).year : undefined;
  const periodStart = endOfPeriod(start, startResult, endDate, 'start');
  const periodEnd = endOfPeriod(end, endResult, startDate, 'end');
  return {
    ...(periodStart ? { periodStart } : {}),
    ...(periodEnd ? { periodEnd } : {}),
    readDate: createDateReader(periodYearContext(startDate, endDate, issuedYear)),
  };
}

function dateProp<K extends string>(
  name: K,
  value: string | number | undefined,
  path: Path,
  readDate: DateReader,
): { [P in K]?: DateField } {
  if (value === undefined) return {};
  return { [name]: readDate(value, path) } as { [P in K]: DateField };
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

// Re-exported where rules have always found it; it lives with the parse tree's paths.
export { pathKey };
