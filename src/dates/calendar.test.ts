import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatIsoDay,
  isLeapYear,
  isValidCivil,
  lastDayOfMonth,
  parseIsoDay,
  startOfMonth,
  todayFromClock,
  weekday,
} from './calendar.js';
import { addMonths, isoWeek, startOfIsoWeek, startOfQuarter } from './calendar-rules.js';

const MS_PER_DAY = 86_400_000;

// Date's UTC calendar is the independent oracle; the code under test never uses it.
// setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

function iso(text: string): number {
  const day = parseIsoDay(text);
  if (day === undefined) throw new Error(`bad test date ${text}`);
  return day;
}

describe('dayFromCivil / civilFromDay', () => {
  it('puts the epoch at day 0', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  it.each([
    [1969, 12, 31, -1],
    [2000, 3, 1, 11017],
    [2014, 7, 16, 16267],
    [1900, 3, 1, -25508],
    [1, 1, 1, -719162],
  ])('%i-%i-%i is day %i', (y, m, d, day) => {
    expect(dayFromCivil(y, m, d)).toBe(day);
    expect(civilFromDay(day)).toEqual({ year: y, month: m, day: d });
  });

  it('round-trips every day in -1e6..1e6', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (day) => {
        const { year, month, day: d } = civilFromDay(day);
        expect(isValidCivil(year, month, d)).toBe(true);
        expect(dayFromCivil(year, month, d)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date.UTC on valid civil dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, rawDay) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          expect(dayFromCivil(year, month, day)).toBe(utcDay(year, month, day));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date.UTC on every day of 1890..2110', () => {
    const from = dayFromCivil(1890, 1, 1);
    const to = dayFromCivil(2110, 12, 31);
    const mismatches: string[] = [];
    for (let day = from; day <= to; day++) {
      const date = new Date(day * MS_PER_DAY);
      const { year, month, day: d } = civilFromDay(day);
      if (
        year !== date.getUTCFullYear() ||
        month !== date.getUTCMonth() + 1 ||
        d !== date.getUTCDate()
      ) {
        mismatches.push(date.toISOString());
      }
      if (dayFromCivil(year, month, d) !== Date.UTC(year, month - 1, d) / MS_PER_DAY) {
        mismatches.push(`${year}-${month}-${d}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('month and year lengths', () => {
  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2023, false],
    [2100, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 13, 0],
    [2023, 0, 0],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('validates civil dates', () => {
    expect(isValidCivil(2024, 2, 29)).toBe(true);
    expect(isValidCivil(2023, 2, 29)).toBe(false);
    expect(isValidCivil(2023, 2, 0)).toBe(false);
    expect(isValidCivil(2023, 13, 1)).toBe(false);
    expect(isValidCivil(2023, 1.5, 1)).toBe(false);
  });

  it('finds the last day of a month', () => {
    expect(formatIsoDay(lastDayOfMonth(2024, 2))).toBe('2024-02-29');
    expect(formatIsoDay(lastDayOfMonth(2023, 12))).toBe('2023-12-31');
  });
});

describe('formatIsoDay / parseIsoDay', () => {
  it('formats with zero padding', () => {
    expect(formatIsoDay(dayFromCivil(2014, 7, 6))).toBe('2014-07-06');
    expect(formatIsoDay(dayFromCivil(999, 1, 1))).toBe('0999-01-01');
    expect(formatIsoDay(dayFromCivil(-1, 12, 31))).toBe('-0001-12-31');
  });

  it('round-trips through text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromCivil(0, 1, 1), max: dayFromCivil(9999, 12, 31) }),
        (day) => {
          expect(parseIsoDay(formatIsoDay(day))).toBe(day);
        },
      ),
    );
  });

  it.each([
    '2023-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '2023-4-1',
    '20230401',
    '2023/04/01',
    ' 2023-04-01',
    '2023-04-01T00:00',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });

  it('accepts a leap day', () => {
    expect(parseIsoDay('2024-02-29')).toBe(dayFromCivil(2024, 2, 29));
  });
});

describe('weeks', () => {
  it('knows 1970-01-01 was a Thursday', () => {
    expect(weekday(0)).toBe(4);
  });

  it.each([
    ['2024-01-01', 1],
    ['2024-01-07', 7],
    ['1969-12-28', 7],
    ['1900-01-01', 1],
  ])('weekday(%s) is %i', (text, expected) => {
    expect(weekday(iso(text))).toBe(expected);
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (day) => {
        const utc = new Date(day * MS_PER_DAY).getUTCDay();
        expect(weekday(day)).toBe(utc === 0 ? 7 : utc);
      }),
    );
  });

  it.each([
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2020-12-31', 2020, 53],
    ['2019-12-30', 2020, 1],
    ['2018-12-31', 2019, 1],
    ['2015-12-31', 2015, 53],
    ['2016-01-03', 2015, 53],
    ['2024-06-15', 2024, 24],
    ['2026-11-22', 2026, 47],
  ])('isoWeek(%s) is %i-W%i', (text, year, week) => {
    expect(isoWeek(iso(text))).toEqual({ year, week });
  });

  it('starts ISO weeks on Monday', () => {
    expect(formatIsoDay(startOfIsoWeek(iso('2021-01-03')))).toBe('2020-12-28');
    expect(formatIsoDay(startOfIsoWeek(iso('2021-01-04')))).toBe('2021-01-04');
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (day) => {
        const start = startOfIsoWeek(day);
        expect(weekday(start)).toBe(1);
        expect(day - start).toBeGreaterThanOrEqual(0);
        expect(day - start).toBeLessThan(7);
        expect(isoWeek(start)).toEqual(isoWeek(day));
      }),
    );
  });
});

describe('starts of periods and month arithmetic', () => {
  it('finds the start of a month and a quarter', () => {
    expect(formatIsoDay(startOfMonth(iso('2024-02-29')))).toBe('2024-02-01');
    expect(formatIsoDay(startOfQuarter(iso('2024-02-29')))).toBe('2024-01-01');
    expect(formatIsoDay(startOfQuarter(iso('2024-09-30')))).toBe('2024-07-01');
    expect(formatIsoDay(startOfQuarter(iso('2024-10-01')))).toBe('2024-10-01');
    expect(formatIsoDay(startOfQuarter(iso('2024-12-31')))).toBe('2024-10-01');
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-05-31', -25, '2022-04-30'],
    ['2024-05-31', 0, '2024-05-31'],
  ])('addMonths(%s, %i) is %s', (from, months, expected) => {
    expect(formatIsoDay(addMonths(iso(from), months))).toBe(expected);
  });
});

describe('todayFromClock', () => {
  it('reads the local calendar date, whatever TZ is', () => {
    expect(formatIsoDay(todayFromClock(new Date(2026, 10, 22, 23, 59)))).toBe('2026-11-22');
    expect(formatIsoDay(todayFromClock(new Date(2026, 10, 22, 0, 0)))).toBe('2026-11-22');
  });
});

describe('the date-fns rules under any time zone', () => {
  const zones = ['UTC', 'Asia/Shanghai', 'Pacific/Kiritimati', 'America/St_Johns'];
  // 1994-12-25 .. 1995-01-08 spans the day Kiritimati skipped (1994-12-31);
  // 2024-02-26 .. 2024-03-12 a leap day; 2023-12-25 .. 2024-01-08 a year end
  // whose ISO week 1 starts in December.
  const days = [
    ...Array.from({ length: 15 }, (_, i) => dayFromCivil(1994, 12, 25) + i),
    ...Array.from({ length: 15 }, (_, i) => dayFromCivil(2024, 2, 26) + i),
    ...Array.from({ length: 15 }, (_, i) => dayFromCivil(2023, 12, 25) + i),
  ];
  const results = () =>
    days.map((day) => [
      formatIsoDay(addMonths(day, 1)),
      formatIsoDay(addMonths(day, -13)),
      formatIsoDay(startOfQuarter(day)),
      formatIsoDay(startOfIsoWeek(day)),
      isoWeek(day),
    ]);
  const saved = process.env.TZ;

  it('gives the same days in every zone, and the UTC ones are right', () => {
    const byZone = zones.map((zone) => {
      process.env.TZ = zone;
      // The zone really took effect: in January 2024 Kiritimati is UTC+14, St John's UTC−3:30.
      const offset = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
      if (zone === 'Pacific/Kiritimati') expect(offset).toBe(-840);
      if (zone === 'America/St_Johns') expect(offset).toBe(210);
      return results();
    });
    process.env.TZ = saved;
    for (const result of byZone) expect(result).toEqual(byZone[0]);
    // Worked by hand: 1994-12-31 + 1 month = 1995-01-31; 2024-01-31 + 1 = 2024-02-29.
    expect(formatIsoDay(addMonths(dayFromCivil(1994, 12, 31), 1))).toBe('1995-01-31');
    expect(formatIsoDay(addMonths(dayFromCivil(2024, 1, 31), 1))).toBe('2024-02-29');
    // 2023-12-31 is a Sunday: ISO week 52 of 2023; 2024-01-01 (Monday) is week 1.
    expect(isoWeek(dayFromCivil(2023, 12, 31))).toEqual({ year: 2023, week: 52 });
    expect(isoWeek(dayFromCivil(2024, 1, 1))).toEqual({ year: 2024, week: 1 });
    expect(formatIsoDay(startOfQuarter(dayFromCivil(2024, 3, 12)))).toBe('2024-01-01');
  });
});
