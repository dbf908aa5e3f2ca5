/**
 * The words of `plan` in English: one file per language,
 * loaded with import() only in a run in this language (see ../lang.ts).
 * It defines the shape: `Catalogue` is its type, which every other language
 * must satisfy.
 */
import type { DiagnosticCode } from '../../diagnostics/codes.js';
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
      'too-small': `must be at least ${v('limit')}`,
      'too-big': `must be at most ${v('limit')}`,
      'due-soon-within': `cannot read "${v('value')}" as a due-soon window: write a number of days or working days, e.g. 14, "14 days", "14天", "5 workdays" or "5个工作日"`,
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
};

/** The shape of every language's catalogue: a key missing or extra fails the typecheck. */
export type Catalogue = typeof en;
