/**
 * Recurring duties as a planning officer meets them in every view, on the
 * seed scenario (test/fixtures/duties/seed-duties.yaml): a monthly report
 * with gaps and a quarterly evaluation due within 10 working days of each
 * quarter's end, as of several days. Each date is worked out by hand in a
 * comment beside it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { readWorkbook, zipParts } from './table-office-helpers.js';

const seed = 'test/fixtures/duties/seed-duties.yaml';
const outDir = mkdtempSync(join(tmpdir(), 'plan-duties-'));

interface OverdueJsonItem {
  readonly id: string;
  readonly due: string;
  readonly occurrence: string | null;
  readonly missed: readonly string[];
  readonly daysLeft: number | null;
  readonly light: string;
  readonly reasons: readonly string[];
}

function overdueJson(today: string, extra: readonly string[] = []): OverdueJsonItem[] {
  const result = runCli(['overdue', seed, '--today', today, '-f', 'json', ...extra]);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { items: OverdueJsonItem[] }).items;
}

describe('the seed scenario as of 2024-07-10', () => {
  const items = overdueJson('2024-07-10');
  const monthly = items.find((item) => item.id === 'monthly')!;
  const quarterly = items.find((item) => item.id === 'quarterly')!;

  it('the monthly report: April and June missed, one in a row → yellow, next due 7/31', () => {
    // Month ends 1/31 … 6/30; updates 1/25, 2/27, 3/29, 5/30 report Jan,
    // Feb, Mar, May. April (4/1–4/30) and June (6/1–6/30) have none. The
    // latest (June) is missed after a reported May: one in a row → yellow.
    expect(monthly).toMatchObject({
      missed: ['2024-04', '2024-06'],
      light: 'yellow',
      reasons: ['missed-occurrence'],
      // July's report, due 7/31, is what is next: 21 days, beyond 14.
      due: '2024-07-31',
      occurrence: '2024-07',
      daysLeft: null,
    });
  });

  it('the quarterly evaluation: Q2 due 2024-07-12, in 2 days → due soon', () => {
    // Q2 ends Sun 6/30; working days 7/1–7/5 (5) and 7/8–7/12 (5): the
    // 10th is Fri 7/12, two days after Wed 7/10.
    expect(quarterly).toMatchObject({
      due: '2024-07-12',
      occurrence: '2024-Q2',
      missed: [],
      daysLeft: 2,
      light: 'yellow',
      reasons: ['due-soon'],
    });
  });

  it('names the missed months in each language, in every text format', () => {
    const zh = runCli(['overdue', seed, '--today', '2024-07-10', '-f', 'md']).stdout;
    expect(zh).toContain('| 2024年7月31日 |');
    expect(zh).toContain('2024年4月、6月应报未报');
    expect(zh).toContain('| 2024年7月12日 |');
    const en = runCli(['overdue', seed, '--today', '2024-07-10', '-f', 'csv', '--lang', 'en']);
    expect(en.stdout).toContain(',2024-07-31,');
    expect(en.stdout).toContain('missed: April and June 2024');
    const tw = runCli(['overdue', seed, '--today', '2024-07-10', '--lang', 'zh-TW', '-f', 'md']);
    expect(tw.stdout).toContain('2024年4月、6月應報未報');
  });

  it('the table shows the same next occurrence and the count reported', () => {
    const result = runCli(['table', seed, '--today', '2024-07-10', '-f', 'json']);
    const rows = (
      JSON.parse(result.stdout) as {
        rows: { id: string; due: string; occurrence: string | null; missed: string[] }[];
      }
    ).rows;
    expect(rows.map((row) => [row.id, row.due, row.occurrence, row.missed])).toEqual([
      ['monthly', '2024-07-31', '2024-07', ['2024-04', '2024-06']],
      ['quarterly', '2024-07-12', '2024-Q2', []],
    ]);
    const md = runCli(['table', seed, '--today', '2024-07-10', '-f', 'md']).stdout;
    // Reported of those past due: Jan, Feb, Mar, May of Jan–Jun → 4/6; Q1 of Q1 → 1/1.
    expect(md).toContain('| 2024年7月31日 | 进行中 | 已报 4/6 期 |');
    expect(md).toContain('| 2024年7月12日 | 进行中 | 已报 1/1 期 |');
  });
});

describe('the line of due soon and of the shown occurrence, a day either side', () => {
  it('2024-06-27: Q2 not yet due (7/12 is 15 days off), Q1 reported; June not yet missed', () => {
    // 6/27 → 7/12 is 3 + 12 = 15 days: past the 14-day window. June is due
    // 6/30, still ahead: only April is missed.
    const items = overdueJson('2024-06-27');
    expect(items.find((item) => item.id === 'quarterly')).toBeUndefined();
    expect(items.find((item) => item.id === 'monthly')).toMatchObject({
      missed: ['2024-04'],
      due: '2024-06-30',
      occurrence: '2024-06',
      daysLeft: 3,
      reasons: ['missed-occurrence', 'due-soon'],
    });
  });

  it('2024-06-28: 7/12 is 14 days off → due soon; the next of the monthly is still June', () => {
    const items = overdueJson('2024-06-28');
    expect(items.find((item) => item.id === 'quarterly')).toMatchObject({
      due: '2024-07-12',
      daysLeft: 14,
    });
  });

  it('2024-07-13: Q2 passed unreported → missed, named; next is Q3, due 10 working days after 9/30', () => {
    // Q3 ends Mon 9/30; 10/1–10/7 国庆 off; 10/8–10/11 (4), 10/12 Sat 调休
    // make-up (5), 10/14–10/18 (10) → due 2024-10-18.
    const items = overdueJson('2024-07-13');
    expect(items.find((item) => item.id === 'quarterly')).toMatchObject({
      missed: ['2024-Q2'],
      due: '2024-10-18',
      occurrence: '2024-Q3',
      light: 'yellow',
    });
  });
});

describe('plan table --format xlsx: a duty’s progress cell', () => {
  for (const [lang, april] of [
    ['zh-CN', '已报 4/6 期'],
    ['en', 'reported 4 of 6'],
  ] as const) {
    it(`${lang}: the count as wrapping text, where a figure would be a number`, async () => {
      const out = join(outDir, `${lang}.xlsx`);
      runCli(['table', seed, '--today', '2024-07-10', '-f', 'xlsx', '-o', out, '--lang', lang]);
      expect(existsSync(out)).toBe(true);
      const bytes = new Uint8Array(readFileSync(out));
      const sheet = readWorkbook(bytes).Sheets[readWorkbook(bytes).SheetNames[0]!]!;
      const header = lang === 'en' ? 'Progress' : '进度';
      let column = '';
      for (const letter of 'ABCDEFGHIJKL') if (sheet[`${letter}3`]?.v === header) column = letter;
      expect(column).not.toBe('');
      expect(sheet[`${column}4`]).toMatchObject({ t: 's', v: april });
      expect(sheet[`${column}5`]).toMatchObject({
        t: 's',
        v: lang === 'en' ? 'reported 1 of 1' : '已报 1/1 期',
      });
      // The cell's style wraps: the text breaks inside the narrow column
      // rather than spilling over or widening it.
      const parts = await zipParts(bytes);
      const sheetXml = parts.get('xl/worksheets/sheet1.xml')!;
      const style = Number(new RegExp(`<c r="${column}4" s="(\\d+)"`).exec(sheetXml)![1]);
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(parts.get('xl/styles.xml')!)![1]!;
      const xf = [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][style]![0];
      expect(xf).toContain('wrapText="1"');
      // A Chinese count (11 display columns) gets a column wide enough for
      // one line, where it used to break as 已报/4/6/期: Excel's width unit
      // is about one Latin digit, so 11 columns need at least 11 units.
      // The English count wraps in the narrow column, as before.
      const cols = [...sheetXml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)];
      const index = column.charCodeAt(0) - 'A'.charCodeAt(0) + 1;
      const width = Number(cols.find((c) => Number(c[1]) === index)![2]);
      if (lang === 'zh-CN') expect(width).toBeGreaterThanOrEqual(11);
      else expect(width).toBeLessThan(11);
    });
  }
});

describe('due soon in working days (lights.due_soon_within, --warn-days)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-warn-'));
  /** Two tasks due just after 国庆 2024, judged on Fri 9/27 under `lights` (if any). */
  const plan = (lights: string): string => {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(
      file,
      [
        'version: 1',
        'title: 国庆前后预警',
        'locale: zh-CN',
        ...(lights ? [`lights: ${lights}`] : []),
        'units: { office: 办公室 }',
        'tasks:',
        '  - { id: a, title: 节后第一个工作日报送, lead: office, due: 2024-10-08, status: doing }',
        '  - { id: b, title: 节后第二个工作日报送, lead: office, due: 2024-10-09, status: doing }',
        '',
      ].join('\n'),
    );
    return file;
  };
  const dueSoon = (file: string, extra: readonly string[] = []) => {
    const result = runCli(['overdue', file, '--today', '2024-09-27', '-f', 'json', ...extra]);
    expect(result.stderr).toBe('');
    const items = (JSON.parse(result.stdout) as { items: OverdueJsonItem[] }).items;
    return items.map((item) => [item.id, item.daysLeft]);
  };

  it('3 workdays on Fri 2024-09-27 reach Tue 10/8 (after 国庆), not 10/9; days left stay calendar days', () => {
    // 9/29 Sun 调休 (1), 9/30 Mon (2), 10/1–10/7 off, 10/8 Tue (3).
    expect(dueSoon(plan('{ due_soon_within: 3 workdays }'))).toEqual([['a', 11]]);
    expect(dueSoon(plan('{ due_soon_within: 3个工作日 }'))).toEqual([['a', 11]]);
    // 4 working days reach 10/9 (Wed): both.
    expect(dueSoon(plan('{ due_soon_within: 4个工作日 }'))).toEqual([
      ['a', 11],
      ['b', 12],
    ]);
  });

  it('in calendar days the same window of 3 reaches only 9/30: nothing is due soon', () => {
    expect(dueSoon(plan('{ due_soon_within: 3 }'))).toEqual([]);
    expect(dueSoon(plan('{ due_soon_within: 11天 }'))).toEqual([['a', 11]]);
  });

  it('--warn-days overrides the plan, in either unit', () => {
    const file = plan('{ due_soon_within: 3 workdays }');
    // 12 calendar days from 9/27 is 10/9: both.
    expect(dueSoon(file, ['--warn-days', '12'])).toEqual([
      ['a', 11],
      ['b', 12],
    ]);
    // 2 working days reach 9/30: neither.
    expect(dueSoon(file, ['--warn-days', '2 workdays'])).toEqual([]);
    // Without a window of its own, a plan is judged 14 calendar days ahead.
    expect(dueSoon(plan(''))).toEqual([
      ['a', 11],
      ['b', 12],
    ]);
  });

  it('a project config’s lights block sets it; the plan’s own block is over it', () => {
    const sub = mkdtempSync(join(dir, 'project-'));
    writeFileSync(join(sub, 'plan.config.yaml'), 'lights:\n  due_soon_within: 3 workdays\n');
    const file = join(sub, 'plan.yaml');
    writeFileSync(file, readFileSync(plan(''), 'utf8'));
    expect(dueSoon(file)).toEqual([['a', 11]]);
    writeFileSync(file, readFileSync(plan('{ due_soon_within: 4 workdays }'), 'utf8'));
    expect(dueSoon(file)).toEqual([
      ['a', 11],
      ['b', 12],
    ]);
  });

  it('a bad window is a schema error at its node, in the plan’s language, naming the forms', () => {
    const result = runCli(['check', plan('{ due_soon_within: 3 weeks }'), '--today', '2024-09-27']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '4:28  错误  预警期“3 weeks”无法识别：应写为天数或工作日数，如 14、“14天”“14 days”“5个工作日”“5 workdays”  schema',
    );
    const flag = runCli(['check', plan(''), '--today', '2024-09-27', '--warn-days', '3 weeks']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--warn-days must be a number of days or working days');
  });

  it('the printed legend states the window as the plan gives it', () => {
    const html = runCli([
      'report',
      plan('{ due_soon_within: 3 workdays }'),
      '--today',
      '2024-09-27',
      '-f',
      'html',
    ]);
    expect(html.stdout).toContain('3 个工作日内到期');
    const en = runCli(['report', plan(''), '--today', '2024-09-27', '-f', 'html', '--lang', 'en']);
    expect(en.stdout).toContain('due within 14 days');
  });
});

