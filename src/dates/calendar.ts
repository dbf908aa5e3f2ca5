/**
 * Calendar arithmetic on the proleptic Gregorian calendar, on day numbers:
 * the conversions between day numbers and dates, and the few rules that
 * every date read or every occurrence computed goes through (weekday, month
 * length, month start). They stay integer arithmetic: date-fns does each
 * with a `Date` built and read back, 10 to 80 times slower (docs/decisions.md
 * has the figures). The views' calendar rules (adding months, quarter and ISO
 * week starts, ISO weeks) are date-fns', in `calendar-rules.ts`.
 *
 * No `Date` object is used here except in `todayFromClock`: a `Date` is a
 * moment, and reading a calendar day out of it depends on the time zone. The
 * conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html), written with
 * `Math.floor` so that they hold for days before 1970 too.
 */
import type { Day } from './types.js';

/** A calendar date split into its fields; `month` is 1–12. */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Days from 0000-03-01 to 1970-01-01; Hinnant's era arithmetic counts from 1 March.
const EPOCH_SHIFT = 719468;
const DAYS_PER_ERA = 146097;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The day number of a civil date; `month` is 1–12. Fields are not checked. */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

export function civilFromDay(day: Day): Civil {
  const z = day + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: d };
}

export function lastDayOfMonth(year: number, month: number): Day {
  return dayFromCivil(year, month, daysInMonth(year, month));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD`; years before 0 get a minus sign, as ISO 8601 expanded years do. */
export function formatIsoDay(day: Day): string {
  const { year, month, day: d } = civilFromDay(day);
  const yearText = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  return `${yearText}-${pad(month, 2)}-${pad(d, 2)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD`, for command-line options; a day that does not exist is rejected. */
export function parseIsoDay(text: string): Day | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : undefined;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function weekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function startOfMonth(day: Day): Day {
  const { year, month } = civilFromDay(day);
  return dayFromCivil(year, month, 1);
}

/**
 * Today as the local calendar shows it. This is the one place the clock's
 * local date is read: it is the default for `--today`, and a user in Beijing
 * expects the date on their wall, not the UTC one.
 */
export function todayFromClock(now: Date): Day {
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
