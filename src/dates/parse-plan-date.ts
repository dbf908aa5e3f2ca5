/**
 * Reads a date as a plan writes it, from a value loaded with js-yaml's
 * CORE_SCHEMA: `2014` arrives as a number, `2014-07` as a string, and
 * `2014.07` as the number 2014.07.
 *
 * The steps, in order:
 * 1. normalise: trim, NFKC (full-width ２０１４ and Ｑ３ become ASCII), and
 *    drop spaces inside Chinese text (`2014 年 7 月`);
 * 2. `ongoing` and its Chinese names;
 * 3. drop a trailing 前 / 以前 / 之前: "…前" states a deadline, which a due
 *    date already is;
 * 4. the accepted forms; right form but impossible fields → `nonexistent`;
 * 5. template leftovers (`20xx`, `20__年__月`) → `placeholder`;
 * 6. near misses (`2014/07/16`, `2014.7`) → `unreadable` with the canonical
 *    form as a suggestion; anything else → `unreadable`.
 *
 * It runs on every date of a large plan, so the patterns are compiled once
 * here and the NFKC pass is skipped for ASCII text.
 */
import { civilFromDay, dayFromCivil, isValidCivil, lastDayOfMonth } from './calendar.js';
import { formatPlanDate } from './format-plan-date.js';
import type {
  DateParseResult,
  Day,
  FixedDate,
  Precision,
  YearContext,
  YearlessProblem,
} from './types.js';

interface Form {
  /**
   * Named groups: `year`, and `month`, `day`, `quarter`, `half` or `dekad`
   * as the precision needs. Chinese forms may leave out the year (`6月底`):
   * then the plan's period gives it.
   */
  readonly pattern: RegExp;
  readonly precision: Precision;
  /** For forms that name a month without a month group: 年底 is December, 年中 June. */
  readonly month?: number;
}

// An optional year before a Chinese form: `2023年6月底` or, in a plan whose
// period lies within 2023, `6月底`.
const YEAR = '(?:(?<year>\\d{4})年)?';
// 年底 / 年中 with or without a year; `2023年年底` repeats 年 as offices often do.
const YEAR_PART = '(?:(?<year>\\d{4})年年?|年)';

// Accepted forms, matched after Chinese numerals became digits (`六月` is
// `6月`). Month and day may drop the leading zero (`2014-7-6`). ASCII text
// is tried only against the ASCII forms and other text only against the
// Chinese ones: the ISO dates most plans use meet five patterns, not twenty.
const ISO_FORMS: readonly Form[] = [
  { pattern: /^(?<year>\d{4})$/, precision: 'year' },
  { pattern: /^(?<year>\d{4})-(?<month>\d{1,2})$/, precision: 'month' },
  { pattern: /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/, precision: 'day' },
  { pattern: /^(?<year>\d{4})-[Qq](?<quarter>\d)$/, precision: 'quarter' },
  { pattern: /^(?<year>\d{4})-[Hh](?<half>\d)$/, precision: 'half' },
  // A dekad as an ISO 8601 interval with the end's year and month left out
  // (`2023-06-21/30`): how one is printed in English and JSON, so read back too.
  {
    pattern: /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>0?1|11|21)\/(?<end>\d{1,2})$/,
    precision: 'dekad',
  },
];

