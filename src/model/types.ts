/**
 * The resolved plan: what every rule and renderer works from. Dates are read,
 * units are looked up, sub-tasks carry what they inherit, every task has its
 * number. Anything that could not be resolved is kept, marked as such, for a
 * rule to report; the model itself never reports.
 */
import type { DateProblem, Day, PlanDate } from '../dates/types.js';
import type { Path } from '../parse/types.js';
import type {
  LightsInput,
  repeatKinds,
  targetNatures,
  taskStatuses,
} from '../schema/plan-schema.js';
import type { LightRule } from './light-rule.js';

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export type TaskStatus = (typeof taskStatuses)[number];
export type RepeatKind = (typeof repeatKinds)[number];
export type TargetNature = (typeof targetNatures)[number];

/** A date field as written: read, or the reason it could not be. */
export interface DateField {
  readonly path: Path;
  /** The value as the plan wrote it. */
  readonly written: string;
  readonly date?: PlanDate;
  readonly problem?: DateProblem;
  /** Where the date is a mapping key (a checkpoint's), a diagnostic points at the key. */
  readonly at?: 'key';
}

export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /**
   * For a collective unit (各临床科室), the units it stands for, as written
   * under `members`; empty for a unit of its own.
   */
  readonly members: readonly UnitRef[];
  readonly path: Path;
}

/** A unit as a task names it, and what it resolved to. */
export interface UnitRef {
  /** The text the plan wrote. */
  readonly written: string;
  /** The registry unit, when the text is its id, name or alias. */
  readonly unit?: Unit;
  /**
   * How the text matched: by id, by name, by alias, by a name or alias in
   * the other script (醫務科 for 医务科), or not at all.
   */
  readonly match: 'id' | 'name' | 'alias' | 'variant' | 'none';
  /** The name to print: the registry name, or the text as written. */
  readonly name: string;
  readonly path: Path;
  /** When one string named several units (`医务科/护理部`): that string. */
  readonly splitFrom?: string;
}

/** A reference by id to a goal, phase or task, and whether it resolved. */
export interface IdRef {
  readonly id: string;
  readonly path: Path;
  readonly found: boolean;
}

export interface Measurement {
  /** The figure as written; empty when the reading only says `achieved`. */
  readonly value: Figure;
  /** `achieved: true | false`: a worded target reached, or not, in so many words. */
  readonly achieved?: boolean;
  readonly date?: DateField;
  readonly note?: string;
  /** Where its value is written: the `value` node, or the reading itself. */
  readonly path: Path;
}

/** A number with its unit as written (`95%` → 95 and `%`), or words. */
export interface Figure {
  readonly written: string;
  readonly number?: number;
  readonly unit: string;
}

export type TargetOp = '>=' | '>' | '<=' | '<' | '~';

/**
 * How a target reads (see `model/read-target.ts`): at least, at most, about
 * (左右), a range, words (实现), or not computable (no absolute figure:
 * `超过国家中位数`, `同比下降8%`, or a target that could not be read at all).
 */
export type TargetKind = 'at-least' | 'at-most' | 'about' | 'range' | 'words' | 'not-computable';

/** How far from an `about` figure still counts: a share of it, or an amount in its unit. */
export interface Tolerance {
  readonly amount: number;
  readonly relative: boolean;
}

/** Something in a target's fields that could not be read; each is its own diagnostic. */
export interface TargetProblem {
  readonly kind: 'placeholder' | 'unreadable' | 'contradictory';
  /** The field at fault: `target`, `tolerance` or `reference`. */
  readonly field: 'target' | 'tolerance' | 'reference';
  readonly written: string;
  /** The form the writer probably meant: `50%以下` for `50%一下`. */
  readonly suggestion?: string;
}

export interface Target {
  readonly metric: string;
  /** The target as written: `>= 30%`. */
  readonly written: string;
  readonly kind: TargetKind;
  /** `>=` or `>` for at-least, `<=` or `<` for at-most, `~` for about. */
  readonly op?: TargetOp;
  /** The figure compared with; for a range its lower end. */
  readonly figure?: Figure;
  /** A range's upper end. */
  readonly upper?: Figure;
  /**
   * About with a direction (`提升到1.2左右`, `降至7天左右`): only falling short
   * of the figure by more than the tolerance fails; overshooting is fine.
   */
  readonly direction?: 'up' | 'down';
  readonly tolerance?: Tolerance;
  /** A rank (`进入全国前400名`): lower is better, so it reads as at most. */
  readonly rank?: boolean;
  /**
   * For a target without an absolute figure: the figure its words point at
   * (the national median, last year's value), from `reference:`.
   */
  readonly reference?: Measurement;
  /** Why a target is not computable, when it is not: no figure, or a problem. */
  readonly notComputable?: 'no-figure' | 'relative' | 'problem';
  readonly problems: readonly TargetProblem[];
  readonly nature?: TargetNature;
  readonly baseline?: Measurement;
  /** Actual readings, oldest first. */
  readonly actuals: readonly Measurement[];
  readonly due?: DateField;
  readonly notes?: string;
  readonly path: Path;
  readonly goalId: string;
}

export interface Goal {
  readonly id: string;
  readonly title: string;
  readonly due?: DateField;
  readonly targets: readonly Target[];
  readonly notes?: string;
  readonly path: Path;
}

export interface Step {
  readonly name: string;
  readonly start?: DateField;
  readonly end?: DateField;
  readonly notes?: string;
  readonly path: Path;
}

export interface Phase {
  /** The id as written, or a generated `phase-N` (1-based) when none. */
  readonly id: string;
  readonly hasId: boolean;
  readonly name: string;
  readonly start?: DateField;
  readonly end?: DateField;
  readonly status?: TaskStatus;
  readonly steps: readonly Step[];
  readonly notes?: string;
  readonly path: Path;
  readonly index: number;
}

