/**
 * The plan format, version 1: the single source of truth. The JSON Schema in
 * `schemas/plan.schema.json` is generated from it, and the TypeScript types
 * of the validated plan are inferred from it.
 *
 * Dates are accepted here as text or numbers and read later by `src/dates`,
 * which knows every written form and reports `invalid-date` or
 * `placeholder-date` at the exact node; a schema pattern could only say
 * "does not match".
 *
 * It is written with zod's "mini" API, which builds the same schemas as the
 * classic one without attaching dozens of methods to each: that halves the
 * time `plan check` spends before it reads the first byte.
 */
import * as z from 'zod/mini';

/** Attaches a description that the JSON Schema (and so editors) will show. */
const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.meta({ description })) as T;

const text = z.string().check(z.minLength(1));
const optionalText = z.optional(z.string());

const dateValue = describe(
  z.union([z.string(), z.number()]),
  'A date at any precision: 2014, 2014-07, 2014-07-16, 2014-Q3, 2014-H1, 2014年7月, 2014年底, 2014年上半年, 2014年6月上旬, 二〇一四年六月, 6月底 (in the year of the period), or ongoing (长期坚持)',
);
const optionalDate = z.optional(dateValue);

const textOrList = z.union([z.string(), z.array(z.string())]);

const unitList = z.optional(
  describe(textOrList, 'A unit id, name or alias from `units`, or a list of them'),
);

export const taskStatuses = ['todo', 'doing', 'done', 'blocked', 'dropped'] as const;
export const repeatKinds = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const repeatEvery = ['week', 'month', 'quarter', 'half-year', 'year'] as const;
export const targetNatures = ['binding', 'expected', 'advocated'] as const;
export const locales = ['zh-CN', 'zh-TW', 'en'] as const;
export const lightPresets = ['yinchuan', 'sanya', 'xuancheng', 'suqian'] as const;

const status = z.optional(
  describe(z.enum(taskStatuses), 'todo | doing | done | blocked | dropped (default todo)'),
);

const progress = z.optional(
  describe(z.number().check(z.minimum(0), z.maximum(100)), 'Per cent complete, 0–100'),
);

const shortfallLine = z.number().check(z.minimum(0), z.maximum(100));

/**
 * The traffic-light rule (红黄绿灯): a preset and the fields that override it.
 * Exported so a project config can take the same block.
 */
export const lightsBlock = z.strictObject({
  preset: z.optional(
    describe(
      z.enum(lightPresets),
      'A published rule: yinchuan (default), sanya, xuancheng, suqian; see docs/lights.md',
    ),
  ),
  yellow: z.optional(describe(shortfallLine, 'Shortfall behind 序时进度 at which yellow begins')),
  red: z.optional(
    describe(
      z.union([shortfallLine, z.literal('none')]),
      'Shortfall past which red begins; none: a shortfall alone is never red',
    ),
  ),
  inclusive: z.optional(
    describe(z.boolean(), 'Whether both thresholds belong to the yellow band (银川: 含10~30)'),
  ),
  shortfall: z.optional(
    describe(
      z.enum(['points', 'relative']),
      'points: 序时进度 − progress; relative: that gap as a % of 序时进度 (三亚)',
    ),
  ),
  basis: z.optional(
    describe(
      z.enum(['day', 'month-end']),
      'day: elapsed days; month-end: whole months elapsed, judged at the last month end (宣城)',
    ),
  ),
  due_soon: z.optional(
    describe(z.enum(['yellow', 'blue']), 'The colour of due soon (宿迁 三色督办单: blue)'),
  ),
  missed_yellow: z.optional(
    describe(
      z.int().check(z.minimum(1)),
      'Missed occurrences of a recurring duty in a row that make it yellow (default 1)',
    ),
  ),
  missed_red: z.optional(
    describe(
      z.int().check(z.minimum(1)),
      'Missed occurrences of a recurring duty in a row that make it red (default 2)',
    ),
  ),
  due_soon_within: z.optional(
    describe(
      z.union([z.int().check(z.minimum(0)), z.string()]),
      "The due-soon window: 14, 14 days (14天), or 5 workdays (5个工作日, on China's official calendar); --warn-days overrides it (default 14 days)",
    ),
  ),
});

