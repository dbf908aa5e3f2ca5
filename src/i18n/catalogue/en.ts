/**
 * The words of `plan` in English: every diagnostic, view label and CLI
 * message, one file per language (see ../lang.ts). It defines the shape:
 * `Catalogue` is its type, which every other language must satisfy, so a
 * missing key fails the typecheck. Each section's interface, with what its
 * words are for, is in the file whose accessor reads it (`tableLabels` in
 * ../table-labels.ts, …).
 */
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { TimelineScale } from '../../dates/timeline-scale.js';
import type { RepeatKind, TaskStatus } from '../../model/types.js';
import type { ChecklistLabels } from '../checklist-labels.js';
import type { ErrorsNoteLabels } from '../errors-note-labels.js';
import type { ExportLabels } from '../export-labels.js';
import type { SharedLabels } from '../labels.js';
import type { LegendWords } from '../light-legend.js';
import type { OfficeLabels } from '../office-labels.js';
import type { OverdueCountsIn, OverdueLabels } from '../overdue-labels.js';
import type { ReportHtmlLabels, UrgentKind } from '../report-html-labels.js';
import type { ReportLabels } from '../report-labels.js';
import type { TableLabels } from '../table-labels.js';
import type { TimelineLabels } from '../timeline-labels.js';
import type { FixNote, UiWords } from '../ui.js';
import type { FontWords } from './fonts.js';
import {
  type Message,
  type YamlSyntaxWords,
  closing,
  numberBeforePercent,
  partsOf,
  quotedNumber,
  types,
  yamlSyntaxWords,
} from './format.js';

/** The field and figure a bound refuses: `day is 32; it `. */
const bound = (v: (name: string) => string): string =>
  v('key') === '' ? '' : v('value') === '' ? `${v('key')} ` : `${v('key')} is ${v('value')}; it `;

/** A registered unit as a fix names it: its name, and its id too when that differs. */
const registered = (v: (name: string) => string): string =>
  v('id') === v('name')
    ? `its registered name "${v('name')}"`
    : `its registered name "${v('name')}" or its id ${v('id')}`;

const typeNames: Record<string, string> = {
  text: 'text',
  number: 'a number',
  list: 'a list',
  map: 'a mapping (key: value)',
  boolean: 'true/false',
  empty: 'nothing',
};

const pastedNames: Record<string, string> = {
  '\u3000': 'an ideographic space (U+3000)',
  '\u00a0': 'a no-break space (U+00A0)',
  '：': 'a full-width colon "："',
  '－': 'a full-width dash "－"',
  '—': 'an em dash "—"',
  '–': 'an en dash "–"',
  '［': 'full-width brackets "［ ］"',
  '【': 'lenticular brackets "【 】"',
  '•': 'a bullet "•"',
  '●': 'a bullet "●"',
  '▪': 'a bullet "▪"',
  '·': 'a middle dot "·"',
  '・': 'a middle dot "・"',
  '“': 'typographic quotes "“ ”"',
  '‘': "typographic quotes '‘ ’'",
  '「': 'corner brackets "「 」"',
  '『': 'corner brackets "『 』"',
  '\u200b': 'a zero-width space (U+200B)',
  '\u200c': 'a zero-width non-joiner (U+200C)',
  '\u200d': 'a zero-width joiner (U+200D)',
  '\u2060': 'a word joiner (U+2060)',
  '\ufeff': 'a byte-order mark (U+FEFF)',
};

const yamlSyntax: YamlSyntaxWords = {
  syntax: () =>
    'this is not valid YAML here: check the indentation, colons and quotes of this line and the one before',
  'duplicate-key': (v) => `duplicate key "${v('key')}": this mapping already has it`,
  'several-documents': () => 'a plan file holds one YAML document; a second one starts here (---)',
  'too-deep': () => 'nesting is too deep (more than 64 levels)',
  'alias-expansion': () => 'aliases (*name) expand to far too much data (an alias bomb); refused',
  'tab-indent': () => 'tabs cannot be used for indentation; use spaces',
  'bad-indent': () =>
    'bad indentation: this line does not line up. Keys of one level start in the same column, and what belongs to a key is indented further; check this line and the one before',
  'unexpected-content': () =>
    'this line does not fit the structure above it: check its indentation, and that list items ("- ") and "key: value" lines are not mixed on one level',
  'line-without-colon': () =>
    'this line is neither "key: value" nor a list item (no colon); if it continues the line above, join it to that line, or put the whole text in quotes',
  'space-after-colon': () => 'a colon needs a space after it to be read as "key: value"',
  'unclosed-quote': (v) =>
    `${v('key') ? `the value of "${v('key')}"` : 'this value'} opens a quote (${v('char')}) that is never closed; close it at the end of the value`,
  'bad-escape': (v) =>
    `inside double quotes a backslash starts an escape, and "${v('escape')}" is not one; to keep the backslash, use single quotes or write it twice (\\\\)`,
  'unclosed-bracket': (v) =>
    `${v('key') ? `the value of "${v('key')}" opens` : 'this opens'} "${v('char')}" that is never closed: add "${closing(v('char'))}", with commas between the items`,
  'missing-comma': () =>
    'a comma is missing between the items of this list or mapping; if it is text, put the whole value in quotes',
  'extra-comma': () => 'one comma too many: nothing between two commas (or after the bracket)',
  'block-header': () =>
    '"|" or ">" means that lines of text follow: nothing may come after it on its line but + or - and one indentation digit; if it is text, put the whole value in quotes',
  'anchor-alias': () =>
    '"&" and "*" mark anchors and aliases in YAML, and this one is malformed; if it is text, put the whole value in quotes',
  'unknown-alias': (v) =>
    `the alias "*${v('name')}" has no anchor "&${v('name')}"; if it is text, put the whole value in quotes`,
  tag: () =>
    'a value starting with "!" is read as a YAML tag; if it is text, put the whole value in quotes',
  directive: () =>
    'a line starting with "%" is read as a YAML directive, which a plan does not use; if it is text, put it in quotes',
  'control-char': (v) =>
    `an invisible control character (${v('char')}) that YAML does not allow: delete it (it probably came in with a paste)`,
  'complex-key': () =>
    'a key cannot be a list or a mapping; if it is text, put the whole key in quotes',
  'quote-value': (v) =>
    v('char') === ': '
      ? `${v('key') ? `the value of "${v('key')}"` : 'this value'} holds ": ", which YAML reads as a new key; put the whole value in quotes`
      : `${v('key') ? `the value of "${v('key')}"` : 'this value'} starts with "${v('char')}", which YAML reads as syntax; put the whole value in quotes`,
  'text-after-quote': (v) =>
    `${v('key') ? `the value of "${v('key')}"` : 'this value'} goes on after its closing quote; quotes must enclose the whole value: move them to its ends, or drop them`,
};

