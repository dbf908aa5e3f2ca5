/**
 * A plan with errors in its source document (a phase printed 2016年4月—
 * 2014年6月, a unit the registry does not have) still renders in every view
 * and format, exit 0, with the errors named: on stderr as `plan check`
 * prints them, in the header of Markdown, HTML, Excel and Word, and in an
 * `errors` field of JSON; never in the data of CSV and TSV. `--strict`
 * refuses it (exit 1), and a plan that cannot be modelled (broken YAML, not
 * a plan at all) is refused either way. Warnings stay out of views.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './helpers/golden.js';
import { type CliResult, runCli, scenario } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';
import { foreignTags, markdownToHtml } from './overdue-helpers.js';
import { docxSummary, readWorkbook, xlsxSummary, zipParts } from './table-office-helpers.js';

const fixture = 'test/fixtures/views/errors-source.yaml';
// As of 30 June 2015: T2 (2014-08..2015-06, 40%) is due today and behind,
// T3 (start 2015-01, todo) is late to start: `plan check` warns of both,
// and the views must not.
const AS_OF = '2015-06-30';
const outDir = mkdtempSync(join(tmpdir(), 'plan-view-errors-'));
let outCount = 0;

function view(args: readonly string[]): CliResult {
  return runCli([...args.slice(0, 1), fixture, '--today', AS_OF, ...args.slice(1)]);
}

/** Runs a view into `-o FILE` and returns the result and the file's bytes (empty when none). */
function viewToFile(args: readonly string[], ext: string): { result: CliResult; bytes: Buffer } {
  const out = join(outDir, `${outCount++}.${ext}`);
  const result = view([...args, '-o', out]);
  return { result, bytes: existsSync(out) ? readFileSync(out) : Buffer.alloc(0) };
}

/** The errors on stderr, as plan check prints them, and no warning of any kind. */
function expectErrorsOnStderr(stderr: string): void {
  expect(stderr).toContain('18:57');
  expect(stderr).toContain('end-before-start');
  expect(stderr).toContain('40:11');
  expect(stderr).toContain('unknown-reference');
  expect(stderr).toContain('（2 个错误，0 个警告，0 个提示）');
  for (const code of ['behind-schedule', 'late-to-start', 'overdue', 'due-soon']) {
    expect(stderr).not.toMatch(new RegExp(`\\s${code}$`, 'm'));
  }
}

// Every view and format; md, html, xlsx and docx also name the errors in
// their own header, json in a field, the rest on stderr only.
const everyViewArgs: readonly (readonly string[])[] = [
  ['table', '-f', 'term', '--width', '100'],
  ['table', '-f', 'md'],
  ['table', '-f', 'csv'],
  ['table', '-f', 'tsv'],
  ['table', '-f', 'json'],
  ['checklist'],
  ['timeline', '-f', 'term', '--width', '100'],
  ['timeline', '-f', 'svg'],
  ['timeline', '-f', 'mermaid'],
  ['overdue', '-f', 'term', '--width', '100'],
  ['overdue', '-f', 'md'],
  ['overdue', '-f', 'csv'],
  ['overdue', '-f', 'json'],
  ['report', '-f', 'term', '--width', '100'],
  ['report', '-f', 'md'],
  ['report', '-f', 'html'],
  ['export', '-f', 'ics'],
];
/** `[name, args]` pairs for it.each: `table -f md`. */
const everyView = everyViewArgs.map((args) => [args.join(' '), args] as const);

