/**
 * Dates as offices write them (上旬, 年中, 二〇二三年六月, 6月底 without a
 * year) through the whole pipeline: where each line falls for lateness,
 * and how every view prints them in every language.
 */
import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../src/compile.js';
import { parseIsoDay } from '../src/dates/index.js';
import type { Finding } from '../src/diagnostics/types.js';
import { pathKey } from '../src/model/build-model.js';
import { runInProcess } from './helpers/run-in-process.js';
import { readWorkbook } from './table-office-helpers.js';

function findingsOn(yaml: string, today: string): Finding[] {
  const compiled = compilePlan('t.yaml', yaml);
  return checkCompiled(compiled, { today: parseIsoDay(today)!, warnDays: 14 });
}

function overdueOn(due: string, today: string, period = ''): string[] {
  const yaml = `version: 1
title: 测试
${period}
tasks:
  - { title: 任务, lead: 卫健委, due: ${JSON.stringify(due)}, status: doing }
`;
  return findingsOn(yaml, today)
    .filter((f) => f.code === 'overdue' || f.code === 'invalid-date')
    .map((f) => `${f.code} ${pathKey(f.path)} ${f.params?.days ?? ''}`.trim());
}

describe('where each written date stops being on time', () => {
  it.each<[string, string, string, string[]]>([
    // 上旬 ends on the 10th: on time through 10 June, 1 day late on the 11th.
    ['2023年6月上旬', '2023-06-10', '', []],
    ['2023年6月上旬', '2023-06-11', '', ['overdue tasks[0].due 1']],
    // 中旬 ends on the 20th.
    ['2023年6月中旬', '2023-06-20', '', []],
    ['2023年6月中旬', '2023-06-21', '', ['overdue tasks[0].due 1']],
    // 下旬 ends with the month: 30 June; 29 February in 2024, 28 February in 2023.
    ['2023年6月下旬', '2023-06-30', '', []],
    ['2023年6月下旬', '2023-07-01', '', ['overdue tasks[0].due 1']],
    ['2024年2月下旬', '2024-02-29', '', []],
    ['2024年2月下旬', '2024-03-01', '', ['overdue tasks[0].due 1']],
    ['2023年2月下旬', '2023-02-28', '', []],
    ['2023年2月下旬', '2023-03-01', '', ['overdue tasks[0].due 1']],
    // 年中 is June: late from 1 July. 年年底 is December.
    ['2023年年中', '2023-06-30', '', []],
    ['2023年年中', '2023-07-01', '', ['overdue tasks[0].due 1']],
    ['2023年年底', '2023-12-31', '', []],
    ['2023年年底', '2024-01-01', '', ['overdue tasks[0].due 1']],
    // Chinese numerals: 二〇二三年十二月三十一日 is 31 December.
    ['二〇二三年十二月三十一日前', '2023-12-31', '', []],
    ['二〇二三年十二月三十一日前', '2024-01-02', '', ['overdue tasks[0].due 2']],
    ['二〇二三年六月', '2023-06-30', '', []],
    ['二〇二三年六月', '2023-07-01', '', ['overdue tasks[0].due 1']],
    // No year: the period's, when it lies within 2023.
    ['6月底', '2023-06-30', 'period: { start: 2023-01, end: 2023-12 }', []],
    ['6月底', '2023-07-01', 'period: { start: 2023-01, end: 2023-12 }', ['overdue tasks[0].due 1']],
    [
      '7月28日',
      '2023-07-29',
      'period: { start: 2023-01, end: 2023-12 }',
      ['overdue tasks[0].due 1'],
    ],
    ['上半年', '2023-07-01', 'period: { start: 2023, end: 2023 }', ['overdue tasks[0].due 1']],
    // A period over two years gives no year: an error, and no judgement on top of it.
    [
      '6月底',
      '2025-01-01',
      'period: { start: 2023-07, end: 2024-06 }',
      ['invalid-date tasks[0].due'],
    ],
    ['6月底', '2025-01-01', '', ['invalid-date tasks[0].due']],
  ])('due %s, as of %s (%s): %j', (due, today, period, expected) => {
    expect(overdueOn(due, today, period)).toEqual(expected);
  });

  it('is late to start from the day after the start dekad ends', () => {
    const plan = (today: string) =>
      findingsOn(
        `version: 1
title: 测试
tasks:
  - { title: 任务, lead: 卫健委, start: 2023年6月上旬, due: 2023年12月, status: todo }
`,
        today,
      ).map((f) => f.code);
    expect(plan('2023-06-10')).not.toContain('late-to-start');
    expect(plan('2023-06-11')).toContain('late-to-start');
  });
});

