/**
 * The words of `plan` in traditional Chinese as written in Taiwan (zh-TW): one file per language,
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

/** The field and figure a bound refuses: `day 為 32，`. */
const bound = (v: (name: string) => string): string =>
  v('key') === '' ? '' : v('value') === '' ? `${v('key')} ` : `${v('key')} 為 ${v('value')}，`;

/** A registered unit as a fix names it: its name, and its id too when that differs. */
const registered = (v: (name: string) => string): string =>
  v('id') === v('name')
    ? `登記的名稱「${v('name')}」`
    : `登記的名稱「${v('name')}」或代號 ${v('id')}`;

const kindNames: Record<string, string> = {
  task: '任務',
  phase: '階段',
  milestone: '節點',
  goal: '目標',
  unit: '單位',
  step: '步驟',
};

const typeNames: Record<string, string> = {
  text: '文字',
  number: '數字',
  list: '清單',
  map: '鍵值對應',
  boolean: '布林值',
  empty: '空值',
};

const pastedNames: Record<string, string> = {
  '\u3000': '全形空格（U+3000）',
  '\u00a0': '不換行空格（U+00A0）',
  '：': '全形冒號「：」',
  '－': '全形短橫線「－」',
  '—': '破折號「—」',
  '–': '連接號「–」',
  '［': '全形方括號「［ ］」',
  '【': '方頭括號「【 】」',
  '•': '項目符號「•」',
  '●': '項目符號「●」',
  '▪': '項目符號「▪」',
  '·': '間隔號「·」',
  '・': '間隔號「・」',
  '“': '彎引號“ ”',
  '‘': '彎引號‘ ’',
  '「': '引號「 」',
  '『': '雙引號『 』',
  '\u200b': '零寬空格（U+200B）',
  '\u200c': '零寬非連接符（U+200C）',
  '\u200d': '零寬連接符（U+200D）',
  '\u2060': '零寬不換行空格（U+2060）',
  '\ufeff': '位元組順序標記（U+FEFF）',
};

/** Public holidays as an official text names them; chinese-days's own short name otherwise. */
const holidays: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春節',
  'Tomb-sweeping Day': '清明節',
  'Labour Day': '勞動節',
  'Dragon Boat Festival': '端午節',
  'Mid-autumn Festival': '中秋節',
  'National Day': '國慶節',
  'Anti-Fascist 70th Day': '抗戰勝利紀念日',
};
const holiday = (v: (name: string) => string): string => holidays[v('holiday')] ?? v('holidayZh');

const yamlSyntax: YamlSyntaxWords = {
  syntax: () => '此處不符合 YAML 格式，無法讀取；請檢查本行及上一行的縮排、冒號和引號',
  'duplicate-key': (v) => `鍵「${v('key')}」重複：同一層級中已有同名的鍵，請刪除或合併其中一處`,
  'several-documents': () => '一個檔案只能有一個 YAML 文件，這裡出現了第二個（---）',
  'too-deep': () => '巢狀層級太深（超過 64 層）',
  'alias-expansion': () => '別名（*別名）展開後過於龐大，疑似「別名炸彈」，已拒絕',
  'tab-indent': () => '縮排不能使用定位字元（Tab），請改用空格',
  'bad-indent': () =>
    '縮排有誤：本行與上下文對不齊。同一層級的鍵須左端對齊，下層內容須比上層多縮排；請檢查本行及上一行的縮排',
  'unexpected-content': () =>
    '本行與上文的層次結構不符，無法讀取：請檢查本行的縮排，以及清單項目（以「- 」開頭）與「鍵: 值」是否混在同一層級',
  'line-without-colon': () =>
    '本行既不是「鍵: 值」，也不是清單項目（缺少冒號）；如是上一行內容的續行，請併入上一行，或為整段文字加上引號',
  'space-after-colon': () => '冒號後須有一個半形空格，才能讀作「鍵: 值」',
  'unclosed-quote': (v) =>
    `${v('key') ? `「${v('key')}」的` : ''}值以引號 ${v('char')} 開頭，但之後沒有閉合；請在值的結尾補上 ${v('char')}`,
  'bad-escape': (v) =>
    `雙引號中的反斜線「\\」是跳脫字元，「${v('escape')}」不是有效的跳脫序列；如需保留反斜線，請改用單引號，或寫成兩個反斜線「\\\\」`,
  'unclosed-bracket': (v) =>
    `${v('key') ? `「${v('key')}」的` : ''}「${v('char')}」沒有配對的「${closing(v('char'))}」；請補上「${closing(v('char'))}」，各項之間以半形逗號分隔`,
  'missing-comma': () => '清單或對應的各項之間缺少半形逗號「,」；如是一段文字，請為整個值加上引號',
  'extra-comma': () => '多了一個逗號：兩個逗號之間（或括號開頭）沒有內容',
  'block-header': () =>
    '「|」或「>」表示其下是多行文字，其後須直接換行（至多接 +、- 或一位縮排數字）；如是一般文字，請為整個值加上引號',
  'anchor-alias': () =>
    '「&」和「*」在 YAML 中表示錨點和別名，此處寫法有誤；如是一般文字，請為整個值加上引號',
  'unknown-alias': (v) =>
    `別名「*${v('name')}」沒有對應的錨點「&${v('name')}」；如是一般文字，請為整個值加上引號`,
  tag: () => '以「!」開頭的值會被 YAML 當作型別標記；如是一般文字，請為整個值加上引號',
  directive: () =>
    '以「%」開頭的行會被 YAML 當作指令，方案檔案中不應使用；如是文字，請為整個值加上引號',
  'control-char': (v) =>
    `此處有一個看不見的控制字元（${v('char')}），YAML 不允許出現；請將其刪除（疑為從其他軟體複製帶入）`,
  'complex-key': () => '鍵不能是清單或對應；如是文字，請為整個鍵加上引號',
  'quote-value': (v) =>
    v('char') === ': '
      ? `${v('key') ? `「${v('key')}」的` : ''}值中含有「: 」，YAML 會把它當作新的鍵；請為整個值加上引號`
      : `${v('key') ? `「${v('key')}」的` : ''}值以「${v('char')}」開頭，YAML 會把它當作語法符號；請為整個值加上引號`,
  'text-after-quote': (v) =>
    `${v('key') ? `「${v('key')}」的` : ''}值在引號閉合之後還有文字；引號須包住整個值，請把引號移到值的兩端，或去掉引號`,
};