/** `repeat`: a word, or a rule with the day it falls on (每月28日前, 每周五, 每季度结束后10日内). */
const repeat = z.union([
  describe(
    z.enum(repeatKinds),
    'weekly | monthly (month ends) | quarterly (3/31, 6/30, 9/30, 12/31) | half-yearly | yearly',
  ),
  z.strictObject({
    every: z.enum(repeatEvery),
    day: z.optional(
      describe(
        z.int().check(z.minimum(1), z.maximum(31)),
        'Day of the month it falls due; past a short month’s end, its last day. Default: the month end',
      ),
    ),
    weekday: z.optional(
      describe(
        z.union([z.string(), z.number()]),
        'For every: week: mon..sun, 周五, 星期五, or 1..7',
      ),
    ),
    within: z.optional(
      describe(
        z.union([z.string(), z.number()]),
        "Days or working days after the period ends by which it is due: `10 days` (10天), `10 workdays` (10个工作日, on China's official calendar)",
      ),
    ),
    months: z.optional(
      describe(
        z.array(z.int().check(z.minimum(1), z.maximum(12))),
        'The months it falls due in, e.g. [6, 12] (每年6月、12月)',
      ),
    ),
  }),
]);

/** An exception recorded for one occurrence of a recurring duty. */
const occurrence = z.strictObject({
  period: describe(dateValue, 'The occurrence: 2023-03, 2023-Q2, 2023-H1, 2023'),
  status: z.optional(
    describe(
      z.enum(['done', 'dropped', 'missed']),
      'done: reported (报送); dropped: not required this time (免报); missed: recorded as not reported',
    ),
  ),
  note: optionalText,
});

/** Exported for the shared units registry a project config names. */
export const unitEntry = z.union([
  describe(text, 'The unit’s full name'),
  z.strictObject({
    // Optional: offices often register a unit under its own name
    // (`医务科: { aliases: [医务部] }`), and the id then is the name.
    name: z.optional(describe(text, 'The unit’s full name (default: its id)')),
    aliases: z.optional(z.array(text)),
    members: z.optional(
      describe(
        z.array(text),
        'For a collective unit (各临床科室): the ids (or names) of the units it stands for; their own checklists and tables include its tasks',
      ),
    ),
  }),
]);

/** A figure with an optional unit: `95%`, `7.2天`, `400`. */
const figure = z.union([z.string(), z.number()]);

const measurement = z.strictObject({
  // Optional when `achieved` says it all; a reading with neither is reported
  // by the target rules, at the reading.
  value: z.optional(figure),
  achieved: z.optional(
    describe(z.boolean(), 'For a worded target (实现, 顺利通过): whether it has been reached'),
  ),
  date: optionalDate,
  note: optionalText,
});

const target = z.strictObject({
  metric: describe(text, 'What is measured: 微创手术占比'),
  target: describe(
    figure,
    'As the plan writes it: ">= 30%", "30%以上", "不超过50%", "控制在30%以内", "7.2天左右", "2至3项", "进入全国前400名", "同比下降8%"; or words: 实现',
  ),
  tolerance: z.optional(
    describe(
      figure,
      'For 左右 (~): how far from the figure still counts. 0.3 or "0.3天" in the target\'s unit, "2个百分点" for a % target, "5%" as a share of the figure (the default)',
    ),
  ),
  reference: z.optional(
    describe(
      z.union([figure, measurement]),
      "The figure a target without one points at: the national median for 超过国家中位数, last year's value for 同比下降8%",
    ),
  ),
  nature: z.optional(
    describe(z.enum(targetNatures), 'binding (约束性), expected (预期性) or advocated (倡导性)'),
  ),
  baseline: z.optional(z.union([figure, measurement])),
  actual: z.optional(
    describe(
      z.union([figure, measurement, z.array(z.union([figure, measurement]))]),
      'Readings: a figure, { value, date }, or a list of them, oldest first',
    ),
  ),
  due: optionalDate,
  notes: optionalText,
});

const goal = z.strictObject({
  id: text,
  title: text,
  due: optionalDate,
  targets: z.optional(z.array(target)),
  notes: optionalText,
});

const step = z.strictObject({
  name: text,
  start: optionalDate,
  end: optionalDate,
  notes: optionalText,
});

const phase = z.strictObject({
  id: z.optional(z.string()),
  name: text,
  start: optionalDate,
  end: optionalDate,
  status,
  steps: z.optional(z.array(step)),
  notes: optionalText,
});

const update = z.strictObject({
  date: dateValue,
  progress,
  note: optionalText,
});

