/**
 * What an editor shows for each field of the plan format: a description in
 * Chinese and English, examples, the meaning of each enum value, and
 * snippets for the blocks people write most. Kept apart from the zod schema
 * (which says what is valid) and merged into the generated JSON Schema by
 * `json-schema.ts`; a test fails when a field or enum value has no entry.
 *
 * A field is looked up as `context.key` first (the `title` of a plan is not
 * the `title` of a task), then as `key`.
 */

export interface FieldDoc {
  readonly zh: string;
  readonly en: string;
  readonly examples?: readonly unknown[];
}

const date = (zh: string, en: string, examples: readonly unknown[]): FieldDoc => ({
  zh: `${zh}。可写 \`2023\`、\`2023-06\`、\`2023-06-30\`、\`2023-Q2\`、\`2023年6月底\`、\`2023年上半年\` 等`,
  en: `${en}. Any precision: \`2023\`, \`2023-06\`, \`2023-06-30\`, \`2023-Q2\`, \`2023年6月底\`, \`2023年上半年\``,
  examples,
});

const units = (zh: string, en: string): FieldDoc => ({
  zh: `${zh}：填 \`units\` 中登记的编号、名称或别称，一个或多个（列表）`,
  en: `${en}: a unit id, name or alias from \`units\`, or a list of them`,
  examples: ['health', ['finance', '县医疗保障局']],
});

