/**
 * The words of every diagnostic, in each language. A message is a function
 * of the finding's params; `v` reads one as text, so a missing param shows as
 * empty rather than `undefined`.
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { MessageParams } from '../diagnostics/types.js';
import type { Lang } from './lang.js';

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

const zhCN: Catalogue = {
  'yaml-syntax': (_, v) =>
    ({
      'duplicate-key': `重复的键 “${v('key')}”：同一层级里已经有这个键`,
      'several-documents': '一个文件只能有一个 YAML 文档，这里出现了第二个（---）',
      'too-deep': '嵌套层级太深（超过 64 层）',
      'alias-expansion': '别名（*别名）展开后过于庞大，疑似“别名炸弹”，已拒绝',
      'tab-indent': '缩进不能使用制表符（Tab），请改用空格',
    })[v('problem')] ?? `YAML 语法错误：${v('reason')}`,
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
    })[v('problem')] ?? `格式不符：${v('detail')}`,
  'unknown-key': (_, v) => `未知的字段 “${v('key')}”`,
  'invalid-date': (_, v) =>
    v('problem') === 'nonexistent'
      ? `日期 “${v('value')}” 不存在`
      : `无法识别的日期 “${v('value')}”`,
  'placeholder-date': (_, v) => `日期 “${v('value')}” 是模板占位符，请填写实际年份`,
  'duplicate-id': (_, v) =>
    `${kindZhCN[v('kind')] ?? ''}编号 “${v('id')}” 重复，首次出现在 ${v('first')}`,
  'unknown-reference': (_, v) => `未定义的${kindZhCN[v('kind')] ?? ''} “${v('name')}”`,
  'end-before-start': (_, v) => `结束时间 ${v('end')} 早于开始时间 ${v('start')}`,
  'dependency-cycle': (_, v) => `任务循环依赖：${v('circle')}`,
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
  overdue: (_, v) => `${kindZhCN[v('kind')] ?? ''}“${v('name')}”已逾期 ${v('days')} 天`,
  'late-to-start': (_, v) => `任务“${v('name')}”应已开始 ${v('days')} 天，状态仍为未开始`,
  'behind-schedule': (_, v) =>
    `任务“${v('name')}”进度 ${v('progress')}%，落后序时进度 ${v('expected')}% 共 ${v('points')} 个百分点`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${kindZhCN[v('kind')] ?? ''}“${v('name')}”今天到期`
      : `${kindZhCN[v('kind')] ?? ''}“${v('name')}”还有 ${v('days')} 天到期`,
  'target-at-risk': (_, v) =>
    `指标“${v('metric')}”最新值 ${v('actual')} 未达到目标 ${v('target')}，且临近或已过时限`,
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
};

const zhTW: Catalogue = {
  'yaml-syntax': (_, v) =>
    ({
      'duplicate-key': `重複的鍵「${v('key')}」：同一層級裡已經有這個鍵`,
      'several-documents': '一個檔案只能有一個 YAML 文件，這裡出現了第二個（---）',
      'too-deep': '巢狀層級太深（超過 64 層）',
      'alias-expansion': '別名（*別名）展開後過於龐大，疑似「別名炸彈」，已拒絕',
      'tab-indent': '縮排不能使用定位字元（Tab），請改用空格',
    })[v('problem')] ?? `YAML 語法錯誤：${v('reason')}`,
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
    })[v('problem')] ?? `格式不符：${v('detail')}`,
  'unknown-key': (_, v) => `未知的欄位「${v('key')}」`,
  'invalid-date': (_, v) =>
    v('problem') === 'nonexistent'
      ? `日期「${v('value')}」不存在`
      : `無法辨識的日期「${v('value')}」`,
  'placeholder-date': (_, v) => `日期「${v('value')}」是範本預留位置，請填寫實際年份`,
  'duplicate-id': (_, v) =>
    `${kindZhTW[v('kind')] ?? ''}編號「${v('id')}」重複，首次出現在 ${v('first')}`,
  'unknown-reference': (_, v) => `未定義的${kindZhTW[v('kind')] ?? ''}「${v('name')}」`,
  'end-before-start': (_, v) => `結束時間 ${v('end')} 早於開始時間 ${v('start')}`,
  'dependency-cycle': (_, v) => `任務循環相依：${v('circle')}`,
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
  overdue: (_, v) => `${kindZhTW[v('kind')] ?? ''}「${v('name')}」已逾期 ${v('days')} 天`,
  'late-to-start': (_, v) => `任務「${v('name')}」應已開始 ${v('days')} 天，狀態仍為未開始`,
  'behind-schedule': (_, v) =>
    `任務「${v('name')}」進度 ${v('progress')}%，落後序時進度 ${v('expected')}% 共 ${v('points')} 個百分點`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${kindZhTW[v('kind')] ?? ''}「${v('name')}」今天到期`
      : `${kindZhTW[v('kind')] ?? ''}「${v('name')}」還有 ${v('days')} 天到期`,
  'target-at-risk': (_, v) =>
    `指標「${v('metric')}」最新值 ${v('actual')} 未達到目標 ${v('target')}，且臨近或已過時限`,
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
};

const en: Catalogue = {
  'yaml-syntax': (_, v) =>
    ({
      'duplicate-key': `duplicate key "${v('key')}": this mapping already has it`,
      'several-documents': 'a plan file holds one YAML document; a second one starts here (---)',
      'too-deep': 'nesting is too deep (more than 64 levels)',
      'alias-expansion': 'aliases (*name) expand to far too much data (an alias bomb); refused',
      'tab-indent': 'tabs cannot be used for indentation; use spaces',
    })[v('problem')] ?? `YAML syntax error: ${v('reason')}`,
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
    })[v('problem')] ?? `does not fit the format: ${v('detail')}`,
  'unknown-key': (_, v) => `unknown field "${v('key')}"`,
  'invalid-date': (_, v) =>
    v('problem') === 'nonexistent'
      ? `the date "${v('value')}" does not exist`
      : `cannot read the date "${v('value')}"`,
  'placeholder-date': (_, v) => `"${v('value')}" is a template placeholder; write the real year`,
  'duplicate-id': (_, v) => `${v('kind')} id "${v('id')}" is used twice; first at ${v('first')}`,
  'unknown-reference': (_, v) => `${v('kind')} "${v('name')}" is not defined`,
  'end-before-start': (_, v) => `ends (${v('end')}) before it starts (${v('start')})`,
  'dependency-cycle': (_, v) => `tasks depend on each other in a circle: ${v('circle')}`,
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
  'behind-schedule': (_, v) =>
    `task "${v('name')}" is ${v('points')} points behind the pro-rata schedule: progress ${v('progress')}%, expected ${v('expected')}%`,
  'due-soon': (_, v) =>
    v('days') === '0'
      ? `${v('kind')} "${v('name')}" is due today`
      : `${v('kind')} "${v('name')}" is due in ${v('days')} ${v('days') === '1' ? 'day' : 'days'}`,
  'target-at-risk': (_, v) =>
    `target "${v('metric')}" is at risk: latest ${v('actual')} against ${v('target')}, due date near or past`,
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
