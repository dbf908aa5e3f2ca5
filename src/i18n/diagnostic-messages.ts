/**
 * The words of every diagnostic, in each language. A message is a function
 * of the finding's params; `v` reads one as text, so a missing param shows as
 * empty rather than `undefined`.
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { MessageParams } from '../diagnostics/types.js';
import { holidayName } from './holiday-names.js';
import type { Lang } from './lang.js';
import { yamlSyntaxMessage } from './yaml-syntax-messages.js';

type Message = (p: MessageParams, v: (name: string) => string) => string;
type Catalogue = Record<DiagnosticCode, Message>;

const kindZhCN: Record<string, string> = {
  task: '任务',
  phase: '阶段',
  milestone: '节点',
  goal: '目标',
  unit: '单位',
  step: '步骤',
};
const kindZhTW: Record<string, string> = {
  task: '任務',
  phase: '階段',
  milestone: '節點',
  goal: '目標',
  unit: '單位',
  step: '步驟',
};

const typeZhCN: Record<string, string> = {
  text: '文字',
  number: '数字',
  list: '列表',
  map: '键值映射',
  boolean: '布尔值',
  empty: '空值',
};
const typeZhTW: Record<string, string> = {
  text: '文字',
  number: '數字',
  list: '清單',
  map: '鍵值對應',
  boolean: '布林值',
  empty: '空值',
};
const typeEn: Record<string, string> = {
  text: 'text',
  number: 'a number',
  list: 'a list',
  map: 'a mapping (key: value)',
  boolean: 'true/false',
  empty: 'nothing',
};

/** The units a `several-units` finding read a string as. */
const partsOf = (v: (name: string) => string): string[] => v('parts').split('\n');

const types = (names: string, table: Record<string, string>, or: string): string =>
  names
    .split('|')
    .filter(Boolean)
    .map((name) => table[name] ?? name)
    .join(or);