const PLAN = `version: 1
title: 旬与无年份日期
period: { start: 2023-01, end: 2023-12 }
units: { health: 县卫生健康局 }
phases:
  - { id: p1, name: 动员部署, start: 3月17日, end: 4月1日 }
  - { id: p2, name: 组织实施, start: 4月上旬, end: 二〇二三年十二月三十一日 }
tasks:
  - { id: T1, title: 上旬任务, lead: health, phase: p2, start: 2023年5月中旬, due: 6月上旬, status: doing, progress: 90 }
  - { id: T2, title: 年中任务, lead: health, phase: p2, start: 五月份, due: 年中, status: doing, progress: 50 }
  - { id: T3, title: 下旬任务, lead: health, due: 2023年2月下旬, status: done, done_on: 2023-02-27 }
milestones:
  - { title: 上报总结, due: 7月28日, lead: health }
`;

// 2023-06-05: T1 (due 6月上旬, the 10th) is due soon, so it is on every list.
const TODAY = '2023-06-05';

describe('every view prints a dekad at its precision, in every language', () => {
  const textViews: string[][] = [
    ['table', '-f', 'term', '--width', '200'],
    ['table', '-f', 'md'],
    ['table', '-f', 'csv'],
    ['table', '-f', 'tsv'],
    ['checklist'],
    ['overdue', '-f', 'term', '--width', '200'],
    ['overdue', '-f', 'md'],
    ['overdue', '-f', 'csv'],
    ['report', '-f', 'md'],
    ['report', '-f', 'html'],
    ['timeline', '-f', 'svg'],
  ];
  const expected = { 'zh-CN': '2023年6月上旬', 'zh-TW': '2023年6月上旬', en: '2023-06-01/10' };

  for (const [lang, dekad] of Object.entries(expected)) {
    it.each(textViews)(`${lang}: %s %s`, async (...view) => {
      const result = await runInProcess([...view, '-', '--today', TODAY, '--lang', lang], PLAN);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // Markdown escapes the hyphens of 2023-06-01/10.
      expect(result.stdout.toString('utf8').replace(/\\-/g, '-')).toContain(dekad);
    });
  }

  it('keeps the ISO interval in JSON whatever the language', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const table = await runInProcess(
        ['table', '-f', 'json', '-', '--today', TODAY, '--lang', lang],
        PLAN,
      );
      const rows = JSON.parse(table.stdout.toString('utf8')).rows;
      expect(rows.map((row: { start: string; due: string }) => [row.start, row.due])).toEqual([
        ['2023-05-11/20', '2023-06-01/10'],
        ['2023-05', '2023-06'],
        [null, '2023-02-21/28'],
      ]);
      const overdue = await runInProcess(
        ['overdue', '-f', 'json', '-', '--today', TODAY, '--lang', lang],
        PLAN,
      );
      const items = JSON.parse(overdue.stdout.toString('utf8')).items;
      expect(items.find((item: { id: string }) => item.id === 'T1')?.due).toBe('2023-06-01/10');
    }
  });

  it('writes a dekad into a spreadsheet as text, as it does a quarter', async () => {
    const result = await runInProcess(
      ['table', '-f', 'xlsx', '-o', '-', '-', '--today', TODAY, '--lang', 'zh-CN'],
      PLAN,
    );
    expect(result.code).toBe(0);
    const workbook = readWorkbook(result.stdout);
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    const cells = Object.values(sheet).filter(
      (cell): cell is { t: string; v: unknown } =>
        typeof cell === 'object' && cell !== null && 't' in cell,
    );
    expect(cells.filter((cell) => cell.v === '2023年6月上旬').map((cell) => cell.t)).toEqual(['s']);
    // 年中 is a month: a real date, its last day as a due date.
    expect(
      cells.some((cell) => cell.v instanceof Date && cell.v.toISOString().startsWith('2023-06-30')),
    ).toBe(true);
  });

  it('exports a dekad to a calendar on its last day', async () => {
    const result = await runInProcess(['export', '-f', 'ics', '-', '--today', TODAY], PLAN);
    const ics = result.stdout.toString('utf8').replace(/\r\n /g, '');
    expect(ics).toContain('上旬任务');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20230610\r\n(?:[^\r]*\r\n)*?SUMMARY:[^\r]*上旬任务/);
  });
});
