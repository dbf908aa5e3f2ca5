import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './calendar.js';
import { dueSoonUntil, parseWarnWindow } from './warn-window.js';

const day = (text: string) => parseIsoDay(text)!;

describe('parseWarnWindow', () => {
  it('reads calendar days in every accepted form', () => {
    for (const form of [14, '14', '14 days', '14 day', '14天', '14 天', '14日', ' 14 Days ']) {
      expect(parseWarnWindow(form), String(form)).toEqual({ count: 14, workdays: false });
    }
    expect(parseWarnWindow(0)).toEqual({ count: 0, workdays: false });
  });

  it('reads working days in every accepted form', () => {
    for (const form of [
      '5 workdays',
      '5 workday',
      '5 working days',
      '5个工作日',
      '5 个工作日',
      '5個工作日',
      '5工作日',
    ]) {
      expect(parseWarnWindow(form), form).toEqual({ count: 5, workdays: true });
    }
  });

  it('refuses what is not a whole count of days or working days', () => {
    for (const form of [
      -1,
      1.5,
      '',
      'workdays',
      '3 weeks',
      '5 wd',
      '十四天',
      '-3',
      '3x',
      '1.5 days',
    ]) {
      expect(parseWarnWindow(form), String(form)).toBeUndefined();
    }
  });
});

describe('dueSoonUntil', () => {
  it('counts calendar days: 2024-06-28 + 14 = 2024-07-12', () => {
    expect(dueSoonUntil(day('2024-06-28'), { count: 14, workdays: false })).toBe(day('2024-07-12'));
  });

  it('counts working days over 国庆 with its 调休 Sunday', () => {
    // From Fri 2024-09-27: Sun 9/29 is a make-up working day (1), Mon 9/30
    // (2), 10/1–10/7 are off, Tue 10/8 (3): the 3rd working day is 10/8,
    // so a task due 10/8 is due soon and one due 10/9 is not.
    const until = dueSoonUntil(day('2024-09-27'), { count: 3, workdays: true });
    expect(until).toBe(day('2024-10-08'));
    // Two working days reach only Mon 9/30: 10/8 is then outside.
    expect(dueSoonUntil(day('2024-09-27'), { count: 2, workdays: true })).toBe(day('2024-09-30'));
  });

  it('zero working days is today itself, working or not', () => {
    expect(dueSoonUntil(day('2024-10-01'), { count: 0, workdays: true })).toBe(day('2024-10-01'));
  });
});