describe('plan export --format ics: a day-30 duty and its end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ics-'));
  const write = (period: boolean, due: string): string => {
    const file = join(dir, `${period ? 'p' : 'n'}-${due}.yaml`);
    writeFileSync(
      file,
      [
        'version: 1',
        'title: 月报',
        'locale: zh-CN',
        ...(period ? ['period: { start: 2024-01, end: 2025-12 }'] : []),
        'units: { office: 办公室 }',
        'tasks:',
        `  - { id: a, title: 每月30日前报送, lead: office, start: 2024-01, due: ${due}, repeat: { every: month, day: 30 }, status: doing }`,
        '',
      ].join('\n'),
    );
    return file;
  };
  const ics = (file: string) =>
    runCli(['export', file, '-f', 'ics', '--today', '2024-07-10', '-o', '-']);

  it('with a plan period, an ongoing duty runs to the period’s end, without a notice', () => {
    const result = ics(write(true, 'ongoing'));
    // The last day 30 in 2024-01..2025-12 is 2025-12-30; the Februaries
    // (no 30th) fall back to their last days, 2024-02-29 and 2025-02-28.
    expect(result.stdout).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=30;UNTIL=20251230');
    expect(result.stdout).toContain('RDATE;VALUE=DATE:20240229,20250228');
    expect(result.stderr).toBe('');
  });

  it('with no end at all, it runs a year past --today and says so on stderr', () => {
    const result = ics(write(false, 'ongoing'));
    // A year past 2024-07-10 is 2025-07-09: the last day 30 before it is 2025-06-30.
    expect(result.stdout).toContain('UNTIL=20250630');
    expect(result.stderr).toContain('1 项周期性任务没有截止日期');
    expect(result.stderr).toContain('已列出今后一年的到期日');
  });

  it('with a due date of its own, it runs to that, without a notice', () => {
    const result = ics(write(false, '2024-12'));
    expect(result.stdout).toContain('UNTIL=20241230');
    expect(result.stderr).toBe('');
  });
});