export const fieldDocs: Readonly<Record<string, FieldDoc>> = {
  // The plan itself.
  'plan.version': { zh: '格式版本，固定写 1', en: 'The format version; always 1', examples: [1] },
  'plan.title': {
    zh: '方案标题，照原文件填写',
    en: 'The title of the plan, as the document gives it',
    examples: ['XX县推动公立医院高质量发展实施方案'],
  },
  issuer: { zh: '印发单位', en: 'The issuing body', examples: ['XX县卫生健康局'] },
  document_no: {
    zh: '文号',
    en: 'The document number (文号)',
    examples: ['X政办发〔2021〕X号'],
  },
  issued: date('印发日期', 'The date of issue', ['2021-11-15']),
  locale: {
    zh: '输出的默认语言',
    en: 'The default language of outputs',
    examples: ['zh-CN'],
  },
  'plan.period': {
    zh: '方案的实施期限（起止）；只写月日的日期（如 6月底）按此期限所在年份理解',
    en: 'The span of the whole plan; dates written without a year (6月底) take their year from it',
    examples: [{ start: '2021-11', end: '2025-12' }],
  },
  'period.start': date('实施期限的起始', 'Where the plan starts', ['2021-11']),
  'period.end': date('实施期限的截止', 'Where the plan ends', ['2025-12']),
  units: {
    zh: '责任单位登记表：编号: 名称，或 { name, aliases, members }。任务中的牵头、配合单位引用这里的编号或名称',
    en: 'The registry of responsible units: id: name, or { name, aliases, members }. Tasks name their lead and support units by these ids or names',
    examples: [{ health: '县卫生健康局', finance: { name: '县财政局', aliases: ['财政局'] } }],
  },
  'unit.name': {
    zh: '单位全称（不写时即为其编号）',
    en: 'The unit’s full name (default: its id)',
    examples: ['县财政局'],
  },
  aliases: {
    zh: '别称、简称；写了别称的地方，plan fix 会改为登记的编号或名称',
    en: 'Other names and short forms; plan fix rewrites them to the registered id or name',
    examples: [['财政局']],
  },
  members: {
    zh: '集合单位（如“各临床科室”）所包含单位的编号或名称；各成员的清单和分工表会列入该集合单位的任务',
    en: 'For a collective unit (各临床科室): the ids or names of the units it stands for; their own checklists and tables include its tasks',
    examples: [['internal', 'surgery', 'pediatrics']],
  },
  goals: {
    zh: '工作目标，可附量化指标（targets）',
    en: 'Goals, optionally with measurable targets',
  },
  phases: {
    zh: '实施步骤（阶段），如动员部署、组织实施、督导检查、总结评估',
    en: 'Phases (实施步骤): mobilise, implement, inspect, review …',
  },
  'plan.tasks': {
    zh: '重点任务；可逐级分解为子任务（tasks）',
    en: 'The key tasks; each may be broken down into sub-tasks (tasks)',
  },
  milestones: {
    zh: '时间节点：某一日期须完成的事项，如上报半年总结',
    en: 'Milestones: deliverables due on a date, such as a half-year report',
  },
  lights: {
    zh: '红黄绿灯规则；默认按银川公布的规则（落后序时进度 10~30 个百分点为黄灯，超过 30 个百分点或逾期为红灯）',
    en: 'The traffic-light rule; default: Yinchuan’s published rule (yellow 10–30 points behind schedule, red beyond 30 or overdue)',
  },
  'plan.notes': { zh: '备注', en: 'Notes on the plan' },

  // Shared by goals, phases, tasks and milestones.
  id: {
    zh: '编号：其他地方引用它时使用，在本类中不得重复',
    en: 'An id that other entries refer to it by; unique among its kind',
    examples: ['T1'],
  },
  'goal.id': {
    zh: '目标编号，任务用 goal 引用',
    en: 'The id tasks name in goal',
    examples: ['G1'],
  },
  'phase.id': {
    zh: '阶段编号，任务用 phase 引用',
    en: 'The id tasks name in phase',
    examples: ['implement'],
  },
  title: { zh: '名称', en: 'The title', examples: ['加强医疗服务体系建设'] },
  'goal.title': {
    zh: '目标内容',
    en: 'What the goal is',
    examples: ['构建优质高效的公立医院体系'],
  },
  'milestone.title': {
    zh: '节点事项',
    en: 'What is due at the milestone',
    examples: ['上报半年工作总结'],
  },
  name: { zh: '名称', en: 'The name', examples: ['组织实施阶段'] },
  notes: { zh: '备注', en: 'Notes' },
  note: { zh: '说明', en: 'A note', examples: ['已完成方案制定'] },
  start: date('开始日期', 'When it starts', ['2023-01']),
  end: date('结束日期', 'When it ends', ['2023-06']),
  due: {
    ...date(
      '完成时限；长期任务写 ongoing（长期坚持、持续推进）',
      'When it is due; ongoing (长期坚持) for a standing duty',
      ['2023-06', '2023年6月底', 'ongoing'],
    ),
  },
  'target.due': date('指标的考核时点', 'When the target is to be reached', ['2025-12']),
  status: {
    zh: '状态：todo 未开始，doing 进行中，done 已完成，blocked 受阻，dropped 已取消（默认 todo）',
    en: 'Status: todo, doing, done, blocked, dropped (default todo)',
    examples: ['doing'],
  },
  'occurrence.status': {
    zh: '这一期的情况：done 已报送，dropped 本期免报，missed 未报送',
    en: 'This occurrence: done (reported), dropped (not required this time), missed (recorded as not reported)',
    examples: ['dropped'],
  },
  progress: {
    zh: '完成进度，百分数 0–100（写 60 表示 60%）',
    en: 'Per cent complete, 0–100 (60 means 60%)',
    examples: [60],
  },
  done_on: date('实际完成日期', 'When it was finished', ['2023-05-20']),
  goal: { zh: '所服务目标的编号', en: 'The id of the goal it serves', examples: ['G1'] },
  'task.goals': {
    zh: '所服务的多个目标的编号',
    en: 'The ids of the goals it serves',
    examples: [['G1', 'G2']],
  },
  'milestone.goals': {
    zh: '所服务的多个目标的编号',
    en: 'The ids of the goals it serves',
    examples: [['G1', 'G2']],
  },
  phase: { zh: '所属阶段的编号或名称', en: 'The id or name of its phase', examples: ['implement'] },
  lead: units('牵头单位', 'Lead unit (牵头单位)'),
  support: units('配合单位', 'Supporting units (配合单位)'),

  // Tasks.
  no: {
    zh: '序号，照原文件填写；不写则按位置编为 1、1.2、1.2.3',
    en: 'The 序号 as printed; by default the position: 1, 1.2, 1.2.3',
    examples: ['3', '（一）'],
  },
  leader: {
    zh: '责任领导（牵头领导）',
    en: 'The responsible leader (责任领导)',
    examples: ['院长'],
  },
  owner: { zh: '责任人', en: 'The person responsible (责任人)', examples: ['科室主任'] },
  repeat: {
    zh: '周期性工作的频次：weekly、monthly、quarterly、half-yearly、yearly，或 { every, day, weekday, within, months }',
    en: 'How often a recurring duty falls due: weekly, monthly, quarterly, half-yearly, yearly, or { every, day, weekday, within, months }',
    examples: ['monthly', { every: 'month', day: 28 }, { every: 'week', weekday: 'fri' }],
  },
  every: { zh: '每隔多久一次', en: 'How often', examples: ['month'] },
  day: {
    zh: '每月第几日前到期（小月取月末）；不写则为月末',
    en: 'Day of the month it falls due (the last day of a shorter month); default: the month end',
    examples: [28],
  },
  weekday: {
    zh: '每周的哪一天：mon…sun、周五、星期五或 1…7',
    en: 'For every: week: mon..sun, 周五, 星期五 or 1..7',
    examples: ['fri', '周五'],
  },
  within: {
    zh: '每期结束后多少日（或多少个工作日，按国务院公布的节假日安排）内到期',
    en: "Days, or working days on China's official calendar, after the period ends by which it is due",
    examples: ['10 days', '10天', '10 workdays', '10个工作日'],
  },
  months: {
    zh: '在哪几个月到期，如每年 6 月、12 月',
    en: 'The months it falls due in, e.g. [6, 12] (每年6月、12月)',
    examples: [[6, 12]],
  },
  occurrences: {
    zh: '周期性工作某一期的例外情况（免报、已报、未报）',
    en: 'Exceptions for single occurrences of a recurring duty',
    examples: [[{ period: '2023-Q2', status: 'dropped', note: '本季度免报' }]],
  },
  'occurrence.period': {
    zh: '哪一期',
    en: 'Which occurrence',
    examples: ['2023-03', '2023-Q2', '2023-H1'],
  },
  checkpoints: {
    zh: '形象进度：各时点应达到的进度，取代按时间平均的序时进度',
    en: 'Progress expected by each date (形象进度); replaces the straight line of 序时进度',
    examples: [{ '2025-Q1': 20, '2025-Q2': 45, '2025-Q3': 70 }],
  },
  updates: {
    zh: '进展台账：按日期记录进度和情况，最新一条即“进展情况”',
    en: 'The progress log (台账); the latest note is the 进展情况',
    examples: [[{ date: '2023-03-31', progress: 40, note: '完成方案制定' }]],
  },
  date: date('日期', 'The date', ['2023-03-31']),
  depends_on: {
    zh: '前置任务的编号：须待其完成后才能开始',
    en: 'Ids of the tasks this one waits for',
    examples: [['T1']],
  },
  'task.tasks': {
    zh: '子任务；未写的 goal、phase、lead、support、start、due 沿用上级任务',
    en: 'Sub-tasks; they inherit goal, phase, lead, support, start and due',
  },

  // Targets and their readings.
  targets: { zh: '量化指标', en: 'Measurable targets (indicators)' },
  metric: { zh: '指标名称', en: 'What is measured', examples: ['微创手术占比'] },
  target: {
    zh: '目标值，照原文写：“>= 30%”“30%以上”“不超过50%”“7.2天左右”“2至3项”；或文字，如“实现”',
    en: 'The target as the plan writes it: ">= 30%", "30%以上", "不超过50%", "7.2天左右", "2至3项"; or words: 实现',
    examples: ['>= 30%', '30%以上', '7.2天左右'],
  },
  tolerance: {
    zh: '“左右”允许的偏差：目标单位的数值（0.3 或“0.3天”），百分数目标可写“2个百分点”，“5%”表示目标值的 5%（默认）',
    en: 'For 左右 (~): how far from the figure still counts: 0.3 or "0.3天" in the target’s unit, "2个百分点" for a % target, "5%" of the figure (default)',
    examples: ['5%', '2个百分点'],
  },
  reference: {
    zh: '无绝对数值的目标所参照的数值，如“超过国家中位数”的中位数、“同比下降8%”的上年值',
    en: 'The figure a target without one points at: the national median for 超过国家中位数, last year’s value for 同比下降8%',
    examples: ['21.5%', { value: '21.5%', date: 2022 }],
  },
  nature: {
    zh: '指标属性：binding 约束性，expected 预期性，advocated 倡导性',
    en: 'The nature of the target: binding, expected or advocated',
    examples: ['expected'],
  },
  baseline: {
    zh: '基期值：数值，或 { value, date }',
    en: 'The baseline: a figure, or { value, date }',
    examples: ['18%', { value: '18%', date: 2021 }],
  },
  actual: {
    zh: '实际值：一个数值、{ value, date }，或按时间先后排列的多个',
    en: 'Readings: a figure, { value, date }, or a list of them, oldest first',
    examples: [[{ value: '24%', date: '2023-12' }]],
  },
  value: { zh: '数值，可带单位', en: 'The figure, with its unit', examples: ['24%', '7.5天', 400] },
  achieved: {
    zh: '文字类目标（实现、顺利通过）是否已达成',
    en: 'For a worded target (实现, 顺利通过): whether it has been reached',
    examples: [true],
  },
  'measurement.date': date('数值的日期', 'When the figure was measured', ['2023-12']),
  steps: {
    zh: '阶段内的分步安排',
    en: 'Sub-periods inside a phase',
    examples: [[{ name: '环境形象提升与制度完善', start: '2014-08', end: '2014-10' }]],
  },
  'update.progress': {
    zh: '当时的进度，0–100',
    en: 'Progress at that date, 0–100',
    examples: [40],
  },

  // The traffic-light rule.
  preset: {
    zh: '已公布的规则：yinchuan（银川，默认）、sanya（三亚）、xuancheng（宣城）、suqian（宿迁）',
    en: 'A published rule: yinchuan (default), sanya, xuancheng, suqian',
    examples: ['yinchuan'],
  },
  yellow: {
    zh: '落后序时进度达到多少开始亮黄灯',
    en: 'The shortfall behind 序时进度 at which yellow begins',
    examples: [10],
  },
  red: {
    zh: '落后序时进度超过多少亮红灯；none 表示仅因落后不亮红灯',
    en: 'The shortfall past which red begins; none: a shortfall alone is never red',
    examples: [30, 'none'],
  },
  inclusive: {
    zh: '两个阈值是否都归入黄灯（银川：含10~30个百分点）',
    en: 'Whether both thresholds belong to the yellow band (银川: 含10~30)',
    examples: [true],
  },
  shortfall: {
    zh: '落后程度的算法：points 按百分点，relative 按占序时进度的比例（三亚）',
    en: 'How the shortfall is measured: points, or relative to 序时进度 (三亚)',
    examples: ['points'],
  },
  basis: {
    zh: '序时进度的算法：day 按已过天数，month-end 按已过整月、以上月末为准（宣城）',
    en: 'How 序时进度 is computed: day (elapsed days) or month-end (whole months, judged at the last month end; 宣城)',
    examples: ['day'],
  },
  due_soon: {
    zh: '临近到期的灯色（宿迁三色督办单为蓝色）',
    en: 'The colour of due soon (宿迁 三色督办单: blue)',
    examples: ['yellow'],
  },
  missed_yellow: {
    zh: '周期性工作连续漏报几期亮黄灯（默认 1）',
    en: 'Missed occurrences in a row that make a recurring duty yellow (default 1)',
    examples: [1],
  },
  missed_red: {
    zh: '周期性工作连续漏报几期亮红灯（默认 2）',
    en: 'Missed occurrences in a row that make a recurring duty red (default 2)',
    examples: [2],
  },
  due_soon_within: {
    zh: '预警期：到期前多少天（或多少个工作日，按国家法定节假日和调休安排计算）内为临近到期；默认 14 天，--warn-days 优先',
    en: "The due-soon window: days, or working days on China's official calendar (调休 included); default 14 days; --warn-days overrides it",
    examples: [14, '14天', '5 workdays', '5个工作日'],
  },
};

