import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { dayFromCivil, formatIsoDay, formatPlanDate } from '../dates/index.js';
import { toDiagnostics } from '../pipeline/word-findings.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import type { DateField, Plan } from './types.js';

function compiled(period: string, due: string, extra = '') {
  return compilePlan(
    't.yaml',
    `version: 1
title: 测试
${period}${extra}
tasks:
  - { id: T1, title: 任务, lead: 卫健委, due: ${JSON.stringify(due)} }
`,
  );
}

function model(period: string, due: string, extra = ''): Plan {
  const result = compiled(period, due, extra);
  if (!result.plan) throw new Error(JSON.stringify(result.findings));
  return result.plan;
}

function dueOf(period: string, due: string): DateField {
  return model(period, due).allTasks[0]!.due!;
}

/** The span a date field covers, as ISO days: `2023-06-01..2023-06-30`. */
function span(field: DateField): string {
  if (field.date?.kind !== 'fixed') throw new Error(JSON.stringify(field));
  return `${formatIsoDay(field.date.first)}..${formatIsoDay(field.date.last)}`;
}

function dateErrors(period: string, due: string, lang: Lang = 'zh-CN', extra = ''): Diagnostic[] {
  const result = compiled(period, due, extra);
  const findings = checkCompiled(result, { today: dayFromCivil(2000, 1, 1), warnDays: 14 });
  return toDiagnostics(result, findings, lang).filter((d) => d.code === 'invalid-date');
}

const IN_2023 = 'period: { start: 2023-01, end: 2023-12 }';
const OVER_TWO_YEARS = 'period: { start: 2023-07, end: 2024-06 }';

