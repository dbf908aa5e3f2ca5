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
  types,
  yamlSyntaxWords,
  zhDate,
  zhCompare,
  zhYears,
} from './format.js';
import type { Catalogue } from './en.js';

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
      'too-small': `不能小于 ${v('limit')}`,
      'too-big': `不能大于 ${v('limit')}`,
      'due-soon-within': `预警期“${v('value')}”无法识别：应写为天数或工作日数，如 14、“14天”“14 days”“5个工作日”“5 workdays”`,
      'red-below-yellow': `红灯线 ${v('red')} 低于黄灯线 ${v('yellow')}，任何事项都不会亮黄灯：red 应 ≥ yellow`,
      'repeat-weekday': `星期“${v('value')}”无法识别：应为周一至周日（或 mon…sun、1…7）`,
      'repeat-within': `期限“${v('value')}”无法识别：应写为天数，如“10 days”或“10天”`,
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
      alias: `“${v('written')}”是登记单位“${v('name')}”的别称，请改为登记的名称或标识 ${v('id')}`,
      variant: `“${v('written')}”与登记单位“${v('name')}”繁简写法不同，请改为登记的名称或标识 ${v('id')}`,
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
} satisfies Catalogue;