const CHINESE_FORMS: readonly Form[] = [
  { pattern: /^(?<year>\d{4})年$/, precision: 'year' },
  // 三月份: 份 adds nothing to the month.
  { pattern: new RegExp(`^${YEAR}(?<month>\\d{1,2})月份?$`), precision: 'month' },
  {
    pattern: new RegExp(`^${YEAR}(?<month>\\d{1,2})月(?<day>\\d{1,2})[日号號]$`),
    precision: 'day',
  },
  // 年底 / 年末: the end of the year, which plans treat as "by December".
  { pattern: new RegExp(`^${YEAR_PART}[底末]$`), precision: 'month', month: 12 },
  // 年中: the middle of the year, read as June (docs/decisions.md).
  { pattern: new RegExp(`^${YEAR_PART}中$`), precision: 'month', month: 6 },
  { pattern: new RegExp(`^${YEAR}(?<month>\\d{1,2})月份?[底末]$`), precision: 'month' },
  {
    pattern: new RegExp(`^${YEAR}(?<month>\\d{1,2})月(?<dekad>[上中下])旬$`),
    precision: 'dekad',
  },
  { pattern: new RegExp(`^${YEAR}(?<half>[上下])半年$`), precision: 'half' },
  { pattern: new RegExp(`^${YEAR}第?(?<quarter>\\d{1,2})季度?$`), precision: 'quarter' },
];

const ACCEPTED: readonly Form[] = [...ISO_FORMS, ...CHINESE_FORMS];

// Separators people type between year, month and day instead of a hyphen:
// slash, dot, underscore, spaces, and the Unicode dashes word processors insert.
const SEP = '(?:\\s*[./\\-\u2010-\u2015\u2212_]\\s*|\\s+)';

// Near misses: forms that are not accepted but whose meaning is plain.
const NEAR_MISSES: readonly Form[] = [
  {
    pattern: new RegExp(`^(?<year>\\d{4})${SEP}(?<month>\\d{1,2})${SEP}(?<day>\\d{1,2})\\.?$`),
    precision: 'day',
  },
  { pattern: new RegExp(`^(?<year>\\d{4})${SEP}(?<month>\\d{1,2})\\.?$`), precision: 'month' },
  { pattern: /^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})$/, precision: 'day' },
  { pattern: /^(?<year>\d{4})(?<month>\d{2})$/, precision: 'month' },
  // A timestamp: the plan wants the day.
  {
    pattern: /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[Tt ]\d/,
    precision: 'day',
  },
  {
    pattern: new RegExp(`^(?<year>\\d{4})${SEP}?[Qq](?<quarter>\\d)$`),
    precision: 'quarter',
  },
  {
    pattern: new RegExp(`^[Qq](?<quarter>\\d)${SEP}?(?<year>\\d{4})$`),
    precision: 'quarter',
  },
  { pattern: new RegExp(`^(?<year>\\d{4})${SEP}?[Hh](?<half>\\d)$`), precision: 'half' },
  { pattern: new RegExp(`^[Hh](?<half>\\d)${SEP}?(?<year>\\d{4})$`), precision: 'half' },
  { pattern: /^(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})$/, precision: 'day' },
  { pattern: /^(?<year>\d{4})年[Qq](?<quarter>\d)$/, precision: 'quarter' },
];

const ONGOING = new Set([
  'ongoing',
  '长期坚持',
  '持续推进',
  '長期堅持',
  '持續推進',
  '长期',
  '長期',
]);

// 6月中 and 6月初 say "mid-June" and "early June" but name no dekad an office
// would check against; the fix is plain, so it is suggested.
const DEKAD_NEAR_MISS = new RegExp(
  `^${YEAR}(?<month>\\d{1,2})月(?<dekad>[初中])(?<suffix>以前|之前|前)?$`,
);
const DEKAD_FIX: Record<string, string> = { 初: '上旬', 中: '中旬' };
const DEKADS = ['上', '中', '下'] as const;

const NON_ASCII = /[^\u0000-\u007f]/;
const HAS_HAN = /[\u3400-\u9fff]/;
const WHITESPACE = /\s+/g;
const DEADLINE_SUFFIX = /(?:以前|之前|前)$/;
// Characters templates put where digits belong: 20xx, 20××, 20**, 20__年, 20○○.
const PLACEHOLDER_CHARS = /[xX×*?_○□]/g;
const HAS_PLACEHOLDER = /[xX×*?_○□]/;
// A number like 2014.1 may have been typed 2014.10: YAML keeps no trailing zeros.
const AMBIGUOUS_NUMBER = /^\d{4}\.1$/;