/** `2024-07-10` → `2024年7月10日` (and `2024-07` → `2024年7月`) in a Chinese sentence; other forms as written. */
const zhDate = (text: string): string => {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${day !== undefined ? `${Number(day)}日` : ''}`;
};

/** The pasted character a `paste-artefact` names, as a reader can tell it apart. */
const pastedZhCN: Record<string, string> = {
  '\u3000': '全角空格（U+3000）',
  '\u00a0': '不换行空格（U+00A0）',
  '：': '全角冒号“：”',
  '－': '全角短横线“－”',
  '—': '破折号“—”',
  '–': '连接号“–”',
  '［': '全角方括号“［ ］”',
  '【': '方头括号“【 】”',
};
const pastedZhTW: Record<string, string> = {
  '\u3000': '全形空格（U+3000）',
  '\u00a0': '不換行空格（U+00A0）',
  '：': '全形冒號「：」',
  '－': '全形短橫線「－」',
  '—': '破折號「—」',
  '–': '連接號「–」',
  '［': '全形方括號「［ ］」',
  '【': '方頭括號「【 】」',
};
const pastedEn: Record<string, string> = {
  '\u3000': 'an ideographic space (U+3000)',
  '\u00a0': 'a no-break space (U+00A0)',
  '：': 'a full-width colon "："',
  '－': 'a full-width dash "－"',
  '—': 'an em dash "—"',
  '–': 'an en dash "–"',
  '［': 'full-width brackets "［ ］"',
  '【': 'lenticular brackets "【 】"',
};

/** An occurrence's period (`2023-03`, `2023-Q2`, `2023-H1`, `2023`, `2024-01-05`) in Chinese. */
/** `2027,2028` → `2027年、2028年`. */
const zhYears = (years: string): string =>
  years
    .split(',')
    .map((year) => `${year}年`)
    .join('、');

function periodZh(label: string, tw: boolean): string {
  const [year, part, day] = label.split('-');
  if (part === undefined) return `${year}年`;
  if (part.startsWith('Q'))
    return `${year}年第${'一二三四'[Number(part[1]) - 1]}${tw ? '季' : '季度'}`;
  if (part.startsWith('H')) return `${year}年${part === 'H1' ? '上' : '下'}半年`;
  return `${year}年${Number(part)}月${day !== undefined ? `${Number(day)}日` : ''}`;
}

const zhCN: Catalogue = {
  'yaml-syntax': (_, v) => yamlSyntaxMessage(v, 'zh-CN'),
  'paste-artefact': (_, v) => {
    const what = pastedZhCN[v('char')] ?? `“${v('char')}”`;
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
      type: `类型不对：应为${types(v('expected'), typeZhCN, '或')}，实际是${types(v('actual'), typeZhCN, '或')}`,
      enum: `取值 “${v('value')}” 无效，可选值：${v('allowed')}`,
      'empty-text': '不能为空',
      'too-small': `不能小于 ${v('limit')}`,
      'too-big': `不能大于 ${v('limit')}`,
      'red-below-yellow': `红灯线 ${v('red')} 低于黄灯线 ${v('yellow')}，任何事项都不会亮黄灯：red 应 ≥ yellow`,
      'repeat-weekday': `星期“${v('value')}”无法识别：应为周一至周日（或 mon…sun、1…7）`,
      'repeat-within': `期限“${v('value')}”无法识别：应写为天数，如“10 days”或“10天”`,
      'occurrence-outside': `“${v('value')}”不在该项工作的起止期限内，没有对应的报送期次`,
      'repeat-too-many': `按此重复规则，期间内将超过 ${v('limit')} 次，疑为起止日期或频次有误`,
      'checkpoints-decreasing': `形象进度节点 ${v('date')} 为 ${v('value')}%，低于此前节点 ${v('previousDate')} 的 ${v('previous')}%：节点进度应逐步递增`,
    })[v('problem')] ?? `格式不符：${v('detail')}`,
  'unknown-key': (p, v) =>
    `未知的字段 “${v('key')}”${p.more !== undefined ? `；同一处另有 ${v('more')} 个未知字段，不再逐一列出` : ''}`,
  'invalid-date': (p, v) =>
    ({
      nonexistent: `日期 “${v('value')}” 不存在`,
      yearless: {
        'no-period': `日期 “${v('value')}” 未写年份，方案也未写明实施期（period）的起止，无法确定年份；请写明年份${p.example !== undefined ? `，如 “${v('example')}”` : '，或写明实施期'}`,
        'period-spans-years': `日期 “${v('value')}” 未写年份，方案实施期（${v('periodStart')}—${v('periodEnd')}）跨越多个年份，无法确定所指年份；请写明年份${p.example !== undefined ? `，如 “${v('example')}”` : ''}`,
        'in-period': `实施期日期 “${v('value')}” 未写年份；未写年份的日期均按实施期所在年份确定，实施期本身须写明年份${p.example !== undefined ? `，如 “${v('example')}”` : ''}`,
      }[v('reason')],
    })[v('problem')] ?? `无法识别的日期 “${v('value')}”`,
  'placeholder-date': (_, v) => `日期 “${v('value')}” 是模板占位符，请填写实际年份`,
  'duplicate-id': (_, v) =>
    `${kindZhCN[v('kind')] ?? ''}编号 “${v('id')}” 重复，首次出现在 ${v('first')}`,
  'unknown-reference': (_, v) => `未定义的${kindZhCN[v('kind')] ?? ''} “${v('name')}”`,
  'end-before-start': (_, v) => `结束时间 ${v('end')} 早于开始时间 ${v('start')}`,
  'dependency-cycle': (p, v) =>
    `任务循环依赖：${v('circle')}${p.tasks !== undefined ? `；共 ${v('tasks')} 项任务相互循环依赖` : ''}`,
  'outside-phase': (_, v) =>
    `${kindZhCN[v('kind')] ?? ''}日期 ${v('date')} 不在所属阶段“${v('phase')}”（${v('phaseStart')}—${v('phaseEnd')}）之内`,
  'starts-before-dependency': (_, v) =>
    `开始时间 ${v('start')} 早于所依赖任务 ${v('dependency')} 的完成时限 ${v('due')}`,
  'no-lead': (_, v) => `任务 ${v('no')}“${v('name')}”没有牵头单位`,
  'goal-without-tasks': (_, v) => `目标 ${v('id')} 没有任何任务支撑`,
  'unit-alias': (_, v) =>
    ({
      alias: `“${v('written')}”是登记单位“${v('name')}”的别称，请写作登记的名称或编号 ${v('id')}`,
      variant: `“${v('written')}”与登记单位“${v('name')}”繁简写法不同，请写作登记的名称或编号 ${v('id')}`,
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
      'done-incomplete': `状态为已完成，但进度只有 ${v('progress')}%`,
      'complete-open': `进度已达 ${v('progress')}%，状态仍是 ${v('status')}`,
      'todo-started': `进度为 ${v('progress')}%，状态却是未开始（todo）`,
      'done-on-open': `填写了完成日期，状态却是 ${v('status')}`,
    })[v('problem')] ?? '状态与进度不一致',
  'progress-fraction': (_, v) =>
    `进度写作 ${v('progress')}，按 0–100 计只有 ${v('progress')}%；如指 ${v('meant')}%，请写作 ${v('meant')}`,
  'done-after-today': (_, v) =>
    `完成日期 ${zhDate(v('value'))} 晚于今天（${zhDate(v('today'))}），请核对年份或日期`,
  overdue: (_, v) => `${kindZhCN[v('kind')] ?? ''}“${v('name')}”已逾期 ${v('days')} 天`,
  'late-to-start': (_, v) => `任务“${v('name')}”应已开始 ${v('days')} 天，状态仍为未开始`,
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
      ? `${kindZhCN[v('kind')] ?? ''}“${v('name')}”今天到期`
      : `${kindZhCN[v('kind')] ?? ''}“${v('name')}”还有 ${v('days')} 天到期`,
  'due-on-holiday': (_, v) =>
    `${kindZhCN[v('kind')] ?? ''}“${v('name')}”的截止日期 ${zhDate(v('value'))} 在${holidayName(v('holiday'), v('holidayZh'), 'zh-CN')}假期内，按惯例顺延至 ${zhDate(v('next'))}，请核实是否需提前`,
  'calendar-not-published': (_, v) =>
    `任务“${v('name')}”按工作日计算报送期限，但${zhYears(v('years'))}节假日安排尚未发布，暂按周一至周五计算，安排发布后请复核`,
  'target-at-risk': (_, v) =>
    `指标“${v('metric')}”最新值 ${v('actual')} 未达到目标 ${v('target')}，且临近或已过时限`,
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
    `实际值 ${v('actual')} 的单位“${v('actualUnit')}”与目标 ${v('target')} 的单位“${v('unit')}”不一致，无法比较`,
  'actual-unreadable': (_, v) =>
    v('problem') === 'empty'
      ? '这条实际值既没有 value 也没有 achieved，请填写数值或是否实现'
      : `实际值“${v('actual')}”没有可比较的数值，无法与目标 ${v('target')} 比较`,
  'input-too-large': (_, v) =>
    `文件大小 ${v('size')} 字节，超过上限 ${v('limit')} 字节（可用 --max-bytes 调整）`,
  encoding: (_, v) =>
    v('likely') === 'binary'
      ? '这不是文本文件（含二进制数据）'
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
      type: `此处应为${types(v('expected'), { ...typeZhCN, other: '其他类型的值' }, '或')}`,
      value: `“${v('value')}”无效，应为 ${v('allowed')} 之一`,
      'too-big': `取值 ${v('value')} 过大，应不超过 ${v('limit')}`,
      'too-small': `取值 ${v('value')} 过小，应不低于 ${v('limit')}`,
      'units-missing': `单位名录文件 ${v('file')} 不存在`,
      'units-invalid': `${v('file')} 不是单位名录：应为“单位编号: 单位名称”或“单位编号: { name: …, aliases: […] }”的映射（${v('detail')}）`,
      pattern: `忽略规则“${v('pattern')}”无法解析：缺少配对的“${v('missing')}”（如需匹配该字符本身，请在其前加反斜杠“\\”）`,
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
};

const zhTW: Catalogue = {
  'yaml-syntax': (_, v) => yamlSyntaxMessage(v, 'zh-TW'),
  'paste-artefact': (_, v) => {
    const what = pastedZhTW[v('char')] ?? `「${v('char')}」`;
    return (
      {
        'fullwidth-colon': `「${v('key')}」後用了${what}，YAML 只認半形冒號；請改為半形冒號加一個空格（疑為從 Word、WPS 貼上所致）`,
        'wide-space-indent': `縮排中有${what}，YAML 縮排只能用半形空格；請改為半形空格（疑為從 Word、WPS 貼上所致）`,
        'wide-space-after-colon': `「${v('key')}:」後是${what}，YAML 不視為空格；請改為半形空格（疑為從 Word、WPS 貼上所致）`,
        'no-space-after-colon': `「${v('key')}:」後缺少空格，整行會被當作一段文字；請在冒號後加一個半形空格`,
        'fullwidth-dash': `清單項目前用了${what}，YAML 清單項目須以半形短橫線「-」加空格開頭`,
        'fullwidth-bracket': `「${v('key')}」的清單用了${what}，YAML 只認半形方括號「[ ]」，各項之間以半形逗號分隔`,
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
      type: `類型不對：應為${types(v('expected'), typeZhTW, '或')}，實際是${types(v('actual'), typeZhTW, '或')}`,
      enum: `取值「${v('value')}」無效，可選值：${v('allowed')}`,
      'empty-text': '不能為空',
      'too-small': `不能小於 ${v('limit')}`,
      'too-big': `不能大於 ${v('limit')}`,
      'red-below-yellow': `紅燈線 ${v('red')} 低於黃燈線 ${v('yellow')}，任何事項都不會亮黃燈：red 應 ≥ yellow`,
      'repeat-weekday': `星期「${v('value')}」無法辨識：應為週一至週日（或 mon…sun、1…7）`,
      'repeat-within': `期限「${v('value')}」無法辨識：應寫為天數，如「10 days」或「10天」`,
      'occurrence-outside': `「${v('value')}」不在該項工作的起訖期限內，沒有對應的報送期次`,
      'repeat-too-many': `按此重複規則，期間內將超過 ${v('limit')} 次，疑為起訖日期或頻次有誤`,
      'checkpoints-decreasing': `形象進度節點 ${v('date')} 為 ${v('value')}%，低於此前節點 ${v('previousDate')} 的 ${v('previous')}%：節點進度應逐步遞增`,
    })[v('problem')] ?? `格式不符：${v('detail')}`,
  'unknown-key': (p, v) =>
    `未知的欄位「${v('key')}」${p.more !== undefined ? `；同一處另有 ${v('more')} 個未知欄位，不再逐一列出` : ''}`,
  'invalid-date': (p, v) =>
    ({
      nonexistent: `日期「${v('value')}」不存在`,
      yearless: {
        'no-period': `日期「${v('value')}」未寫年份，方案也未寫明實施期（period）的起訖，無法確定年份；請寫明年份${p.example !== undefined ? `，如「${v('example')}」` : '，或寫明實施期'}`,
        'period-spans-years': `日期「${v('value')}」未寫年份，方案實施期（${v('periodStart')}—${v('periodEnd')}）跨越多個年份，無法確定所指年份；請寫明年份${p.example !== undefined ? `，如「${v('example')}」` : ''}`,
        'in-period': `實施期日期「${v('value')}」未寫年份；未寫年份的日期均依實施期所在年份確定，實施期本身須寫明年份${p.example !== undefined ? `，如「${v('example')}」` : ''}`,
      }[v('reason')],
    })[v('problem')] ?? `無法辨識的日期「${v('value')}」`,
  'placeholder-date': (_, v) => `日期「${v('value')}」是範本預留位置，請填寫實際年份`,
  'duplicate-id': (_, v) =>
    `${kindZhTW[v('kind')] ?? ''}編號「${v('id')}」重複，首次出現在 ${v('first')}`,
  'unknown-reference': (_, v) => `未定義的${kindZhTW[v('kind')] ?? ''}「${v('name')}」`,
  'end-before-start': (_, v) => `結束時間 ${v('end')} 早於開始時間 ${v('start')}`,
  'dependency-cycle': (p, v) =>
    `任務循環相依：${v('circle')}${p.tasks !== undefined ? `；共 ${v('tasks')} 項任務相互循環相依` : ''}`,
  'outside-phase': (_, v) =>
    `${kindZhTW[v('kind')] ?? ''}日期 ${v('date')} 不在所屬階段「${v('phase')}」（${v('phaseStart')}—${v('phaseEnd')}）之內`,
  'starts-before-dependency': (_, v) =>
    `開始時間 ${v('start')} 早於所相依任務 ${v('dependency')} 的完成時限 ${v('due')}`,
  'no-lead': (_, v) => `任務 ${v('no')}「${v('name')}」沒有牽頭單位`,
  'goal-without-tasks': (_, v) => `目標 ${v('id')} 沒有任何任務支撐`,
  'unit-alias': (_, v) =>
    ({
      alias: `「${v('written')}」是登記單位「${v('name')}」的別稱，請寫作登記的名稱或編號 ${v('id')}`,
      variant: `「${v('written')}」與登記單位「${v('name')}」繁簡寫法不同，請寫作登記的名稱或編號 ${v('id')}`,
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
      'done-incomplete': `狀態為已完成，但進度只有 ${v('progress')}%`,
      'complete-open': `進度已達 ${v('progress')}%，狀態仍是 ${v('status')}`,
      'todo-started': `進度為 ${v('progress')}%，狀態卻是未開始（todo）`,
      'done-on-open': `填寫了完成日期，狀態卻是 ${v('status')}`,
    })[v('problem')] ?? '狀態與進度不一致',
  'progress-fraction': (_, v) =>
    `進度寫作 ${v('progress')}，按 0–100 計只有 ${v('progress')}%；如指 ${v('meant')}%，請寫作 ${v('meant')}`,
  'done-after-today': (_, v) =>
    `完成日期 ${zhDate(v('value'))} 晚於今天（${zhDate(v('today'))}），請核對年份或日期`,
  overdue: (_, v) => `${kindZhTW[v('kind')] ?? ''}「${v('name')}」已逾期 ${v('days')} 天`,
  'late-to-start': (_, v) => `任務「${v('name')}」應已開始 ${v('days')} 天，狀態仍為未開始`,
  'behind-schedule': (p, v) =>
    `任務「${v('name')}」進度 ${v('progress')}%${p.from === 'sub-tasks' ? '（按子任務平均）' : ''}，落後序時進度（${v('expected')}%）${v('points')} 個百分點${p.relative !== undefined ? `，差距為序時進度的 ${v('relative')}%` : ''}`,
  blocked: (p, v) =>
    p.note
      ? `任務「${v('name')}」受阻，最新進展：${v('note')}`
      : `任務「${v('name')}」受阻，尚未記錄原因：請在 updates 中寫明受阻原因和需協調的事項`,
  'missed-occurrence': (_, v) =>
    `任務「${v('name')}」${periodZh(v('period'), true)}應報未報，已逾期 ${v('days')} 天`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${kindZhTW[v('kind')] ?? ''}「${v('name')}」今天到期`
      : `${kindZhTW[v('kind')] ?? ''}「${v('name')}」還有 ${v('days')} 天到期`,
  'due-on-holiday': (_, v) =>
    `${kindZhTW[v('kind')] ?? ''}「${v('name')}」的截止日期 ${zhDate(v('value'))} 在${holidayName(v('holiday'), v('holidayZh'), 'zh-TW')}假期內，依慣例順延至 ${zhDate(v('next'))}，請核實是否需提前`,
  'calendar-not-published': (_, v) =>
    `任務「${v('name')}」按工作日計算報送期限，但${zhYears(v('years'))}節假日安排尚未發布，暫按週一至週五計算，安排發布後請複核`,
  'target-at-risk': (_, v) =>
    `指標「${v('metric')}」最新值 ${v('actual')} 未達到目標 ${v('target')}，且臨近或已過時限`,
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
    `實際值 ${v('actual')} 的單位「${v('actualUnit')}」與目標 ${v('target')} 的單位「${v('unit')}」不一致，無法比較`,
  'actual-unreadable': (_, v) =>
    v('problem') === 'empty'
      ? '這筆實際值既沒有 value 也沒有 achieved，請填寫數值或是否實現'
      : `實際值「${v('actual')}」沒有可比較的數值，無法與目標 ${v('target')} 比較`,
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
      type: `此處應為${types(v('expected'), { ...typeZhTW, other: '其他類型的值' }, '或')}`,
      value: `「${v('value')}」無效，應為 ${v('allowed')} 之一`,
      'too-big': `取值 ${v('value')} 過大，應不超過 ${v('limit')}`,
      'too-small': `取值 ${v('value')} 過小，應不低於 ${v('limit')}`,
      'units-missing': `單位名錄檔 ${v('file')} 不存在`,
      'units-invalid': `${v('file')} 不是單位名錄：應為「單位代號: 單位名稱」或「單位代號: { name: …, aliases: […] }」的對應（${v('detail')}）`,
      pattern: `忽略規則「${v('pattern')}」無法解析：缺少配對的「${v('missing')}」（如需比對該字元本身，請在其前加反斜線「\\」）`,
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
};