/** The meaning of each enum value, wherever the value appears. */
export const enumDocs: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  todo: { zh: '未开始', en: 'not started' },
  doing: { zh: '进行中', en: 'in progress' },
  done: { zh: '已完成', en: 'done' },
  blocked: { zh: '受阻', en: 'blocked, waiting on something' },
  dropped: { zh: '已取消', en: 'dropped' },
  missed: { zh: '未报送', en: 'recorded as not reported' },
  weekly: { zh: '每周', en: 'every week' },
  monthly: { zh: '每月（月末）', en: 'every month, at the month end' },
  quarterly: { zh: '每季度（3/31、6/30、9/30、12/31）', en: 'every quarter' },
  'half-yearly': { zh: '每半年', en: 'every half year' },
  yearly: { zh: '每年', en: 'every year' },
  week: { zh: '周', en: 'week' },
  month: { zh: '月', en: 'month' },
  quarter: { zh: '季度', en: 'quarter' },
  'half-year': { zh: '半年', en: 'half year' },
  year: { zh: '年', en: 'year' },
  binding: { zh: '约束性', en: 'binding' },
  expected: { zh: '预期性', en: 'expected' },
  advocated: { zh: '倡导性', en: 'advocated' },
  'zh-CN': { zh: '简体中文', en: 'Simplified Chinese' },
  'zh-TW': { zh: '繁体中文', en: 'Traditional Chinese' },
  en: { zh: '英文', en: 'English' },
  yinchuan: { zh: '银川：落后 10~30 个百分点（含）黄灯，超过 30 个百分点红灯', en: 'Yinchuan' },
  sanya: { zh: '三亚：落后不超过序时进度的 50% 黄灯，超过红灯', en: 'Sanya' },
  xuancheng: { zh: '宣城：按月末计算序时进度', en: 'Xuancheng' },
  suqian: { zh: '宿迁：三色督办单，临近到期为蓝灯', en: 'Suqian' },
  points: { zh: '按百分点', en: 'in points' },
  relative: { zh: '按占序时进度的比例', en: 'relative to 序时进度' },
  day: { zh: '按已过天数', en: 'by elapsed days' },
  'month-end': { zh: '按已过整月（以上月末为准）', en: 'by whole months, at the last month end' },
  yellow: { zh: '黄灯', en: 'yellow' },
  blue: { zh: '蓝灯', en: 'blue' },
  none: { zh: '仅因落后不亮红灯', en: 'a shortfall alone is never red' },
};