describe('a plan with errors that can be modelled', () => {
  it.each(everyView)('renders in %s, exit 0, the errors on stderr', (_, args) => {
    const result = view(args);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
    expectErrorsOnStderr(result.stderr);
    // The task the misspelt unit leads is still in the table, the checklist …
    if (!['overdue', 'report'].includes(args[0]!) && !args.includes('svg')) {
      expect(result.stdout).toContain('开展专项资金使用情况审计');
    }
  });

  it('terminal views: the output as always, the errors after it on stderr (golden)', () => {
    const runs = [
      ['table', '--width', '100'],
      ['overdue', '--width', '100'],
      ['report', '--width', '100'],
      ['timeline', '--width', '100'],
      ['table', '--width', '100', '--lang', 'en'],
    ].map((args) => {
      const full = [args[0]!, fixture, '--today', AS_OF, ...args.slice(1)];
      return scenario(full, runCli(full));
    });
    expectGolden('view-errors/term.txt', runs.join('\n'));
    expect(runs.every((run) => run.endsWith('====status====\n0\n'))).toBe(true);
  });

  it.each([
    ['table', 'md', 'table.zh-CN.md'],
    ['checklist', 'md', 'checklist.zh-CN.md'],
    ['overdue', 'md', 'overdue.zh-CN.md'],
    ['report', 'md', 'report.zh-CN.md'],
    ['overdue', 'md', 'overdue.en.md', '--lang', 'en'],
    ['table', 'md', 'table.zh-TW.md', '--lang', 'zh-TW'],
  ])('%s -f %s: a note under the title names the errors (%s)', (command, format, golden, ...extra) => {
    const result = view([command, '-f', format, ...extra]);
    expect(result.code).toBe(0);
    expectGolden(`view-errors/${golden}`, result.stdout);
    // Read as GitHub reads it: the title, then a quote holding the lead and
    // one item per error, and no markup out of plan text.
    const html = markdownToHtml(result.stdout);
    const quote = html.match(/^<h1>[\s\S]*?<\/h1>\n<blockquote>\n([\s\S]*?)<\/blockquote>/)?.[1];
    expect(quote).toBeDefined();
    expect(quote!.match(/<li>/g)).toHaveLength(2);
    expect(quote).toMatch(/<strong>(本方案有 2 处错误|本方案有 2 處錯誤|This plan has 2 errors)/);
    expect(quote).toMatch(/(第|Line) 18/);
    expect(quote).toMatch(/(第|Line) 40/);
    expect(quote).toMatch(/县审计局/);
    const foreign = foreignTags(html).filter(
      (tag) => !['blockquote', 'ul', 'li', 'strong', 'input'].includes(tag),
    );
    expect(foreign).toEqual([]);
  });

  it('report -f html: a visible, printable warning box under the header (golden)', () => {
    const result = view(['report', '-f', 'html']);
    expect(result.code).toBe(0);
    expectGolden('view-errors/report.zh-CN.html', result.stdout);
    const page = result.stdout;
    const box = page.indexOf('<section class="errors" role="alert">');
    expect(box).toBeGreaterThan(page.indexOf('</header>'));
    expect(box).toBeLessThan(page.indexOf('<section id="summary">'));
    expect(page).toContain('<li>第 18 行：结束时间（2014年6月）早于开始时间（2016年4月）</li>');
    // Styled to be seen, and kept whole on paper.
    expect(page).toMatch(/\.errors\{border:2px solid #c62828;[^}]*break-inside:avoid\}/);
  });

  it('table -f json and overdue -f json carry every error in an errors field', () => {
    for (const command of ['table', 'overdue']) {
      const result = view([command, '-f', 'json']);
      expect(result.code).toBe(0);
      const document = JSON.parse(result.stdout);
      expect(
        document.errors.map((e: { line: number; code: string; path: string }) => [
          e.line,
          e.code,
          e.path,
        ]),
      ).toEqual([
        [18, 'end-before-start', 'phases[1].end'],
        [40, 'unknown-reference', 'tasks[2].lead'],
      ]);
      expect(document.errors[1]).toMatchObject({
        file: fixture,
        column: 11,
        severity: 'error',
        suggestion: '县审计局',
      });
    }
    expect(JSON.parse(view(['table', '-f', 'json']).stdout).rows).toHaveLength(4);
  });

  it('a clean plan has an empty errors field and nothing on stderr', () => {
    const clean = 'test/fixtures/views/overdue-small.yaml';
    for (const command of ['table', 'overdue']) {
      const result = runCli([command, clean, '--today', AS_OF, '-f', 'json']);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout).errors).toEqual([]);
    }
  });

  it('CSV and TSV carry nothing but the data', () => {
    for (const args of [
      ['table', '-f', 'csv'],
      ['overdue', '-f', 'csv'],
    ]) {
      const result = view(args);
      const rows: string[][] = parseCsv(result.stdout, { bom: true });
      // table: header + 4 tasks; overdue: header + 2 items (T2, T3). The
      // reversed phase is in error, so nothing is judged from its dates.
      expect(rows).toHaveLength(args[0] === 'table' ? 5 : 3);
      expect(result.stdout).not.toMatch(/错误|第 18 行|end-before-start/);
    }
    const tsv = view(['table', '-f', 'tsv']).stdout;
    expect(tsv.trimEnd().split('\n')).toHaveLength(5);
    expect(tsv).not.toMatch(/错误|end-before-start/);
  });

  it('xlsx: a note row between the heading and the header, which moves down one (golden)', async () => {
    const { result, bytes } = viewToFile(['table', '-f', 'xlsx'], 'xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expectErrorsOnStderr(result.stderr);
    expectGolden('view-errors/table.zh-CN.xlsx.txt', await xlsxSummary(bytes));
    const sheet = readWorkbook(bytes).Sheets.分工表!;
    expect(String(sheet.A3?.v).split('\n')).toEqual([
      '本方案有 2 处错误，据此作出的判断可能不准确：',
      '第 18 行：结束时间（2014年6月）早于开始时间（2016年4月）',
      '第 40 行：引用的单位“县审计署”未定义（是否应为“县审计局”？）',
    ]);
    expect(sheet.A4?.v).toBe('序号');
    expect(sheet.A5?.v).toBe('1');
    // 责任领导, 责任人 and 进展情况 are empty in every row and left out: 9
    // columns, A to I; the 4 tasks end on row 8, the legend is on row 10.
    expect(sheet['!ref']).toBe('A1:I10');
    expect(sheet['!merges']?.some((m) => m.s.r === 2 && m.s.c === 0 && m.e.c === 8)).toBe(true);
    // The frozen pane, filter and print titles follow the header to row 4.
    const parts = await zipParts(bytes);
    const xml = parts.get('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<pane ySplit="4" topLeftCell="A5"');
    expect(xml).toContain('<autoFilter ref="A4:I8"/>');
    expect(parts.get('xl/workbook.xml')).toContain('&apos;分工表&apos;!$4:$4</definedName>');
  });

  it('xlsx of a clean plan keeps its header on row 3', async () => {
    const out = join(outDir, 'clean.xlsx');
    runCli([
      'table',
      'test/fixtures/views/overdue-small.yaml',
      '--today',
      AS_OF,
      '-f',
      'xlsx',
      '-o',
      out,
    ]);
    const sheet = readWorkbook(readFileSync(out)).Sheets.分工表!;
    expect(sheet.A3?.v).toBe('序號');
  });

  it('docx: a paragraph naming the errors just before the table (golden)', async () => {
    const { result, bytes } = viewToFile(['table', '-f', 'docx', '--lang', 'en'], 'docx');
    expect(result.code).toBe(0);
    const summary = await docxSummary(bytes);
    expectGolden('view-errors/table.en.docx.txt', summary);
    const paragraphs = summary.slice(summary.indexOf('paragraphs:'), summary.indexOf('table:'));
    expect(paragraphs).toContain(
      '  This plan has 2 errors; judgements that rest on them may be wrong:\\nLine 18: ends (2014年6月) before it starts (2016年4月)\\nLine 40: unit "县审计署" is not defined (did you mean "县审计局"?)\n  [table]',
    );
  });
});

describe('--strict', () => {
  it.each(everyView)('refuses the plan in %s: exit 1, the errors printed', (_, args) => {
    const result = view([...args, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expectErrorsOnStderr(result.stderr);
  });

  it('writes no file with -o', () => {
    const { result, bytes } = viewToFile(['table', '-f', 'xlsx', '--strict'], 'xlsx');
    expect(result.code).toBe(1);
    expect(bytes.length).toBe(0);
  });

  it('lets a clean plan through, exit 0', () => {
    const result = runCli([
      'table',
      'test/fixtures/views/overdue-small.yaml',
      '--today',
      AS_OF,
      '--strict',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('a plan that cannot be modelled', () => {
  const broken = 'version: 1\ntitle: 方案\ntasks:\n  - title: 任务\n   due: 2023-06\n';
  it.each(everyView)('is refused in %s: exit 1, with and without --strict', (_, args) => {
    for (const strict of [[], ['--strict']]) {
      const result = runCli([args[0]!, '-', '--today', AS_OF, ...args.slice(1), ...strict], {
        input: broken,
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('yaml-syntax');
    }
  });

  it('not a plan at all (a list) is refused as schema', () => {
    const result = runCli(['table', '-', '--today', AS_OF], { input: '- a\n- b\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('schema');
  });
});

describe('many errors with hostile text', () => {
  // 30 tasks, each led by a unit the registry lacks, whose name tries to
  // break out of every format: Markdown, HTML, a terminal.
  const evil = '审计署<b>|*x*\u001b[2J\u202e';
  const yaml = [
    'version: 1',
    'title: 方案',
    'locale: zh-CN',
    'units: { audit: 县审计局 }',
    'tasks:',
    ...Array.from(
      { length: 30 },
      (_, i) => `  - { title: 任务${i + 1}, lead: ${JSON.stringify(evil)}, due: 2024-06 }`,
    ),
    '',
  ].join('\n');

  it('Markdown: the first five, then the count; plan text escaped', async () => {
    const { code, stdout, stderr } = await runInProcess(
      ['table', '-', '--today', AS_OF, '-f', 'md'],
      yaml,
    );
    expect(code).toBe(0);
    const text = stdout.toString('utf8');
    const note = text.split('\n').filter((line) => line.startsWith('>'));
    expect(note).toHaveLength(7);
    expect(note[6]).toBe('> - ……等 30 处');
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(
      foreignTags(markdownToHtml(text)).filter(
        (t) => !['blockquote', 'ul', 'li', 'strong'].includes(t),
      ),
    ).toEqual([]);
    // stderr has all 30, made safe for the terminal.
    expect(stderr.match(/unknown-reference/g)).toHaveLength(30);
    expect(stderr).not.toMatch(/[\u001b\u202e]/);
  });

  it('HTML: the box is bounded and escaped', async () => {
    const { code, stdout } = await runInProcess(
      ['report', '-', '--today', AS_OF, '-f', 'html'],
      yaml,
    );
    expect(code).toBe(0);
    const page = stdout.toString('utf8');
    const box = page.match(/<section class="errors"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(box.match(/<li>/g)).toHaveLength(6);
    expect(box).toContain('<li>……等 30 处</li>');
    expect(box).toContain('&lt;b&gt;');
    expect(page).not.toMatch(/<b>|[\u001b\u202e]/);
  });

  it('JSON: all 30, the text exact', async () => {
    const { stdout } = await runInProcess(['overdue', '-', '--today', AS_OF, '-f', 'json'], yaml);
    const { errors } = JSON.parse(stdout.toString('utf8'));
    expect(errors).toHaveLength(30);
    expect(errors[0].message).toContain(evil);
  });
});