const shared: Catalogue['shared'] = {
  status: { todo: '未開始', doing: '進行中', done: '已完成', blocked: '受阻', dropped: '已取消' },
  light: { red: '紅燈', yellow: '黃燈', blue: '藍燈', green: '綠燈', grey: '不亮燈' },
  noLight: { done: '已辦結', dropped: '已取消', unjudged: '日期有誤', untracked: '無任務' },
  kind: {
    task: '任務',
    phase: '階段',
    step: '步驟',
    milestone: '節點',
    target: '指標',
    goal: '目標',
  },
  reason: {
    overdue: '逾期',
    'missed-occurrence': '應報未報',
    'behind-schedule': '落後序時進度',
    blocked: '受阻',
    'late-to-start': '延遲啟動',
    'due-soon': '即將到期',
    'done-late': '逾期完成',
  },
  target: {
    met: '已達標',
    'on-track': '推進中',
    'at-risk': '有風險',
    'not-computable': '無法判定',
    unknown: '暫無資料',
  },
  column: {
    no: '序號',
    title: '重點任務',
    lead: '牽頭單位',
    support: '配合單位',
    leader: '責任領導',
    owner: '責任人',
    phase: '階段',
    start: '開始時間',
    due: '完成時限',
    status: '狀態',
    progress: '進度',
    note: '進展情況',
    light: '燈號',
    'days-overdue': '逾期天數',
    'days-left': '剩餘天數',
    'days-late-to-start': '延遲啟動天數',
    'days-done-late': '逾期完成天數',
  },
  days: (n) => `${n} 天`,
  listSeparator: '、',
  meanOfSubTasks: (progress) => `${progress}（按子任務平均）`,
  reportedOf: (reported, due) => `已報 ${reported}/${due} 期`,
  none: '—',
};

const table: Catalogue['table'] = {
  filter: { unit: '單位', phase: '階段', goal: '目標', status: '狀態' },
  pair: (label, value) => `${label}：${value}`,
  pairSeparator: '；',
  count: (rows) => `共 ${rows} 項任務`,
  leftOut: (columns) =>
    `（因寬度所限未顯示：${columns.join('、')}；可用 --columns 或 --width 調整）`,
  noRowsForUnit: (unit) => `提示：在所選條件下，${unit}沒有牽頭或配合的任務。`,
  unknownUnit: (query, known) =>
    `提示：方案中沒有名為「${query}」的單位${known.length > 0 ? `；已有單位：${known.join('、')}` : ''}。`,
  noRows: '提示：沒有符合條件的任務。',
  viaGroup: (unit, group) => `${unit}（${group}）`,
};

const overdue: Catalogue['overdue'] = {
  heading: '逾期與預警事項',
  headingFor: (title) => `逾期與預警事項：${title}`,
  asOf: (date) => `截至${date}`,
  counts: (c) =>
    `共 ${c.total} 項：紅燈 ${c.red} 項，黃燈 ${c.yellow} 項${zhExtraCounts(c, '藍燈', '逾期完成', '項')}`,
  summary: (date, c) =>
    `截至${date}，共 ${c.total} 項：紅燈 ${c.red} 項，黃燈 ${c.yellow} 項${zhExtraCounts(c, '藍燈', '逾期完成', '項')}。`,
  nothing: (date) => `截至${date}，沒有逾期或需要預警的事項。`,
  column: {
    light: '燈號',
    kind: '類型',
    no: '序號',
    title: '事項',
    lead: '牽頭單位',
    due: '完成時限',
    daysOverdue: '逾期天數',
    daysLeft: '剩餘天數',
    daysLateToStart: '延遲啟動天數',
    daysDoneLate: '逾期完成天數',
    reasons: '情況',
  },
  dayColumnShort: {
    daysOverdue: '逾期天數',
    daysLeft: '剩餘天數',
    daysLateToStart: '延遲啟動',
    daysDoneLate: '逾期完成',
  },
  targetAtRisk: '指標有風險',
  explain: {
    overdue: (days) => `逾期 ${days} 天`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? '今天到期' : `${daysLeft} 天後到期`),
    missed: (periods, count, all) =>
      all
        ? `${periodListZh(periods, true)}應報未報`
        : `應報未報 ${count} 期，最近為${periodListZh(periods, true)}`,
    lateToStart: (days) => `延遲啟動 ${days} 天`,
    behind: (points, progress, expected, fromSubTasks, relative) =>
      (progress !== undefined && expected !== undefined
        ? `進度 ${progress}%${fromSubTasks ? '（按子任務平均）' : ''}，落後序時進度（${expected}%）${points} 個百分點`
        : `落後序時進度 ${points} 個百分點`) +
      (relative !== undefined ? `，差距為序時進度的 ${relative}%` : ''),
    blocked: (note) => (note ? `受阻：${note}` : '受阻，未記錄原因'),
    doneLate: (days) => `逾期 ${days} 天完成`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `指標有風險（最新值 ${actual}，目標值 ${zhCompare(target)}）`
        : `指標有風險（目標值 ${zhCompare(target)}）`,
  },
  reasonSeparator: '；',
  field: (heading, value) => `${heading}：${value}`,
  fieldSeparator: '　',
};

/** How often a duty falls due, in one word: the checklist, the calendar and the timeline say it alike. */
const repeat: Record<RepeatKind, string> = {
  weekly: '每週',
  monthly: '每月',
  quarterly: '每季',
  'half-yearly': '每半年',
  yearly: '每年',
};

const checklist: Catalogue['checklist'] = {
  asOf: (day) => `截至${day}`,
  unitLine: (unit, leads, supports) => `責任單位：${unit}（牽頭 ${leads} 項，配合 ${supports} 項）`,
  role: { lead: '牽頭', support: '配合' },
  roleMark: (role) => `【${role}】`,
  roleVia: (role, group) => `${role}（${group}）`,
  field: { lead: '牽頭', support: '配合', due: '完成時限', progress: '進度', doneOn: '完成日期' },
  pair: (label, value) => `${label}：${value}`,
  fieldSeparator: '；',
  parens: (text) => `（${text}）`,
  noteSeparator: '，',
  repeat,
  other: { phase: '其他（未分階段）', goal: '其他（未關聯目標）', unit: '其他（未明確責任單位）' },
  milestones: '時間節點',
  milestone: '節點',
  span: (from, to) => (from === to ? from : `${from}—${to}`),
  overdue: (days) => `逾期 ${days} 天`,
  dueSoon: (days) => (days === 0 ? '今天到期' : `${days} 天後到期`),
  lateToStart: (days) => `延遲啟動 ${days} 天`,
  behind: (points) => `落後序時進度 ${points} 個百分點`,
  doneLate: (days) => `逾期 ${days} 天完成`,
  earlier: (count) => `……此前另有 ${count} 期未列出`,
  later: (count) => `……此後另有 ${count} 期未列出`,
  missedOccurrence: '（應報未報）',
  droppedOccurrence: '（已取消）',
  noItemsForUnit: (unit) => `提示：${unit}沒有牽頭或配合的任務或節點。`,
};

