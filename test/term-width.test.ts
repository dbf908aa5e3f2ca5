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
import type { Lang } from '../src/i18n/lang.js';
import { explainReasons } from '../src/render/overdue/item-cells.js';
import { termLightTexts } from '../src/render/overdue/term.js';
import { terminalLine } from '../src/render/sanitize.js';
import { overdueItems } from '../src/views/overdue-items.js';
import { boxCells, boxLines, squash } from './helpers/box-table.js';
import { expectGolden, repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';
import { stackedBlocks } from './helpers/stacked-list.js';

const plans = [
  { file: 'test/fixtures/views/county-midway.yaml', today: '2023-07-10', lang: 'zh-CN' },
  { file: 'examples/county-public-hospital.yaml', today: '2024-06-30', lang: 'zh-CN' },
  { file: 'examples/district-health-en.yaml', today: '2024-06-30', lang: 'en' },
] as const;

function loadPlan(file: string) {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

describe.each(plans)('terminal views of $file', ({ file, today, lang }) => {
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

    it(`overdue at ${width} columns: every title, unit and reason whole`, async () => {
      const out = (
        await runInProcess(['overdue', file, '--today', today, '--width', String(width)])
      ).stdout.toString('utf8');
      expectGolden(`term-width/${name}.overdue.${width}.txt`, out);
      expectOverdueWhole(out, plan, today, width, width === 80 ? 'stacked' : 'table', lang);
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

/**
 * The overdue list in the form expected, nothing cut, no line past the
 * width, and each item's title, lead units and reasons whole and in order.
 */
function expectOverdueWhole(
  out: string,
  plan: ReturnType<typeof loadPlan>,
  today: string,
  width: number,
  form: 'stacked' | 'table',
  lang: Lang,
): void {
  expect(out).not.toContain('…');
  for (const line of out.trimEnd().split('\n'))
    expect(displayWidth(line)).toBeLessThanOrEqual(width);
  const items = overdueItems(plan, { today: parseIsoDay(today)!, warnDays: 14 }).items;
  const titles = items.map((item) => squash(terminalLine(item.title)));
  if (form === 'table') {
    const { rows } = boxCells(boxLines(out));
    expect(rows.map((row) => squash(row[3]!))).toEqual(titles);
    return;
  }
  expect(boxLines(out)).toEqual([]);
  const lights = termLightTexts(lang);
  const blocks = stackedBlocks(out, [...Object.values(lights), '○ ']);
  expect(blocks).toHaveLength(items.length);
  blocks.forEach((block, i) => {
    const item = items[i]!;
    const text = squash(block.text);
    expect(text).toContain(titles[i]!);
    for (const unit of item.lead) expect(text).toContain(squash(terminalLine(unit)));
    expect(text.endsWith(squash(terminalLine(explainReasons(item, lang))))).toBe(true);
    if (item.light !== 'grey') expect(block.light).toBe(lights[item.light]);
  });
}

describe('plan overdue on a narrow terminal', () => {
  const file = 'test/fixtures/views/county-midway.yaml';
  const plan = loadPlan(file);

  it('lists the items in English too, whole', async () => {
    const out = (
      await runInProcess([
        'overdue',
        file,
        '--today',
        '2023-07-10',
        '--width',
        '80',
        '--lang',
        'en',
      ])
    ).stdout.toString('utf8');
    expectGolden('term-width/county-midway.overdue.en.80.txt', out);
    expectOverdueWhole(out, plan, '2023-07-10', 80, 'stacked', 'en');
  });

  it('keeps the table from 100 columns, lists the items below 90', async () => {
    // At 100 columns the reasons get 15 columns (≥ 14) and the units 10
    // (≥ 8): a table. At 89 the reasons get under 14: a list.
    for (const [width, form] of [
      [100, 'table'],
      [89, 'stacked'],
    ] as const) {
      const out = (
        await runInProcess(['overdue', file, '--today', '2023-07-10', '--width', String(width)])
      ).stdout.toString('utf8');
      expectOverdueWhole(out, plan, '2023-07-10', width, form, 'zh-CN');
    }
  });

  it('keeps every line within the width and every text whole at any width from 40 (the least --width gives) to 79', async () => {
    for (let width = 40; width < 80; width += 3) {
      const out = (
        await runInProcess(['overdue', file, '--today', '2023-07-10', '--width', String(width)])
      ).stdout.toString('utf8');
      expectOverdueWhole(out, plan, '2023-07-10', width, 'stacked', 'zh-CN');
    }
  });
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