export interface Update {
  readonly date: DateField;
  readonly progress?: number;
  readonly note?: string;
  readonly path: Path;
}

/** 形象进度: the progress an office expects by a date (`2025-Q1: 20`). */
export interface Checkpoint {
  readonly date: DateField;
  readonly progress: number;
  readonly path: Path;
}

export type RepeatEvery = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/**
 * A recurring duty's rule, read once: which days it falls due on, inside
 * which window (its start..due, else its phase, else the plan period).
 */
export interface Recurrence {
  readonly every: RepeatEvery;
  /** Day of the month (1..31, clamped to short months); absent: the month end. */
  readonly day?: number;
  /** ISO weekday, 1 = Monday .. 7 = Sunday, for `week`. */
  readonly weekday?: number;
  /** Days after the period's end by which it is due: calendar days, or working days. */
  readonly withinDays: number;
  /** `within: N workdays`: `withinDays` counts China's working days (调休 included). */
  readonly workdays?: true;
  /** The months it falls due in (1..12), for every form but `week`. */
  readonly months: readonly number[];
  /** The window occurrences fall in; an open end is undefined. */
  readonly from?: Day;
  readonly to?: Day;
  /** Problems in the rule as written, reported by the `repeat-form` rule. */
  readonly problems: readonly RepeatProblem[];
  /** Exceptions recorded per occurrence (`occurrences:`). */
  readonly exceptions: readonly OccurrenceException[];
  readonly path: Path;
}

export interface RepeatProblem {
  readonly path: Path;
  readonly problem: 'weekday' | 'within' | 'within-unit';
  readonly value: string;
  readonly suggestion?: string;
}

export interface OccurrenceException {
  readonly period: DateField;
  readonly status: 'done' | 'dropped' | 'missed';
  readonly note?: string;
  readonly path: Path;
}

/** Where a task's inherited fields came from, for messages and tests. */
export interface Inherited {
  readonly goals: boolean;
  readonly phase: boolean;
  readonly lead: boolean;
  readonly support: boolean;
  readonly start: boolean;
  readonly due: boolean;
}

export interface Task {
  /** A key unique in the plan: the id if given, else the number. */
  readonly key: string;
  readonly id?: string;
  /** The 序号 as printed: the given `no`, else 1, 1.2, 1.2.3 by position. */
  readonly no: string;
  /**
   * The 序号 out of its place in the tree, for lists that show a task on its
   * own (overdue, the report's urgent items, checklists): a given `no` that
   * numbers the task only under its parent is preceded by the parent's, so
   * 3 under (一) is `(一)3` and 1 under 2 is `2.1`. Equal to `no` for a
   * top-level task and for one whose `no` already starts with its parent's.
   */
  readonly fullNo: string;
  readonly title: string;
  /** 0 for a top-level task. */
  readonly depth: number;
  readonly parentKey?: string;
  readonly children: readonly Task[];
  readonly goals: readonly IdRef[];
  readonly phase?: IdRef;
  readonly lead: readonly UnitRef[];
  readonly support: readonly UnitRef[];
  readonly leader?: string;
  readonly owner?: string;
  readonly start?: DateField;
  readonly due?: DateField;
  /** How the duty is worded in labels (每月, 每季度); the rule itself is `recurrence`. */
  readonly repeat?: RepeatKind;
  readonly recurrence?: Recurrence;
  readonly status: TaskStatus;
  readonly progress?: number;
  /** As written; they replace the straight line of 序时进度. Not inherited. */
  readonly checkpoints?: readonly Checkpoint[];
  readonly doneOn?: DateField;
  /** Oldest first, by date. */
  readonly updates: readonly Update[];
  readonly dependsOn: readonly IdRef[];
  readonly notes?: string;
  readonly inherited: Inherited;
  readonly path: Path;
}

export interface Milestone {
  readonly key: string;
  readonly id?: string;
  readonly title: string;
  readonly due: DateField;
  readonly goals: readonly IdRef[];
  readonly phase?: IdRef;
  readonly lead: readonly UnitRef[];
  readonly support: readonly UnitRef[];
  readonly status: TaskStatus;
  readonly doneOn?: DateField;
  readonly notes?: string;
  readonly path: Path;
  readonly index: number;
}

export interface PlanMeta {
  readonly title: string;
  readonly issuer?: string;
  readonly documentNo?: string;
  readonly issued?: DateField;
  readonly locale?: Locale;
  readonly periodStart?: DateField;
  readonly periodEnd?: DateField;
  readonly notes?: string;
}

export interface Plan {
  /** The file name as given on the command line, or `<stdin>`. */
  readonly file: string;
  readonly meta: PlanMeta;
  readonly units: readonly Unit[];
  readonly goals: readonly Goal[];
  readonly phases: readonly Phase[];
  /** Top-level tasks; sub-tasks hang under `children`. */
  readonly tasks: readonly Task[];
  /** Every task, parents before their children, in document order. */
  readonly allTasks: readonly Task[];
  readonly milestones: readonly Milestone[];
  /** The `lights:` block as written, for the rule that reports impossible values. */
  readonly lights?: LightsInput;
  /** The traffic-light rule the plan is judged by, resolved once. */
  readonly lightRule: LightRule;
  /** Lookups by id. */
  readonly unitById: ReadonlyMap<string, Unit>;
  /** Unit id → the collective units it is a member of, directly or through another. */
  readonly groupsOf: ReadonlyMap<string, readonly Unit[]>;
  readonly goalById: ReadonlyMap<string, Goal>;
  readonly phaseById: ReadonlyMap<string, Phase>;
  readonly taskById: ReadonlyMap<string, Task>;
}