const report: Catalogue['report'] = {
  asOf: (date) => `截至${date}`,
  issued: (date) => `${date}印發`,
  period: (start, end) => `實施期限：${start}—${end}`,
  section: {
    status: '任務狀態',
    lights: '紅黃綠燈',
    units: '各單位任務',
    goals: '目標與指標',
    urgent: '最緊急事項',
  },
  unlit: (done, dropped, doneLate) =>
    `已辦結 ${done} 項${doneLate > 0 ? `（其中逾期完成 ${doneLate} 項）` : ''}、已取消 ${dropped} 項，不亮燈。`,
  countedLeaves: (leaves, all) =>
    leaves === all
      ? `共 ${leaves} 項任務。`
      : `按末級任務計 ${leaves} 項（共 ${all} 項任務，有子任務的任務按其子任務計）。`,
  total: '合計',
  unitColumn: {
    unit: '單位',
    leads: '牽頭',
    supports: '配合',
    open: '未完成',
    overdue: '逾期',
    doneLate: '逾期完成',
  },
  targetColumn: {
    light: '燈號',
    metric: '指標',
    baseline: '基期值',
    latest: '最新值',
    target: '目標值',
    nature: '屬性',
    status: '狀態',
  },
  nature: { binding: '約束性', expected: '預期性', advocated: '倡導性' },
  goal: (id, title, due) => `${id} ${title}${due ? `（完成時限：${due}）` : ''}`,
  noTargets: '（未設量化指標）',
  noGoals: '方案未列目標。',
  noUnits: '任務未明確責任單位。',
  noTasks: '方案未列任務。',
  reading: (value, date) => (date ? `${value}（${date}）` : value),
  withReference: (target, reference) => `${target}（參照值 ${reference}）`,
  targetValue: zhCompare,
  achieved: (yes) => (yes ? '已實現' : '未實現'),
  urgentHeading: (shown, total) =>
    shown === total
      ? `最緊急事項（共 ${total} 項）`
      : `最緊急事項（前 ${shown} 項，共 ${total} 項）`,
  nothingUrgent: (date) => `截至${date}，沒有逾期或需要預警的事項。`,
};

const reportHtml: Catalogue['reportHtml'] = {
  kicker: '實施進展報告',
  documentTitle: (title, asOf) => `${title}（截至${asOf}）`,
  meta: {
    issuer: '印發單位',
    documentNo: '文號',
    issued: '印發日期',
    period: '實施期限',
    asOf: '統計截至',
  },
  period: (start, end) => `${start}—${end}`,
  section: { summary: '總體情況', timeline: '時間進度圖', tasks: '重點任務分工表' },
  cards: { status: '任務狀態', lights: '紅黃綠燈', targets: '指標達成' },
  urgentNote: zhUrgentNote({
    item: '項',
    kinds: {
      leaf: '末級任務',
      parent: '有子任務的任務',
      phase: '階段',
      milestone: '節點',
      target: '指標',
    },
    doneLate: (count) => `；另有逾期完成 ${count}，已辦結，不亮燈`,
    summaryLead: '。「總體情況」的燈號只計末級任務，不計階段、節點、指標和有子任務的任務：',
  }),
};

const exportWords: Catalogue['export'] = {
  prefix: { task: '【到期】', milestone: '【節點】', phase: '【階段】', step: '【步驟】' },
  field: {
    plan: '方案',
    phase: '階段',
    period: '時間',
    repeat: '頻率',
    doneOn: '完成日期',
    notes: '備註',
  },
  repeat,
  times: (count) => `共 ${count} 期`,
  line: (label, value) => `${label}：${value}`,
  range: (from, to) => `${from}—${to}`,
  from: (date) => `${date}起`,
  until: (date) => `截至${date}`,
  aside: (text, aside) => `${text}（${aside}）`,
  bounded: (tasks) =>
    `plan export：${tasks} 項週期性任務沒有截止日期，行事曆無法無限重複其到期日，已列出今後一年的到期日；請在此之前重新匯出，或寫明其截止日期（due）或方案期間（period）`,
  cut: (tasks, perTask, total) =>
    `plan export：${tasks} 項週期性任務的到期日未全部列出（每項最多 ${perTask} 期，合計最多 ${total} 期）`,
};

const office: Catalogue['office'] = {
  dateFormat: { year: 'yyyy"年"', month: 'yyyy"年"m"月"', day: 'yyyy"年"m"月"d"日"' },
  heading: '重點任務分工表',
  asOf: (day) => `截至${day}`,
  partSeparator: '　',
  allSheet: '分工表',
  pageFooter: '&C第 &P 頁，共 &N 頁',
  pageOf: ['第 ', ' 頁，共 ', ' 頁'],
  notePrefix: '註：',
  shading: '狀態底色即燈號。',
  groupByIgnored: (format) => `提示：--group-by 只用於 xlsx 和 docx，${format} 格式不分組。`,
};

const errorsNote: Catalogue['errorsNote'] = {
  lead: (count) => `本方案有 ${count} 處錯誤，據此所作的判斷可能不準確：`,
  line: (line, message, suggestion) =>
    `第 ${line} 行：${message}${suggestion ? `（${suggestion}）` : ''}`,
  more: (total) => `……等 ${total} 處`,
};

const legend: Catalogue['legend'] = {
  gap: (rule, n) => (rule.shortfall === 'points' ? `${n} 個百分點` : `序時進度的 ${n}%`),
  over: (gap) => `落後序時進度超過 ${gap}`,
  atLeast: (gap) => `落後序時進度 ${gap}及以上`,
  band: (rule, from, to) =>
    rule.shortfall === 'points'
      ? `落後序時進度 ${from}—${to} 個百分點${rule.inclusive ? '（含）' : '（不含）'}`
      : `落後序時進度的 ${from}%—${to}%${rule.inclusive ? '（含）' : '（不含）'}`,
  below: '未達序時進度',
  within: (window) => `${window.count} ${window.workdays ? '個工作日' : '天'}`,
  legend: ({ red, yellow, blue, within }) =>
    `紅燈：逾期${red ? `，或${red}` : ''}；黃燈：${yellow}、受阻、延遲啟動${blue === null ? `，或 ${within}內到期` : ''}；${blue !== null ? `藍燈：${within}內到期；` : ''}綠燈：達到序時進度，按計畫推進；已辦結、已取消的事項不亮燈。`,
};