describe('dates without a year take the year of a period within one year', () => {
  it.each([
    ['6月底', '2023-06-01..2023-06-30'],
    ['6月底前', '2023-06-01..2023-06-30'],
    ['7月28日', '2023-07-28..2023-07-28'],
    ['3月17日', '2023-03-17..2023-03-17'],
    ['4月1日', '2023-04-01..2023-04-01'],
    ['12月25日之前', '2023-12-25..2023-12-25'],
    ['上半年', '2023-01-01..2023-06-30'],
    ['下半年', '2023-07-01..2023-12-31'],
    ['年底', '2023-12-01..2023-12-31'],
    ['年中', '2023-06-01..2023-06-30'],
    ['三月份', '2023-03-01..2023-03-31'],
    ['6月', '2023-06-01..2023-06-30'],
    ['第三季度', '2023-07-01..2023-09-30'],
    ['6月上旬', '2023-06-01..2023-06-10'],
    ['2月下旬', '2023-02-21..2023-02-28'],
    ['十二月三十一日', '2023-12-31..2023-12-31'],
    ['二月二十八日', '2023-02-28..2023-02-28'],
  ])('%s in a 2023 plan is %s', (due, expected) => {
    expect(span(dueOf(IN_2023, due))).toBe(expected);
  });

  it('keeps the precision it was written with, and the words', () => {
    const field = dueOf(IN_2023, '6月上旬');
    expect(field.written).toBe('6月上旬');
    expect(formatPlanDate(field.date!, 'zh-CN')).toBe('2023年6月上旬');
    expect(formatPlanDate(field.date!, 'en')).toBe('2023-06-01/10');
  });

  it('reads 2月下旬 by the period year: to the 29th in a leap year, the 28th otherwise', () => {
    expect(span(dueOf('period: { start: 2024-01, end: 2024-12 }', '2月下旬'))).toBe(
      '2024-02-21..2024-02-29',
    );
    expect(span(dueOf(IN_2023, '2月下旬'))).toBe('2023-02-21..2023-02-28');
  });

  it('takes the year of a period at year precision, or of a period of days', () => {
    expect(span(dueOf('period: { start: 2023, end: 2023 }', '年底'))).toBe(
      '2023-12-01..2023-12-31',
    );
    // The seed's phases: 20xx年3月17日至4月1日, 4月1日至12月31日.
    expect(span(dueOf('period: { start: 2023-03-17, end: 2023-12-31 }', '4月1日'))).toBe(
      '2023-04-01..2023-04-01',
    );
  });

  it('still takes the one year of a period written end first (an error of its own)', () => {
    expect(span(dueOf('period: { start: 2023-09, end: 2023-03 }', '6月底'))).toBe(
      '2023-06-01..2023-06-30',
    );
    // Written end first over two years: no year, and no span to suggest one from.
    expect(dueOf('period: { start: 2024-09, end: 2023-03 }', '6月底').problem).toEqual({
      kind: 'yearless',
      reason: 'no-period',
      example: '2024年6月底',
    });
  });

  it('reads every kind of date field in the period year', () => {
    const plan = model(
      IN_2023,
      '6月底',
      `
issued: 1月5日
goals:
  - { id: G1, title: 目标, due: 年底, targets: [{ metric: 率, target: 90%, actual: [{ value: 80%, date: 6月 }] }] }
phases:
  - { id: p1, name: 动员, start: 3月17日, end: 4月1日, steps: [{ name: 步骤, start: 3月17日, end: 3月下旬 }] }
milestones:
  - { title: 上报, due: 7月10日, done_on: 7月9日 }`,
    );
    expect(span(plan.meta.issued!)).toBe('2023-01-05..2023-01-05');
    expect(span(plan.goals[0]!.due!)).toBe('2023-12-01..2023-12-31');
    expect(span(plan.goals[0]!.targets[0]!.actuals[0]!.date!)).toBe('2023-06-01..2023-06-30');
    expect(span(plan.phases[0]!.start!)).toBe('2023-03-17..2023-03-17');
    expect(span(plan.phases[0]!.steps[0]!.end!)).toBe('2023-03-21..2023-03-31');
    expect(span(plan.milestones[0]!.due)).toBe('2023-07-10..2023-07-10');
    expect(span(plan.milestones[0]!.doneOn!)).toBe('2023-07-09..2023-07-09');
  });

  it('reads the same text differently in two plans: nothing is kept across plans', () => {
    expect(span(dueOf(IN_2023, '6月底'))).toBe('2023-06-01..2023-06-30');
    expect(span(dueOf('period: { start: 2025-01, end: 2025-12 }', '6月底'))).toBe(
      '2025-06-01..2025-06-30',
    );
    expect(dueOf(OVER_TWO_YEARS, '6月底').problem?.kind).toBe('yearless');
  });
});