const shared: SharedLabels = {
  status: {
    todo: 'to do',
    doing: 'in progress',
    done: 'done',
    blocked: 'blocked',
    dropped: 'dropped',
  },
  light: { red: 'red', yellow: 'yellow', blue: 'blue', green: 'green', grey: 'no light' },
  noLight: { done: 'done', dropped: 'dropped', unjudged: 'dates in error', untracked: 'no tasks' },
  kind: {
    task: 'task',
    phase: 'phase',
    step: 'step',
    milestone: 'milestone',
    target: 'target',
    goal: 'goal',
  },
  reason: {
    overdue: 'overdue',
    'missed-occurrence': 'missed report',
    'behind-schedule': 'behind schedule',
    blocked: 'blocked',
    'late-to-start': 'late to start',
    'due-soon': 'due soon',
    'done-late': 'done late',
  },
  target: {
    met: 'met',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'not-computable': 'not computable',
    unknown: 'no data',
  },
  column: {
    no: 'No.',
    title: 'Task',
    lead: 'Lead',
    support: 'Support',
    leader: 'Leader',
    owner: 'Owner',
    phase: 'Phase',
    start: 'Start',
    due: 'Due',
    status: 'Status',
    progress: 'Progress',
    note: 'Latest progress',
    light: 'Light',
    'days-overdue': 'Days overdue',
    'days-left': 'Days left',
    'days-late-to-start': 'Days late to start',
    'days-done-late': 'Days done late',
  },
  days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  listSeparator: ', ',
  meanOfSubTasks: (progress) => `${progress} (mean of sub-tasks)`,
  reportedOf: (reported, due) => `reported ${reported} of ${due}`,
  none: '—',
};

const table: TableLabels = {
  filter: { unit: 'Unit', phase: 'Phase', goal: 'Goal', status: 'Status' },
  pair: (label, value) => `${label}: ${value}`,
  pairSeparator: '; ',
  count: (rows) => `${rows} ${rows === 1 ? 'task' : 'tasks'}`,
  leftOut: (columns) => `(not shown for width: ${columns.join(', ')}; see --columns, --width)`,
  noRowsForUnit: (unit) => `note: ${unit} leads or supports no task (with these filters).`,
  unknownUnit: (query, known) =>
    `note: the plan has no unit called "${query}"${known.length > 0 ? `; its units: ${known.join(', ')}` : ''}.`,
  noRows: 'note: no task matches these filters.',
  viaGroup: (unit, group) => `${unit} (${group})`,
};

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

const extraEn = ({ blue = 0, doneLate = 0 }: OverdueCountsIn): string =>
  (blue > 0 ? `, ${blue} blue` : '') + (doneLate > 0 ? `, ${doneLate} done late` : '');

const overdue: OverdueLabels = {
  heading: 'Overdue and at-risk items',
  headingFor: (title) => `Overdue and at-risk items: ${title}`,
  asOf: (date) => `as of ${date}`,
  counts: (c) =>
    `${c.total} ${c.total === 1 ? 'item' : 'items'}: ${c.red} red, ${c.yellow} yellow${extraEn(c)}`,
  summary: (date, c) =>
    `As of ${date}: ${c.total} ${c.total === 1 ? 'item' : 'items'}, ${c.red} red, ${c.yellow} yellow${extraEn(c)}.`,
  nothing: (date) => `Nothing overdue or at risk as of ${date}.`,
  column: {
    light: 'Light',
    kind: 'Kind',
    no: 'No.',
    title: 'Item',
    lead: 'Lead',
    due: 'Due',
    daysOverdue: 'Days overdue',
    daysLeft: 'Days left',
    daysLateToStart: 'Days late to start',
    daysDoneLate: 'Days done late',
    reasons: 'Why',
  },
  dayColumnShort: {
    daysOverdue: 'Overdue',
    daysLeft: 'Left',
    daysLateToStart: 'Late start',
    daysDoneLate: 'Done late',
  },
  targetAtRisk: 'target at risk',
  explain: {
    overdue: (n) => `overdue by ${days(n)}`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? 'due today' : `due in ${days(daysLeft)}`),
    missed: (periods, count, all) =>
      all
        ? `missed: ${periodListEn(periods)}`
        : `missed ${count} reports, the latest ${periodListEn(periods)}`,
    lateToStart: (n) => `late to start by ${days(n)}`,
    behind: (points, progress, expected, fromSubTasks, relative) =>
      (progress !== undefined && expected !== undefined
        ? `${points} points behind schedule (${progress}% done${fromSubTasks ? ', mean of sub-tasks' : ''}, ${expected}% expected)`
        : `${points} points behind schedule`) +
      (relative !== undefined ? `, a shortfall of ${relative}% of the expected` : ''),
    blocked: (note) => (note ? `blocked: ${note}` : 'blocked, no reason recorded'),
    doneLate: (n) => `done ${days(n)} late`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `target at risk (latest ${actual}, target ${target})`
        : `target at risk (target ${target})`,
  },
  reasonSeparator: '; ',
  field: (heading, value) => `${heading}: ${value}`,
  fieldSeparator: '  ',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** How often a duty falls due, in one word: the checklist, the calendar and the timeline say it alike. */
const repeat: Record<RepeatKind, string> = {
  weekly: 'weekly',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'half-yearly': 'half-yearly',
  yearly: 'yearly',
};

