/**
 * The words of `plan` in simplified Chinese (zh-CN): one file per language,
 * loaded with import() only in a run in this language (see ../lang.ts).
 */
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import {
  type Message,
  type YamlSyntaxWords,
  closing,
  numberBeforePercent,
  partsOf,
  quotedNumber,
  periodZh,
  periodListZh,
  types,
  yamlSyntaxWords,
  zhDate,
  zhCompare,
  zhYears,
  zhExtraCounts,
  zhUrgentNote,
} from './format.js';
import type { Catalogue } from './en.js';
import type { TimelineScale } from '../../dates/timeline-scale.js';
import type { RepeatKind } from '../../model/types.js';
import type { FixNote } from '../ui.js';

/** The field and figure a bound refuses: `day 为 32，`. */
const bound = (v: (name: string) => string): string =>
  v('key') === '' ? '' : v('value') === '' ? `${v('key')} ` : `${v('key')} 为 ${v('value')}，`;

/** A registered unit as a fix names it: its name, and its id too when that differs. */
const registered = (v: (name: string) => string): string =>
  v('id') === v('name') ? `登记的名称“${v('name')}”` : `登记的名称“${v('name')}”或标识 ${v('id')}`;

const kindNames: Record<string, string> = {
  task: '任务',
  phase: '阶段',
  milestone: '节点',
  goal: '目标',
  unit: '单位',
  step: '步骤',
};

const typeNames: Record<string, string> = {
  text: '文字',
  number: '数字',
  list: '列表',
  map: '键值映射',
  boolean: '布尔值',
  empty: '空值',
};

const pastedNames: Record<string, string> = {
  '\u3000': '全角空格（U+3000）',
  '\u00a0': '不换行空格（U+00A0）',
  '：': '全角冒号“：”',
  '－': '全角短横线“－”',
  '—': '破折号“—”',
  '–': '连接号“–”',
  '［': '全角方括号“［ ］”',
  '【': '方头括号“【 】”',
  '•': '项目符号“•”',
  '●': '项目符号“●”',
  '▪': '项目符号“▪”',
  '·': '间隔号“·”',
  '・': '间隔号“・”',
  '“': '中文引号“ ”',
  '‘': '中文引号‘ ’',
  '「': '直角引号「 」',
  '『': '直角引号『 』',
  '\u200b': '零宽空格（U+200B）',
  '\u200c': '零宽非连接符（U+200C）',
  '\u200d': '零宽连接符（U+200D）',
  '\u2060': '零宽不换行空格（U+2060）',
  '\ufeff': '字节顺序标记（U+FEFF）',
};

/** Public holidays as an official text names them; chinese-days's own short name otherwise. */
const holidays: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
  'Anti-Fascist 70th Day': '抗战胜利纪念日',
};
const holiday = (v: (name: string) => string): string => holidays[v('holiday')] ?? v('holidayZh');

const yamlSyntax: YamlSyntaxWords = {
  syntax: () => '此处不符合 YAML 格式，无法读取；请检查本行及上一行的缩进、冒号和引号',
  'duplicate-key': (v) => `键“${v('key')}”重复：同一层级中已有同名的键，请删除或合并其中一处`,
  'several-documents': () => '一个文件只能有一个 YAML 文档，这里出现了第二个（---）',
  'too-deep': () => '嵌套层级太深（超过 64 层）',
  'alias-expansion': () => '别名（*别名）展开后过于庞大，疑似“别名炸弹”，已拒绝',
  'tab-indent': () => '缩进不能使用制表符（Tab），请改用空格',
  'bad-indent': () =>
    '缩进有误：本行与上下文对不齐。同一层级的键须左端对齐，下级内容须比上级多缩进；请检查本行及上一行的缩进',
  'unexpected-content': () =>
    '本行与上文的层次结构不符，无法读取：请检查本行的缩进，以及列表项（以“- ”开头）与“键: 值”是否混在同一层级',
  'line-without-colon': () =>
    '本行既不是“键: 值”，也不是列表项（缺少冒号）；如是上一行内容的续行，请并入上一行，或给整段文字加上引号',
  'space-after-colon': () => '冒号后须有一个半角空格，才能读作“键: 值”',
  'unclosed-quote': (v) =>
    `${v('key') ? `“${v('key')}”的` : ''}值以引号 ${v('char')} 开头，但之后没有闭合；请在值的末尾补上 ${v('char')}`,
  'bad-escape': (v) =>
    `双引号中的反斜杠“\\”是转义符，“${v('escape')}”不是有效的转义；如需保留反斜杠，请改用单引号，或写成两个反斜杠“\\\\”`,
  'unclosed-bracket': (v) =>
    `${v('key') ? `“${v('key')}”的` : ''}“${v('char')}”没有配对的“${closing(v('char'))}”；请补上“${closing(v('char'))}”，各项之间用半角逗号分隔`,
  'missing-comma': () => '列表或映射的各项之间缺少半角逗号“,”；如是一段文字，请给整个值加上引号',
  'extra-comma': () => '多了一个逗号：两个逗号之间（或括号开头）没有内容',
  'block-header': () =>
    '“|”或“>”表示其下是多行文字，其后须直接换行（至多跟 +、- 或一位缩进数字）；如是普通文字，请给整个值加上引号',
  'anchor-alias': () =>
    '“&”和“*”在 YAML 中表示锚点和别名，此处写法有误；如是普通文字，请给整个值加上引号',
  'unknown-alias': (v) =>
    `别名“*${v('name')}”没有对应的锚点“&${v('name')}”；如是普通文字，请给整个值加上引号`,
  tag: () => '以“!”开头的值会被 YAML 当作类型标记；如是普通文字，请给整个值加上引号',
  directive: () =>
    '以“%”开头的行会被 YAML 当作指令，方案文件中不应使用；如是文字，请给整个值加上引号',
  'control-char': (v) =>
    `此处有一个不可见的控制字符（${v('char')}），YAML 不允许出现；请将其删除（疑为从其他软件复制带入）`,
  'complex-key': () => '键不能是列表或映射；如是文字，请给整个键加上引号',
  'quote-value': (v) =>
    v('char') === ': '
      ? `${v('key') ? `“${v('key')}”的` : ''}值中含有“: ”，YAML 会把它当作新的键；请给整个值加上引号`
      : `${v('key') ? `“${v('key')}”的` : ''}值以“${v('char')}”开头，YAML 会把它当作语法符号；请给整个值加上引号`,
  'text-after-quote': (v) =>
    `${v('key') ? `“${v('key')}”的` : ''}值在引号闭合之后还有文字；引号须包住整个值，请把引号移到值的两端，或去掉引号`,
};

