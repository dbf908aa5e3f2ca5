/**
 * Each recurring duty is one iCalendar series, and a real parser (ical.js)
 * expands it to exactly the occurrence dates the model has: the list the
 * checklist shows with --from/--to over the whole window, less the
 * occurrences recorded `dropped` (EXDATE). Every form of `repeat`, with the
 * dates worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import { formatIsoDay, parseIsoDay } from '../src/dates/index.js';
import type { Plan } from '../src/model/types.js';
import { exportIcs } from '../src/render/export/ics.js';
import { buildChecklistView, type ChecklistItem } from '../src/views/checklist-groups.js';
import { expandIcs, loadPlan, unfold } from './export-helpers.js';

const fixture = 'test/fixtures/views/export-recurring.yaml';
const today = parseIsoDay('2024-06-30')!;

/** Each duty's occurrences, by hand. */
const expected: Record<string, string[]> = {
  // Month ends of 2023; February 2023 has 28 days.
  月报: [
    '2023-01-31',
    '2023-02-28',
    '2023-03-31',
    '2023-04-30',
    '2023-05-31',
    '2023-06-30',
    '2023-07-31',
    '2023-08-31',
    '2023-09-30',
    '2023-10-31',
    '2023-11-30',
    '2023-12-31',
  ],
  每月28日前报送: [
    '2024-01-28',
    '2024-02-28',
    '2024-03-28',
    '2024-04-28',
    '2024-05-28',
    '2024-06-28',
  ],
  // Day 29: February 2023 falls back to the 28th; 2024 is a leap year, so the 29th.
  每月29日报送: [
    '2023-01-29',
    '2023-02-28',
    '2023-03-29',
    '2023-04-29',
    '2023-05-29',
    '2023-06-29',
    '2023-07-29',
    '2023-08-29',
    '2023-09-29',
    '2023-10-29',
    '2023-11-29',
    '2023-12-29',
    '2024-01-29',
    '2024-02-29',
    '2024-03-29',
  ],
  // Day 30: both Februaries fall back to their last day.
  每月30日报送: [
    '2023-01-30',
    '2023-02-28',
    '2023-03-30',
    '2023-04-30',
    '2023-05-30',
    '2023-06-30',
    '2023-07-30',
    '2023-08-30',
    '2023-09-30',
    '2023-10-30',
    '2023-11-30',
    '2023-12-30',
    '2024-01-30',
    '2024-02-29',
    '2024-03-30',
    '2024-04-30',
  ],
  // Day 31: the month's last day in a short month.
  每月31日报送: [
    '2024-01-31',
    '2024-02-29',
    '2024-03-31',
    '2024-04-30',
    '2024-05-31',
    '2024-06-30',
  ],
  // Fridays of 2024-09-01..2024-10-31; 10/4 is in the 国庆 holiday and still a Friday.
  每周五报送: [
    '2024-09-06',
    '2024-09-13',
    '2024-09-20',
    '2024-09-27',
    '2024-10-04',
    '2024-10-11',
    '2024-10-18',
    '2024-10-25',
  ],
  // Quarter ends of the plan period 2023–2024, 2023-Q2 dropped (EXDATE 2023-06-30).
  季度质量分析: [
    '2023-03-31',
    '2023-09-30',
    '2023-12-31',
    '2024-03-31',
    '2024-06-30',
    '2024-09-30',
    '2024-12-31',
  ],
  // Ten working days after each quarter end of 2024 (2024-Q2's, 7/12, dropped):
  // 3/31 → 4/1, 2, 3, (清明 4/4–6 off, Sunday 4/7 worked) 7, 8, 9, 10, 11, 12, 15;
  // 9/30 → (国庆 10/1–7 off) 10/8, 9, 10, 11, 12 (a worked Saturday), 14, 15, 16, 17, 18;
  // 12/31 → (元旦 1/1 off) 2025-01-02, 3, 6, 7, 8, 9, 10, 13, 14, 15.
  季度结束后10个工作日内报送: ['2024-04-15', '2024-10-18', '2025-01-15'],
  半年总结: ['2023-06-30', '2023-12-31', '2024-06-30', '2024-12-31'],
  年度报告: ['2023-12-31', '2024-12-31'],
  '每年6月、12月报送': ['2024-06-30', '2024-12-31'],
  // Fifteen calendar days after each quarter end of 2024.
  季度结束后15日内报送: ['2024-04-15', '2024-07-15', '2024-10-15', '2025-01-15'],
  // 2024-01 dropped: the first occurrence, DTSTART itself, is excluded.
  首期取消的月报: ['2024-02-29', '2024-03-31'],
  // A plain weekly keeps its window end's weekday: 2024-06-30 is a Sunday.
  周报: ['2024-06-09', '2024-06-16', '2024-06-23', '2024-06-30'],
  每年2月29日报送: ['2023-02-28', '2024-02-29'],
  每季度30日报送: ['2024-03-30', '2024-06-30', '2024-09-30', '2024-12-30'],
  一季度每月30日: ['2024-01-30', '2024-02-29', '2024-03-30'],
};