const checklist: ChecklistLabels = {
  asOf: (day) => `As of ${day}`,
  unitLine: (unit, leads, supports) =>
    `Responsible unit: ${unit} (leads ${leads}, supports ${supports})`,
  role: { lead: 'lead', support: 'support' },
  roleMark: (role) => `[${role}] `,
  roleVia: (role, group) => `${role} via ${group}`,
  field: { lead: 'lead', support: 'support', due: 'due', progress: 'progress', doneOn: 'done' },
  pair: (label, value) => `${label}: ${value}`,
  fieldSeparator: '; ',
  parens: (text) => ` (${text})`,
  noteSeparator: ', ',
  repeat,
  other: {
    phase: 'Other (no phase)',
    goal: 'Other (no goal)',
    unit: 'Other (no responsible unit)',
  },
  milestones: 'Milestones',
  milestone: 'Milestone',
  span: (from, to) => (from === to ? from : `${from} – ${to}`),
  overdue: (days) => `overdue ${plural(days, 'day', 'days')}`,
  dueSoon: (days) => (days === 0 ? 'due today' : `due in ${plural(days, 'day', 'days')}`),
  lateToStart: (days) => `late to start by ${plural(days, 'day', 'days')}`,
  behind: (points) => `${plural(points, 'point', 'points')} behind schedule`,
  doneLate: (days) => `done ${plural(days, 'day', 'days')} late`,
  earlier: (count) => `… ${plural(count, 'earlier occurrence', 'earlier occurrences')} not listed`,
  later: (count) => `… ${plural(count, 'later occurrence', 'later occurrences')} not listed`,
  missedOccurrence: ' (missed)',
  droppedOccurrence: ' (dropped)',
  noItemsForUnit: (unit) => `note: ${unit} leads or supports no task or milestone.`,
};

const report: ReportLabels = {
  asOf: (date) => `As of ${date}`,
  issued: (date) => `issued ${date}`,
  period: (start, end) => `period ${start} to ${end}`,
  section: {
    status: 'Tasks by status',
    lights: 'Traffic lights',
    units: 'Units',
    goals: 'Goals and targets',
    urgent: 'Most urgent',
  },
  unlit: (done, dropped, doneLate) =>
    `No light for finished work: ${done} done${doneLate > 0 ? ` (${doneLate} of them late)` : ''}, ${dropped} dropped.`,
  countedLeaves: (leaves, all) =>
    leaves === all
      ? `${leaves} ${leaves === 1 ? 'task' : 'tasks'}.`
      : `${leaves} leaf tasks counted (of ${all} tasks; a task with sub-tasks counts as its sub-tasks).`,
  total: 'Total',
  unitColumn: {
    unit: 'Unit',
    leads: 'Leads',
    supports: 'Supports',
    open: 'Open',
    overdue: 'Overdue',
    doneLate: 'Done late',
  },
  targetColumn: {
    light: 'Light',
    metric: 'Metric',
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    nature: 'Nature',
    status: 'Status',
  },
  nature: { binding: 'binding', expected: 'expected', advocated: 'advocated' },
  goal: (id, title, due) => `${id} ${title}${due ? ` (due ${due})` : ''}`,
  noTargets: '(no quantified targets)',
  noGoals: 'The plan lists no goals.',
  noUnits: 'No task names a responsible unit.',
  noTasks: 'The plan lists no tasks.',
  reading: (value, date) => (date ? `${value} (${date})` : value),
  withReference: (target, reference) => `${target} (reference ${reference})`,
  targetValue: (written) => written,
  achieved: (yes) => (yes ? 'achieved' : 'not achieved'),
  urgentHeading: (shown, total) =>
    shown === total ? `Most urgent (${total})` : `Most urgent (${shown} of ${total})`,
  nothingUrgent: (date) => `Nothing overdue or at risk as of ${date}.`,
};

const urgentKinds: Record<UrgentKind, string> = {
  leaf: 'leaf task',
  parent: 'task with sub-tasks',
  phase: 'phase',
  milestone: 'milestone',
  target: 'target',
};

const urgentKindsMany: Record<UrgentKind, string> = {
  leaf: 'leaf tasks',
  parent: 'tasks with sub-tasks',
  phase: 'phases',
  milestone: 'milestones',
  target: 'targets',
};

const reportHtml: ReportHtmlLabels = {
  kicker: 'Progress report',
  documentTitle: (title, asOf) => `${title} (as of ${asOf})`,
  meta: {
    issuer: 'Issuer',
    documentNo: 'Document no.',
    issued: 'Issued',
    period: 'Period',
    asOf: 'As of',
  },
  period: (start, end) => `${start} to ${end}`,
  section: { summary: 'Summary', timeline: 'Timeline', tasks: 'Task division table' },
  cards: { status: 'Tasks by status', lights: 'Traffic lights', targets: 'Targets' },
  urgentNote: (total, lights, doneLate, summary) =>
    [
      `Of all ${total} items: `,
      lights
        .map(
          ({ light, count, kinds }) =>
            `${light.toLowerCase()} ${count} (${kinds.map(({ kind, count: n }) => `${n} ${(n === 1 ? urgentKinds : urgentKindsMany)[kind]}`).join(', ')})`,
        )
        .join('; '),
      doneLate > 0 ? `; ${doneLate} done late, finished, without a light` : '',
      ". The summary's lights count leaf tasks only, not phases, milestones, targets or tasks with sub-tasks: ",
      summary.map(({ light, count }) => `${light.toLowerCase()} ${count}`).join(', '),
      '.',
    ].join(''),
};

const exportWords: ExportLabels = {
  prefix: { task: '[Due]', milestone: '[Milestone]', phase: '[Phase]', step: '[Step]' },
  field: {
    plan: 'Plan',
    phase: 'Phase',
    period: 'Period',
    repeat: 'Repeats',
    doneOn: 'Done on',
    notes: 'Notes',
  },
  repeat,
  times: (count) => (count === 1 ? '1 time' : `${count} times`),
  line: (label, value) => `${label}: ${value}`,
  range: (from, to) => `${from} – ${to}`,
  from: (date) => `from ${date}`,
  until: (date) => `until ${date}`,
  aside: (text, aside) => `${text} (${aside})`,
  bounded: (tasks) =>
    `plan export: ${tasks} recurring ${tasks === 1 ? 'task has' : 'tasks have'} no end date that a calendar can repeat to for ever; their due dates are listed for the next year: export again before then, or give ${tasks === 1 ? 'it a due date' : 'them due dates'} or the plan a period`,
  cut: (tasks, perTask, total) =>
    `plan export: the occurrences of ${tasks} recurring tasks are not all listed (at most ${perTask} per task, ${total} in all)`,
};

const office: OfficeLabels = {
  dateFormat: { year: 'yyyy', month: 'yyyy-mm', day: 'yyyy-mm-dd' },
  heading: 'Key tasks and responsibilities',
  asOf: (day) => `As of ${day}`,
  partSeparator: ' · ',
  allSheet: 'Tasks',
  pageFooter: '&CPage &P of &N',
  pageOf: ['Page ', ' of ', ''],
  notePrefix: 'Note: ',
  shading: 'Status shading shows the light. ',
  groupByIgnored: (format) =>
    `note: --group-by applies to xlsx and docx; the ${format} table is not grouped.`,
};

