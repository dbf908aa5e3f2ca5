import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from './calendar.js';
import { daysBetween, dueDay, startDay } from './compare.js';
import { parsePlanDate } from './parse-plan-date.js';
import type { PlanDate } from './types.js';

function parsed(value: unknown): PlanDate {
  const result = parsePlanDate(value);
  if (!result.ok) throw new Error(`${String(value)} did not parse`);
  return result.date;
}

function show(day: number | undefined): string | undefined {
  return day === undefined ? undefined : formatIsoDay(day);
}

describe('dueDay / startDay', () => {
  it.each([
    ['2014', '2014-01-01', '2014-12-31'],
    ['2014-07', '2014-07-01', '2014-07-31'],
    ['2014-07-16', '2014-07-16', '2014-07-16'],
    ['2014年底前', '2014-12-01', '2014-12-31'],
    ['2014-H2', '2014-07-01', '2014-12-31'],
  ])('%s starts %s and is due %s', (text, start, due) => {
    const date = parsed(text);
    expect(show(startDay(date))).toBe(start);
    expect(show(dueDay(date))).toBe(due);
  });

  it('has no days for ongoing or absent dates', () => {
    expect(dueDay(parsed('长期坚持'))).toBeUndefined();
    expect(startDay(parsed('ongoing'))).toBeUndefined();
    expect(dueDay(undefined)).toBeUndefined();
    expect(startDay()).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it('counts signed days', () => {
    const a = parseIsoDay('2024-02-28')!;
    const b = parseIsoDay('2024-03-01')!;
    expect(daysBetween(a, b)).toBe(2);
    expect(daysBetween(b, a)).toBe(-2);
    expect(daysBetween(a, a)).toBe(0);
  });
});