const scaleWords: Record<TimelineScale, string> = {
  week: '按週',
  month: '按月',
  quarter: '按季',
};

const quarterNumerals = ['一', '二', '三', '四'] as const;

const timeline: Catalogue['timeline'] = {
  item: '事項',
  today: '今天',
  title: (title, scale, asOf) => `${title}（${scaleWords[scale]}，截至${asOf}）`,
  lightMark: { red: '紅', yellow: '黃', blue: '藍', green: '綠', grey: '無' },
  legend: '圖例：',
  legendSeparator: '  ',
  legendItem: {
    fromPhase: '自階段開始（未寫開始時間）',
    recurring: '週期性任務，刻度為各期時限',
    ongoing: '長期',
    startOnly: '僅有開始時間',
    outside: '超出顯示範圍',
  },
  noItems: '（沒有可顯示的事項）',
  truncated: '時間範圍已截斷',
  recurringNote: (kind, count) => `（${repeat[kind]}，共 ${count} 期）`,
  range: (from, to) => `${from}—${to}`,
  tick: ({ year, index }, scale, style, showYear) => {
    const yearPart = showYear ? `${year}年` : '';
    switch (scale) {
      case 'week':
        return style === 'full' ? `${yearPart}第${index}週` : `${yearPart}${index}週`;
      case 'month':
        return `${yearPart}${index}月`;
      case 'quarter': {
        const numeral = quarterNumerals[index - 1] ?? String(index);
        return style === 'full' ? `${yearPart}第${numeral}季` : `${yearPart}${numeral}季`;
      }
    }
  },
  yearTick: (year) => `${year}年`,
  mermaid: {
    otherSection: '未列入階段的事項',
    omitted: (undated, outside) =>
      `未顯示：${[
        undated > 0 ? `無日期 ${undated} 項` : '',
        outside > 0 ? `超出顯示範圍 ${outside} 項` : '',
      ]
        .filter(Boolean)
        .join('，')}`,
    todayOutside: '今天不在顯示範圍內',
    vertNote: '今天的豎線（需 Mermaid 11.7 及以上版本；舊版本請刪除下一行）',
    axisFormat: { week: '%-m月%-d日', month: '%Y年%-m月', quarter: '%Y年%-m月' },
  },
};

const refusal: Record<Extract<FixNote, { kind: 'refused' }>['reason'], string> = {
  'reads-worse': '修正後的文字不如原文（無法解析，或錯誤增多）',
  symlink: '該檔案是符號連結，請對其指向的檔案執行 plan fix',
  'read-only': '該檔案為唯讀',
  'hard-links': '該檔案另有硬連結，改寫後將與之分離',
  changed: '修正期間該檔案已被變更',
};

const ui: Catalogue['ui'] = {
  checkSummary: ({ errors, warnings, infos }, files) => {
    const total = errors + warnings + infos;
    if (total === 0) return `已檢查 ${files} 個檔案，沒有發現問題`;
    return `已檢查 ${files} 個檔案，共 ${total} 個問題（${errors} 個錯誤，${warnings} 個警告，${infos} 個提示）`;
  },
  fixNote: (file, note) => {
    switch (note.kind) {
      case 'fixed':
        return `已修正 ${file} 中的 ${note.count} 個問題`;
      case 'nothing':
        return `${file} 沒有可自動修正的問題`;
      case 'left':
        return note.parses
          ? `${file} 尚有 ${note.count} 個問題需人工處理，請執行 plan check ${file} 檢視`
          : `${file} 仍有 YAML 語法錯誤，僅作了可確定的修正；其餘問題請執行 plan check ${file} 檢視`;
      case 'refused':
        return `未修正 ${file}：${refusal[note.reason]}，未寫入任何內容`;
    }
  },
  severity: { error: '錯誤', warning: '警告', info: '提示' },
};

const fonts: Catalogue['fonts'] = {
  svg: '"Noto Sans CJK TC","Source Han Sans TC","WenQuanYi Zen Hei","Microsoft JhengHei","PingFang TC",sans-serif',
  web: ['"Noto Sans CJK TC"', '"Source Han Sans TC"', '"Microsoft JhengHei"', '"PingFang TC"'],
  document: { title: '新細明體', heading: '微軟正黑體', body: '標楷體' },
};

const dayWanted = (name: string): string =>
  `${name} 應為日期，寫作 YYYY-MM-DD（或依方案中的寫法，如 2023年7月10日）`;

