/**
 * What the catalogues share and that holds no words of any language: the
 * types of a message, and helpers that shape dates, periods and lists.
 */
import type { MessageParams } from '../../diagnostics/types.js';
import type { YamlProblemKind } from '../../parse/yaml-reasons.js';
import type { OverdueCountsIn } from '../overdue-labels.js';
import type { ReportHtmlLabels, UrgentKind } from '../report-html-labels.js';

/** A diagnostic's words: a function of the finding's params; `v` reads one as text ('' when missing). */
export type Message = (p: MessageParams, v: (name: string) => string) => string;

/** Problems the parser reports, and those found in the text when it fails (yaml-traps.ts). */
export type YamlSyntaxProblem = YamlProblemKind | 'quote-value' | 'text-after-quote';

/**
 * Why a file is not YAML, in the reader's words: one message per problem
 * (src/parse/yaml-reasons.ts maps every js-yaml reason to one), never the
 * parser's English.
 */
export type YamlSyntaxWords = Record<YamlSyntaxProblem, (v: (name: string) => string) => string>;

/** The words of a `yaml-syntax` finding: its problem's, else the general one. */
export function yamlSyntaxWords(words: YamlSyntaxWords, v: (name: string) => string): string {
  const problem = v('problem');
  return (Object.hasOwn(words, problem) ? words[problem as YamlSyntaxProblem] : words.syntax)(v);
}

/** The bracket that closes `[` or `{`, full-width ones included. */
export const closing = (open: string): string =>
  ({ '[': ']', '{': '}', '［': '］', '｛': '｝' })[open] ?? open;

/** The units a `several-units` finding read a string as. */
export const partsOf = (v: (name: string) => string): string[] => v('parts').split('\n');

/** `text|number` → the names of those types in `table`, joined by `or`. */
export const types = (names: string, table: Record<string, string>, or: string): string =>
  names
    .split('|')
    .filter(Boolean)
    .map((name) => table[name] ?? name)
    .join(or);

/** `2024-07-10` → `2024年7月10日` (and `2024-07` → `2024年7月`) in a Chinese sentence; other forms as written. */
export const zhDate = (text: string): string => {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${day !== undefined ? `${Number(day)}日` : ''}`;
};

/** `2027,2028` → `2027年、2028年`. */
export const zhYears = (years: string): string =>
  years
    .split(',')
    .map((year) => `${year}年`)
    .join('、');

/** An occurrence's period (`2023-03`, `2023-Q2`, `2023-H1`, `2023`, `2024-01-05`) in Chinese. */
export function periodZh(label: string, tw: boolean): string {
  const [year, part, day] = label.split('-');
  if (part === undefined) return `${year}年`;
  if (part.startsWith('Q'))
    return `${year}年第${'一二三四'[Number(part[1]) - 1]}${tw ? '季' : '季度'}`;
  if (part.startsWith('H')) return `${year}年${part === 'H1' ? '上' : '下'}半年`;
  return `${year}年${Number(part)}月${day !== undefined ? `${Number(day)}日` : ''}`;
}

/** `50%` written where a number belongs → `50`; undefined for anything else. */
export const numberBeforePercent = (v: (name: string) => string): string | undefined =>
  /^\s*([+-]?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(v('value'))?.[1];

/** `version: "1"` where the number 1 is the one value allowed: quotes around a number. */
export const quotedNumber = (v: (name: string) => string): boolean =>
  v('quoted') === '1' && v('value') === v('allowed') && /^\d+$/.test(v('allowed'));

/** `>= 93%` → `≥93%`: a Chinese sentence writes the comparison signs, not ASCII pairs. */
export const zhCompare = (text: string): string =>
  text.replace(/\s*(>=|<=|!=)\s*/g, (_, sign: string) =>
    sign === '>=' ? '≥' : sign === '<=' ? '≤' : '≠',
  );

/** `，蓝灯 2 项，逾期完成 1 项`: the parts of an overdue count only some lists have. */
export const zhExtraCounts = (
  { blue = 0, doneLate = 0 }: OverdueCountsIn,
  blueWord: string,
  doneLateWord: string,
  item: string,
): string =>
  (blue > 0 ? `，${blueWord} ${blue} ${item}` : '') +
  (doneLate > 0 ? `，${doneLateWord} ${doneLate} ${item}` : '');

/**
 * The note under the HTML report's urgent list, in Chinese: `全部 5 项中，红灯
 * 3 项（末级任务 2 项、指标 1 项）…`, then the summary's leaf-task lights.
 */
export function zhUrgentNote(words: {
  readonly item: string;
  readonly kinds: Record<UrgentKind, string>;
  readonly doneLate: (count: string) => string;
  readonly summaryLead: string;
}): ReportHtmlLabels['urgentNote'] {
  const { item, kinds } = words;
  return (total, lights, doneLate, summary) =>
    [
      `全部 ${total} ${item}中，`,
      lights
        .map(
          ({ light, count, kinds: byKind }) =>
            `${light} ${count} ${item}（${byKind.map(({ kind, count: n }) => `${kinds[kind]} ${n} ${item}`).join('、')}）`,
        )
        .join('，'),
      doneLate > 0 ? words.doneLate(`${doneLate} ${item}`) : '',
      words.summaryLead,
      summary.map(({ light, count }) => `${light} ${count} ${item}`).join('、'),
      '。',
    ].join('');
}

/**
 * A recurring duty's periods named in a sentence, the way a 督办单 names
 * them: the year once for the periods of one year (2024年4月、6月;
 * 2024年第一季度、第二季度), again where the year changes (2023年12月、
 * 2024年1月). Periods are the labels of `analyze/occurrences.ts`:
 * `2024-04`, `2024-Q2`, `2024-H1`, `2024`, and a weekly duty's due day.
 */
export function periodListZh(periods: readonly string[], tw: boolean): string {
  let year: string | undefined;
  return periods
    .map((period) => {
      const [own] = period.split('-');
      const text = periodZh(period, tw);
      // A bare year (2023年) always keeps its 年; a part of the year before it drops it.
      const shown = own === year && period.includes('-') ? text.slice(`${own}年`.length) : text;
      year = own;
      return shown;
    })
    .join('、');
}