const en: Catalogue = {
  'yaml-syntax': (_, v) => yamlSyntaxMessage(v, 'en'),
  'paste-artefact': (_, v) => {
    const what = pastedEn[v('char')] ?? `"${v('char')}"`;
    return (
      {
        'fullwidth-colon': `${what} after "${v('key')}" (pasted from Word/WPS?): YAML needs an ASCII colon and a space`,
        'wide-space-indent': `${what} in the indentation (pasted from Word/WPS?): YAML indents with ASCII spaces only`,
        'wide-space-after-colon': `${what} after "${v('key')}:" (pasted from Word/WPS?): YAML needs an ASCII space there`,
        'no-space-after-colon': `no space after "${v('key')}:", so the whole line is read as text: put a space after the colon`,
        'fullwidth-dash': `${what} before a list item: YAML list items start with an ASCII "-" and a space`,
        'fullwidth-bracket': `${what} around the list of "${v('key')}": YAML lists need ASCII "[ ]" with ASCII commas`,
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
      type: `expected ${types(v('expected'), typeEn, ' or ')}, found ${types(v('actual'), typeEn, ' or ')}`,
      enum: `"${v('value')}" is not allowed here; use one of: ${v('allowed')}`,
      'empty-text': 'must not be empty',
      'too-small': `must be at least ${v('limit')}`,
      'too-big': `must be at most ${v('limit')}`,
      'red-below-yellow': `the red line (${v('red')}) is below the yellow line (${v('yellow')}), so nothing could ever be yellow: red must be ≥ yellow`,
      'repeat-weekday': `cannot read the weekday "${v('value')}": write mon..sun, 周一..周日 or 1..7`,
      'repeat-within': `cannot read "${v('value')}" as a number of days: write e.g. "10 days" or "10天"`,
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
      alias: `"${v('written')}" is an alias of the registered unit "${v('name')}"; write its registered name or its id ${v('id')}`,
      variant: `"${v('written')}" is the registered unit "${v('name')}" in the other script; write its registered name or its id ${v('id')}`,
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
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${v('kind')} "${v('name')}" is due today`
      : `${v('kind')} "${v('name')}" is due in ${v('days')} ${v('days') === '1' ? 'day' : 'days'}`,
  'due-on-holiday': (_, v) =>
    `${v('kind')} "${v('name')}" is due ${v('value')}, during the ${holidayName(v('holiday'), v('holidayZh'), 'en')} holiday; by the usual rule it runs to the next working day, ${v('next')}: check whether it should be earlier`,
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
      type: `expected ${types(v('expected'), { ...typeEn, other: 'another kind of value' }, ' or ')} here`,
      value: `"${v('value')}" is not allowed here: write one of ${v('allowed')}`,
      'too-big': `${v('value')} is too large: at most ${v('limit')}`,
      'too-small': `${v('value')} is too small: at least ${v('limit')}`,
      'units-missing': `the units file ${v('file')} does not exist`,
      'units-invalid': `${v('file')} is not a units registry: it must map ids to names, or to { name, aliases, members } (${v('detail')})`,
      pattern: `the ignore pattern "${v('pattern')}" cannot be parsed: a closing "${v('missing')}" is missing (write a backslash before a bracket meant as itself)`,
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
};

const catalogues: Record<Lang, Catalogue> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function diagnosticMessage(code: DiagnosticCode, params: MessageParams, lang: Lang): string {
  const read = (name: string): string => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  };
  return catalogues[lang][code](params, read);
}

/** "did you mean …?" in each language. */
export function suggestionText(suggestion: string, lang: Lang): string {
  if (lang === 'en') return `did you mean "${suggestion}"?`;
  return lang === 'zh-TW' ? `是否要寫「${suggestion}」？` : `是否应为 “${suggestion}”？`;
}
