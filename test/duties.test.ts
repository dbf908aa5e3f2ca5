/**
 * Recurring duties as a planning officer meets them in every view, on the
 * seed scenario (test/fixtures/duties/seed-duties.yaml): a monthly report
 * with gaps and a quarterly evaluation due within 10 working days of each
 * quarter's end, as of several days. Each date is worked out by hand in a
 * comment beside it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
    });
  }
});
