import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, daysInMonth, formatIsoDay } from './calendar.js';
import { formatPlanDate } from './format-plan-date.js';
import { parsePlanDate } from './parse-plan-date.js';
import type { DateLocale, DateProblem, PlanDate, Precision } from './types.js';

function parsed(value: unknown): PlanDate {
  const result = parsePlanDate(value);
  if (!result.ok) throw new Error(`${String(value)}: ${JSON.stringify(result.problem)}`);
  return result.date;
}

function problem(value: unknown): DateProblem {
  const result = parsePlanDate(value);
  if (result.ok) throw new Error(`${String(value)} parsed as ${JSON.stringify(result.date)}`);
  return result.problem;
}

describe('accepted forms', () => {
  it.each<[unknown, Precision, string, string]>([
    // ISO-like
    [2014, 'year', '2014-01-01', '2014-12-31'],
    ['2014', 'year', '2014-01-01', '2014-12-31'],
    ['2014-07', 'month', '2014-07-01', '2014-07-31'],
    ['2014-7', 'month', '2014-07-01', '2014-07-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2014-07-16', 'day', '2014-07-16', '2014-07-16'],
    ['2014-7-6', 'day', '2014-07-06', '2014-07-06'],
    ['2024-02-29', 'day', '2024-02-29', '2024-02-29'],
    ['2014-Q3', 'quarter', '2014-07-01', '2014-09-30'],
    ['2014-q3', 'quarter', '2014-07-01', '2014-09-30'],
    ['2023-Q1', 'quarter', '2023-01-01', '2023-03-31'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2023-Q2', 'quarter', '2023-04-01', '2023-06-30'],
    ['2023-Q4', 'quarter', '2023-10-01', '2023-12-31'],
    ['2014-H1', 'half', '2014-01-01', '2014-06-30'],
    ['2014-H2', 'half', '2014-07-01', '2014-12-31'],
    ['2014-h2', 'half', '2014-07-01', '2014-12-31'],
    // Chinese
    ['2014年', 'year', '2014-01-01', '2014-12-31'],
    ['2014年7月', 'month', '2014-07-01', '2014-07-31'],
    ['2014年07月', 'month', '2014-07-01', '2014-07-31'],
    ['2014年7月16日', 'day', '2014-07-16', '2014-07-16'],
    ['2014年7月16号', 'day', '2014-07-16', '2014-07-16'],
    ['2014年7月16號', 'day', '2014-07-16', '2014-07-16'],
    ['2014年底', 'month', '2014-12-01', '2014-12-31'],
    ['2014年末', 'month', '2014-12-01', '2014-12-31'],
    ['2014年6月底', 'month', '2014-06-01', '2014-06-30'],
    ['2014年6月末', 'month', '2014-06-01', '2014-06-30'],
    ['2024年2月底', 'month', '2024-02-01', '2024-02-29'],
    ['2023年2月底', 'month', '2023-02-01', '2023-02-28'],
    ['2014年上半年', 'half', '2014-01-01', '2014-06-30'],
    ['2014年下半年', 'half', '2014-07-01', '2014-12-31'],
    ['2014年第三季度', 'quarter', '2014-07-01', '2014-09-30'],
    ['2014年三季度', 'quarter', '2014-07-01', '2014-09-30'],
    ['2014年第3季度', 'quarter', '2014-07-01', '2014-09-30'],
    ['2014年一季度', 'quarter', '2014-01-01', '2014-03-31'],
    ['2014年第四季度', 'quarter', '2014-10-01', '2014-12-31'],
    ['2014年第二季', 'quarter', '2014-04-01', '2014-06-30'],
    // Deadlines: 前 / 以前 mean the same as the bare date
    ['2014年底前', 'month', '2014-12-01', '2014-12-31'],
    ['2014年6月底前', 'month', '2014-06-01', '2014-06-30'],
    ['2014年6月底以前', 'month', '2014-06-01', '2014-06-30'],
    ['2014年7月16日前', 'day', '2014-07-16', '2014-07-16'],
    ['2014年前', 'year', '2014-01-01', '2014-12-31'],
    ['2014年以前', 'year', '2014-01-01', '2014-12-31'],
    ['2014年上半年前', 'half', '2014-01-01', '2014-06-30'],
    ['2014年第三季度前', 'quarter', '2014-07-01', '2014-09-30'],
    ['2014年7月之前', 'month', '2014-07-01', '2014-07-31'],
    ['2014-07前', 'month', '2014-07-01', '2014-07-31'],
    // Whitespace and full-width characters
    ['  2014-07-16  ', 'day', '2014-07-16', '2014-07-16'],
    ['\u30002014年\u3000', 'year', '2014-01-01', '2014-12-31'],
    ['２０１４年７月', 'month', '2014-07-01', '2014-07-31'],
    ['２０１４－Ｑ３', 'quarter', '2014-07-01', '2014-09-30'],
    ['２０１４－ｈ１', 'half', '2014-01-01', '2014-06-30'],
    ['2014 年 7 月 16 日', 'day', '2014-07-16', '2014-07-16'],
    // 年底 and 年中 with 年 written twice; 年中 is June (docs/decisions.md)
    ['2023年年底', 'month', '2023-12-01', '2023-12-31'],
    ['2023年年末', 'month', '2023-12-01', '2023-12-31'],
    ['2023年年中', 'month', '2023-06-01', '2023-06-30'],
    ['2023年中', 'month', '2023-06-01', '2023-06-30'],
    ['2023年年中前', 'month', '2023-06-01', '2023-06-30'],
    ['2023年3月份', 'month', '2023-03-01', '2023-03-31'],
    // Dekads (旬): 上旬 1–10, 中旬 11–20, 下旬 21 to the month's end
    ['2023年6月上旬', 'dekad', '2023-06-01', '2023-06-10'],
    ['2023年6月中旬', 'dekad', '2023-06-11', '2023-06-20'],
    ['2023年6月下旬', 'dekad', '2023-06-21', '2023-06-30'],
    ['2023年7月下旬', 'dekad', '2023-07-21', '2023-07-31'],
    ['2023年2月下旬', 'dekad', '2023-02-21', '2023-02-28'],
    ['2024年2月下旬', 'dekad', '2024-02-21', '2024-02-29'],
    ['2100年2月下旬', 'dekad', '2100-02-21', '2100-02-28'],
    ['2000年2月下旬', 'dekad', '2000-02-21', '2000-02-29'],
    ['2023年12月中旬前', 'dekad', '2023-12-11', '2023-12-20'],
    ['2023年6月上旬以前', 'dekad', '2023-06-01', '2023-06-10'],
    // and as English and JSON print them: an ISO 8601 interval
    ['2023-06-01/10', 'dekad', '2023-06-01', '2023-06-10'],
    ['2023-06-1/10', 'dekad', '2023-06-01', '2023-06-10'],
    ['2023-06-11/20', 'dekad', '2023-06-11', '2023-06-20'],
    ['2023-06-21/30', 'dekad', '2023-06-21', '2023-06-30'],
    ['2024-02-21/29', 'dekad', '2024-02-21', '2024-02-29'],
    // Chinese numerals, 〇 and 零 (and ○ typed for 〇) included
    ['二〇二三年六月', 'month', '2023-06-01', '2023-06-30'],
    ['二零二三年六月', 'month', '2023-06-01', '2023-06-30'],
    ['二○二三年六月', 'month', '2023-06-01', '2023-06-30'],
    ['二〇二三年', 'year', '2023-01-01', '2023-12-31'],
    ['二〇〇〇年', 'year', '2000-01-01', '2000-12-31'],
    ['二〇二三年十月', 'month', '2023-10-01', '2023-10-31'],
    ['二〇二三年十一月', 'month', '2023-11-01', '2023-11-30'],
    ['二〇二三年十二月', 'month', '2023-12-01', '2023-12-31'],
    ['二〇二三年七月十日', 'day', '2023-07-10', '2023-07-10'],
    ['二〇二三年七月十五日', 'day', '2023-07-15', '2023-07-15'],
    ['二〇二三年二月二十八日', 'day', '2023-02-28', '2023-02-28'],
    ['二〇二三年七月二十日', 'day', '2023-07-20', '2023-07-20'],
    ['二〇二三年七月二十一日', 'day', '2023-07-21', '2023-07-21'],
    ['二〇二三年十二月三十一日', 'day', '2023-12-31', '2023-12-31'],
    ['二〇二三年一月一日', 'day', '2023-01-01', '2023-01-01'],
    ['二〇二三年六月底前', 'month', '2023-06-01', '2023-06-30'],
    ['二〇二三年六月下旬', 'dekad', '2023-06-21', '2023-06-30'],
    ['二〇二三年十二月三十一日之前', 'day', '2023-12-31', '2023-12-31'],
    ['二〇二三年三月份', 'month', '2023-03-01', '2023-03-31'],
    ['二〇二三年第三季度', 'quarter', '2023-07-01', '2023-09-30'],
    ['二〇二三年上半年', 'half', '2023-01-01', '2023-06-30'],
    ['二〇二三年 六月 二十八日', 'day', '2023-06-28', '2023-06-28'],
    ['2023年六月二十八日', 'day', '2023-06-28', '2023-06-28'],
    // Range of years
    [1000, 'year', '1000-01-01', '1000-12-31'],
    [9999, 'year', '9999-01-01', '9999-12-31'],
  ])('%j is %s %s..%s', (value, precision, first, last) => {
    const date = parsed(value);
    expect(date.kind).toBe('fixed');
    if (date.kind !== 'fixed') return;
    expect(date.precision).toBe(precision);
    expect(formatIsoDay(date.first)).toBe(first);
    expect(formatIsoDay(date.last)).toBe(last);
  });

  it.each([
    ['ongoing'],
    ['Ongoing'],
    ['长期坚持'],
    ['持续推进'],
    ['長期堅持'],
    ['持續推進'],
    ['长期'],
    ['長期'],
    [' 长期坚持 '],
  ])('%j is ongoing', (value) => {
    expect(parsed(value)).toEqual({ kind: 'ongoing', written: value.trim() });
  });

  it('keeps the trimmed original text as written', () => {
    expect(parsed(' ２０１４年７月 ').written).toBe('２０１４年７月');
    expect(parsed(2014).written).toBe('2014');
    expect(parsed('2014年底前').written).toBe('2014年底前');
  });
});

describe('problems', () => {
  it.each([
    '20xx',
    '20XX',
    '20××',
    '20**',
    'XXXX',
    'xxxx年',
    '202x',
    '20xx年12月',
    '20XX年底前',
    '20xx-06',
    '20xx-Q3',
    '20xx/06/30',
    '20__年__月__日',
    '20○○年',
    '２０ＸＸ年',
    '2014年X月底',
  ])('%j is a placeholder', (value) => {
    expect(problem(value)).toEqual({ kind: 'placeholder' });
  });

  it.each([
    '2023-02-30',
    '2023-02-29',
    '2023-04-31',
    '2023-13',
    '2023-00',
    '2023-01-00',
    '2023-01-32',
    '2023-Q5',
    '2023-Q0',
    '2023-H3',
    '2023年13月',
    '2023年2月30日',
    '2023年13月底',
    '2023年第五季度',
    '2023年5季度',
    '2023年2月30日前',
    // new forms
    '2023年13月上旬',
    '2023年0月下旬',
    '二〇二三年十三月',
    '二〇二三年二月三十日',
    '二〇二三年六月三十一日',
    '二〇二三年二月二十九日',
    '2023-06-21/31',
    '2023-02-21/30',
    '2023-06-01/11',
    '2023-13-01/10',
    // without a year, but in no year at all
    '6月31日',
    '2月30日',
    '13月',
    '13月底',
    '第五季度',
  ])('%j does not exist', (value) => {
    expect(problem(value)).toEqual({ kind: 'nonexistent' });
  });

  it.each<[unknown, string]>([
    ['2014/07/16', '2014-07-16'],
    ['2014.7.16', '2014-07-16'],
    ['2014.07.16', '2014-07-16'],
    ['2014/7', '2014-07'],
    ['2014.07', '2014-07'],
    ['2014.1', '2014-01'],
    [2014.07, '2014-07'],
    [2014.7, '2014-07'],
    [2014.12, '2014-12'],
    ['2014 07 16', '2014-07-16'],
    ['2014–07–16', '2014-07-16'],
    ['2014_07', '2014-07'],
    ['20140716', '2014-07-16'],
    [20140716, '2014-07-16'],
    ['201407', '2014-07'],
    ['2014-07-16T00:00:00Z', '2014-07-16'],
    ['2014Q3', '2014-Q3'],
    ['2014 Q3', '2014-Q3'],
    ['Q3 2014', '2014-Q3'],
    ['2014H1', '2014-H1'],
    ['H2-2014', '2014-H2'],
    ['2014年7月16', '2014-07-16'],
    ['2014年Q3', '2014-Q3'],
    ['２０１４／７／１６', '2014-07-16'],
    // 中 and 初 alone name no 旬
    ['2023年6月中', '2023年6月中旬'],
    ['2023年6月中前', '2023年6月中旬前'],
    ['2023年6月初', '2023年6月上旬'],
    ['二〇二三年六月中', '2023年6月中旬'],
    ['6月中', '6月中旬'],
    ['二〇二三年七月十', '2023-07-10'],
  ])('%j is unreadable; suggest %s', (value, suggestion) => {
    // A respelling of the same date is marked so (plan fix applies it); a
    // 旬 for 中/初 is a reading of the author's words, and is not.
    const respelling = suggestion.includes('旬') ? {} : { respelling: true };
    expect(problem(value)).toEqual({ kind: 'unreadable', suggestion, ...respelling });
  });

  it.each<[unknown]>([
    // not a date at all
    ['明年'],
    ['next year'],
    ['年初'],
    ['底'],
    ['中旬'],
    ['6月6月'],
    ['1月底前完成并长期坚持'],
    ['2014年8月—2016年3月'],
    [''],
    ['   '],
    // 2014.10 and 2014.1 are the same YAML number: no guess
    [2014.1],
    // out-of-range years
    [999],
    ['0999'],
    [10000],
    [-2014],
    ['0999-01-01'],
    // near misses that would not exist
    ['2023/02/30'],
    ['2014.13'],
    ['2014Q5'],
    ['2023年13月中'],
    // Chinese numerals that are not a month, day or year
    ['二〇二三年十十月'],
    ['二〇二三年一二月'],
    ['二〇二三二年'],
    ['2023-06-05/12'],
    // not text or a number
    [true],
    [false],
    [null],
    [undefined],
    [{}],
    [[2014]],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Date(Date.UTC(2014, 6, 16))],
  ])('%j is unreadable, with no suggestion', (value) => {
    expect(problem(value)).toEqual({ kind: 'unreadable' });
  });
});