const cli: Catalogue['cli'] = {
  commanderAsIs: false,
  help: {
    'Usage:': '用法：',
    'Arguments:': '引數：',
    'Options:': '選項：',
    'Commands:': '命令：',
    'Global Options:': '通用選項：',
    options: '[選項]',
    command: '[命令]',
    default: (value) => `預設：${value}`,
    help: '顯示本命令的說明',
    version: '顯示版本號碼',
    program: '將以 YAML 撰寫的實施方案編譯為檢查結果、分工表、任務清單和進度圖。',
  },
  hint: '（執行 plan --help 查看用法）',
  commander: {
    unknownOption: (flag, similar) =>
      `錯誤：選項「${flag}」不存在${similar ? `（是否應為 ${similar}？）` : ''}`,
    unknownCommand: (name, similar) =>
      `錯誤：命令「${name}」不存在${similar ? `（是否應為 ${similar}？）` : ''}`,
    missingArgument: (name) => `錯誤：缺少引數「${name}」`,
    optionMissingArgument: (flags) => `錯誤：選項「${flags}」後須填寫值`,
    excessArguments: (expected, got) => `錯誤：引數過多，應為 ${expected} 個，實際給了 ${got} 個`,
    invalidArgument: (flags, value) => `錯誤：選項「${flags}」的值「${value}」無效`,
    other: '錯誤：無法辨識命令列',
  },
  usage: {
    lang: (value) => `--lang 只能是 zh-CN、zh-TW 或 en，不能是「${value}」`,
    dayWanted,
    dayTooCoarse: (name, value, example) =>
      `${name} 應為特定某一天，「${value}」不只一天；請寫明日期，如 ${example}`,
    dayProblem: (name, value, problem, suggestion) =>
      `${dayWanted(name)}，${
        {
          nonexistent: `「${value}」這一天不存在`,
          yearless: `「${value}」缺少年份`,
          placeholder: `「${value}」是範本中的預留位置`,
          unreadable: `「${value}」無法辨識`,
        }[problem]
      }${suggestion !== undefined ? `；是否應為 ${suggestion}？` : ''}`,
    wholeNumber: (name, value) => `${name} 應為整數，不能是「${value}」`,
    warnWindow: (name, value) =>
      `${name} 應為天數或工作日數（如 14、「14天」「14 days」「5個工作日」「5 workdays」），不能是「${value}」`,
    oneOf: (name, valid, value) => `${name} 只能是 ${valid.join('、')} 之一，不能是「${value}」`,
    statusChoice: (code) => `${code}（${shared.status[code]}）`,
    mustBe: (name, valid, value) =>
      `${name} 只能是 ${valid.join('、')}${valid.length > 1 ? ' 之一' : ''}，不能是「${value}」`,
    notValid: (name, value, valid) =>
      `${name} 的值「${value}」無效${valid.length > 0 ? `；可選：${valid.join('、')}` : '；本方案中沒有可選的值'}`,
    statusWord: (value, code) => `--status 應填寫狀態代碼：「${value}」請寫作 ${code}`,
    binaryNeedsOutput: (format) =>
      `--format ${format} 產生的是檔案，請用 -o 指定檔名（或用 -o - 輸出到標準輸出）`,
    toBeforeFrom: (to, from) => `--to（${to}）早於 --from（${from}）`,
    fromAfterTo: (from, to) => `--from ${from} 晚於 --to ${to}`,
    schemaName: (name) => `請指定 plan、report 或 config，不能是「${name}」`,
    noFiles: '沒有指定方案檔案，例如：plan check plan.yaml',
    onlyNegations: '只給了 !排除模式：請同時指定要檢查的方案檔案或資料夾',
    outputFormatShape: (value) =>
      `--output-format 應寫作 格式=檔案，如 junit=reports/junit.xml，不能是「${value}」`,
    outputFormatName: (valid, format) =>
      `--output-format 的格式只能是 ${valid.join('、')} 之一，不能是「${format}」`,
    twoOutputs: (target) => `有兩項輸出都要寫入 ${target}`,
    standardOutput: '標準輸出',
    onePlan: '請指定一個方案檔案（或用 - 從標準輸入讀取）',
    onePlanNotMany: (n) => `只能指定一個方案檔案，目前有 ${n} 個`,
    ruleCode: (code, near) =>
      `--rule：沒有「${code}」這個問題代碼${near !== undefined ? `，是否應為 ${near}？` : ''}（寫作 代碼:層級，如 overdue:off）`,
    ruleLevel: (code) =>
      `--rule：層級應為 off、info、warning 或 error（寫作 代碼:層級，如 ${code}:off）`,
  },
  files: {
    isInput: (file) => `不能寫入 ${file}：它是本次讀取的輸入檔案`,
    cannotWrite: (file, code) => `無法寫入 ${file}：${code}`,
    isDirectory: (file) => `無法寫入 ${file}：這是一個目錄`,
    danglingLink: (file) => `不能寫入 ${file}：它是指向不存在檔案的符號連結`,
    readOnly: (file) => `不能寫入 ${file}：該檔案為唯讀`,
    exists: (file) => `${file} 已存在；plan init 不會覆寫既有檔案`,
  },
  wrote: (file) => `已寫入 ${file}`,
  wroteWithSchema: (file, schema) => `已寫入 ${file}，並寫入供編輯器使用的 ${schema}`,
  outputFailed: (code) => `無法寫出結果：${code}`,
  internal: (message) => `內部錯誤：${message}`,
};

