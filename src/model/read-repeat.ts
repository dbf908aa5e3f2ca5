/**
 * `repeat:` as written → a recurrence rule: the word forms (`monthly`,
 * `quarterly`) are shorthands for the map forms, so occurrences are computed
 * by one routine. Weekday names are read in English and Chinese (周五,
 * 星期五); what cannot be read is kept as a problem at its node, for the
 * `repeat-form` rule to report, and the rule falls back to its defaults.
 */
import { readDayCount } from '../dates/warn-window.js';
import type { Path } from '../parse/types.js';
import type { RepeatInput } from '../schema/plan-schema.js';
import type { RepeatEvery, RepeatKind, RepeatProblem } from './types.js';

const everyOfKind: Record<RepeatKind, RepeatEvery> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half-year',
  yearly: 'year',
};

const kindOfEvery: Record<RepeatEvery, RepeatKind> = {
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  'half-year': 'half-yearly',
  year: 'yearly',
};

/** The months each period ends in: a duty falls due at its period's end. */
const monthsOfEvery: Record<Exclude<RepeatEvery, 'week'>, readonly number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [3, 6, 9, 12],
  'half-year': [6, 12],
  year: [12],
};

const englishWeekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const weekdayNumbers = new Map<string, number>();
const fullNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const chineseDigits = ['一', '二', '三', '四', '五', '六', '日'];
for (let i = 0; i < 7; i++) {
  weekdayNumbers.set(englishWeekdays[i]!, i + 1);
  weekdayNumbers.set(fullNames[i]!, i + 1);
  for (const prefix of ['周', '星期', '礼拜', '禮拜', '週'])
    weekdayNumbers.set(prefix + chineseDigits[i], i + 1);
}
for (const prefix of ['周', '星期', '礼拜', '禮拜', '週']) weekdayNumbers.set(`${prefix}天`, 7);

/** A `within` longer than this is surely a slip (the longest period is a year). */
const MAX_WITHIN = 999;

export interface ReadRepeat {
  readonly kind: RepeatKind;
  readonly every: RepeatEvery;
  readonly day?: number;
  readonly weekday?: number;
  readonly withinDays: number;
  readonly workdays?: true;
  readonly months: readonly number[];
  readonly problems: RepeatProblem[];
}

export function readRepeat(input: RepeatInput, path: Path): ReadRepeat {
  if (typeof input === 'string') {
    const every = everyOfKind[input];
    return {
      kind: input,
      every,
      withinDays: 0,
      months: every === 'week' ? [] : monthsOfEvery[every],
      problems: [],
    };
  }
  const problems: RepeatProblem[] = [];
  const every = input.every;
  const read: { -readonly [K in keyof ReadRepeat]: ReadRepeat[K] } = {
    kind: kindOfEvery[every],
    every,
    withinDays: 0,
    months:
      every === 'week'
        ? []
        : input.months !== undefined && input.months.length > 0
          ? [...new Set(input.months)].sort((a, b) => a - b)
          : monthsOfEvery[every],
    problems,
  };
  if (input.day !== undefined) read.day = input.day;
  if (input.weekday !== undefined) {
    const written = String(input.weekday).trim();
    const number =
      typeof input.weekday === 'number'
        ? Number.isInteger(input.weekday) && input.weekday >= 1 && input.weekday <= 7
          ? input.weekday
          : undefined
        : weekdayNumbers.get(written.toLowerCase());
    if (number !== undefined) read.weekday = number;
    else problems.push(weekdayProblem(written, [...path, 'weekday']));
  }
  if (input.within !== undefined) {
    const written = String(input.within).trim();
    const count = readDayCount(written);
    const at = [...path, 'within'];
    if (!count || count.count > MAX_WITHIN) {
      problems.push({ path: at, problem: 'within', value: written });
    } else if (!count.unit) {
      // `within: 10` says nothing of its unit, and the two readings differ
      // by days (ten calendar days after 30 June is 10 July; ten working
      // days, 12 July): the plan must say which, as 每季度结束后10个工作日内 does.
      problems.push({ path: at, problem: 'within-unit', value: written });
    } else {
      read.withinDays = count.count;
      if (count.workdays) read.workdays = true;
    }
  }
  return read;
}

/**
 * An unknown weekday: a Latin near miss (`fir`) gets the nearest name; a
 * Chinese one (`周八`) has no near miss worth offering (every 周X is one
 * character away), so the message lists the names instead.
 */
function weekdayProblem(written: string, path: Path): RepeatProblem {
  const lower = written.toLowerCase();
  const latin = /^[a-z]+$/.test(lower);
  const near = latin
    ? (englishWeekdays.find((name) => lower.startsWith(name) || name.startsWith(lower)) ??
      englishWeekdays.find((name) => sameLetters(name, lower)))
    : undefined;
  return near
    ? { path, problem: 'weekday', value: written, suggestion: near }
    : { path, problem: 'weekday', value: written };
}

/** `fir` for `fri`: the same three letters in another order. */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