const shared: Catalogue['shared'] = {
  status: { todo: '未开始', doing: '进行中', done: '已完成', blocked: '受阻', dropped: '已取消' },
  light: { red: '红灯', yellow: '黄灯', blue: '蓝灯', green: '绿灯', grey: '不亮灯' },
  noLight: { done: '已办结', dropped: '已取消', unjudged: '日期有误', untracked: '无任务' },
  kind: {
    task: '任务',
    phase: '阶段',
    step: '步骤',
    milestone: '节点',
    target: '指标',
    goal: '目标',
  },
  reason: {
    overdue: '逾期',
    'missed-occurrence': '应报未报',
    'behind-schedule': '落后序时进度',
    blocked: '受阻',
    'late-to-start': '延迟启动',
    'due-soon': '即将到期',
    'done-late': '逾期完成',
  },
  target: {
    met: '已达标',
    'on-track': '推进中',
    'at-risk': '有风险',
    'not-computable': '无法判定',
    unknown: '暂无数据',
  },
  column: {
    no: '序号',
    title: '重点任务',
    lead: '牵头单位',
    support: '配合单位',
    leader: '责任领导',
    owner: '责任人',
    phase: '阶段',
    start: '开始时间',
    due: '完成时限',
    status: '状态',
    progress: '进度',
    note: '进展情况',
    light: '灯号',
    'days-overdue': '逾期天数',
    'days-left': '剩余天数',
    'days-late-to-start': '延迟启动天数',
    'days-done-late': '逾期完成天数',
  },
  days: (n) => `${n} 天`,
  listSeparator: '、',
  meanOfSubTasks: (progress) => `${progress}（按子任务平均）`,
  reportedOf: (reported, due) => `已报 ${reported}/${due} 期`,
  none: '—',
};

const table: Catalogue['table'] = {
  filter: { unit: '单位', phase: '阶段', goal: '目标', status: '状态' },
  pair: (label, value) => `${label}：${value}`,
  pairSeparator: '；',
  count: (rows) => `共 ${rows} 项任务`,
  leftOut: (columns) =>
    `（因宽度所限未显示：${columns.join('、')}；可用 --columns 或 --width 调整）`,
  noRowsForUnit: (unit) => `提示：在所选条件下，${unit}没有牵头或配合的任务。`,
  unknownUnit: (query, known) =>
    `提示：方案中没有名为“${query}”的单位${known.length > 0 ? `；已有单位：${known.join('、')}` : ''}。`,
  noRows: '提示：没有符合条件的任务。',
  viaGroup: (unit, group) => `${unit}（${group}）`,
};

const overdue: Catalogue['overdue'] = {
  heading: '逾期与预警事项',
  headingFor: (title) => `逾期与预警事项：${title}`,
  asOf: (date) => `截至${date}`,
  counts: (c) =>
    `共 ${c.total} 项：红灯 ${c.red} 项，黄灯 ${c.yellow} 项${zhExtraCounts(c, '蓝灯', '逾期完成', '项')}`,
  summary: (date, c) =>
    `截至${date}，共 ${c.total} 项：红灯 ${c.red} 项，黄灯 ${c.yellow} 项${zhExtraCounts(c, '蓝灯', '逾期完成', '项')}。`,
  nothing: (date) => `截至${date}，没有逾期或需要预警的事项。`,
  column: {
    light: '灯号',
    kind: '类型',
    no: '序号',
    title: '事项',
    lead: '牵头单位',
    due: '完成时限',
    daysOverdue: '逾期天数',
    daysLeft: '剩余天数',
    daysLateToStart: '延迟启动天数',
    daysDoneLate: '逾期完成天数',
    reasons: '情况',
  },
  dayColumnShort: {
    daysOverdue: '逾期天数',
    daysLeft: '剩余天数',
    daysLateToStart: '延迟启动',
    daysDoneLate: '逾期完成',
  },
  targetAtRisk: '指标有风险',
  explain: {
    overdue: (days) => `逾期 ${days} 天`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? '今天到期' : `${daysLeft} 天后到期`),
    missed: (periods, count, all) =>
      all
        ? `${periodListZh(periods, false)}应报未报`
        : `应报未报 ${count} 期，最近为${periodListZh(periods, false)}`,
    lateToStart: (days) => `延迟启动 ${days} 天`,
    behind: (points, progress, expected, fromSubTasks, relative) =>
      (progress !== undefined && expected !== undefined
        ? `进度 ${progress}%${fromSubTasks ? '（按子任务平均）' : ''}，落后序时进度（${expected}%）${points} 个百分点`
        : `落后序时进度 ${points} 个百分点`) +
      (relative !== undefined ? `，差距为序时进度的 ${relative}%` : ''),
    blocked: (note) => (note ? `受阻：${note}` : '受阻，未记录原因'),
    doneLate: (days) => `逾期 ${days} 天完成`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `指标有风险（最新值 ${actual}，目标值 ${zhCompare(target)}）`
        : `指标有风险（目标值 ${zhCompare(target)}）`,
  },
  reasonSeparator: '；',
  field: (heading, value) => `${heading}：${value}`,
  fieldSeparator: '　',
};

/** How often a duty falls due, in one word: the checklist, the calendar and the timeline say it alike. */
const repeat: Record<RepeatKind, string> = {
  weekly: '每周',
  monthly: '每月',
  quarterly: '每季度',
  'half-yearly': '每半年',
  yearly: '每年',
};

const checklist: Catalogue['checklist'] = {
  asOf: (day) => `截至${day}`,
  unitLine: (unit, leads, supports) => `责任单位：${unit}（牵头 ${leads} 项，配合 ${supports} 项）`,
  role: { lead: '牵头', support: '配合' },
  roleMark: (role) => `【${role}】`,
  roleVia: (role, group) => `${role}（${group}）`,
  field: { lead: '牵头', support: '配合', due: '完成时限', progress: '进度', doneOn: '完成日期' },
  pair: (label, value) => `${label}：${value}`,
  fieldSeparator: '；',
  parens: (text) => `（${text}）`,
  noteSeparator: '，',
  repeat,
  other: { phase: '其他（未分阶段）', goal: '其他（未关联目标）', unit: '其他（未明确责任单位）' },
  milestones: '时间节点',
  milestone: '节点',
  span: (from, to) => (from === to ? from : `${from}—${to}`),
  overdue: (days) => `逾期 ${days} 天`,
  dueSoon: (days) => (days === 0 ? '今天到期' : `${days} 天后到期`),
  lateToStart: (days) => `延迟启动 ${days} 天`,
  behind: (points) => `落后序时进度 ${points} 个百分点`,
  doneLate: (days) => `逾期 ${days} 天完成`,
  earlier: (count) => `……此前另有 ${count} 期未列出`,
  later: (count) => `……此后另有 ${count} 期未列出`,
  missedOccurrence: '（应报未报）',
  droppedOccurrence: '（已取消）',
  noItemsForUnit: (unit) => `提示：${unit}没有牵头或配合的任务或节点。`,
};