// Chinese numerals: 二〇二三年六月二十八日. ○ (a white circle) is often typed
// for 〇, and counts as zero only inside a run with real numerals, so that a
// template's 20○○ stays a placeholder.
const NUMERAL_RUN = /[〇零○一二三四五六七八九十]+/g;
const HAS_NUMERAL = /[〇零一二三四五六七八九十]/;
const DIGIT_CHARS = '〇一二三四五六七八九';
const YEAR_DIGITS = /^[〇零○一二三四五六七八九]{4}$/;

/** 一 … 三十九 as written in a month or a day, to their digits; built once. */
const SMALL_NUMERALS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let n = 1; n <= 39; n++) {
    const tens = Math.floor(n / 10);
    const units = n % 10;
    const written =
      (tens > 1 ? DIGIT_CHARS[tens] : '') +
      (tens > 0 ? '十' : '') +
      (units ? DIGIT_CHARS[units] : '');
    map.set(written, String(n));
  }
  return map;
})();

/**
 * A run of Chinese numerals as digits: a year digit by digit (二〇二三 →
 * 2023), a month or day by value (十二 → 12, 二十一 → 21). Any other run is
 * left alone, so the text stays unreadable rather than misread.
 */
function arabicRun(run: string): string {
  const small = SMALL_NUMERALS.get(run);
  if (small !== undefined) return small;
  if (!YEAR_DIGITS.test(run) || !HAS_NUMERAL.test(run)) return run;
  let digits = '';
  for (const char of run) digits += char === '零' || char === '○' ? '0' : DIGIT_CHARS.indexOf(char);
  return digits;
}

const UNREADABLE: DateParseResult = { ok: false, problem: { kind: 'unreadable' } };
const NONEXISTENT: DateParseResult = { ok: false, problem: { kind: 'nonexistent' } };
const PLACEHOLDER: DateParseResult = { ok: false, problem: { kind: 'placeholder' } };

/** With no period to give a year, a date without one cannot be read. */
const NO_YEAR: YearContext = { kind: 'none', reason: 'no-period' };
// Any leap year: a yearless date that fails in it (6月31日) fails in every year.
const SOME_LEAP_YEAR = 2000;

interface Span {
  readonly first: Day;
  readonly last: Day;
}

function fieldNumber(text: string | undefined): number {
  return text === undefined ? Number.NaN : Number(text);
}

function monthSpan(year: number, firstMonth: number, lastMonth: number): Span {
  return { first: dayFromCivil(year, firstMonth, 1), last: lastDayOfMonth(year, lastMonth) };
}

/** 上旬 1st–10th, 中旬 11th–20th, 下旬 21st to the end of the month (28th to 31st). */
function dekadSpan(year: number, month: number, index: number): Span {
  const first = dayFromCivil(year, month, index * 10 + 1);
  return { first, last: index < 2 ? first + 9 : lastDayOfMonth(year, month) };
}

/** The days a matched form covers in `year`; undefined when a field is out of range. */
function spanOf(
  form: Form,
  groups: Record<string, string | undefined>,
  year: number,
): Span | undefined {
  switch (form.precision) {
    case 'year':
      return monthSpan(year, 1, 12);
    case 'half': {
      const text = groups.half;
      const half = text === '上' ? 1 : text === '下' ? 2 : fieldNumber(text);
      if (half !== 1 && half !== 2) return undefined;
      return monthSpan(year, half * 6 - 5, half * 6);
    }
    case 'quarter': {
      const quarter = fieldNumber(groups.quarter);
      if (!(quarter >= 1 && quarter <= 4)) return undefined;
      return monthSpan(year, quarter * 3 - 2, quarter * 3);
    }
    case 'month': {
      const month = form.month ?? fieldNumber(groups.month);
      if (!(month >= 1 && month <= 12)) return undefined;
      return monthSpan(year, month, month);
    }
    case 'dekad': {
      const month = fieldNumber(groups.month);
      if (!(month >= 1 && month <= 12)) return undefined;
      if (groups.dekad !== undefined) {
        return dekadSpan(year, month, DEKADS.indexOf(groups.dekad as (typeof DEKADS)[number]));
      }
      // `2023-06-21/30`: the end must be the day that dekad ends on.
      const day = fieldNumber(groups.day);
      const span = dekadSpan(year, month, Math.floor(day / 10));
      return fieldNumber(groups.end) === day + span.last - span.first ? span : undefined;
    }
    case 'day': {
      const month = fieldNumber(groups.month);
      const day = fieldNumber(groups.day);
      if (!isValidCivil(year, month, day)) return undefined;
      const only = dayFromCivil(year, month, day);
      return { first: only, last: only };
    }
  }
}