const errorsNote: ErrorsNoteLabels = {
  lead: (count) =>
    `This plan has ${count} ${count === 1 ? 'error' : 'errors'}; judgements that rest on ${count === 1 ? 'it' : 'them'} may be wrong:`,
  line: (line, message, suggestion) =>
    `Line ${line}: ${message}${suggestion ? ` (${suggestion})` : ''}`,
  more: (total, shown) => `… and ${total - shown} more`,
};

const legend: LegendWords = {
  gap: (rule, n) => (rule.shortfall === 'points' ? `${n} points` : `${n}% of the expected`),
  over: (gap) => `more than ${gap} behind schedule`,
  atLeast: (gap) => `${gap} or more behind schedule`,
  band: (rule, from, to) =>
    `${from} to ${to}${rule.shortfall === 'points' ? ' points' : '% of the expected'} behind schedule (${rule.inclusive ? 'both included' : 'both excluded'})`,
  below: 'behind schedule',
  within: (window) => `${window.count} ${window.workdays ? 'working days' : 'days'}`,
  legend: ({ red, yellow, blue, within }) =>
    `Red: overdue${red ? `, or ${red}` : ''}. Yellow: ${yellow}, blocked, or late to start${blue === null ? `, or due within ${within}` : ''}. ${blue !== null ? `Blue: due within ${within}. ` : ''}Green: on schedule. Done and dropped work carries no light.`,
};

const scaleWords: Record<TimelineScale, string> = {
  week: 'by week',
  month: 'by month',
  quarter: 'by quarter',
};

const months = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const pad2 = (value: number): string => String(value).padStart(2, '0');

const timeline: TimelineLabels = {
  item: 'Item',
  today: 'today',
  title: (title, scale, asOf) => `${title} — ${scaleWords[scale]}, as of ${asOf}`,
  lightMark: { red: 'R', yellow: 'Y', blue: 'B', green: 'G', grey: '-' },
  legend: 'Legend: ',
  legendSeparator: '  ',
  legendItem: {
    fromPhase: 'from its phase (no start given)',
    recurring: 'recurring, ticks on due days',
    ongoing: 'ongoing',
    startOnly: 'start, no due date',
    outside: 'outside the range',
  },
  noItems: '(nothing to show)',
  truncated: 'range cut short',
  recurringNote: (kind, count) => ` (${repeat[kind]}, ${count} due date${count === 1 ? '' : 's'})`,
  range: (from, to) => `${from} – ${to}`,
  tick: ({ year, index }, scale, style, showYear) => {
    switch (scale) {
      case 'week':
        return showYear && style === 'full' ? `${year}-W${pad2(index)}` : `W${pad2(index)}`;
      case 'month':
        return showYear || style === 'full'
          ? `${year}-${pad2(index)}`
          : (months[index - 1] ?? pad2(index));
      case 'quarter':
        return showYear || style === 'full' ? `${year}-Q${index}` : `Q${index}`;
    }
  },
  yearTick: (year) => String(year),
  mermaid: {
    otherSection: 'Not in a phase',
    omitted: (undated, outside) =>
      `not shown: ${[
        undated > 0 ? `${undated} without a date` : '',
        outside > 0 ? `${outside} outside the range` : '',
      ]
        .filter(Boolean)
        .join(', ')}`,
    todayOutside: 'today is outside the range',
    vertNote: 'today as a vertical line (Mermaid 11.7+; delete the next line for older versions)',
    axisFormat: { week: '%m-%d', month: '%Y-%m', quarter: '%Y-%m' },
  },
};

const refusal: Record<Extract<FixNote, { kind: 'refused' }>['reason'], string> = {
  'reads-worse': 'the fixed text would read worse (no longer parse, or more errors)',
  symlink: 'it is a symbolic link; fix the file it points to',
  'read-only': 'it is read-only',
  'hard-links': 'it has other hard links, which a rewrite would part from it',
  changed: 'it changed while it was being fixed',
};

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const ui: UiWords = {
  checkSummary: ({ errors, warnings, infos }, files) => {
    const total = errors + warnings + infos;
    const checked = count(files, 'file');
    if (total === 0) return `${checked} checked, no problems`;
    return `${checked} checked: ${count(total, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(infos, 'info')})`;
  },
  fixNote: (file, note) => {
    switch (note.kind) {
      case 'fixed':
        return `fixed ${count(note.count, 'problem')} in ${file}`;
      case 'nothing':
        return `nothing to fix in ${file}`;
      case 'left':
        return note.parses
          ? `${file}: ${count(note.count, 'problem')} left for a person to fix: run plan check ${file}`
          : `${file} still does not parse: only the certain fixes were made; run plan check ${file} for the rest`;
      case 'refused':
        return `not fixing ${file}: ${refusal[note.reason]}; nothing was written`;
    }
  },
  severity: { error: 'error  ', warning: 'warning', info: 'info   ' },
};

/**
 * Typefaces by language: what the SVG timeline and the HTML page ask for
 * (first choice first), and the Word document's title, heading and body faces.
 */
const fonts: FontWords = {
  svg: '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","Microsoft YaHei","PingFang SC",sans-serif',
  web: [],
  // An English plan still names Chinese units now and then.
  document: { title: '宋体', heading: '黑体', body: '宋体' },
};

const quoted = (items: readonly string[]): string => items.join(', ');

const dayWanted = (name: string): string =>
  `${name} must be a date written YYYY-MM-DD (or as a plan writes a day, e.g. 2023年7月10日)`;