describe('dates without a year where the plan gives no one year', () => {
  it('names the years the period spans, and suggests the one year that fits', () => {
    // 2023-07..2024-06: June falls inside the period only in 2024.
    const [d] = dateErrors(OVER_TWO_YEARS, '6月底');
    expect(d).toMatchObject({
      path: 'tasks[0].due',
      line: 5,
      suggestion: '2024年6月底',
      message:
        '日期“6月底”未写年份，方案实施期（2023年7月—2024年6月）跨越多个年份，无法确定所指年份；请写明年份',
    });
  });

  it('says so in each language', () => {
    expect(dateErrors(OVER_TWO_YEARS, '6月底', 'en')[0]?.message).toBe(
      `the date "6月底" has no year, and the plan's period (2023-07 to 2024-06) spans several years; write the year`,
    );
    expect(dateErrors(OVER_TWO_YEARS, '6月底', 'zh-TW')[0]?.message).toBe(
      '日期「6月底」未寫年份，方案實施期（2023年7月—2024年6月）跨越多個年份，無法確定所指年份；請寫明年份',
    );
  });

  it('gives an example instead of a suggestion when several years fit', () => {
    // 2023-01..2024-12: 6月底 fits both years.
    const [d] = dateErrors('period: { start: 2023-01, end: 2024-12 }', '6月底');
    expect(d?.suggestion).toBeUndefined();
    expect(d?.message).toBe(
      '日期“6月底”未写年份，方案实施期（2023年1月—2024年12月）跨越多个年份，无法确定所指年份；请写明年份，如“2023年6月底”',
    );
  });

  it('spans two years from 2023-12-01 to 2024-03-01, as the seed plan does', () => {
    // 3月1日 is inside only in 2024; 12月1日 and 年底 (all of December) only in 2023;
    // 3月中旬 (11th–20th) in neither, so it gets an example, not a suggestion.
    expect(
      dateErrors('period: { start: 2023-12-01, end: 2024-03-01 }', '3月1日')[0]?.suggestion,
    ).toBe('2024年3月1日');
    expect(
      dateErrors('period: { start: 2023-12-01, end: 2024-03-01 }', '12月1日')[0]?.suggestion,
    ).toBe('2023年12月1日');
    expect(
      dateErrors('period: { start: 2023-12-01, end: 2024-03-01 }', '年底')[0]?.suggestion,
    ).toBe('2023年底');
    const [mid] = dateErrors('period: { start: 2023-12-01, end: 2024-03-01 }', '3月中旬');
    expect(mid?.suggestion).toBeUndefined();
    expect(mid?.message).toMatch(/如“2023年3月中旬”$/);
  });

  it('asks for the year or a period when the plan has none', () => {
    const [zh] = dateErrors('', '6月底');
    expect(zh?.message).toBe(
      '日期“6月底”未写年份，方案也未写明实施期（period）的起止，无法确定年份；请写明年份，或写明实施期',
    );
    const [en] = dateErrors('', '6月底', 'en');
    expect(en?.message).toBe(
      'the date "6月底" has no year, and the plan has no period with both ends to take one from; write the year, or give the plan a period',
    );
    const [tw] = dateErrors('', '6月底', 'zh-TW');
    expect(tw?.message).toBe(
      '日期「6月底」未寫年份，方案也未寫明實施期（period）的起訖，無法確定年份；請寫明年份，或寫明實施期',
    );
  });

  it('takes the example year from the issue date, or from the one end of the period given', () => {
    expect(dateErrors('issued: 2023-03-01', '6月底')[0]?.message).toMatch(/如“2023年6月底”$/);
    expect(dateErrors('period: { start: 2023-03 }', '年底')[0]?.message).toMatch(/如“2023年底”$/);
    expect(
      dateErrors('period: { start: 2023-03, end: ongoing }', '年底', 'en')[0]?.message,
    ).toMatch(/e\.g\. "2023年底"$/);
  });

  it('requires the period to write its own years', () => {
    const errors = dateErrors('period: { start: 2023-03-17, end: 12月31日 }', '2023年6月底');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'period.end', line: 3 });
    expect(errors[0]?.message).toBe(
      '实施期日期“12月31日”未写年份；未写年份的日期均按实施期所在年份确定，实施期本身须写明年份，如“2023年12月31日”',
    );
    // Both ends without a year: no example to give, and the task's 6月底 has no year either.
    const both = dateErrors('period: { start: 3月17日, end: 12月31日 }', '6月底', 'en');
    expect(both.map((d) => d.path)).toEqual(['period.start', 'period.end', 'tasks[0].due']);
    expect(both[0]?.message).toBe(
      `the period's date "3月17日" has no year; dates without one take the period's year, so the period must write it`,
    );
  });

  it('reports a day that exists in no year at once, and 2月29日 once the year is known', () => {
    expect(dateErrors('', '6月31日')[0]?.message).toBe('日期“6月31日”不存在');
    expect(dateErrors(IN_2023, '6月31日')[0]?.message).toBe('日期“6月31日”不存在');
    expect(dateErrors(IN_2023, '2月29日')[0]?.message).toBe('日期“2月29日”不存在');
    expect(dateErrors('period: { start: 2024-01, end: 2024-12 }', '2月29日')).toEqual([]);
  });

  it('suggests 中旬 for 中, with the year when one is written', () => {
    expect(dateErrors(IN_2023, '2023年6月中')[0]?.suggestion).toBe('2023年6月中旬');
    expect(dateErrors(IN_2023, '6月中')[0]?.suggestion).toBe('6月中旬');
  });
});