describe('values as js-yaml CORE_SCHEMA delivers them', () => {
  const loaded = load(
    [
      'a: 2014',
      'b: 2014-07',
      'c: 2014-07-16',
      'd: 2014.07',
      'e: 2014年底前',
      'f: 20xx',
      'g: ongoing',
    ].join('\n'),
    { schema: CORE_SCHEMA },
  ) as Record<string, unknown>;

  it('reads each the way the plan author meant', () => {
    expect(loaded.a).toBe(2014);
    expect(loaded.d).toBe(2014.07);
    const summary = Object.fromEntries(
      Object.entries(loaded).map(([key, value]) => {
        const result = parsePlanDate(value);
        return [key, result.ok ? formatPlanDate(result.date, 'en') : result.problem];
      }),
    );
    expect(summary).toEqual({
      a: '2014',
      b: '2014-07',
      c: '2014-07-16',
      d: { kind: 'unreadable', suggestion: '2014-07', respelling: true },
      e: '2014-12',
      f: { kind: 'placeholder' },
      g: 'ongoing',
    });
  });
});

describe('properties', () => {
  const fixedDate = fc
    .tuple(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.constantFrom<Precision>('year', 'half', 'quarter', 'month', 'dekad', 'day'),
    )
    .map(([year, month, day, precision]) => {
      const d = Math.min(day, daysInMonth(year, month));
      const mm = String(month).padStart(2, '0');
      const dekadFirst = Math.min(Math.floor((d - 1) / 10), 2) * 10 + 1;
      const dekadLast = dekadFirst === 21 ? daysInMonth(year, month) : dekadFirst + 9;
      const written: Record<Precision, string> = {
        year: `${year}`,
        half: `${year}-H${month <= 6 ? 1 : 2}`,
        quarter: `${year}-Q${Math.ceil(month / 3)}`,
        month: `${year}-${mm}`,
        dekad: `${year}-${mm}-${String(dekadFirst).padStart(2, '0')}/${dekadLast}`,
        day: formatIsoDay(dayFromCivil(year, month, d)),
      };
      return written[precision];
    });

  it('reads back what it prints, in every locale', () => {
    fc.assert(
      fc.property(
        fixedDate,
        fc.constantFrom<DateLocale>('en', 'zh-CN', 'zh-TW'),
        (text, locale) => {
          const date = parsed(text);
          const again = parsed(formatPlanDate(date, locale));
          expect({ ...again, written: '' }).toEqual({ ...date, written: '' });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws and spans are never inverted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.anything()), (value) => {
        const result = parsePlanDate(value);
        if (result.ok && result.date.kind === 'fixed') {
          expect(result.date.first).toBeLessThanOrEqual(result.date.last);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
