/**
 * The terminal views at the two widths people use, 80 and 160 columns:
 * golden files, every task title, unit and reason read back whole from the
 * box (wrapped, never cut with …), and where the width comes from:
 * `--width`, else the terminal, else `COLUMNS`, else 100.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import { parseIsoDay } from '../src/dates/index.js';
import { displayWidth } from '../src/render/formats/text-width.js';
import { terminalLine } from '../src/render/sanitize.js';
import { overdueItems } from '../src/views/overdue-items.js';
import { boxCells, boxLines, squash } from './helpers/box-table.js';
import { expectGolden, repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';

const plans = [
  { file: 'test/fixtures/views/county-midway.yaml', today: '2023-07-10' },
  { file: 'examples/county-public-hospital.yaml', today: '2024-06-30' },
  { file: 'examples/district-health-en.yaml', today: '2024-06-30' },
];

function loadPlan(file: string) {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

describe.each(plans)('terminal views of $file', ({ file, today }) => {
  const plan = loadPlan(file);
  const name = basename(file, '.yaml');
  for (const width of [80, 160]) {
    it(`table at ${width} columns: every title and lead unit whole`, async () => {
      const out = (
        await runInProcess(['table', file, '--today', today, '--width', String(width)])
      ).stdout.toString('utf8');
      expectGolden(`term-width/${name}.table.${width}.txt`, out);
      expect(out).not.toContain('…');
      for (const line of out.trimEnd().split('\n'))
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const { header, rows } = boxCells(boxLines(out));
      const title = header.findIndex((h) => /重点任务|Task|任務/.test(h));
      const lead = header.findIndex((h) => /牵头单位|牽頭單位|Lead/.test(h));
      expect(rows.map((row) => squash(row[title]!))).toEqual(
        plan.allTasks.map((task) =>
          squash(`${task.parentKey ? '└' : ''}${terminalLine(task.title)}`),
        ),
      );
      // Every lead unit's name appears whole in its row.
      rows.forEach((row, i) => {
        for (const unit of plan.allTasks[i]!.lead)
          expect(squash(row[lead]!)).toContain(squash(unit.name));
      });
    });

    it(`overdue at ${width} columns: every title and reason whole`, async () => {
      const out = (
        await runInProcess(['overdue', file, '--today', today, '--width', String(width)])
      ).stdout.toString('utf8');
      expectGolden(`term-width/${name}.overdue.${width}.txt`, out);
      expect(out).not.toContain('…');
      for (const line of out.trimEnd().split('\n'))
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const { rows } = boxCells(boxLines(out));
      const items = overdueItems(plan, { today: parseIsoDay(today)!, warnDays: 14 });
      expect(rows.map((row) => squash(row[3]!))).toEqual(
        items.items.map((item) => squash(terminalLine(item.title))),
      );
    });

    it(`report at ${width} columns: nothing cut`, async () => {
      const out = (
        await runInProcess(['report', file, '--today', today, '--width', String(width)])
      ).stdout.toString('utf8');
      expectGolden(`term-width/${name}.report.${width}.txt`, out);
      expect(out).not.toContain('…');
      for (const line of out.trimEnd().split('\n'))
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
    });
  }
});

describe('the width of terminal views', () => {
  const file = 'test/fixtures/views/county-midway.yaml';
  const topWidth = (stdout: string): number => displayWidth(boxLines(stdout)[0] ?? '');

  it('takes COLUMNS when standard output is not a terminal', () => {
    // 72 and 150 both sides of the default 100; the table fills each.
    const narrow = runCli(['table', file, '--today', '2023-07-10'], { env: { COLUMNS: '72' } });
    expect(topWidth(narrow.stdout)).toBeLessThanOrEqual(72);
    expect(topWidth(narrow.stdout)).toBeGreaterThan(60);
    const wide = runCli(['overdue', file, '--today', '2023-07-10'], { env: { COLUMNS: '150' } });
    expect(topWidth(wide.stdout)).toBeGreaterThan(100);
    expect(topWidth(wide.stdout)).toBeLessThanOrEqual(150);
  });

  it('lets --width override COLUMNS, and falls back to 100 when COLUMNS is not a number', () => {
    const chosen = runCli(['table', file, '--today', '2023-07-10', '--width', '80'], {
      env: { COLUMNS: '150' },
    });
    expect(topWidth(chosen.stdout)).toBe(80);
    const junk = runCli(['report', file, '--today', '2023-07-10'], { env: { COLUMNS: 'wide' } });
    for (const line of junk.stdout.trimEnd().split('\n'))
      expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(junk.code).toBe(0);
  });
});