const report: Catalogue['report'] = {
  asOf: (date) => `截至${date}`,
  issued: (date) => `${date}印发`,
  period: (start, end) => `实施期限：${start}—${end}`,
  section: {
    status: '任务状态',
    lights: '红黄绿灯',
    units: '各单位任务',
    goals: '目标与指标',
    urgent: '最紧急事项',
  },
  unlit: (done, dropped, doneLate) =>
    `已办结 ${done} 项${doneLate > 0 ? `（其中逾期完成 ${doneLate} 项）` : ''}、已取消 ${dropped} 项，不亮灯。`,
  countedLeaves: (leaves, all) =>
    leaves === all
      ? `共 ${leaves} 项任务。`
      : `按末级任务计 ${leaves} 项（共 ${all} 项任务，有子任务的任务按其子任务计）。`,
  total: '合计',
  unitColumn: {
    unit: '单位',
    leads: '牵头',
    supports: '配合',
    open: '未完成',
    overdue: '逾期',
    doneLate: '逾期完成',
  },
  targetColumn: {
    light: '灯号',
    metric: '指标',
    baseline: '基期值',
    latest: '最新值',
    target: '目标值',
    nature: '属性',
    status: '状态',
  },
  nature: { binding: '约束性', expected: '预期性', advocated: '倡导性' },
  goal: (id, title, due) => `${id} ${title}${due ? `（完成时限：${due}）` : ''}`,
  noTargets: '（未设量化指标）',
  noGoals: '方案未列目标。',
  noUnits: '任务未明确责任单位。',
  noTasks: '方案未列任务。',
  reading: (value, date) => (date ? `${value}（${date}）` : value),
  withReference: (target, reference) => `${target}（参照值 ${reference}）`,
  targetValue: zhCompare,
  achieved: (yes) => (yes ? '已实现' : '未实现'),
  urgentHeading: (shown, total) =>
    shown === total
      ? `最紧急事项（共 ${total} 项）`
      : `最紧急事项（前 ${shown} 项，共 ${total} 项）`,
  nothingUrgent: (date) => `截至${date}，没有逾期或需要预警的事项。`,
};

const reportHtml: Catalogue['reportHtml'] = {
  kicker: '实施进展报告',
  documentTitle: (title, asOf) => `${title}（截至${asOf}）`,
  meta: {
    issuer: '印发单位',
    documentNo: '文号',
    issued: '印发日期',
    period: '实施期限',
    asOf: '统计截至',
  },
  period: (start, end) => `${start}—${end}`,
  section: { summary: '总体情况', timeline: '时间进度图', tasks: '重点任务分工表' },
  cards: { status: '任务状态', lights: '红黄绿灯', targets: '指标达成' },
  urgentNote: zhUrgentNote({
    item: '项',
    kinds: {
      leaf: '末级任务',
      parent: '有子任务的任务',
      phase: '阶段',
      milestone: '节点',
      target: '指标',
    },
    doneLate: (count) => `；另有逾期完成 ${count}，已办结，不亮灯`,
    summaryLead: '。“总体情况”的灯号只计末级任务，不计阶段、节点、指标和有子任务的任务：',
  }),
};

const exportWords: Catalogue['export'] = {
  prefix: { task: '【到期】', milestone: '【节点】', phase: '【阶段】', step: '【步骤】' },
  field: {
    plan: '方案',
    phase: '阶段',
    period: '时间',
    repeat: '频次',
    doneOn: '完成日期',
    notes: '备注',
  },
  repeat,
  times: (count) => `共 ${count} 期`,
  line: (label, value) => `${label}：${value}`,
  range: (from, to) => `${from}—${to}`,
  from: (date) => `${date}起`,
  until: (date) => `截至${date}`,
  aside: (text, aside) => `${text}（${aside}）`,
  bounded: (tasks) =>
    `plan export：${tasks} 项周期性任务没有截止日期，日历无法无限重复其到期日，已列出今后一年的到期日；请在此之前重新导出，或写明其截止日期（due）或方案期间（period）`,
  cut: (tasks, perTask, total) =>
    `plan export：${tasks} 项周期性任务的到期日未全部列出（每项最多 ${perTask} 期，合计最多 ${total} 期）`,
};

const office: Catalogue['office'] = {
  dateFormat: { year: 'yyyy"年"', month: 'yyyy"年"m"月"', day: 'yyyy"年"m"月"d"日"' },
  heading: '重点任务分工表',
  asOf: (day) => `截至${day}`,
  partSeparator: '　',
  allSheet: '分工表',
  pageFooter: '&C第 &P 页，共 &N 页',
  pageOf: ['第 ', ' 页，共 ', ' 页'],
  notePrefix: '注：',
  shading: '状态底色即灯号。',
  groupByIgnored: (format) => `提示：--group-by 只用于 xlsx 和 docx，${format} 格式不分组。`,
};

const errorsNote: Catalogue['errorsNote'] = {
  lead: (count) => `本方案有 ${count} 处错误，据此作出的判断可能不准确：`,
  line: (line, message, suggestion) =>
    `第 ${line} 行：${message}${suggestion ? `（${suggestion}）` : ''}`,
  more: (total) => `……等 ${total} 处`,
};

