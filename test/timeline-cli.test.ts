/**
 * `plan timeline` run as a user runs it: golden files for every example and
 * fixture in each scale, in English and the plan's own language, as of
 * 2024-06-30 at 120 columns; alignment by display width with Chinese text
 * in every language, with and without colour; hostile plan text; usage
 * errors.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import type { Lang } from '../src/i18n/lang.js';
import { displayWidth } from '../src/render/formats/text-width.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { type CliResult, runCli, scenario } from './helpers/run-cli.js';

const AS_OF = '2024-06-30';
const fixtures = [
  'test/fixtures/views/timeline-basic.yaml',
  'test/fixtures/views/timeline-cjk.yaml',
];
const plans = [...exampleFiles().map((name) => `examples/${name}`), ...fixtures];
const scales = ['week', 'month', 'quarter'] as const;
const legendStart: Record<Lang, string> = { en: 'Legend:', 'zh-CN': '图例：', 'zh-TW': '圖例：' };
const sgr = /\u001b\[[0-9;]*m/g;

function ownLang(file: string): Lang {
  const plan = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8')).plan;
  return plan?.meta.locale ?? 'en';
}

function langsFor(file: string): Lang[] {
  const own = ownLang(file);
  return own === 'en' ? ['en'] : ['en', own];
}

// Each run spawns node; the same command is run once and its result reused.
const runs = new Map<string, CliResult>();
function timeline(file: string, extra: string[] = [], env?: Record<string, string | undefined>) {
  const args = ['timeline', file, '--today', AS_OF, ...extra];
  const key = JSON.stringify([args, env]);
  let result = runs.get(key);
  if (!result) {
    result = runCli(args, env ? { env } : {});
    runs.set(key, result);
  }
  return { args, result };
}

/** Lines between the title and the legend: every one must be as wide as the others. */
function chartLines(output: string, lang: Lang): string[] {
  const all = output.replace(sgr, '').trimEnd().split('\n');
  // From the today line (blank up to the rule): a long title takes several lines above it.
  const lines = all.slice(all.findIndex((line) => /^ +│/.test(line)));
  const end = lines.findIndex((line) => line.startsWith(legendStart[lang]));
  expect(end).toBeGreaterThan(3);
  return lines.slice(0, end);
}

function expectAligned(output: string, lang: Lang): void {
  const widths = chartLines(output, lang).map(displayWidth);
  expect(new Set(widths)).toEqual(new Set([widths[0]]));
}

const goldenName = (file: string) => basename(file, '.yaml');

