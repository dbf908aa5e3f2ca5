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
import { dayFromCivil, isValidCivil, lastDayOfMonth } from './calendar.js';
import { formatPlanDate } from './format-plan-date.js';
import type { DateParseResult, Day, FixedDate, Precision } from './types.js';

interface Form {
  /** Named groups: `year`, and `month`, `day`, `quarter` or `half` as the precision needs. */
  readonly pattern: RegExp;
  readonly precision: Precision;
  /** For forms that name a month without a month group: 年底 is December. */
  readonly month?: number;
}

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

// Accepted forms. Month and day may drop the leading zero (`2014-7-6`).
const ACCEPTED: readonly Form[] = [
  { pattern: /^(?<year>\d{4})$/, precision: 'year' },
  { pattern: /^(?<year>\d{4})-(?<month>\d{1,2})$/, precision: 'month' },
  { pattern: /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/, precision: 'day' },
  { pattern: /^(?<year>\d{4})-[Qq](?<quarter>\d)$/, precision: 'quarter' },
  { pattern: /^(?<year>\d{4})-[Hh](?<half>\d)$/, precision: 'half' },
  { pattern: /^(?<year>\d{4})年$/, precision: 'year' },
  { pattern: /^(?<year>\d{4})年(?<month>\d{1,2})月$/, precision: 'month' },
  {
    pattern: /^(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})[日号號]$/,
    precision: 'day',
  },
  // 年底 / 年末: the end of the year, which plans treat as "by December".
  { pattern: /^(?<year>\d{4})年[底末]$/, precision: 'month', month: 12 },
  { pattern: /^(?<year>\d{4})年(?<month>\d{1,2})月[底末]$/, precision: 'month' },
  { pattern: /^(?<year>\d{4})年(?<half>[上下])半年$/, precision: 'half' },
  {
    pattern: /^(?<year>\d{4})年第?(?<quarter>[一二三四五六七八九十]|\d{1,2})季度?$/,
    precision: 'quarter',
  },
];

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

const NON_ASCII = /[^\u0000-\u007f]/;
const HAS_HAN = /[\u3400-\u9fff]/;
const WHITESPACE = /\s+/g;
const DEADLINE_SUFFIX = /(?:以前|之前|前)$/;
// Characters templates put where digits belong: 20xx, 20××, 20**, 20__年, 20○○.
const PLACEHOLDER_CHARS = /[xX×*?_○□]/g;
const HAS_PLACEHOLDER = /[xX×*?_○□]/;
// A number like 2014.1 may have been typed 2014.10: YAML keeps no trailing zeros.
const AMBIGUOUS_NUMBER = /^\d{4}\.1$/;

const UNREADABLE: DateParseResult = { ok: false, problem: { kind: 'unreadable' } };
const NONEXISTENT: DateParseResult = { ok: false, problem: { kind: 'nonexistent' } };
const PLACEHOLDER: DateParseResult = { ok: false, problem: { kind: 'placeholder' } };

interface Span {
  readonly first: Day;
  readonly last: Day;
}

function fieldNumber(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  return NUMERALS[text] ?? Number(text);
}

function monthSpan(year: number, firstMonth: number, lastMonth: number): Span {
  return { first: dayFromCivil(year, firstMonth, 1), last: lastDayOfMonth(year, lastMonth) };
}

/** The days a matched form covers; undefined when a field is out of range. */
function spanOf(form: Form, groups: Record<string, string | undefined>): Span | undefined {
  const year = Number(groups.year);
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
  const text = written.normalize('NFKC');
  return HAS_HAN.test(text) ? text.replace(WHITESPACE, '') : text;
}

function parseText(written: string, fromNumber: boolean): DateParseResult {
  const text = normalise(written);
  if (ONGOING.has(text) || (text.length === 7 && text.toLowerCase() === 'ongoing')) {
    return { ok: true, date: { kind: 'ongoing', written } };
  }

  const core = text.endsWith('前') ? text.replace(DEADLINE_SUFFIX, '') : text;
  const accepted = matchForm(ACCEPTED, core);
  if (accepted && plausibleYear(accepted)) {
    const span = spanOf(accepted.form, accepted.groups);
    if (!span) return NONEXISTENT;
    const date: FixedDate = { kind: 'fixed', precision: accepted.form.precision, ...span, written };
    return { ok: true, date };
  }

  if (HAS_PLACEHOLDER.test(core)) {
    const filled = core.replace(PLACEHOLDER_CHARS, '1');
    if (matchForm(ACCEPTED, filled) || matchForm(NEAR_MISSES, filled)) return PLACEHOLDER;
  }

  if (fromNumber && AMBIGUOUS_NUMBER.test(core)) return UNREADABLE;
  const near = matchForm(NEAR_MISSES, core);
  if (near && plausibleYear(near)) {
    const span = spanOf(near.form, near.groups);
    if (span) {
      const canonical: FixedDate = {
        kind: 'fixed',
        precision: near.form.precision,
        ...span,
        written,
      };
      return {
        ok: false,
        problem: { kind: 'unreadable', suggestion: formatPlanDate(canonical, 'en') },
      };
    }
  }
  return UNREADABLE;
}

/**
 * Reads one date from a plan. Never throws: a value that is not a date comes
 * back as a problem for the caller to turn into a diagnostic.
 */
export function parsePlanDate(value: unknown): DateParseResult {
  if (typeof value === 'string') return parseText(value.trim(), false);
  if (typeof value === 'number' && Number.isFinite(value)) return parseText(String(value), true);
  return UNREADABLE;
}