const legend: Catalogue['legend'] = {
  gap: (rule, n) => (rule.shortfall === 'points' ? `${n} 个百分点` : `序时进度的 ${n}%`),
  over: (gap) => `落后序时进度超过 ${gap}`,
  atLeast: (gap) => `落后序时进度 ${gap}及以上`,
  band: (rule, from, to) =>
    rule.shortfall === 'points'
      ? `落后序时进度 ${from}—${to} 个百分点${rule.inclusive ? '（含）' : '（不含）'}`
      : `落后序时进度的 ${from}%—${to}%${rule.inclusive ? '（含）' : '（不含）'}`,
  below: '未达序时进度',
  within: (window) => `${window.count} ${window.workdays ? '个工作日' : '天'}`,
  legend: ({ red, yellow, blue, within }) =>
    `红灯：逾期${red ? `，或${red}` : ''}；黄灯：${yellow}、受阻、延迟启动${blue === null ? `，或 ${within}内到期` : ''}；${blue !== null ? `蓝灯：${within}内到期；` : ''}绿灯：达到序时进度，按计划推进；已办结、已取消的事项不亮灯。`,
};

const scaleWords: Record<TimelineScale, string> = {
  week: '按周',
  month: '按月',
  quarter: '按季度',
};

const quarterNumerals = ['一', '二', '三', '四'] as const;

const timeline: Catalogue['timeline'] = {
  item: '事项',
  today: '今天',
  title: (title, scale, asOf) => `${title}（${scaleWords[scale]}，截至${asOf}）`,
  lightMark: { red: '红', yellow: '黄', blue: '蓝', green: '绿', grey: '无' },
  legend: '图例：',
  legendSeparator: '  ',
  legendItem: {
    fromPhase: '自阶段开始（未写开始时间）',
    recurring: '周期性任务，刻度为各期时限',
    ongoing: '长期',
    startOnly: '仅有开始时间',
    outside: '超出显示范围',
  },
  noItems: '（没有可显示的事项）',
  truncated: '时间范围已截断',
  recurringNote: (kind, count) => `（${repeat[kind]}，共 ${count} 期）`,
  range: (from, to) => `${from}—${to}`,
  tick: ({ year, index }, scale, style, showYear) => {
    const yearPart = showYear ? `${year}年` : '';
    switch (scale) {
      case 'week':
        return style === 'full' ? `${yearPart}第${index}周` : `${yearPart}${index}周`;
      case 'month':
        return `${yearPart}${index}月`;
      case 'quarter': {
        const numeral = quarterNumerals[index - 1] ?? String(index);
        return style === 'full' ? `${yearPart}第${numeral}季度` : `${yearPart}${numeral}季度`;
      }
    }
  },
  yearTick: (year) => `${year}年`,
  mermaid: {
    otherSection: '未列入阶段的事项',
    omitted: (undated, outside) =>
      `未显示：${[
        undated > 0 ? `无日期 ${undated} 项` : '',
        outside > 0 ? `超出显示范围 ${outside} 项` : '',
      ]
        .filter(Boolean)
        .join('，')}`,
    todayOutside: '今天不在显示范围内',
    vertNote: '今天的竖线（需 Mermaid 11.7 及以上版本；旧版本请删除下一行）',
    axisFormat: { week: '%-m月%-d日', month: '%Y年%-m月', quarter: '%Y年%-m月' },
  },
};

const refusal: Record<Extract<FixNote, { kind: 'refused' }>['reason'], string> = {
  'reads-worse': '修复后的文本不如原文（无法解析，或错误增多）',
  symlink: '该文件是符号链接，请对其指向的文件运行 plan fix',
  'read-only': '该文件为只读',
  'hard-links': '该文件另有硬链接，改写后将与之分离',
  changed: '修复期间该文件已被改动',
};