describe('a within-duty past its window’s end', () => {
  it('shows its next report until its last one is due, then is late from that day', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-q4-'));
    const file = join(dir, 'q4.yaml');
    writeFileSync(
      file,
      [
        'version: 1',
        'title: 季报',
        'locale: zh-CN',
        'units: { office: 办公室 }',
        'tasks:',
        '  - { id: q, title: 季后10个工作日内报送, lead: office, start: 2024-01, due: 2024-12-31, repeat: { every: quarter, within: 10 workdays }, status: doing, updates: [{ date: 2024-04-12 }, { date: 2024-07-12 }, { date: 2024-10-18 }] }',
        '',
      ].join('\n'),
    );
    const row = (today: string) =>
      (
        JSON.parse(runCli(['table', file, '--today', today, '-f', 'json']).stdout) as {
          rows: {
            due: string;
            occurrence: string | null;
            daysOverdue: number | null;
            daysLeft: number | null;
          }[];
        }
      ).rows[0];
    // Q4 ends 12/31; 1/1 is 元旦; working days 1/2, 1/3, 1/6–1/10, 1/13,
    // 1/14, 1/15: the 10th is 2025-01-15. On 12/31 itself the duty is not
    // yet overdue: its next report shows.
    expect(row('2024-12-31')).toMatchObject({
      due: '2025-01-15',
      occurrence: '2024-Q4',
      daysOverdue: null,
    });
    // On 2025-01-01 the window (to 12/31) has ended but its Q4 report is
    // due 1/15: the duty is not late, its report is due in 14 days.
    expect(row('2025-01-01')).toMatchObject({
      due: '2025-01-15',
      occurrence: '2024-Q4',
      daysOverdue: null,
      daysLeft: 14,
    });
    // On its last day it is still due (today), not late.
    expect(row('2025-01-15')).toMatchObject({ due: '2025-01-15', daysOverdue: null, daysLeft: 0 });
    // On 1/16, with no report since 10/18, it is late by 1 day, counted from
    // 1/15, the date shown beside it.
    expect(row('2025-01-16')).toMatchObject({
      due: '2025-01-15',
      occurrence: null,
      daysOverdue: 1,
    });
  });
});