/** What the items of a list (or the entries of a map) are called, for looking up their fields. */
export const contextOf: Readonly<Record<string, string>> = {
  period: 'period',
  units: 'unit',
  goals: 'goal',
  targets: 'target',
  baseline: 'measurement',
  reference: 'measurement',
  actual: 'measurement',
  phases: 'phase',
  steps: 'step',
  tasks: 'task',
  milestones: 'milestone',
  repeat: 'repeat',
  occurrences: 'occurrence',
  updates: 'update',
  lights: 'lights',
};

/** A snippet's tab stop with its default text: `${1:T1}`. */
const tab = (n: number, text: string): string => `$\{${n}:${text}}`;
/** A snippet's tab stop with a choice of values: `${5|todo,doing|}`. */
const choice = (n: number, values: string): string => `$\{${n}|${values}|}`;

interface Snippet {
  readonly label: string;
  readonly description: string;
  readonly body: unknown;
}

/** Snippets an editor offers where a new item of a list is written. */
export const snippets: Readonly<Record<string, readonly Snippet[]>> = {
  task: [
    {
      label: '任务 task',
      description:
        '一项重点任务：牵头单位、完成时限、状态 / A task with its lead unit, due date and status',
      body: {
        id: tab(1, 'T1'),
        title: tab(2, '任务名称'),
        lead: tab(3, 'health'),
        due: tab(4, '2025-06'),
        status: choice(5, 'todo,doing,done,blocked,dropped'),
      },
    },
    {
      label: '周期性工作 recurring duty',
      description:
        '按月（季、年）报送的工作，逐期跟踪 / A recurring duty, tracked occurrence by occurrence',
      body: {
        title: tab(1, '每月报送工作进展'),
        lead: tab(2, 'health'),
        repeat: { every: choice(3, 'month,week,quarter,half-year,year'), day: 28 },
        start: tab(4, '2025-01'),
        due: tab(5, '2025-12'),
      },
    },
  ],
  goal: [
    {
      label: '目标及指标 goal with a target',
      description: '一个工作目标及其量化指标 / A goal with one measurable target',
      body: {
        id: tab(1, 'G1'),
        title: tab(2, '目标内容'),
        due: tab(3, '2025'),
        targets: [
          {
            metric: tab(4, '微创手术占比'),
            target: tab(5, '>= 30%'),
            nature: choice(6, 'expected,binding,advocated'),
          },
        ],
      },
    },
  ],
  phase: [
    {
      label: '阶段及步骤 phase with steps',
      description: '一个实施阶段及其分步安排 / A phase with its steps',
      body: {
        id: tab(1, 'implement'),
        name: tab(2, '组织实施阶段'),
        start: tab(3, '2025-01'),
        end: tab(4, '2025-09'),
        steps: [{ name: tab(5, '步骤名称'), start: tab(6, '2025-01'), end: tab(7, '2025-03') }],
      },
    },
  ],
};