const ui: Catalogue['ui'] = {
  checkSummary: ({ errors, warnings, infos }, files) => {
    const total = errors + warnings + infos;
    if (total === 0) return `已检查 ${files} 个文件，没有发现问题`;
    return `已检查 ${files} 个文件，共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
  },
  fixNote: (file, note) => {
    switch (note.kind) {
      case 'fixed':
        return `已修复 ${file} 中的 ${note.count} 个问题`;
      case 'nothing':
        return `${file} 没有可自动修复的问题`;
      case 'left':
        return note.parses
          ? `${file} 尚有 ${note.count} 个问题需人工处理，请运行 plan check ${file} 查看`
          : `${file} 仍有 YAML 语法错误，仅作了可确定的修复；其余问题请运行 plan check ${file} 查看`;
      case 'refused':
        return `未修复 ${file}：${refusal[note.reason]}，未写入任何内容`;
    }
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
};

const fonts: Catalogue['fonts'] = {
  svg: '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","Microsoft YaHei","PingFang SC",sans-serif',
  web: [],
  document: { title: '宋体', heading: '黑体', body: '仿宋' },
};

const dayWanted = (name: string): string =>
  `${name} 应为日期，写作 YYYY-MM-DD（或按方案中的写法，如 2023年7月10日）`;

const cli: Catalogue['cli'] = {
  commanderAsIs: false,
  help: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Global Options:': '通用选项：',
    options: '[选项]',
    command: '[命令]',
    default: (value) => `默认：${value}`,
    help: '显示本命令的帮助',
    version: '显示版本号',
    program: '将以 YAML 编写的实施方案编译为检查结果、分工表、任务清单和进度图。',
  },
  hint: '（运行 plan --help 查看用法）',
  commander: {
    unknownOption: (flag, similar) =>
      `错误：选项“${flag}”不存在${similar ? `（是否应为 ${similar}？）` : ''}`,
    unknownCommand: (name, similar) =>
      `错误：命令“${name}”不存在${similar ? `（是否应为 ${similar}？）` : ''}`,
    missingArgument: (name) => `错误：缺少参数“${name}”`,
    optionMissingArgument: (flags) => `错误：选项“${flags}”后须填写取值`,
    excessArguments: (expected, got) => `错误：参数过多，应为 ${expected} 个，实际给出 ${got} 个`,
    invalidArgument: (flags, value) => `错误：选项“${flags}”的取值“${value}”无效`,
    other: '错误：无法识别命令行',
  },
  usage: {
    lang: (value) => `--lang 只能是 zh-CN、zh-TW 或 en，不能是“${value}”`,
    dayWanted,
    dayTooCoarse: (name, value, example) =>
      `${name} 应为具体某一天，“${value}”不止一天；请写明日期，如 ${example}`,
    dayProblem: (name, value, problem, suggestion) =>
      `${dayWanted(name)}，${
        {
          nonexistent: `“${value}”这一天不存在`,
          yearless: `“${value}”缺少年份`,
          placeholder: `“${value}”是模板中的占位符`,
          unreadable: `“${value}”无法识别`,
        }[problem]
      }${suggestion !== undefined ? `；是否应为 ${suggestion}？` : ''}`,
    wholeNumber: (name, value) => `${name} 应为整数，不能是“${value}”`,
    warnWindow: (name, value) =>
      `${name} 应为天数或工作日数（如 14、“14天”“14 days”“5个工作日”“5 workdays”），不能是“${value}”`,
    oneOf: (name, valid, value) => `${name} 只能是 ${valid.join('、')} 之一，不能是“${value}”`,
    statusChoice: (code) => `${code}（${shared.status[code]}）`,
    mustBe: (name, valid, value) =>
      `${name} 只能是 ${valid.join('、')}${valid.length > 1 ? ' 之一' : ''}，不能是“${value}”`,
    notValid: (name, value, valid) =>
      `${name} 的取值“${value}”无效${valid.length > 0 ? `；可选：${valid.join('、')}` : '；本方案中没有可选的取值'}`,
    statusWord: (value, code) => `--status 应填写状态代码：“${value}”请写作 ${code}`,
    binaryNeedsOutput: (format) =>
      `--format ${format} 生成的是文件，请用 -o 指定文件名（或用 -o - 输出到标准输出）`,
    toBeforeFrom: (to, from) => `--to（${to}）早于 --from（${from}）`,
    fromAfterTo: (from, to) => `--from ${from} 晚于 --to ${to}`,
    schemaName: (name) => `请指定 plan、report 或 config，不能是“${name}”`,
    noFiles: '没有指定方案文件，例如：plan check plan.yaml',
    onlyNegations: '只给出了 !排除模式：请同时指定要检查的方案文件或文件夹',
    outputFormatShape: (value) =>
      `--output-format 应写作 格式=文件，如 junit=reports/junit.xml，不能是“${value}”`,
    outputFormatName: (valid, format) =>
      `--output-format 的格式只能是 ${valid.join('、')} 之一，不能是“${format}”`,
    twoOutputs: (target) => `有两项输出都要写入 ${target}`,
    standardOutput: '标准输出',
    onePlan: '请指定一个方案文件（或用 - 从标准输入读取）',
    onePlanNotMany: (n) => `只能指定一个方案文件，现有 ${n} 个`,
    ruleCode: (code, near) =>
      `--rule：没有“${code}”这个问题代码${near !== undefined ? `，是否应为 ${near}？` : ''}（写作 代码:级别，如 overdue:off）`,
    ruleLevel: (code) =>
      `--rule：级别应为 off、info、warning 或 error（写作 代码:级别，如 ${code}:off）`,
  },
  files: {
    isInput: (file) => `不能写入 ${file}：它是本次读取的输入文件`,
    cannotWrite: (file, code) => `无法写入 ${file}：${code}`,
    isDirectory: (file) => `无法写入 ${file}：这是一个目录`,
    danglingLink: (file) => `不能写入 ${file}：它是指向不存在文件的符号链接`,
    readOnly: (file) => `不能写入 ${file}：该文件为只读`,
    exists: (file) => `${file} 已存在；plan init 不会覆盖已有文件`,
  },
  wrote: (file) => `已写入 ${file}`,
  wroteWithSchema: (file, schema) => `已写入 ${file}，并写入供编辑器使用的 ${schema}`,
  outputFailed: (code) => `无法写出结果：${code}`,
  internal: (message) => `内部错误：${message}`,
};

const help: Catalogue['help'] = {
  '--lang': 'zh-CN、zh-TW 或 en（默认：方案的 locale，否则按系统语言）',
  '--today': '据以判断是否逾期的日期：YYYY-MM-DD，或按方案中的写法，如 2023年7月10日（默认：今天）',
  '--output': '写入此文件（整体替换，不会写出半个文件），而不是输出到标准输出',
  '--no-color': '不使用颜色，即使输出到终端',
  '--max-bytes': '拒绝读取大于此字节数的文件',
  '--warn-days':
    '截止日期在此期限以内的，视为即将到期：天数（14）或工作日数（“5个工作日”）；默认按方案的 lights.due_soon_within，未写明的为 14 天',
  '--width': '终端输出的宽度（默认：终端宽度，否则按 COLUMNS，再否则 100）',
  '--strict': '方案有错误时拒绝生成（退出码 1），而不是照常生成并列出错误',
  check: '检查方案：解析、校验并检查规则，列出全部问题',
  'check <files>': '方案文件、文件夹（在其中查找方案）或通配模式；!模式 排除文件；- 从标准输入读取',
  'check --format': 'stylish、json、github、sarif、junit、checkstyle、gitlab 或 compact',
  'check --output-format': '同时以此格式写入此文件（如 junit=reports/junit.xml）；可多次使用',
  'check --strict': '警告也按错误计',
  'check --quiet': '只报告错误',
  'check --max-warnings': '警告多于此数时退出码为 1（无论是否显示）',
  'check --ignore-pattern': '排除匹配的文件（gitignore 语法，同 .planignore 的一行）；可多次使用',
  'check --stdin-filename': '标准输入（-）在报告中使用的文件名',
  'check --config':
    '对所有方案统一使用此配置文件，而不是从各方案所在文件夹逐级向上查找 plan.config.yaml',
  'check --no-config': '不使用配置文件',
  'check --rule':
    '将某一问题代码设为 off、info、warning 或 error，优先于配置文件（如 overdue:off）；可多次使用',
  'init --config': '写出一份带注释的配置文件（plan.config.yaml）模板，而不是方案模板',
  'check --fix': '先就地作确定无误的修正（同 plan fix），再检查',
  'check --fix-dry-run': '列出 --fix 将作的修改（diff），不写入、不检查',
  fix: '就地作确定无误的修正（单位别名、状态用语、日期写法、粘贴带入的全角冒号、只有一个候选的字段名笔误），保留注释和版式',
  'fix <files>': '方案文件、文件夹或通配模式；- 从标准输入读取，输出修正后的方案',
  'fix --dry-run': '以统一 diff 格式列出修改，不写入文件',
  'fix --ignore-pattern': '排除匹配的文件（gitignore 语法）；可多次使用',
  table: '分工表：序号、任务、牵头和配合单位、日期、状态、进度',
  'table <files>': '一个方案文件；- 从标准输入读取',
  'table --format': 'term、md、csv、tsv、json、xlsx 或 docx（xlsx 和 docx 须用 -o 指定文件）',
  'table --columns':
    '要显示的列及其顺序：no,title,lead,support,leader,owner,phase,start,due,status,progress,note',
  'table --unit': '只列此单位（标识、名称或别名）牵头或配合的任务',
  'table --phase': '只列此阶段（标识或名称）的任务',
  'table --goal': '只列服务于此目标的任务',
  'table --status':
    '只列这些状态的任务：todo（未开始）、doing（进行中）、done（已完成）、blocked（受阻）、dropped（已取消）',
  'table --group-by': 'phase、unit 或 goal：每组一个工作表（xlsx）、每组一个标题（docx）',
  'table --no-bom': 'CSV 和 TSV 不加字节顺序标记（BOM）',
  checklist: 'Markdown 任务清单（- [ ] / - [x]），按阶段、目标或单位分组',
  'checklist <files>': '一个方案文件；- 从标准输入读取',
  'checklist --group-by': 'phase（阶段）、goal（目标）或 unit（单位）',
  'checklist --unit': '某一单位自己的清单：其牵头或配合的任务，保留总表序号',
  'checklist --from': '列出周期性任务自此日起的各期，YYYY-MM-DD',
  'checklist --to': '列出周期性任务至此日止的各期，YYYY-MM-DD',
  'checklist --format': 'md（唯一的格式）',
  timeline: '甘特图式进度图：阶段、步骤、任务和节点',
  'timeline <files>': '一个方案文件或通配模式；- 从标准输入读取',
  'timeline --format': 'term、svg 或 mermaid',
  'timeline --scale': 'week、month 或 quarter（默认：能排下的最细刻度）',
  'timeline --from': '图表自此日期开始，YYYY-MM-DD',
  'timeline --to': '图表至此日期结束，YYYY-MM-DD',
  'timeline --width': '图表宽度：term 为字符列数（默认：终端宽度），svg 为像素（默认：1200）',
  overdue: '列出逾期、落后序时进度、延迟启动、即将到期的事项和有风险的指标，最紧急的在前',
  'overdue <files>': '一个方案文件；- 从标准输入读取',
  'overdue --format': 'term、md、csv 或 json',
  'overdue --no-bom': 'CSV 不加字节顺序标记（BOM）',
  report: '一页式汇总：按状态和灯号计数、各单位、目标和指标、最紧急的事项',
  'report <files>': '一个方案文件；- 从标准输入读取',
  'report --format': 'term、md、html（可打印的单页）或 json（供看板使用的数据）',
  export: '导出供其他工具使用：--format ics 生成截止日期、节点和阶段的 iCalendar 日历文件',
  'export <files>': '一个方案文件；- 从标准输入读取',
  'export --format': 'ics',
  schema:
    '输出 JSON Schema：方案格式（plan，默认；schemas/plan.schema.json）、`plan report --format json` 的格式（report；schemas/report.schema.json）或配置文件 plan.config.yaml 的格式（config；schemas/config.schema.json）',
  'schema <name>': 'plan、report 或 config',
  init: '写出一份能通过检查的方案模板（不会覆盖已有文件）',
  'init <file>': '写到哪里（默认：plan.yaml，加 --config 时为 plan.config.yaml）；- 为标准输出',
};

const diagnostics = {
  'yaml-syntax': (_, v) => yamlSyntaxWords(yamlSyntax, v),
  'paste-artefact': (_, v) => {
    const what = pastedNames[v('char')] ?? `“${v('char')}”`;
    return (
      {
        'fullwidth-colon': `“${v('key')}”后用了${what}，YAML 只认半角冒号；请改为半角冒号加一个空格（疑为从 Word、WPS 粘贴所致）`,
        'wide-space-indent': `缩进中有${what}，YAML 缩进只能用半角空格；请改为半角空格（疑为从 Word、WPS 粘贴所致）`,
        'wide-space-after-colon': `“${v('key')}:”后是${what}，YAML 不认作空格；请改为半角空格（疑为从 Word、WPS 粘贴所致）`,
        'no-space-after-colon': `“${v('key')}:”后缺少空格，整行会被当作一段文字；请在冒号后加一个半角空格`,
        'fullwidth-dash': `列表项前用了${what}，YAML 列表项须以半角短横线“-”加空格开头`,
        'fullwidth-bracket': `“${v('key')}”的列表用了${what}，YAML 只认半角方括号“[ ]”，各项之间用半角逗号分隔`,
        'wide-space-after-dash': `列表符号“-”后是${what}，YAML 不认作空格；请改为半角空格（疑为从 Word、WPS 粘贴所致）`,
        'wide-space-trailing': `“${v('key')}”的值末尾有${what}，会被当作值的一部分，单位名称、日期因此对不上；请将其删除`,
        'numbered-item': `列表项前用了编号“${v('char')}”，YAML 列表项须以半角短横线“-”加空格开头；原序号可填入 no 字段`,
        'typographic-quotes': `“${v('key')}”的值两端有${what}，会被当作标识的一部分；标识不需要加引号，请删除`,
        'invisible-char': `此处有一个不可见字符${what}，疑为从网页或 Word 复制带入；请将其删除`,
      }[v('problem')] ?? `粘贴带入的字符${what}`
    );
  },
  'comment-in-text': (_, v) =>
    `“${v('key')}”中“#”及其后的文字（${v('comment')}）被当作注释略去；如需保留，请给整个值加上引号`,
  schema: (_, v) =>
    ({
      'empty-plan': '文件是空的：方案至少需要 version 和 title',
      'not-a-map': '方案的顶层必须是“键: 值”的映射，例如 version: 1',
      missing: `缺少必填字段 ${v('field')}`,
      type:
        numberBeforePercent(v) !== undefined && v('expected') === 'number'
          ? `${v('key') === 'progress' ? '进度' : ''}应填写数字（如 ${numberBeforePercent(v)}），不要带 %`
          : `应填写${types(v('expected'), typeNames, '或')}，此处填写的是${types(v('actual'), typeNames, '或')}`,
      enum: quotedNumber(v)
        ? `应为数字 ${v('allowed')}，不要加引号`
        : `“${v('value')}”不是有效取值，可选值为：${v('allowed').split(', ').join('、')}`,
      'empty-text': '不能为空',
      'too-small': `${bound(v)}不能小于 ${v('limit')}`,
      'too-big': `${bound(v)}不能大于 ${v('limit')}`,
      'due-soon-within': `预警期“${v('value')}”无法识别：应写为天数或工作日数，如 14、“14天”“14 days”“5个工作日”“5 workdays”`,
      'red-below-yellow': `红灯线 ${v('red')} 低于黄灯线 ${v('yellow')}，任何事项都不会亮黄灯：red 应 ≥ yellow`,
      'repeat-weekday': `星期“${v('value')}”无法识别：应为周一至周日（或 mon…sun、1…7）`,
      'repeat-within': `期限“${v('value')}”无法识别：应写为天数或工作日数，如“10天”或“10个工作日”`,
      'repeat-within-unit': `期限“${v('value')}”未写单位：自然日请写“${v('value')}天”，工作日请写“${v('value')}个工作日”`,
      'occurrence-outside': `“${v('value')}”不在该项工作的起止期限内，没有对应的报送期次`,
      'repeat-too-many': `按此重复规则，期间内将超过 ${v('limit')} 次，疑为起止日期或频次有误`,
      'checkpoints-decreasing': `形象进度节点（${zhDate(v('date'))}）为 ${v('value')}%，低于此前节点（${zhDate(v('previousDate'))}）的 ${v('previous')}%：节点进度应逐步递增`,
    })[v('problem')] ?? `格式不符：${v('detail')}`,
  'unknown-key': (p, v) =>
    `无法识别的字段“${v('key')}”${p.more !== undefined ? `；同一处另有 ${v('more')} 个未知字段，不再逐一列出` : ''}`,
  'invalid-date': (p, v) =>
    ({
      nonexistent: `日期“${v('value')}”不存在`,
      yearless: {
        'no-period': `日期“${v('value')}”未写年份，方案也未写明实施期（period）的起止，无法确定年份；请写明年份${p.example !== undefined ? `，如“${v('example')}”` : '，或写明实施期'}`,
        'period-spans-years': `日期“${v('value')}”未写年份，方案实施期（${zhDate(v('periodStart'))}—${zhDate(v('periodEnd'))}）跨越多个年份，无法确定所指年份；请写明年份${p.example !== undefined ? `，如“${v('example')}”` : ''}`,
        'in-period': `实施期日期“${v('value')}”未写年份；未写年份的日期均按实施期所在年份确定，实施期本身须写明年份${p.example !== undefined ? `，如“${v('example')}”` : ''}`,
      }[v('reason')],
    })[v('problem')] ?? `无法识别的日期“${v('value')}”`,
  'placeholder-date': (_, v) => `日期“${v('value')}”是模板占位符，请填写实际年份`,
  'duplicate-id': (_, v) =>
    `${kindNames[v('kind')] ?? ''}标识“${v('id')}”重复，首次出现于 ${v('first')}`,
  'unknown-reference': (_, v) => `引用的${kindNames[v('kind')] ?? ''}“${v('name')}”未定义`,
  'end-before-start': (_, v) =>
    `结束时间（${zhDate(v('end'))}）早于开始时间（${zhDate(v('start'))}）`,
  'dependency-cycle': (p, v) =>
    `任务循环依赖：${v('circle')}${p.tasks !== undefined ? `；共 ${v('tasks')} 项任务相互循环依赖` : ''}`,
  'outside-phase': (_, v) =>
    `${kindNames[v('kind')] ?? ''}日期（${zhDate(v('date'))}）不在所属阶段“${v('phase')}”（${zhDate(v('phaseStart'))}—${zhDate(v('phaseEnd'))}）之内`,
  'starts-before-dependency': (_, v) =>
    `开始时间（${zhDate(v('start'))}）早于所依赖任务 ${v('dependency')} 的完成时限（${zhDate(v('due'))}）`,
  'no-lead': (_, v) => `任务 ${v('no')}“${v('name')}”未明确牵头单位`,
  'goal-without-tasks': (_, v) => `目标 ${v('id')} 未落实到具体任务`,
  'unit-alias': (_, v) =>
    ({
      alias: `“${v('written')}”是登记单位“${v('name')}”的别称，请改为${registered(v)}`,
      variant: `“${v('written')}”与登记单位“${v('name')}”繁简写法不同，请改为${registered(v)}`,
      script: `“${v('written')}”与“${v('other')}”仅繁简写法不同，疑为同一单位，请统一写法`,
      short: `“${v('written')}”疑为“${v('other')}”的简称，请统一写法`,
      abbreviation: `“${v('written')}”疑为“${v('other')}”的简称，请统一写法`,
    })[v('problem')] ?? `“${v('written')}”与“${v('other')}”疑为同一单位，请统一写法`,
  'several-units': (_, v) =>
    `“${v('written')}”包含 ${partsOf(v).length} 个单位，已拆分为${partsOf(v)
      .map((part) => `“${part}”`)
      .join('')}；请写作列表 [${partsOf(v).join(', ')}]`,
  'status-progress': (_, v) =>
    ({
      'done-incomplete': `状态为已完成，但进度仅为 ${v('progress')}%`,
      'complete-open': `进度已达 ${v('progress')}%，状态仍为 ${v('status')}`,
      'todo-started': `进度为 ${v('progress')}%，状态却为未开始（todo）`,
      'done-on-open': `已填写完成日期，状态却为 ${v('status')}`,
    })[v('problem')] ?? '状态与进度不一致',
  'progress-fraction': (_, v) =>
    `进度填写为 ${v('progress')}，按 0—100 计仅为 ${v('progress')}%；如指 ${v('meant')}%，请填写 ${v('meant')}`,
  'done-after-today': (_, v) =>
    `完成日期 ${zhDate(v('value'))} 晚于今天（${zhDate(v('today'))}），请核对年份或日期`,
  overdue: (_, v) => `${kindNames[v('kind')] ?? ''}“${v('name')}”已逾期 ${v('days')} 天`,
  'late-to-start': (_, v) => `任务“${v('name')}”计划开始时间已过 ${v('days')} 天，仍未启动`,
  'behind-schedule': (p, v) =>
    `任务“${v('name')}”进度 ${v('progress')}%${p.from === 'sub-tasks' ? '（按子任务平均）' : ''}，落后序时进度（${v('expected')}%）${v('points')} 个百分点${p.relative !== undefined ? `，差距为序时进度的 ${v('relative')}%` : ''}`,
  blocked: (p, v) =>
    p.note
      ? `任务“${v('name')}”受阻，最新进展：${v('note')}`
      : `任务“${v('name')}”受阻，尚未记录原因：请在 updates 中写明受阻原因和需协调的事项`,
  'missed-occurrence': (_, v) =>
    `任务“${v('name')}”${periodZh(v('period'), false)}应报未报，已逾期 ${v('days')} 天`,
  'untracked-phase': (_, v) =>
    `阶段“${v('name')}”已于${zhDate(v('end'))}结束，但未关联任务，也未填写状态，无法判断是否按期完成；如已完成，请填写 status: done`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${kindNames[v('kind')] ?? ''}“${v('name')}”今天到期`
      : `${kindNames[v('kind')] ?? ''}“${v('name')}”将于 ${v('days')} 天后到期`,
  'due-on-holiday': (_, v) =>
    `${kindNames[v('kind')] ?? ''}“${v('name')}”的截止日期 ${zhDate(v('value'))} 在${holiday(v)}假期内，按惯例顺延至 ${zhDate(v('next'))}，请核实是否需提前`,
  'calendar-not-published': (_, v) =>
    `任务“${v('name')}”按工作日计算报送期限，但${zhYears(v('years'))}节假日安排尚未发布，暂按周一至周五计算，安排发布后请复核`,
  'target-at-risk': (_, v) =>
    `指标“${v('metric')}”最新值为 ${v('actual')}，未达到目标（${zhCompare(v('target'))}），且已临近或超过完成时限`,
  'target-unreadable': (_, v) =>
    ({
      tolerance: `无法识别容差“${v('value')}”：请写与目标值同单位的数值（如 0.3天）、“2个百分点”，或按目标值的比例写“5%”`,
      reference: `无法识别参照值“${v('value')}”：请写明具体数值，如 85%`,
    })[v('field')] ??
    (v('problem') === 'contradictory'
      ? `目标值“${v('value')}”前后矛盾：比较方向或区间上下限相互冲突`
      : `无法识别目标值“${v('value')}”：请写作“≥30%”“30%以上”“不超过50%”“7.2天左右”“2至3项”或“实现”等形式`),
  'target-placeholder': (_, v) =>
    `${({ tolerance: '容差', reference: '参照值' })[v('field')] ?? '目标值'}“${v('value')}”是模板占位符，请填写实际数值`,
  'target-not-computable': (_, v) =>
    v('why') === 'relative'
      ? `指标“${v('metric')}”的目标“${v('target')}”是相对变化，缺少比较基数，无法判定是否达标；可在 reference 中填写基数（如上年同期值）`
      : `指标“${v('metric')}”的目标“${v('target')}”没有具体数值，无法判定是否达标；可在 reference 中填写参照值（如国家中位数）`,
  'target-unit-mismatch': (_, v) =>
    `实际值 ${v('actual')} 的单位“${v('actualUnit')}”与目标（${zhCompare(v('target'))}）的单位“${v('unit')}”不一致，无法比较`,
  'actual-unreadable': (_, v) =>
    v('problem') === 'empty'
      ? '这条实际值既没有 value 也没有 achieved，请填写数值或是否实现'
      : `实际值“${v('actual')}”没有可比较的数值，无法与目标（${zhCompare(v('target'))}）比较`,
  'input-too-large': (_, v) =>
    `文件大小 ${v('size')} 字节，超过上限 ${v('limit')} 字节（可用 --max-bytes 调整）`,
  encoding: (_, v) =>
    v('likely') === 'binary'
      ? '该文件不是文本文件（含二进制数据）'
      : `文件不是 UTF-8 编码，可能是 ${v('likely')}。请转换为 UTF-8，例如：iconv -f ${v('likely')} -t UTF-8 原文件 > 新文件，或在编辑器中“另存为 UTF-8”`,
  'input-unreadable': (_, v) =>
    ({ missing: '文件不存在', directory: '这是一个目录，不是文件', 'no-match': '没有匹配的文件' })[
      v('problem')
    ] ?? `无法读取文件：${v('reason')}`,
  config: (_, v) =>
    ({
      yaml: `配置文件不是有效的 YAML：${v('reason')}`,
      'not-a-map': '配置文件应为键值映射（如 rules: …），不能为空或为列表',
      'unknown-key': `配置项“${v('key')}”不存在；此处可用的配置项为 ${v('keys').split(', ').join('、')}`,
      'unknown-code': `问题代码“${v('code')}”不存在`,
      severity: `问题代码 ${v('code')} 的级别“${v('value')}”无效，应为 off、info、warning 或 error`,
      type: `此处应为${types(v('expected'), { ...typeNames, other: '其他类型的值' }, '或')}`,
      value: `“${v('value')}”无效，应为 ${v('allowed')} 之一`,
      'too-big': `取值 ${v('value')} 过大，应不超过 ${v('limit')}`,
      'too-small': `取值 ${v('value')} 过小，应不低于 ${v('limit')}`,
      'units-missing': `单位名录文件 ${v('file')} 不存在`,
      'units-invalid': `${v('file')} 不是单位名录：应为“单位标识: 单位名称”或“单位标识: { name: …, aliases: […] }”的映射（${v('detail')}）`,
      pattern: `忽略规则“${v('pattern')}”无法解析：缺少配对的“${v('missing')}”（如需匹配该字符本身，请在其前加反斜杠“\\”）`,
      'lights-due-soon-within': `lights.due_soon_within 的预警期“${v('value')}”无法识别：应写为天数或工作日数，如 14、“14天”“14 days”“5个工作日”“5 workdays”`,
      lights: `红灯线（${v('red')}）低于黄灯线（${v('yellow')}）`,
      missing: `配置文件 ${v('file')} 不存在`,
    })[v('problem')] ?? `配置有误：${v('detail')}`,
  'unused-suppression': (_, v) =>
    v('scope') === 'file'
      ? `“plan-disable ${v('code')}”未屏蔽任何问题，请删除该注释或其中的代码`
      : `“plan-disable-next-line ${v('code')}”未屏蔽下一行的任何问题，请删除该注释或其中的代码`,
  'invalid-suppression': (_, v) =>
    v('problem') === 'no-code'
      ? '“plan-disable”注释未写问题代码，例如：# plan-disable-next-line overdue -- 理由'
      : `“plan-disable”注释中的问题代码“${v('code')}”不存在，该注释不起作用`,
} satisfies Record<DiagnosticCode, Message>;

export const zhCN = {
  diagnostics,
  yamlSyntax,
  didYouMean: (suggestion: string): string => `是否应为“${suggestion}”？`,
  shared,
  table,
  overdue,
  checklist,
  timeline,
  report,
  reportHtml,
  export: exportWords,
  office,
  errorsNote,
  legend,
  ui,
  fonts,
  cli,
  help,
} satisfies Catalogue;
