import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from './calendar.js';
import {
  addWorkdays,
  holidayOn,
  isPublished,
  isWorkday,
  setYearLoader,
  unpublishedYears,
} from './workdays.js';

const day = (text: string) => parseIsoDay(text)!;
const plus = (text: string, count: number) => formatIsoDay(addWorkdays(day(text), count));

afterEach(() => setYearLoader(undefined));

// The arrangements below are the State Council's notices (国办发明电), as the
// package records them; the weekdays are from a printed calendar.
describe('working days in 2024', () => {
  it('春节: 2/10–2/17 off; the Sundays 2/4 and 2/18 are make-up working days', () => {
    expect(isWorkday(day('2024-02-04'))).toBe(true); // Sunday, 调休上班
    expect(isWorkday(day('2024-02-18'))).toBe(true); // Sunday, 调休上班
    expect(isWorkday(day('2024-02-11'))).toBe(false); // Sunday, and in the holiday
    expect(isWorkday(day('2024-02-15'))).toBe(false); // Thursday in the holiday
    expect(isWorkday(day('2024-02-09'))).toBe(true); // Friday, 除夕 was not a day off in 2024
    expect(isWorkday(day('2024-02-25'))).toBe(false); // an ordinary Sunday
  });

  it('国庆: 10/1–10/7 off; Sunday 9/29 and Saturday 10/12 on, Sunday 10/13 off', () => {
    expect(isWorkday(day('2024-09-29'))).toBe(true);
    expect(isWorkday(day('2024-10-12'))).toBe(true);
    expect(isWorkday(day('2024-10-13'))).toBe(false);
    expect(isWorkday(day('2024-10-07'))).toBe(false); // Monday in the holiday
    expect(isWorkday(day('2024-10-08'))).toBe(true); // Tuesday, back to work
    expect(isWorkday(day('2024-09-28'))).toBe(false); // an ordinary Saturday
  });

  it('names the holiday a day falls in, and only a holiday', () => {
    expect(holidayOn(day('2024-10-03'))).toEqual({ en: 'National Day', zh: '国庆节' });
    expect(holidayOn(day('2024-02-12'))?.zh).toBe('春节');
    expect(holidayOn(day('2024-10-12'))).toBeUndefined(); // a make-up working day
    expect(holidayOn(day('2024-10-13'))).toBeUndefined(); // a plain Sunday
  });
});

describe('addWorkdays', () => {
  it('counts ten working days after Q1 2024 over 清明 and its make-up Sunday', () => {
    // 3/31 Sun. 4/1–4/3 (1–3), 4/4–4/6 清明 off, 4/7 Sun 调休 (4),
    // 4/8–4/12 (5–9), 4/13–14 weekend, 4/15 Mon (10).
    expect(plus('2024-03-31', 10)).toBe('2024-04-15');
    expect(plus('2024-03-31', 9)).toBe('2024-04-12');
  });

  it('counts ten working days after Q3 2024 over 国庆 and Saturday 10/12', () => {
    // 9/30 Mon. 10/1–10/7 off, 10/8–10/11 (1–4), 10/12 Sat 调休 (5), 10/13 off,
    // 10/14–10/18 (6–10).
    expect(plus('2024-09-30', 10)).toBe('2024-10-18');
    // Without the make-up Saturday the tenth day would be 10/21.
    expect(plus('2024-09-30', 5)).toBe('2024-10-12');
  });

  it('counts across 春节 2024 and into a new year', () => {
    // 2/8 Thu. 2/9 Fri (1), 2/10–2/17 off, 2/18 Sun 调休 (2), 2/19–2/21 (3–5).
    expect(plus('2024-02-08', 5)).toBe('2024-02-21');
    // 2023-12-31 Sun. 2024-01-01 元旦 off, 1/2–1/5 (1–4), 1/8–1/12 (5–9), 1/15 (10).
    expect(plus('2023-12-31', 10)).toBe('2024-01-15');
  });

  it('zero working days is the day itself, even a holiday', () => {
    expect(plus('2024-10-01', 0)).toBe('2024-10-01');
    expect(plus('2024-10-01', 1)).toBe('2024-10-08');
  });
});

describe('years not published', () => {
  it('a year with no file is unpublished and counts Monday to Friday', () => {
    setYearLoader((year) =>
      year === 2024 ? { holidays: { '2024-12-31': 'Test,测试,1' } } : undefined,
    );
    expect(isPublished(2024)).toBe(true);
    expect(isPublished(2025)).toBe(false);
    // 2024-12-30 Mon. 12/31 off (test holiday), 2025-01-01 Wed (1, nothing
    // published, so 元旦 is not known), 1/2 (2), 1/3 (3).
    expect(plus('2024-12-30', 3)).toBe('2025-01-03');
    expect(unpublishedYears(day('2024-03-01'), day('2026-01-01'))).toEqual([2025, 2026]);
  });

  it('the package has 2024 and has not a year far ahead', () => {
    expect(isPublished(2024)).toBe(true);
    expect(isPublished(2099)).toBe(false);
    expect(unpublishedYears(day('2024-01-01'), day('2024-12-31'))).toEqual([]);
  });
});