const help: Catalogue['help'] = {
  '--lang': 'zh-CN、zh-TW 或 en（預設：方案的 locale，否則依系統語言）',
  '--today': '據以判斷是否逾期的日期：YYYY-MM-DD，或依方案中的寫法，如 2023年7月10日（預設：今天）',
  '--output': '寫入此檔案（整體替換，不會寫出半個檔案），而不是輸出到標準輸出',
  '--no-color': '不使用顏色，即使輸出到終端機',
  '--max-bytes': '拒絕讀取大於此位元組數的檔案',
  '--warn-days':
    '截止日期在此期限以內者，視為即將到期：天數（14）或工作日數（「5個工作日」）；預設依方案的 lights.due_soon_within，未寫明者為 14 天',
  '--width': '終端機輸出的寬度（預設：終端機寬度，否則依 COLUMNS，再否則 100）',
  '--strict': '方案有錯誤時拒絕產生（結束代碼 1），而不是照常產生並列出錯誤',
  check: '檢查方案：解析、驗證並檢查規則，列出所有問題',
  'check <files>':
    '方案檔案、資料夾（在其中尋找方案）或萬用字元模式；!模式 排除檔案；- 從標準輸入讀取',
  'check --format': 'stylish、json、github、sarif、junit、checkstyle、gitlab 或 compact',
  'check --output-format': '同時以此格式寫入此檔案（如 junit=reports/junit.xml）；可重複使用',
  'check --strict': '警告也視為錯誤',
  'check --quiet': '只報告錯誤',
  'check --max-warnings': '警告多於此數時結束代碼為 1（無論是否顯示）',
  'check --ignore-pattern': '排除符合的檔案（gitignore 語法，同 .planignore 的一行）；可重複使用',
  'check --stdin-filename': '標準輸入（-）在報告中使用的檔名',
  'check --config': '對所有方案使用此專案設定檔，而不是從各方案所在資料夾向上尋找 plan.config.yaml',
  'check --no-config': '不使用專案設定檔',
  'check --rule':
    '將某一問題代碼設為 off、info、warning 或 error，優先於設定檔（如 overdue:off）；可重複使用',
  'init --config': '寫出一份附註解的專案設定檔（plan.config.yaml）範本，而不是方案範本',
  'check --fix': '先就地進行確定無誤的修正（同 plan fix），再檢查',
  'check --fix-dry-run': '列出 --fix 將做的修改（diff），不寫入、不檢查',
  fix: '就地進行確定無誤的修正（單位別名、狀態用語、日期寫法、貼上帶入的全形冒號、只有一個候選的欄位名稱筆誤），保留註解和版面',
  'fix <files>': '方案檔案、資料夾或萬用字元模式；- 從標準輸入讀取，輸出修正後的方案',
  'fix --dry-run': '以統一 diff 格式列出修改，不寫入檔案',
  'fix --ignore-pattern': '排除符合的檔案（gitignore 語法）；可重複使用',
  table: '分工表：序號、任務、牽頭和配合單位、日期、狀態、進度',
  'table <files>': '一個方案檔案；- 從標準輸入讀取',
  'table --format': 'term、md、csv、tsv、json、xlsx 或 docx（xlsx 和 docx 須用 -o 指定檔案）',
  'table --columns':
    '要顯示的欄及其順序：no,title,lead,support,leader,owner,phase,start,due,status,progress,note',
  'table --unit': '只列此單位（代號、名稱或別名）牽頭或配合的任務',
  'table --phase': '只列此階段（代號或名稱）的任務',
  'table --goal': '只列服務於此目標的任務',
  'table --status':
    '只列這些狀態的任務：todo（未開始）、doing（進行中）、done（已完成）、blocked（受阻）、dropped（已取消）',
  'table --group-by': 'phase、unit 或 goal：每組一個工作表（xlsx）、每組一個標題（docx）',
  'table --no-bom': 'CSV 和 TSV 不加位元組順序標記（BOM）',
  checklist: 'Markdown 任務清單（- [ ] / - [x]），依階段、目標或單位分組',
  'checklist <files>': '一個方案檔案；- 從標準輸入讀取',
  'checklist --group-by': 'phase（階段）、goal（目標）或 unit（單位）',
  'checklist --unit': '某一單位自己的清單：其牽頭或配合的任務，保留總表序號',
  'checklist --from': '列出週期性任務自此日起的各期，YYYY-MM-DD',
  'checklist --to': '列出週期性任務至此日止的各期，YYYY-MM-DD',
  'checklist --format': 'md（唯一的格式）',
  timeline: '甘特圖式進度圖：階段、步驟、任務和節點',
  'timeline <files>': '一個方案檔案或萬用字元模式；- 從標準輸入讀取',
  'timeline --format': 'term、svg 或 mermaid',
  'timeline --scale': 'week、month 或 quarter（預設：排得下的最細刻度）',
  'timeline --from': '圖表自此日期開始，YYYY-MM-DD',
  'timeline --to': '圖表至此日期結束，YYYY-MM-DD',
  'timeline --width': '圖表寬度：term 為字元欄數（預設：終端機寬度），svg 為像素（預設：1200）',
  overdue: '列出逾期、落後序時進度、延遲啟動、即將到期的事項和有風險的指標，最緊急的在前',
  'overdue <files>': '一個方案檔案；- 從標準輸入讀取',
  'overdue --format': 'term、md、csv 或 json',
  'overdue --no-bom': 'CSV 不加位元組順序標記（BOM）',
  report: '一頁式摘要：依狀態和燈號計數、各單位、目標和指標、最緊急的事項',
  'report <files>': '一個方案檔案；- 從標準輸入讀取',
  'report --format': 'term、md、html（可列印的單頁）或 json（供儀表板使用的資料）',
  export: '匯出供其他工具使用：--format ics 產生截止日期、節點和階段的 iCalendar 行事曆檔案',
  'export <files>': '一個方案檔案；- 從標準輸入讀取',
  'export --format': 'ics',
  schema:
    '輸出 JSON Schema：方案格式（plan，預設；schemas/plan.schema.json）、`plan report --format json` 的格式（report；schemas/report.schema.json）或專案設定檔 plan.config.yaml 的格式（config；schemas/config.schema.json）',
  'schema <name>': 'plan、report 或 config',
  init: '寫出一份能通過檢查的方案範本（不會覆寫既有檔案）',
  'init <file>': '寫到哪裡（預設：plan.yaml，加 --config 時為 plan.config.yaml）；- 為標準輸出',
};