interface Match {
  readonly form: Form;
  readonly groups: Record<string, string | undefined>;
}

function matchForm(forms: readonly Form[], text: string): Match | undefined {
  for (const form of forms) {
    const groups = form.pattern.exec(text)?.groups;
    if (groups) return { form, groups };
  }
  return undefined;
}

// Four-digit years below 1000 (`0999`) are typos, not dates in a plan.
function plausibleYear(match: Match): boolean {
  return Number(match.groups.year) >= 1000;
}

function normalise(written: string): string {
  if (!NON_ASCII.test(written)) return written;
  let text = written.normalize('NFKC');
  if (HAS_HAN.test(text)) text = text.replace(WHITESPACE, '');
  return HAS_NUMERAL.test(text) ? text.replace(NUMERAL_RUN, arabicRun) : text;
}

function fixedDate(precision: Precision, span: Span, written: string): DateParseResult {
  const date: FixedDate = { kind: 'fixed', precision, ...span, written };
  return { ok: true, date };
}

/** `6月底` in 2024 → `2024年6月底`; `年底` → `2024年底`: the author's words with the year. */
function withYear(written: string, year: number): string {
  return written.startsWith('年') ? `${year}${written}` : `${year}年${written}`;
}

/**
 * A form without a year, read in the year the plan's period gives. When
 * there is none, the problem says why and, where one year fits, suggests
 * the date with it.
 */
function readYearless(match: Match, written: string, context: YearContext): DateParseResult {
  if (!spanOf(match.form, match.groups, SOME_LEAP_YEAR)) return NONEXISTENT;
  if (context.kind === 'year') {
    const span = spanOf(match.form, match.groups, context.year);
    // 2月29日 in a year that has no 29 February.
    return span ? fixedDate(match.form.precision, span, written) : NONEXISTENT;
  }
  let problem: YearlessProblem;
  if (context.kind === 'span') {
    const fits = yearsInside(match, context);
    const firstYear = civilYear(context.first);
    problem =
      fits.length === 1
        ? {
            kind: 'yearless',
            reason: 'period-spans-years',
            suggestion: withYear(written, fits[0]!),
          }
        : {
            kind: 'yearless',
            reason: 'period-spans-years',
            example: withYear(written, fits[0] ?? firstYear),
          };
  } else {
    problem =
      context.exampleYear !== undefined
        ? {
            kind: 'yearless',
            reason: context.reason,
            example: withYear(written, context.exampleYear),
          }
        : { kind: 'yearless', reason: context.reason };
  }
  return { ok: false, problem };
}

/** The years that put the date wholly inside the period. */
function yearsInside(match: Match, period: { readonly first: Day; readonly last: Day }): number[] {
  const years: number[] = [];
  for (let year = civilYear(period.first); year <= civilYear(period.last); year++) {
    const span = spanOf(match.form, match.groups, year);
    if (span && span.first >= period.first && span.last <= period.last) years.push(year);
  }
  return years;
}