describe.each(plans)('plan timeline %s', (file) => {
  for (const lang of langsFor(file)) {
    const langArgs = lang === ownLang(file) ? [] : ['--lang', lang];
    for (const scale of scales) {
      it(`--scale ${scale} in ${lang} matches its golden file and lines up`, () => {
        const { args, result } = timeline(file, ['--scale', scale, '--width', '120', ...langArgs]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expectGolden(`timeline/${goldenName(file)}.${scale}.${lang}.txt`, scenario(args, result));
        expectAligned(result.stdout, lang);
        expect(result.stdout).not.toMatch(/[\u001b\u009b]/);
      });
    }
    it(`chooses a scale to fit 120 columns in ${lang}`, () => {
      const { args, result } = timeline(file, ['--width', '120', ...langArgs]);
      expect(result.code).toBe(0);
      expectGolden(`timeline/${goldenName(file)}.auto.${lang}.txt`, scenario(args, result));
      const width = displayWidth(chartLines(result.stdout, lang)[0]!);
      expect(width).toBeLessThanOrEqual(120);
    });
  }
});

describe('plan timeline on long Chinese titles, deep nesting and hostile text', () => {
  const file = 'test/fixtures/views/timeline-cjk.yaml';

  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    for (const width of ['40', '80', '120', '200']) {
      it(`lines up in ${lang} at ${width} columns, with no control sequence from the plan`, () => {
        const { result } = timeline(file, ['--lang', lang, '--width', width]);
        expect(result.code).toBe(0);
        expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
        expectAligned(result.stdout, lang);
        // The hostile escapes are there, made visible.
        expect(result.stdout).toContain('␛[2J');
        const widths = chartLines(result.stdout, lang).map(displayWidth);
        expect(widths[0]).toBeLessThanOrEqual(Number(width));
      });
    }
  }

  it('keeps every row, deepest nesting included, and cuts no title (issue 10)', () => {
    const { result } = timeline(file, ['--width', '100']);
    expect(result.stdout).toContain('(一)␛[31m.1.1.1.1');
    // Long titles, the plan's own included, wrap onto further lines instead.
    expect(result.stdout).not.toContain('…');
    // Newlines and tabs in titles became spaces: one line per row.
    expect(result.stdout).toContain('召开全市动员大会 （第二行）');
    expect(result.stdout).toContain('组织实施 阶段');
  });

  it('marks items outside the range at the edges', () => {
    const { result } = timeline(file, ['--width', '120']);
    const line = (title: string) => result.stdout.split('\n').find((l) => l.includes(title))!;
    expect(line('上一轮行动遗留问题整改').split('│')[1]!.startsWith('◀')).toBe(true);
    expect(line('下一轮行动计划编制').trimEnd().endsWith('▶')).toBe(true);
  });

  describe('with FORCE_COLOR=1', () => {
    const colourEnv = { FORCE_COLOR: '1', NO_COLOR: undefined };
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      it(`colours by light and still lines up in ${lang}`, () => {
        const { result } = timeline(file, ['--lang', lang, '--width', '120'], colourEnv);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('\u001b[31m'); // red
        expect(result.stdout).toContain('\u001b[33m'); // yellow
        expect(result.stdout).toContain('\u001b[32m'); // green
        expect(result.stdout).toContain('\u001b[90m'); // grey
        expect(result.stdout).toContain('\u001b[35m┃'); // today
        expectAligned(result.stdout, lang);
        // Only colour codes: nothing from the plan survives as a sequence.
        expect(result.stdout.replace(sgr, '')).not.toMatch(/[\u001b\u009b]/);
        // The chart is the same picture as without colour.
        const plain = timeline(file, ['--lang', lang, '--width', '120']).result.stdout;
        const charts = (text: string) =>
          chartLines(text, lang).map((l) => l.slice(l.lastIndexOf('│')));
        expect(charts(result.stdout)).toEqual(charts(plain));
      });
    }

    it('is off with --no-color even when forced', () => {
      const { result } = timeline(file, ['--no-color', '--width', '120'], colourEnv);
      expect(result.stdout).not.toContain('\u001b');
    });
  });
});

describe('plan timeline options', () => {
  const file = 'test/fixtures/views/timeline-basic.yaml';

  it('clips to --from and --to, widened to whole units', () => {
    const { args, result } = timeline(file, [
      '--from',
      '2024-05-10',
      '--to',
      '2024-08-20',
      '--scale',
      'month',
      '--width',
      '100',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expectGolden('timeline/timeline-basic.from-to.en.txt', scenario(args, result));
    const axis = result.stdout.split('\n')[2]!;
    expect(axis).toMatch(/│2024-05 +2024-06 +2024-07 +2024-08 *$/);
    expectAligned(result.stdout, 'en');
  });

  it('gives the same output under any time zone', () => {
    const outputs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map(
      (tz) => timeline(file, ['--width', '100'], { TZ: tz }).result.stdout,
    );
    for (const output of outputs) expect(output).toBe(outputs[0]);
  });

  it('reads standard input and writes -o atomically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-'));
    const out = join(dir, 'timeline.txt');
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const result = runCli(['timeline', '-', '--today', AS_OF, '--width', '100', '-o', out], {
      input: text,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(timeline(file, ['--width', '100']).result.stdout);
  });

  it.each([
    [['--scale', 'day'], /--scale must be week, month or quarter/],
    [['--from', '2024-02-30'], /--from must be a date/],
    [['--to', 'June'], /--to must be a date/],
    [['--from', '2024-06-01', '--to', '2024-05-01'], /--to .* is before --from/],
    [['--format', 'png'], /--format must be one of term/],
    [['--format', 'toString'], /--format must be one of term/],
    [['--width', 'wide'], /--width must be a whole number/],
  ])('refuses %j with exit 2', (extra, message) => {
    const result = runCli(['timeline', file, '--today', AS_OF, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('refuses a plan with errors under --strict, printing them, exit 1', () => {
    const result = runCli(['timeline', '-', '--today', AS_OF, '--lang', 'en', '--strict'], {
      input: 'version: 1\ntitle: t\ntasks:\n  - { title: x, due: 2023-02-30 }\n',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('2023-02-30');
  });

  it('wants exactly one plan', () => {
    const result = runCli(['timeline', file, fixtures[1]!, '--today', AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/one plan file/);
  });
});