/** Fields a task and a milestone share. */
const assignment = {
  id: z.optional(z.string()),
  title: text,
  goal: z.optional(z.string()),
  goals: z.optional(z.array(z.string())),
  phase: z.optional(z.string()),
  lead: unitList,
  support: unitList,
  status,
  done_on: optionalDate,
  notes: optionalText,
};

export interface TaskInput {
  id?: string | undefined;
  no?: string | number | undefined;
  title: string;
  goal?: string | undefined;
  goals?: string[] | undefined;
  phase?: string | undefined;
  lead?: string | string[] | undefined;
  support?: string | string[] | undefined;
  leader?: string | undefined;
  owner?: string | undefined;
  start?: string | number | undefined;
  due?: string | number | undefined;
  repeat?: z.infer<typeof repeat> | undefined;
  occurrences?: z.infer<typeof occurrence>[] | undefined;
  status?: (typeof taskStatuses)[number] | undefined;
  progress?: number | undefined;
  checkpoints?: Record<string, number> | undefined;
  done_on?: string | number | undefined;
  updates?: z.infer<typeof update>[] | undefined;
  depends_on?: string | string[] | undefined;
  notes?: string | undefined;
  tasks?: TaskInput[] | undefined;
}

const task: z.ZodMiniType<TaskInput> = z.strictObject({
  ...assignment,
  no: z.optional(
    describe(
      z.union([z.string(), z.number()]),
      '序号 as printed; default: the position, 1, 1.2, 1.2.3',
    ),
  ),
  leader: z.optional(describe(z.string(), '责任领导 / 牵头领导')),
  owner: z.optional(describe(z.string(), '责任人')),
  start: optionalDate,
  due: optionalDate,
  repeat: z.optional(repeat),
  occurrences: z.optional(
    describe(z.array(occurrence), 'Exceptions for single occurrences of a recurring duty'),
  ),
  progress,
  checkpoints: z.optional(
    describe(
      z.record(z.string(), z.number().check(z.minimum(0), z.maximum(100))),
      '形象进度: progress expected by each date, e.g. { 2025-Q1: 20, 2025-Q2: 45 }; replaces the straight line of 序时进度',
    ),
  ),
  updates: z.optional(
    describe(z.array(update), 'Progress log (台账); the latest note is the 进展情况'),
  ),
  depends_on: z.optional(describe(textOrList, 'Task ids this task waits for')),
  get tasks() {
    return z.optional(
      describe(z.array(task), 'Sub-tasks; they inherit goal, phase, lead, support, start and due'),
    );
  },
});

// The one recursive schema: named, so the JSON Schema calls its definition
// `task` (editors show the name) instead of an internal `__schema0`.
z.globalRegistry.add(task, { id: 'task' });

const milestone = z.strictObject({
  ...assignment,
  due: dateValue,
});

export const planSchema = describe(
  z.strictObject({
    version: describe(z.literal(1), 'The format version; always 1'),
    title: text,
    issuer: optionalText,
    document_no: z.optional(describe(z.string(), '文号, e.g. X政办发〔2021〕X号')),
    issued: optionalDate,
    locale: z.optional(describe(z.enum(locales), 'Default language of outputs')),
    period: z.optional(z.strictObject({ start: optionalDate, end: optionalDate })),
    units: z.optional(
      describe(
        z.record(z.string(), unitEntry),
        'Registry of responsible units: id → name, or { name, aliases, members }',
      ),
    ),
    goals: z.optional(z.array(goal)),
    phases: z.optional(z.array(phase)),
    tasks: z.optional(z.array(task)),
    milestones: z.optional(z.array(milestone)),
    lights: z.optional(
      describe(lightsBlock, 'The traffic-light rule; default: 银川’s published rule'),
    ),
    notes: optionalText,
  }),
  'An implementation plan (实施方案 / 工作方案) for the `plan` compiler, format version 1.',
);

export type PlanInput = z.infer<typeof planSchema>;
export type GoalInput = z.infer<typeof goal>;
export type TargetInput = z.infer<typeof target>;
export type MeasurementInput = z.infer<typeof measurement>;
export type PhaseInput = z.infer<typeof phase>;
export type MilestoneInput = z.infer<typeof milestone>;
export type UnitEntryInput = z.infer<typeof unitEntry>;
export type UpdateInput = z.infer<typeof update>;
export type LightsInput = z.infer<typeof lightsBlock>;
export type RepeatInput = z.infer<typeof repeat>;
export type OccurrenceInput = z.infer<typeof occurrence>;
