/**
 * Why a file is not YAML, in the reader's words: one message per problem
 * (src/parse/yaml-reasons.ts maps every js-yaml reason to one), never the
 * parser's English. Typed so that a problem without words in one language
 * fails the typecheck.
 */
import type { YamlProblemKind } from '../parse/yaml-reasons.js';
import type { Lang } from './lang.js';

/** Problems the parser reports, and those found in the text when it fails (yaml-traps.ts). */
export type YamlSyntaxProblem = YamlProblemKind | 'quote-value' | 'text-after-quote';

type Words = Record<YamlSyntaxProblem, (v: (name: string) => string) => string>;

/** The bracket that closes `[` or `{`, full-width ones included. */
const closing = (open: string): string =>
  ({ '[': ']', '{': '}', '［': '］', '｛': '｝' })[open] ?? open;

const zhCN: Words = {
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

const zhTW: Words = {
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

const en: Words = {
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

const catalogues = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } satisfies Record<Lang, Words>;

export function yamlSyntaxMessage(v: (name: string) => string, lang: Lang): string {
  const words = catalogues[lang];
  const problem = v('problem');
  return (Object.hasOwn(words, problem) ? words[problem as YamlSyntaxProblem] : words.syntax)(v);
}