const cli = {
  /** Whether commander's own usage errors are printed as it words them (English) or reworded. */
  commanderAsIs: true,
  help: {
    'Usage:': 'Usage:',
    'Arguments:': 'Arguments:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Global Options:': 'Global Options:',
    options: '[options]',
    command: '[command]',
    default: (value: string) => `default: ${value}`,
    help: 'display help for command',
    version: 'output the version number',
    program:
      'Compile implementation plans (实施方案) written in YAML into checks, tables, checklists and timelines.',
  },
  /** After a usage error: where to read more. */
  hint: '(run plan --help for usage)',
  commander: {
    unknownOption: (flag: string, similar?: string) =>
      `error: unknown option '${flag}'${similar ? `\n(Did you mean ${similar}?)` : ''}`,
    unknownCommand: (name: string, similar?: string) =>
      `error: unknown command '${name}'${similar ? `\n(Did you mean ${similar}?)` : ''}`,
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `error: option '${flags}' argument missing`,
    excessArguments: (expected: number, got: number) =>
      `error: too many arguments. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    invalidArgument: (flags: string, value: string) =>
      `error: option '${flags}' argument '${value}' is invalid.`,
    other: 'error: the command line could not be read',
  },
  usage: {
    lang: (value: string) => `--lang must be zh-CN, zh-TW or en, not "${value}"`,
    dayWanted,
    dayTooCoarse: (name: string, value: string, example: string) =>
      `${dayWanted(name)}; "${value}" is more than one day: give the day, e.g. ${example}`,
    dayProblem: (
      name: string,
      value: string,
      problem: 'nonexistent' | 'yearless' | 'placeholder' | 'unreadable',
      suggestion?: string,
    ) =>
      `${dayWanted(name)}, ${
        {
          nonexistent: `"${value}" does not exist`,
          yearless: `"${value}" has no year`,
          placeholder: `"${value}" is a template placeholder`,
          unreadable: `not "${value}"`,
        }[problem]
      }${suggestion !== undefined ? `; did you mean ${suggestion}?` : ''}`,
    wholeNumber: (name: string, value: string) => `${name} must be a whole number, not "${value}"`,
    warnWindow: (name: string, value: string) =>
      `${name} must be a number of days or working days (14, "14 days", "14天", "5 workdays", "5个工作日"), not "${value}"`,
    oneOf: (name: string, valid: readonly string[], value: string) =>
      `${name} must be one of ${quoted(valid)}, not "${value}"`,
    /** As `oneOf`, for a short fixed list: `week, month or quarter`. */
    /** A status code in the list of valid ones: `doing`, or `doing（进行中）` with the status word. */
    statusChoice: (code: TaskStatus): string => code,
    mustBe: (name: string, valid: readonly string[], value: string) =>
      `${name} must be ${valid.length > 1 ? `${valid.slice(0, -1).join(', ')} or ${valid.at(-1)}` : valid[0]}, not "${value}"`,
    notValid: (name: string, value: string, valid: readonly string[]) =>
      `${name} "${value}" is not valid${valid.length > 0 ? `: use one of ${quoted(valid)}` : ': the plan has none to choose from'}`,
    /** `--status 受阻`: the status word a plan shows, given where its code was wanted. */
    statusWord: (value: string, code: string) =>
      `--status "${value}" is not valid: write the status as ${code}`,
    binaryNeedsOutput: (format: string) =>
      `--format ${format} writes a file: give -o FILE (or -o - for standard output)`,
    toBeforeFrom: (to: string, from: string) => `--to (${to}) is before --from (${from})`,
    fromAfterTo: (from: string, to: string) => `--from ${from} is after --to ${to}`,
    schemaName: (name: string) => `give plan, report or config, not "${name}"`,
    noFiles: 'no plan files given: try plan check plan.yaml',
    onlyNegations: 'only !patterns given: name the plans or folders they leave files out of',
    outputFormatShape: (value: string) =>
      `--output-format takes FORMAT=FILE, e.g. junit=reports/junit.xml, not "${value}"`,
    outputFormatName: (valid: readonly string[], format: string) =>
      `--output-format must name one of ${quoted(valid)}, not "${format}"`,
    twoOutputs: (target: string) => `two outputs would write ${target}`,
    standardOutput: 'standard output',
    onePlan: 'give one plan file (or - for standard input)',
    onePlanNotMany: (n: number) => `give one plan file, not ${n}`,
    ruleCode: (code: string, near: string | undefined) =>
      `--rule: there is no diagnostic code "${code}"${near !== undefined ? `; did you mean ${near}?` : ''} (write CODE:SEVERITY, e.g. overdue:off)`,
    ruleLevel: (code: string) =>
      `--rule: the severity must be off, info, warning or error (write CODE:SEVERITY, e.g. ${code}:off)`,
  },
  files: {
    isInput: (file: string) => `refusing to write ${file}: it is an input of this run`,
    cannotWrite: (file: string, code: string) => `cannot write ${file}: ${code}`,
    isDirectory: (file: string) => `cannot write ${file}: it is a directory`,
    danglingLink: (file: string) =>
      `refusing to write ${file}: it is a symbolic link to a file that does not exist`,
    readOnly: (file: string) => `refusing to write ${file}: it is read-only`,
    exists: (file: string) => `${file} already exists; plan init never overwrites a file`,
  },
  wrote: (file: string) => `wrote ${file}`,
  wroteWithSchema: (file: string, schema: string) => `wrote ${file} and ${schema} (for editors)`,
  outputFailed: (code: string) => `cannot write the output: ${code}`,
  internal: (message: string) => `internal error: ${message}`,
};

/**
 * The help of each command, argument and option, by `command --option`,
 * `command <argument>`, `command` (its description) or `--option` (an option
 * several commands share, unless the command has its own). The commands
 * declare the same English for commander; a test keeps the two alike.
 */
const help = {
  '--lang': "zh-CN, zh-TW or en (default: the plan's locale, else the environment's)",
  '--today':
    'the day to judge lateness by: YYYY-MM-DD or as a plan writes a day, e.g. 2023年7月10日 (default: today)',
  '--output': 'write to this file (atomically) instead of standard output',
  '--no-color': 'no colour, even on a terminal',
  '--max-bytes': 'refuse files larger than this',
  '--warn-days': `due within this many days is due soon: 14, "5 workdays" (default: the plan's lights.due_soon_within, else 14)`,
  '--width': 'terminal width for term output (default: the terminal, else COLUMNS, else 100)',
  '--strict': 'refuse a plan with errors (exit 1) instead of rendering it',
  check: 'check plans: parse, validate and lint; print every problem',
  'check <files>':
    'plan files, folders (walked for plans) or globs; !glob leaves files out; - reads standard input',
  'check --format': 'stylish, json, github, sarif, junit, checkstyle, gitlab or compact',
  'check --output-format':
    'also write this format to this file (e.g. junit=reports/junit.xml); repeatable',
  'check --strict': 'warnings count as errors',
  'check --quiet': 'report errors only',
  'check --max-warnings': 'exit 1 when there are more warnings than this (hidden or not)',
  'check --ignore-pattern':
    'leave out files that match (gitignore syntax, like a .planignore line); repeatable',
  'check --stdin-filename': 'the name standard input (-) is reported under',
  'check --config':
    'use this project config instead of the plan.config.yaml found from each plan upward',
  'check --no-config': 'use no project config',
  'check --rule':
    'set a code to off, info, warning or error, over the config (e.g. overdue:off); repeatable',
  'init --config': 'write a commented starter project config (plan.config.yaml) instead',
  'check --fix': 'apply the certain fixes in place first (as plan fix), then check',
  'check --fix-dry-run': 'print the diff --fix would apply; write nothing, check nothing',
  fix: 'apply the certain fixes in place (unit aliases, status words, date spellings, pasted full-width colons, one-candidate key typos), comments and layout kept',
  'fix <files>': 'plan files, folders or globs; - reads standard input and prints the fixed plan',
  'fix --dry-run': 'print a unified diff of the fixes; write nothing',
  'fix --ignore-pattern': 'leave out files that match (gitignore syntax); repeatable',
  table: 'the task-division table (分工表): 序号, task, units, dates, status, progress',
  'table <files>': 'one plan file; - reads standard input',
  'table --format': 'term, md, csv, tsv, json, xlsx or docx (xlsx and docx need -o FILE)',
  'table --columns':
    'columns to show, in order: no,title,lead,support,leader,owner,phase,start,due,status,progress,note',
  'table --unit': 'only tasks this unit (id, name or alias) leads or supports',
  'table --phase': 'only tasks in this phase (id or name)',
  'table --goal': 'only tasks serving this goal',
  'table --status': 'only tasks with these statuses: todo,doing,done,blocked,dropped',
  'table --group-by': 'phase, unit or goal: a sheet per group (xlsx), a heading per group (docx)',
  'table --no-bom': 'CSV and TSV without the byte order mark',
  checklist: 'a Markdown task list (- [ ] / - [x]) grouped by phase, goal or unit',
  'checklist <files>': 'one plan file; - reads standard input',
  'checklist --group-by': 'phase, goal or unit',
  'checklist --unit': "one unit's own list: what it leads or supports, master 序号 kept",
  'checklist --from': 'list occurrences of recurring tasks from this day, YYYY-MM-DD',
  'checklist --to': 'list occurrences of recurring tasks up to this day, YYYY-MM-DD',
  'checklist --format': 'md (the only format)',
  timeline: 'a Gantt-style timeline of phases, steps, tasks and milestones',
  'timeline <files>': 'one plan file or glob; - reads standard input',
  'timeline --format': 'term, svg or mermaid',
  'timeline --scale': 'week, month or quarter (default: the finest that fits)',
  'timeline --from': 'start the chart at this date, YYYY-MM-DD',
  'timeline --to': 'end the chart at this date, YYYY-MM-DD',
  'timeline --width':
    'the width to fit: columns for term (default: the terminal width), px for svg (default: 1200)',
  overdue:
    'list overdue, behind-schedule, late-to-start and due-soon items and targets at risk, worst first',
  'overdue <files>': 'one plan file; - reads standard input',
  'overdue --format': 'term, md, csv or json',
  'overdue --no-bom': 'CSV without the byte order mark',
  report:
    'a one-page summary: counts by status and light, units, goals and targets, the most urgent items',
  'report <files>': 'one plan file; - reads standard input',
  'report --format': 'term, md, html (one printable page) or json (the figures, for dashboards)',
  export:
    'export a plan for other tools: --format ics gives an iCalendar file of due dates, milestones and phases',
  'export <files>': 'one plan file; - reads standard input',
  'export --format': 'ics',
  schema:
    'print a JSON Schema: of the plan format (plan, the default; schemas/plan.schema.json), of `plan report --format json` (report; schemas/report.schema.json) or of plan.config.yaml (config; schemas/config.schema.json)',
  'schema <name>': 'plan, report or config',
  init: 'write a starter plan that passes its own check (never overwrites a file)',
  'init <file>':
    'where to write it; - for standard output (default: plan.yaml, or plan.config.yaml with --config)',
};

const diagnostics = {
  'yaml-syntax': (_, v) => yamlSyntaxWords(yamlSyntax, v),
  'paste-artefact': (_, v) => {
    const what = pastedNames[v('char')] ?? `"${v('char')}"`;
    return (
      {
        'fullwidth-colon': `${what} after "${v('key')}" (pasted from Word/WPS?): YAML needs an ASCII colon and a space`,
        'wide-space-indent': `${what} in the indentation (pasted from Word/WPS?): YAML indents with ASCII spaces only`,
        'wide-space-after-colon': `${what} after "${v('key')}:" (pasted from Word/WPS?): YAML needs an ASCII space there`,
        'no-space-after-colon': `no space after "${v('key')}:", so the whole line is read as text: put a space after the colon`,
        'fullwidth-dash': `${what} before a list item: YAML list items start with an ASCII "-" and a space`,
        'fullwidth-bracket': `${what} around the list of "${v('key')}": YAML lists need ASCII "[ ]" with ASCII commas`,
        'wide-space-after-dash': `${what} after a list dash "-" (pasted from Word/WPS?): YAML needs an ASCII space there`,
        'wide-space-trailing': `${what} at the end of "${v('key')}" is part of the value, so the unit or date is not the one meant: delete it`,
        'numbered-item': `the numbering "${v('char')}" before a list item: YAML list items start with an ASCII "-" and a space (the number can go in no)`,
        'typographic-quotes': `${what} round "${v('key')}" are read as part of the id: an id needs no quotes, delete them`,
        'invisible-char': `${what}, an invisible character (copied from a web page or Word?): delete it`,
      }[v('problem')] ?? `${what} pasted into the plan`
    );
  },
  'comment-in-text': (_, v) =>
    `in "${v('key')}", the text after "#" (${v('comment')}) was read as a comment and dropped; quote the whole value to keep it`,
  schema: (_, v) =>
    ({
      'empty-plan': 'the file is empty: a plan needs at least version and title',
      'not-a-map': 'a plan must be a mapping of keys to values, starting with version: 1',
      missing: `missing required field ${v('field')}`,
      type:
        numberBeforePercent(v) !== undefined && v('expected') === 'number'
          ? `write a number (e.g. ${numberBeforePercent(v)}), without %`
          : `expected ${types(v('expected'), typeNames, ' or ')}, found ${types(v('actual'), typeNames, ' or ')}`,
      enum: quotedNumber(v)
        ? `write the number ${v('allowed')}, without quotes`
        : `"${v('value')}" is not allowed here; use one of: ${v('allowed')}`,
      'empty-text': 'must not be empty',
      'too-small': `${bound(v)}must be at least ${v('limit')}`,
      'too-big': `${bound(v)}must be at most ${v('limit')}`,
      'due-soon-within': `cannot read "${v('value')}" as a due-soon window: write a number of days or working days, e.g. 14, "14 days", "14天", "5 workdays" or "5个工作日"`,
      'red-below-yellow': `the red line (${v('red')}) is below the yellow line (${v('yellow')}), so nothing could ever be yellow: red must be ≥ yellow`,
      'repeat-weekday': `cannot read the weekday "${v('value')}": write mon..sun, 周一..周日 or 1..7`,
      'repeat-within': `cannot read "${v('value')}" as a number of days: write e.g. "10 days" (10天) or "10 workdays" (10个工作日)`,
      'repeat-within-unit': `"within: ${v('value')}" has no unit: write "${v('value')} days" for calendar days or "${v('value')} workdays" for working days (每季度结束后${v('value')}个工作日内)`,
      'occurrence-outside': `"${v('value')}" is not an occurrence of this duty: it falls outside its window`,
      'repeat-too-many': `this repeat falls due more than ${v('limit')} times in its window: check its dates and frequency`,
      'checkpoints-decreasing': `checkpoint ${v('date')} expects ${v('value')}%, less than the ${v('previous')}% of the earlier checkpoint ${v('previousDate')}: checkpoints must not decrease`,
    })[v('problem')] ?? `does not fit the format: ${v('detail')}`,
  'unknown-key': (p, v) =>
    `unknown field "${v('key')}"${p.more !== undefined ? `; ${v('more')} more unknown fields in this mapping are not listed` : ''}`,
  'invalid-date': (p, v) =>
    ({
      nonexistent: `the date "${v('value')}" does not exist`,
      yearless: {
        'no-period': `the date "${v('value')}" has no year, and the plan has no period with both ends to take one from; write the year${p.example !== undefined ? `, e.g. "${v('example')}"` : ', or give the plan a period'}`,
        'period-spans-years': `the date "${v('value')}" has no year, and the plan's period (${v('periodStart')} to ${v('periodEnd')}) spans several years; write the year${p.example !== undefined ? `, e.g. "${v('example')}"` : ''}`,
        'in-period': `the period's date "${v('value')}" has no year; dates without one take the period's year, so the period must write it${p.example !== undefined ? `, e.g. "${v('example')}"` : ''}`,
      }[v('reason')],
    })[v('problem')] ?? `cannot read the date "${v('value')}"`,
  'placeholder-date': (_, v) => `"${v('value')}" is a template placeholder; write the real year`,
  'duplicate-id': (_, v) => `${v('kind')} id "${v('id')}" is used twice; first at ${v('first')}`,
  'unknown-reference': (_, v) => `${v('kind')} "${v('name')}" is not defined`,
  'end-before-start': (_, v) => `ends (${v('end')}) before it starts (${v('start')})`,
  'dependency-cycle': (p, v) =>
    `tasks depend on each other in a circle: ${v('circle')}${p.tasks !== undefined ? `; ${v('tasks')} tasks in all depend on each other in circles` : ''}`,
  'outside-phase': (_, v) =>
    `${v('kind')} date ${v('date')} is outside its phase "${v('phase')}" (${v('phaseStart')} to ${v('phaseEnd')})`,
  'starts-before-dependency': (_, v) =>
    `starts (${v('start')}) before task ${v('dependency')}, which it depends on, is due (${v('due')})`,
  'no-lead': (_, v) => `task ${v('no')} "${v('name')}" has no lead unit`,
  'goal-without-tasks': (_, v) => `no task serves goal ${v('id')}`,
  'unit-alias': (_, v) =>
    ({
      alias: `"${v('written')}" is an alias of the registered unit "${v('name')}"; write ${registered(v)}`,
      variant: `"${v('written')}" is the registered unit "${v('name')}" in the other script; write ${registered(v)}`,
      script: `"${v('written')}" and "${v('other')}" differ only in script and look like one unit; write them one way`,
      short: `"${v('written')}" looks like a short form of "${v('other')}"; write them one way`,
      abbreviation: `"${v('written')}" looks like a short form of "${v('other')}"; write them one way`,
    })[v('problem')] ?? `"${v('written')}" and "${v('other')}" look like one unit written two ways`,
  'several-units': (_, v) =>
    `"${v('written')}" names ${partsOf(v).length} units, read as ${partsOf(v)
      .map((part) => `"${part}"`)
      .join(', ')
      .replace(/, ([^,]*)$/, ' and $1')}; write them as a list: [${partsOf(v).join(', ')}]`,
  'status-progress': (_, v) =>
    ({
      'done-incomplete': `status is done but progress is ${v('progress')}%`,
      'complete-open': `progress is ${v('progress')}% but status is still ${v('status')}`,
      'todo-started': `progress is ${v('progress')}% but status is todo`,
      'done-on-open': `done_on is given but status is ${v('status')}`,
    })[v('problem')] ?? 'status and progress disagree',
  overdue: (_, v) =>
    `${v('kind')} "${v('name')}" is ${v('days')} ${v('days') === '1' ? 'day' : 'days'} overdue`,
  'late-to-start': (_, v) =>
    `task "${v('name')}" should have started ${v('days')} ${v('days') === '1' ? 'day' : 'days'} ago and is still todo`,
  'progress-fraction': (_, v) =>
    `progress ${v('progress')} reads as ${v('progress')}% on the 0–100 scale; if ${v('meant')}% is meant, write ${v('meant')}`,
  'done-after-today': (_, v) =>
    `done_on ${v('value')} is after today (${v('today')}); check the year or the date`,
  'behind-schedule': (p, v) =>
    `task "${v('name')}" is ${v('points')} points behind the pro-rata schedule: progress ${v('progress')}%${p.from === 'sub-tasks' ? ' (mean of sub-tasks)' : ''}, expected ${v('expected')}%${p.relative !== undefined ? `, a shortfall of ${v('relative')}% of the expected` : ''}`,
  blocked: (p, v) =>
    p.note
      ? `task "${v('name')}" is blocked; latest note: ${v('note')}`
      : `task "${v('name')}" is blocked and no reason is recorded: add an update saying what blocks it and what help it needs`,
  'missed-occurrence': (_, v) =>
    `task "${v('name')}": nothing reported for ${v('period')} (due ${v('days')} days ago)`,
  'untracked-phase': (_, v) =>
    `phase "${v('name')}" ended ${v('end')} with no tasks and no status, so nothing says whether its work was done: write status: done if it is`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${v('kind')} "${v('name')}" is due today`
      : `${v('kind')} "${v('name')}" is due in ${v('days')} ${v('days') === '1' ? 'day' : 'days'}`,
  'due-on-holiday': (_, v) =>
    `${v('kind')} "${v('name')}" is due ${v('value')}, during the ${v('holiday')} holiday; by the usual rule it runs to the next working day, ${v('next')}: check whether it should be earlier`,
  'calendar-not-published': (_, v) =>
    `task "${v('name')}" counts working days, but the holiday arrangement for ${v('years').split(',').join(', ')} is not yet published: Monday to Friday are counted until it is; check the dates then`,
  'target-at-risk': (_, v) =>
    `target "${v('metric')}" is at risk: latest ${v('actual')} against ${v('target')}, due date near or past`,
  'target-unreadable': (_, v) =>
    ({
      tolerance: `cannot read the tolerance "${v('value')}": write an amount in the target's unit (0.3, 0.3天), points for a % target (2个百分点), or a share of the figure (5%)`,
      reference: `cannot read the reference "${v('value')}": write a figure, such as 85%`,
    })[v('field')] ??
    (v('problem') === 'contradictory'
      ? `the target "${v('value')}" contradicts itself: its comparison words or range ends pull both ways`
      : `cannot read the target "${v('value')}": write it as ">= 30%", "30%以上", "不超过50%", "7.2天左右", "2至3项" or words such as 实现`),
  'target-placeholder': (_, v) =>
    `the ${({ tolerance: 'tolerance', reference: 'reference' })[v('field')] ?? 'target'} "${v('value')}" is a template placeholder; write the real figure`,
  'target-not-computable': (_, v) =>
    v('why') === 'relative'
      ? `target "${v('metric')}" (${v('target')}) is a change without the figure it starts from, so it cannot be judged; give that figure (last year's value) as reference`
      : `target "${v('metric')}" (${v('target')}) has no absolute figure, so it cannot be judged; give the figure it points at (the national median) as reference`,
  'target-unit-mismatch': (_, v) =>
    `the reading ${v('actual')} is in "${v('actualUnit')}" but the target ${v('target')} is in "${v('unit')}"; they cannot be compared`,
  'actual-unreadable': (_, v) =>
    v('problem') === 'empty'
      ? 'this reading has neither value nor achieved'
      : `the reading "${v('actual')}" has no figure to compare with the target ${v('target')}`,
  'input-too-large': (_, v) =>
    `the file is ${v('size')} bytes, over the limit of ${v('limit')} bytes (see --max-bytes)`,
  encoding: (_, v) =>
    v('likely') === 'binary'
      ? 'this is not a text file (it holds binary data)'
      : `the file is not UTF-8; it looks like ${v('likely')}. Convert it, e.g. iconv -f ${v('likely')} -t UTF-8 in.yaml > out.yaml, or save it as UTF-8 in your editor`,
  'input-unreadable': (_, v) =>
    ({
      missing: 'no such file',
      directory: 'this is a directory, not a file',
      'no-match': 'no files match',
    })[v('problem')] ?? `cannot read the file: ${v('reason')}`,
  config: (_, v) =>
    ({
      yaml: `the config is not valid YAML: ${v('reason')}`,
      'not-a-map': 'the config must be a mapping (rules: …), not empty or a list',
      'unknown-key': `unknown config key "${v('key')}"; the keys here are ${v('keys')}`,
      'unknown-code': `there is no diagnostic code "${v('code')}"`,
      severity: `"${v('value')}" is not a severity for ${v('code')}: write off, info, warning or error`,
      type: `expected ${types(v('expected'), { ...typeNames, other: 'another kind of value' }, ' or ')} here`,
      value: `"${v('value')}" is not allowed here: write one of ${v('allowed')}`,
      'too-big': `${v('value')} is too large: at most ${v('limit')}`,
      'too-small': `${v('value')} is too small: at least ${v('limit')}`,
      'units-missing': `the units file ${v('file')} does not exist`,
      'units-invalid': `${v('file')} is not a units registry: it must map ids to names, or to { name, aliases, members } (${v('detail')})`,
      pattern: `the ignore pattern "${v('pattern')}" cannot be parsed: a closing "${v('missing')}" is missing (write a backslash before a bracket meant as itself)`,
      'lights-due-soon-within': `lights.due_soon_within "${v('value')}" cannot be read: write a number of days or working days, e.g. 14, "14 days", "14天", "5 workdays" or "5个工作日"`,
      lights: `the red line (${v('red')}) is below the yellow line (${v('yellow')})`,
      missing: `the config file ${v('file')} does not exist`,
    })[v('problem')] ?? `the config is wrong: ${v('detail')}`,
  'unused-suppression': (_, v) =>
    v('scope') === 'file'
      ? `"plan-disable ${v('code')}" suppressed nothing in this file: remove it (or the code from it)`
      : `"plan-disable-next-line ${v('code')}" suppressed nothing on the next line: remove it (or the code from it)`,
  'invalid-suppression': (_, v) =>
    v('problem') === 'no-code'
      ? 'this plan-disable comment names no code: write e.g. # plan-disable-next-line overdue -- reason'
      : `there is no diagnostic code "${v('code')}"; this plan-disable comment suppresses nothing`,
} satisfies Record<DiagnosticCode, Message>;

