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
  types,
  yamlSyntaxWords,
  zhDate,
  zhCompare,
  zhYears,
} from './format.js';
import type { Catalogue } from './en.js';

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
      'too-small': `不能小於 ${v('limit')}`,
      'too-big': `不能大於 ${v('limit')}`,
      'due-soon-within': `預警期「${v('value')}」無法辨識：應寫為天數或工作日數，如 14、「14天」「14 days」「5個工作日」「5 workdays」`,
      'red-below-yellow': `紅燈線 ${v('red')} 低於黃燈線 ${v('yellow')}，任何事項都不會亮黃燈：red 應 ≥ yellow`,
      'repeat-weekday': `星期「${v('value')}」無法辨識：應為週一至週日（或 mon…sun、1…7）`,
      'repeat-within': `期限「${v('value')}」無法辨識：應寫為天數，如「10 days」或「10天」`,
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
      alias: `「${v('written')}」是登記單位「${v('name')}」的別稱，請改為登記的名稱或代號 ${v('id')}`,
      variant: `「${v('written')}」與登記單位「${v('name')}」繁簡寫法不同，請改為登記的名稱或代號 ${v('id')}`,
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
} satisfies Catalogue;