const diagnostics = {
  'yaml-syntax': (_, v) => yamlSyntaxWords(yamlSyntax, v),
  'paste-artefact': (_, v) => {
    const what = pastedNames[v('char')] ?? `「${v('char')}」`;
    return (
      {
        'fullwidth-colon': `「${v('key')}」後用了${what}，YAML 只認半形冒號；請改為半形冒號加一個空格（疑為從 Word、WPS 貼上所致）`,
        'wide-space-indent': `縮排中有${what}，YAML 縮排只能用半形空格；請改為半形空格（疑為從 Word、WPS 貼上所致）`,
        'wide-space-after-colon': `「${v('key')}:」後是${what}，YAML 不視為空格；請改為半形空格（疑為從 Word、WPS 貼上所致）`,
        'no-space-after-colon': `「${v('key')}:」後缺少空格，整行會被當作一段文字；請在冒號後加一個半形空格`,
        'fullwidth-dash': `清單項目前用了${what}，YAML 清單項目須以半形短橫線「-」加空格開頭`,
        'fullwidth-bracket': `「${v('key')}」的清單用了${what}，YAML 只認半形方括號「[ ]」，各項之間以半形逗號分隔`,
        'wide-space-after-dash': `清單符號「-」後是${what}，YAML 不視為空格；請改為半形空格（疑為從 Word、WPS 貼上所致）`,
        'wide-space-trailing': `「${v('key')}」的值末尾有${what}，會被當作值的一部分，單位名稱、日期因此對不上；請將其刪除`,
        'numbered-item': `清單項目前用了編號「${v('char')}」，YAML 清單項目須以半形短橫線「-」加空格開頭；原序號可填入 no 欄位`,
        'typographic-quotes': `「${v('key')}」的值兩端有${what}，會被當作代號的一部分；代號不需要加引號，請刪除`,
        'invisible-char': `此處有一個看不見的字元${what}，疑為從網頁或 Word 複製帶入；請將其刪除`,
      }[v('problem')] ?? `貼上帶入的字元${what}`
    );
  },
  'comment-in-text': (_, v) =>
    `「${v('key')}」中「#」及其後的文字（${v('comment')}）被當作註解略去；如需保留，請為整個值加上引號`,
  schema: (_, v) =>
    ({
      'empty-plan': '檔案是空的：方案至少需要 version 和 title',
      'not-a-map': '方案的頂層必須是「鍵: 值」的對應，例如 version: 1',
      missing: `缺少必填欄位 ${v('field')}`,
      type:
        numberBeforePercent(v) !== undefined && v('expected') === 'number'
          ? `${v('key') === 'progress' ? '進度' : ''}應填寫數字（如 ${numberBeforePercent(v)}），不要加 %`
          : `應填寫${types(v('expected'), typeNames, '或')}，此處填寫的是${types(v('actual'), typeNames, '或')}`,
      enum: quotedNumber(v)
        ? `應為數字 ${v('allowed')}，不要加引號`
        : `「${v('value')}」不是有效的值，可選值為：${v('allowed').split(', ').join('、')}`,
      'empty-text': '不能為空',
      'too-small': `${bound(v)}不能小於 ${v('limit')}`,
      'too-big': `${bound(v)}不能大於 ${v('limit')}`,
      'due-soon-within': `預警期「${v('value')}」無法辨識：應寫為天數或工作日數，如 14、「14天」「14 days」「5個工作日」「5 workdays」`,
      'red-below-yellow': `紅燈線 ${v('red')} 低於黃燈線 ${v('yellow')}，任何事項都不會亮黃燈：red 應 ≥ yellow`,
      'repeat-weekday': `星期「${v('value')}」無法辨識：應為週一至週日（或 mon…sun、1…7）`,
      'repeat-within': `期限「${v('value')}」無法辨識：應寫為天數或工作日數，如「10天」或「10個工作日」`,
      'repeat-within-unit': `期限「${v('value')}」未寫單位：日曆日請寫「${v('value')}天」，工作日請寫「${v('value')}個工作日」`,
      'occurrence-outside': `「${v('value')}」不在該項工作的起訖期限內，沒有對應的報送期次`,
      'repeat-too-many': `按此重複規則，期間內將超過 ${v('limit')} 次，疑為起訖日期或頻次有誤`,
      'checkpoints-decreasing': `形象進度節點（${zhDate(v('date'))}）為 ${v('value')}%，低於此前節點（${zhDate(v('previousDate'))}）的 ${v('previous')}%：節點進度應逐步遞增`,
    })[v('problem')] ?? `格式不符：${v('detail')}`,
  'unknown-key': (p, v) =>
    `未知的欄位「${v('key')}」${p.more !== undefined ? `；同一處另有 ${v('more')} 個未知欄位，不再逐一列出` : ''}`,
  'invalid-date': (p, v) =>
    ({
      nonexistent: `日期「${v('value')}」不存在`,
      yearless: {
        'no-period': `日期「${v('value')}」未寫年份，方案也未寫明實施期（period）的起訖，無法確定年份；請寫明年份${p.example !== undefined ? `，如「${v('example')}」` : '，或寫明實施期'}`,
        'period-spans-years': `日期「${v('value')}」未寫年份，方案實施期（${zhDate(v('periodStart'))}—${zhDate(v('periodEnd'))}）跨越多個年份，無法確定所指年份；請寫明年份${p.example !== undefined ? `，如「${v('example')}」` : ''}`,
        'in-period': `實施期日期「${v('value')}」未寫年份；未寫年份的日期均依實施期所在年份確定，實施期本身須寫明年份${p.example !== undefined ? `，如「${v('example')}」` : ''}`,
      }[v('reason')],
    })[v('problem')] ?? `無法辨識的日期「${v('value')}」`,
  'placeholder-date': (_, v) => `日期「${v('value')}」是範本預留位置，請填寫實際年份`,
  'duplicate-id': (_, v) =>
    `${kindNames[v('kind')] ?? ''}代號「${v('id')}」重複，首次出現於 ${v('first')}`,
  'unknown-reference': (_, v) => `引用的${kindNames[v('kind')] ?? ''}「${v('name')}」未定義`,
  'end-before-start': (_, v) =>
    `結束時間（${zhDate(v('end'))}）早於開始時間（${zhDate(v('start'))}）`,
  'dependency-cycle': (p, v) =>
    `任務循環相依：${v('circle')}${p.tasks !== undefined ? `；共 ${v('tasks')} 項任務相互循環相依` : ''}`,
  'outside-phase': (_, v) =>
    `${kindNames[v('kind')] ?? ''}日期（${zhDate(v('date'))}）不在所屬階段「${v('phase')}」（${zhDate(v('phaseStart'))}—${zhDate(v('phaseEnd'))}）之內`,
  'starts-before-dependency': (_, v) =>
    `開始時間（${zhDate(v('start'))}）早於所相依任務 ${v('dependency')} 的完成時限（${zhDate(v('due'))}）`,
  'no-lead': (_, v) => `任務 ${v('no')}「${v('name')}」未明確牽頭單位`,
  'goal-without-tasks': (_, v) => `目標 ${v('id')} 未落實到具體任務`,
  'unit-alias': (_, v) =>
    ({
      alias: `「${v('written')}」是登記單位「${v('name')}」的別稱，請改為${registered(v)}`,
      variant: `「${v('written')}」與登記單位「${v('name')}」繁簡寫法不同，請改為${registered(v)}`,
      script: `「${v('written')}」與「${v('other')}」僅繁簡寫法不同，疑為同一單位，請統一寫法`,
      short: `「${v('written')}」疑為「${v('other')}」的簡稱，請統一寫法`,
      abbreviation: `「${v('written')}」疑為「${v('other')}」的簡稱，請統一寫法`,
    })[v('problem')] ?? `「${v('written')}」與「${v('other')}」疑為同一單位，請統一寫法`,
  'several-units': (_, v) =>
    `「${v('written')}」包含 ${partsOf(v).length} 個單位，已拆分為${partsOf(v)
      .map((part) => `「${part}」`)
      .join('')}；請寫作清單 [${partsOf(v).join(', ')}]`,
  'status-progress': (_, v) =>
    ({
      'done-incomplete': `狀態為已完成，但進度僅為 ${v('progress')}%`,
      'complete-open': `進度已達 ${v('progress')}%，狀態仍是 ${v('status')}`,
      'todo-started': `進度為 ${v('progress')}%，狀態卻是未開始（todo）`,
      'done-on-open': `填寫了完成日期，狀態卻是 ${v('status')}`,
    })[v('problem')] ?? '狀態與進度不一致',
  'progress-fraction': (_, v) =>
    `進度填寫為 ${v('progress')}，按 0—100 計僅為 ${v('progress')}%；如指 ${v('meant')}%，請填寫 ${v('meant')}`,
  'done-after-today': (_, v) =>
    `完成日期 ${zhDate(v('value'))} 晚於今天（${zhDate(v('today'))}），請核對年份或日期`,
  overdue: (_, v) => `${kindNames[v('kind')] ?? ''}「${v('name')}」已逾期 ${v('days')} 天`,
  'late-to-start': (_, v) => `任務「${v('name')}」預定開始時間已過 ${v('days')} 天，仍未啟動`,
  'behind-schedule': (p, v) =>
    `任務「${v('name')}」進度 ${v('progress')}%${p.from === 'sub-tasks' ? '（按子任務平均）' : ''}，落後序時進度（${v('expected')}%）${v('points')} 個百分點${p.relative !== undefined ? `，差距為序時進度的 ${v('relative')}%` : ''}`,
  blocked: (p, v) =>
    p.note
      ? `任務「${v('name')}」受阻，最新進展：${v('note')}`
      : `任務「${v('name')}」受阻，尚未記錄原因：請在 updates 中寫明受阻原因和需協調的事項`,
  'missed-occurrence': (_, v) =>
    `任務「${v('name')}」${periodZh(v('period'), true)}應報未報，已逾期 ${v('days')} 天`,
  'untracked-phase': (_, v) =>
    `階段「${v('name')}」已於${zhDate(v('end'))}結束，但未關聯任務，也未填寫狀態，無法判斷是否按期完成；如已完成，請填寫 status: done`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${kindNames[v('kind')] ?? ''}「${v('name')}」今天到期`
      : `${kindNames[v('kind')] ?? ''}「${v('name')}」將於 ${v('days')} 天後到期`,
  'due-on-holiday': (_, v) =>
    `${kindNames[v('kind')] ?? ''}「${v('name')}」的截止日期 ${zhDate(v('value'))} 在${holiday(v)}假期內，依慣例順延至 ${zhDate(v('next'))}，請核實是否需提前`,
  'calendar-not-published': (_, v) =>
    `任務「${v('name')}」按工作日計算報送期限，但${zhYears(v('years'))}節假日安排尚未發布，暫按週一至週五計算，安排發布後請複核`,
  'target-at-risk': (_, v) =>
    `指標「${v('metric')}」最新值為 ${v('actual')}，未達到目標（${zhCompare(v('target'))}），且已臨近或超過完成時限`,
  'target-unreadable': (_, v) =>
    ({
      tolerance: `無法識別容差「${v('value')}」：請寫與目標值同單位的數值（如 0.3天）、「2個百分點」，或按目標值的比例寫「5%」`,
      reference: `無法識別參照值「${v('value')}」：請寫明具體數值，如 85%`,
    })[v('field')] ??
    (v('problem') === 'contradictory'
      ? `目標值「${v('value')}」前後矛盾：比較方向或區間上下限相互衝突`
      : `無法識別目標值「${v('value')}」：請寫作「≥30%」「30%以上」「不超過50%」「7.2天左右」「2至3項」或「實現」等形式`),
  'target-placeholder': (_, v) =>
    `${({ tolerance: '容差', reference: '參照值' })[v('field')] ?? '目標值'}「${v('value')}」是範本預留位置，請填寫實際數值`,
  'target-not-computable': (_, v) =>
    v('why') === 'relative'
      ? `指標「${v('metric')}」的目標「${v('target')}」是相對變化，缺少比較基數，無法判定是否達標；可在 reference 中填寫基數（如上年同期值）`
      : `指標「${v('metric')}」的目標「${v('target')}」沒有具體數值，無法判定是否達標；可在 reference 中填寫參照值（如全國中位數）`,
  'target-unit-mismatch': (_, v) =>
    `實際值 ${v('actual')} 的單位「${v('actualUnit')}」與目標（${zhCompare(v('target'))}）的單位「${v('unit')}」不一致，無法比較`,
  'actual-unreadable': (_, v) =>
    v('problem') === 'empty'
      ? '這筆實際值既沒有 value 也沒有 achieved，請填寫數值或是否實現'
      : `實際值「${v('actual')}」沒有可比較的數值，無法與目標（${zhCompare(v('target'))}）比較`,
  'input-too-large': (_, v) =>
    `檔案大小 ${v('size')} 位元組，超過上限 ${v('limit')} 位元組（可用 --max-bytes 調整）`,
  encoding: (_, v) =>
    v('likely') === 'binary'
      ? '這不是文字檔（含二進位資料）'
      : `檔案不是 UTF-8 編碼，可能是 ${v('likely')}。請轉換為 UTF-8，例如：iconv -f ${v('likely')} -t UTF-8 原檔案 > 新檔案，或在編輯器中「另存為 UTF-8」`,
  'input-unreadable': (_, v) =>
    ({ missing: '檔案不存在', directory: '這是一個目錄，不是檔案', 'no-match': '沒有符合的檔案' })[
      v('problem')
    ] ?? `無法讀取檔案：${v('reason')}`,
  config: (_, v) =>
    ({
      yaml: `設定檔不是有效的 YAML：${v('reason')}`,
      'not-a-map': '設定檔應為鍵值對應（如 rules: …），不能為空或為清單',
      'unknown-key': `設定項「${v('key')}」不存在；此處可用的設定項為 ${v('keys').split(', ').join('、')}`,
      'unknown-code': `問題代碼「${v('code')}」不存在`,
      severity: `問題代碼 ${v('code')} 的層級「${v('value')}」無效，應為 off、info、warning 或 error`,
      type: `此處應為${types(v('expected'), { ...typeNames, other: '其他類型的值' }, '或')}`,
      value: `「${v('value')}」無效，應為 ${v('allowed')} 之一`,
      'too-big': `取值 ${v('value')} 過大，應不超過 ${v('limit')}`,
      'too-small': `取值 ${v('value')} 過小，應不低於 ${v('limit')}`,
      'units-missing': `單位名錄檔 ${v('file')} 不存在`,
      'units-invalid': `${v('file')} 不是單位名錄：應為「單位代號: 單位名稱」或「單位代號: { name: …, aliases: […] }」的對應（${v('detail')}）`,
      pattern: `忽略規則「${v('pattern')}」無法解析：缺少配對的「${v('missing')}」（如需比對該字元本身，請在其前加反斜線「\\」）`,
      'lights-due-soon-within': `lights.due_soon_within 的預警期「${v('value')}」無法辨識：應寫為天數或工作日數，如 14、「14天」「14 days」「5個工作日」「5 workdays」`,
      lights: `紅燈線（${v('red')}）低於黃燈線（${v('yellow')}）`,
      missing: `設定檔 ${v('file')} 不存在`,
    })[v('problem')] ?? `設定有誤：${v('detail')}`,
  'unused-suppression': (_, v) =>
    v('scope') === 'file'
      ? `「plan-disable ${v('code')}」未遮蔽任何問題，請刪除該註解或其中的代碼`
      : `「plan-disable-next-line ${v('code')}」未遮蔽下一行的任何問題，請刪除該註解或其中的代碼`,
  'invalid-suppression': (_, v) =>
    v('problem') === 'no-code'
      ? '「plan-disable」註解未寫問題代碼，例如：# plan-disable-next-line overdue -- 理由'
      : `「plan-disable」註解中的問題代碼「${v('code')}」不存在，該註解不起作用`,
} satisfies Record<DiagnosticCode, Message>;

export const zhTW = {
  diagnostics,
  yamlSyntax,
  didYouMean: (suggestion: string): string => `是否要寫「${suggestion}」？`,
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