export const en = {
  diagnostics,
  yamlSyntax,
  didYouMean: (suggestion: string): string => `did you mean "${suggestion}"?`,
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
};

/** The shape of every language's catalogue: a key missing or extra fails the typecheck. */
export type Catalogue = typeof en;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Periods oldest first: `April and June 2024`, `December 2023, January 2024`. */
export function periodListEn(periods: readonly string[]): string {
  // Runs of periods in one year share it: [[April, June], 2024].
  const groups: { year: string; parts: string[] }[] = [];
  for (const period of periods) {
    const [year = '', part, day] = period.split('-');
    const groupable = part !== undefined && day === undefined;
    const name = !groupable
      ? period
      : part.startsWith('Q') || part.startsWith('H')
        ? part
        : (monthNames[Number(part) - 1] ?? part);
    const last = groups[groups.length - 1];
    // Whole years and weekly days share no year: they run together as one list.
    if (last && last.year === (groupable ? year : '')) last.parts.push(name);
    else groups.push({ year: groupable ? year : '', parts: [name] });
  }
  // Years apart by commas, so that `and` only ever joins periods of one year.
  return groups
    .map((group) =>
      group.year === '' ? andList(group.parts) : `${andList(group.parts)} ${group.year}`,
    )
    .join(', ');
}

/** `A`, `A and B`, `A, B and C`. */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