function civilYear(day: Day): number {
  return civilFromDay(day).year;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** `June 2024`, `30 June 2024`, `June 30, 2024`, `Sept. 2024`: an English date's parts. */
const ENGLISH_DATE =
  /^(?:(?<dayFirst>\d{1,2})\s+)?(?<month>[A-Za-z]{3,9})\.?(?:\s+(?<day>\d{1,2}),?)?\s+(?<year>\d{4})$/;

/**
 * An English date written with the month's name (in full or cut to three
 * letters, or `Sept`), as the near miss it is (`2024-6`, `2024-6-30`);
 * anything else unchanged. Only on the path of a date that was not read.
 */
function monthNamesAsNumbers(text: string): string {
  const groups = ENGLISH_DATE.exec(text)?.groups;
  if (!groups || (groups.dayFirst !== undefined && groups.day !== undefined)) return text;
  const name = groups.month!.toLowerCase();
  const month =
    MONTH_NAMES.findIndex(
      (full) =>
        full === name || full.slice(0, 3) === name || (name === 'sept' && full === 'september'),
    ) + 1;
  if (month === 0) return text;
  const day = groups.dayFirst ?? groups.day;
  return `${groups.year}-${month}${day !== undefined ? `-${day}` : ''}`;
}

function nearMissDekad(text: string): DateParseResult | undefined {
  const groups = DEKAD_NEAR_MISS.exec(text)?.groups;
  if (!groups) return undefined;
  const month = Number(groups.month);
  if (!(month >= 1 && month <= 12)) return undefined;
  const year = groups.year !== undefined ? `${groups.year}年` : '';
  const suggestion = `${year}${month}月${DEKAD_FIX[groups.dekad!]}${groups.suffix ?? ''}`;
  return { ok: false, problem: { kind: 'unreadable', suggestion } };
}

function parseText(written: string, fromNumber: boolean, context: YearContext): DateParseResult {
  const text = normalise(written);
  if (ONGOING.has(text) || (text.length === 7 && text.toLowerCase() === 'ongoing')) {
    return { ok: true, date: { kind: 'ongoing', written } };
  }

  const core = text.endsWith('前') ? text.replace(DEADLINE_SUFFIX, '') : text;
  const accepted = matchForm(NON_ASCII.test(core) ? CHINESE_FORMS : ISO_FORMS, core);
  if (accepted && accepted.groups.year === undefined) {
    return readYearless(accepted, written, context);
  }
  if (accepted && plausibleYear(accepted)) {
    const span = spanOf(accepted.form, accepted.groups, Number(accepted.groups.year));
    return span ? fixedDate(accepted.form.precision, span, written) : NONEXISTENT;
  }

  if (HAS_PLACEHOLDER.test(core)) {
    const filled = core.replace(PLACEHOLDER_CHARS, '1');
    if (matchForm(ACCEPTED, filled) || matchForm(NEAR_MISSES, filled)) return PLACEHOLDER;
  }

  if (fromNumber && AMBIGUOUS_NUMBER.test(core)) return UNREADABLE;
  const near = matchForm(NEAR_MISSES, monthNamesAsNumbers(core));
  if (near && plausibleYear(near)) {
    const span = spanOf(near.form, near.groups, Number(near.groups.year));
    if (span) {
      const canonical: FixedDate = {
        kind: 'fixed',
        precision: near.form.precision,
        ...span,
        written,
      };
      return {
        ok: false,
        problem: {
          kind: 'unreadable',
          suggestion: formatPlanDate(canonical, 'en'),
          respelling: true,
        },
      };
    }
  }
  return (NON_ASCII.test(text) && nearMissDekad(text)) || UNREADABLE;
}

/**
 * Reads one date from a plan. Never throws: a value that is not a date comes
 * back as a problem for the caller to turn into a diagnostic. `context`
 * gives the year of dates written without one (`6月底`); without it they
 * are a `yearless` problem.
 */
export function parsePlanDate(value: unknown, context: YearContext = NO_YEAR): DateParseResult {
  if (typeof value === 'string') return parseText(value.trim(), false, context);
  if (typeof value === 'number' && Number.isFinite(value)) {
    return parseText(String(value), true, context);
  }
  return UNREADABLE;
}