/** Dates the checklist lists for each duty over `from`..`to`, dropped ones left out. */
function checklistDates(plan: Plan, from: string, to: string): Map<string, string[]> {
  const view = buildChecklistView(plan, {
    lang: 'en',
    // After every occurrence, so that each has a status and dropped ones say so.
    today: parseIsoDay('2026-01-01')!,
    warnDays: 14,
    groupBy: 'phase',
    from: parseIsoDay(from)!,
    to: parseIsoDay(to)!,
  });
  const dates = new Map<string, string[]>();
  const visit = (item: ChecklistItem): void => {
    if (item.repeat) {
      const kept = item.occurrences.filter((o) => o.status !== 'dropped');
      dates.set(
        item.title,
        kept.map((o) => formatIsoDay(o.day)),
      );
    }
    item.children.forEach(visit);
  };
  for (const group of view.groups) group.items.forEach(visit);
  return dates;
}

/** `[Due] 3 每月29日报送` → `每月29日报送`. */
function byTitle(expanded: Map<string, string[]>): Map<string, string[]> {
  return new Map(
    [...expanded].map(([summary, dates]) => [summary.replace(/^\[Due\] \d+ /, ''), dates]),
  );
}

describe('recurring duties in iCalendar', () => {
  const plan = loadPlan(fixture);
  const text = exportIcs(plan, { lang: 'en', today });
  const expanded = () => byTitle(expandIcs(text));

  it('writes one VEVENT per duty', () => {
    expect(unfold(text).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(
      Object.keys(expected).length,
    );
  });

  it.each(Object.entries(expected))('expands %s to its occurrences, by hand', (title, dates) => {
    expect(expanded().get(title)).toEqual(dates);
  });

  it('expands to exactly what the checklist lists over the whole window', () => {
    expect(expanded()).toEqual(checklistDates(plan, '2000-01-01', '2030-12-31'));
  });

  it('writes the rules a calendar app offers to edit', () => {
    const rules = unfold(text).filter((line) => /^(RRULE|RDATE|EXDATE)/.test(line));
    expect(rules).toEqual([
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20231231',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20240628',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=29;UNTIL=20240329',
      'RDATE;VALUE=DATE:20230228',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=30;UNTIL=20240430',
      'RDATE;VALUE=DATE:20230228,20240229',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20240630',
      'RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20241025',
      'RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20241231',
      'EXDATE;VALUE=DATE:20230630',
      'RDATE;VALUE=DATE:20240415,20240712,20241018,20250115',
      'EXDATE;VALUE=DATE:20240712',
      'RRULE:FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;UNTIL=20241231',
      'RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20241231',
      'RRULE:FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;UNTIL=20241231',
      'RDATE;VALUE=DATE:20240415,20240715,20241015,20250115',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20240331',
      'EXDATE;VALUE=DATE:20240131',
      'RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20240630',
      'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20240229',
      'RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=30;UNTIL=20241230',
      'RRULE:FREQ=MONTHLY;BYMONTH=1,2,3;BYMONTHDAY=30;UNTIL=20240330',
      'RDATE;VALUE=DATE:20240229',
    ]);
  });

  it('says how many times each duty falls due, dropped ones not counted', () => {
    const repeats = (lang: 'en' | 'zh-CN') =>
      unfold(exportIcs(plan, { lang, today }))
        .filter((line) => line.startsWith('DESCRIPTION:'))
        .map((line) => /(?:Repeats: |频次：)([^\\]*)/.exec(line)?.[1]);
    expect(repeats('en').slice(0, 3)).toEqual([
      'monthly (12 times)',
      'monthly (6 times)',
      'monthly (15 times)',
    ]);
    // 8 quarters, one dropped.
    expect(repeats('zh-CN')[6]).toBe('每季度（共 7 期）');
  });
});

describe('series against ical.js, for windows across years', () => {
  /** ical.js's dates and the checklist's for one duty in a plan of 2000–2030. */
  function both(repeat: string, start: string, due: string, extra = '') {
    const yaml = `version: 1\ntitle: t\ntasks:\n  - { title: d, repeat: ${repeat}, start: ${start}, due: ${due}${extra} }\n`;
    const compiled = compilePlan('t.yaml', yaml);
    if (!compiled.plan) throw new Error('does not compile');
    const text = exportIcs(compiled.plan, { lang: 'en', today });
    return {
      ics: [...expandIcs(text).values()][0],
      checklist: checklistDates(compiled.plan, '1999-01-01', '2031-12-31').get('d'),
    };
  }

  // The checklist lists at most 60 occurrences: month-based duties over
  // 2020-11..2024-05 (43 months; Februaries of 2021–2023 short, 2024 long),
  // weekly ones over 2023-11..2024-10 (about 52 weeks, 国庆 2024 included).
  it.each([
    ['monthly', '2020-11', '2024-05'],
    ['quarterly', '2020-11', '2024-05'],
    ['half-yearly', '2020-11', '2024-05'],
    ['yearly', '2019-01', '2024-12'],
    ['weekly', '2023-11', '2024-10'],
    ['{ every: week, weekday: 周五 }', '2023-11', '2024-10'],
    ['{ every: month, day: 29 }', '2020-11', '2024-05'],
    ['{ every: month, day: 30 }', '2020-11', '2024-05'],
    ['{ every: month, day: 31 }', '2020-11', '2024-05'],
    ['{ every: quarter, day: 30 }', '2020-11', '2024-05'],
    ['{ every: year, months: [2], day: 30 }', '2019-01', '2024-12'],
    ['{ every: year, months: [2, 8], day: 29 }', '2019-01', '2024-12'],
    ['{ every: year, months: [1, 5, 9], day: 30 }', '2019-01', '2024-12'],
    ['{ every: month, months: [2, 5, 8, 11], day: 30 }', '2019-01', '2024-12'],
    ['{ every: quarter, within: 10 workdays }', '2019-01', '2024-12'],
    ['{ every: month, within: 5 days }', '2020-11', '2024-05'],
  ])('%s over %s..%s expands as the checklist lists', (repeat, start, due) => {
    const { ics, checklist } = both(repeat, start, due);
    expect(checklist!.length).toBeGreaterThan(1);
    expect(checklist!.length).toBeLessThan(60);
    expect(ics).toEqual(checklist);
  });

  it('an endless duty repeats past any horizon', () => {
    const yaml =
      'version: 1\ntitle: t\ntasks:\n  - { title: d, repeat: monthly, start: 2024-01, due: ongoing }\n';
    const text = exportIcs(compilePlan('t.yaml', yaml).plan!, { lang: 'en', today });
    expect(unfold(text)).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1');
    const dates = [...expandIcs(text, '2099-12-31').values()][0]!;
    // 2024-01..2099-12: 76 years of month ends.
    expect(dates).toHaveLength(76 * 12);
    expect(dates.at(-1)).toBe('2099-12-31');
  });
});
