/**
 * China's working-day calendar (工作日): weekends off, the official holidays
 * off, and the 调休 make-up Saturdays and Sundays on, as the State Council
 * publishes them each year.
 *
 * The arrangement comes from the `chinese-days` package, which is updated the
 * day a notice is published. Its documented per-year files
 * (`dist/years/2024.json`: `holidays` off, `workdays` the make-up working
 * days; its `inLieuDays` are weekday REST days inside a holiday, not make-up
 * workdays, and are not needed here) are read with `require` only when a plan
 * asks about a working day or a holiday, one year at a time, and each year is
 * turned once into a flag per day, so counting working days never goes back
 * to the package. A year with no file has not been published: its working
 * days are taken as Monday to Friday, and `isPublished` says so, for the
 * `calendar-not-published` info.
 */
import { createRequire } from 'node:module';
import { dayFromCivil, isLeapYear, parseIsoDay, weekday } from './calendar.js';
import type { Day } from './types.js';

/** A public holiday as the package names it: English and simplified Chinese. */
export interface Holiday {
  readonly en: string;
  readonly zh: string;
}

interface YearFile {
  readonly holidays?: Readonly<Record<string, string>>;
  readonly workdays?: Readonly<Record<string, string>>;
}

interface YearCalendar {
  readonly published: boolean;
  readonly first: Day;
  /** 1 for a working day, 0 for a rest day, one per day of the year. */
  readonly work: Uint8Array;
  readonly holidays: ReadonlyMap<Day, Holiday>;
}

/** Loads a year's file, or undefined when the package has none. */
export type YearLoader = (year: number) => YearFile | undefined;

// Not the bundle's `require`: the name keeps esbuild from inlining the data,
// which is read from the installed package at run time, and only when asked.
const requireData = createRequire(import.meta.url);

const packageLoader: YearLoader = (year) => {
  // Years are whole numbers from a calendar computation, never user text.
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  try {
    return requireData(`chinese-days/dist/years/${year}.json`) as YearFile;
  } catch {
    return undefined;
  }
};

const cache = new Map<number, YearCalendar>();
let loader: YearLoader = packageLoader;

/** For tests: read years from elsewhere (undefined: the package again). */
export function setYearLoader(next: YearLoader | undefined): void {
  loader = next ?? packageLoader;
  cache.clear();
}

function yearCalendar(year: number): YearCalendar {
  let calendar = cache.get(year);
  if (calendar) return calendar;
  const file = loader(year);
  const first = dayFromCivil(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const work = new Uint8Array(length);
  // 1970-01-01 (day 0) was a Thursday: weekday() does the modular sum once.
  let wd = weekday(first);
  for (let i = 0; i < length; i++) {
    work[i] = wd <= 5 ? 1 : 0;
    wd = wd === 7 ? 1 : wd + 1;
  }
  const holidays = new Map<Day, Holiday>();
  for (const [text, value] of Object.entries(file?.holidays ?? {})) {
    const day = parseIsoDay(text);
    if (day === undefined || day < first || day >= first + length) continue;
    work[day - first] = 0;
    holidays.set(day, holidayOf(value));
  }
  for (const text of Object.keys(file?.workdays ?? {})) {
    const day = parseIsoDay(text);
    if (day !== undefined && day >= first && day < first + length) work[day - first] = 1;
  }
  calendar = { published: file !== undefined, first, work, holidays };
  cache.set(year, calendar);
  return calendar;
}

/** `Spring Festival,春节,3`: English name, Chinese name, length in days. */
function holidayOf(value: string): Holiday {
  const [en = '', zh = ''] = value.split(',');
  return { en, zh };
}

/** The year a day falls in; cheap enough for the hot path (no civil split). */
function yearOfDay(day: Day): number {
  // An estimate from the mean year length, corrected by at most one year.
  let year = Math.floor(day / 365.2425) + 1970;
  if (dayFromCivil(year, 1, 1) > day) year--;
  else if (dayFromCivil(year + 1, 1, 1) <= day) year++;
  return year;
}

/** Whether the State Council's arrangement for the year is in the package. */
export function isPublished(year: number): boolean {
  return yearCalendar(year).published;
}

export function isWorkday(day: Day): boolean {
  const calendar = yearCalendar(yearOfDay(day));
  return calendar.work[day - calendar.first] === 1;
}

/** The public holiday a day falls in (the days off of 春节, 国庆 …), if any. */
export function holidayOn(day: Day): Holiday | undefined {
  return yearCalendar(yearOfDay(day)).holidays.get(day);
}

/**
 * The `count`th working day after `day` (每季度结束后10个工作日内: ten working
 * days after the quarter's last day). Zero gives `day` itself, working or
 * not: nothing was asked to move.
 */
export function addWorkdays(day: Day, count: number): Day {
  let left = count;
  let current = day;
  while (left > 0) {
    const calendar = yearCalendar(yearOfDay(current + 1));
    const end = calendar.first + calendar.work.length;
    for (current++; current < end; current++) {
      if (calendar.work[current - calendar.first] === 1 && --left === 0) return current;
    }
    current--;
  }
  return current;
}

/** The years from `from` to `to` whose arrangement is not published, in order. */
export function unpublishedYears(from: Day, to: Day): number[] {
  const years: number[] = [];
  for (let year = yearOfDay(from), last = yearOfDay(to); year <= last; year++)
    if (!isPublished(year)) years.push(year);
  return years;
}
