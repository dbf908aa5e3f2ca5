/**
 * `plan table` run as a user runs it: golden files for every format, for
 * every example and the table fixtures, in English and the plan's own
 * language, as of 2024-06-30; each format read back by a real consumer (a
 * GFM parser, a CSV parser, a JSON Schema validator, display widths) on a
 * plan whose text tries to break out; and the command's usage errors.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { displayWidth } from '../src/render/formats/text-width.js';
import { terminalLine } from '../src/render/sanitize.js';
import { boxCells, boxLines, squash } from './helpers/box-table.js';
import { errorsContract } from './helpers/errors-contract.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { runCli, scenario } from './helpers/run-cli.js';

const AS_OF = '2024-06-30';
const formats = { term: 'txt', md: 'md', csv: 'csv', tsv: 'tsv', json: 'json' } as const;
const sample = 'test/fixtures/views/table-sample.yaml';
const hostile = 'test/fixtures/views/table-hostile.yaml';
const groups = 'test/fixtures/views/unit-groups.yaml';

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

/** The language a plan renders in without --lang (the runner sets LANG=C). */
function ownLang(file: string): Lang {
  return loadPlan(file).meta.locale ?? 'en';
}

/** en and the plan's own language; every language for the sample fixture. */
function langsFor(file: string): Lang[] {
  if (file === sample) return ['zh-CN', 'zh-TW', 'en'];
  const own = ownLang(file);
  return own === 'en' ? ['en'] : [own, 'en'];
}

function table(
  file: string,
  args: readonly string[] = [],
  env?: Record<string, string | undefined>,
) {
  return runCli(['table', file, '--today', AS_OF, '--width', '120', ...args], env ? { env } : {});
}

/** Markdown as GitHub renders it, raw HTML let through: injected HTML would show as a tag. */
function markdownToHtml(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** Each table in rendered HTML, as rows of cell HTML. */
function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, body]) =>
    [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!),
    ),
  );
}

const plans = [...exampleFiles().map((name) => join('examples', name)), sample, hostile, groups];

describe.each(plans)('plan table %s', (file) => {
  for (const lang of langsFor(file)) {
    for (const [format, ext] of Object.entries(formats)) {
      it(`--format ${format} in ${lang} matches its golden file`, () => {
        // The plan's own language is what it gets without --lang.
        const langArgs = lang === ownLang(file) ? [] : ['--lang', lang];
        const result = table(file, ['--format', format, ...langArgs]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expectGolden(`table/${basename(file, '.yaml')}.${lang}.${ext}`, result.stdout);
      });
    }
  }

  it('writes one CSV row per task under the header, and the same JSON in every language', () => {
    const tasks = loadPlan(file).allTasks.length;
    const records = parseCsv(table(file, ['-f', 'csv']).stdout, { bom: true }) as string[][];
    expect(records).toHaveLength(tasks + 1);
    const json = ['en', 'zh-CN', 'zh-TW'].map(
      (lang) => table(file, ['-f', 'json', '--lang', lang]).stdout,
    );
    expect(JSON.parse(json[0]!).rows).toHaveLength(tasks);
    expect(json[1]).toBe(json[0]);
    expect(json[2]).toBe(json[0]);
  });
});

describe('plan table on hostile plan text', () => {
  const plan = loadPlan(hostile);
  const titles = plan.allTasks.map((task) => task.title);

  it('Markdown: one table, a header and a row per task, nothing escaping as HTML', () => {
    const result = table(hostile, ['-f', 'md']);
    expect(result.stdout).not.toContain('\u001b');
    const html = markdownToHtml(result.stdout);
    const tables = htmlTables(html);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toHaveLength(titles.length + 1);
    for (const row of tables[0]!) expect(row).toHaveLength(12);
    for (const tag of ['<img', '<script', '<b>', '<strong>', '<code>', '<h2', '<li', '<input'])
      expect(html).not.toContain(tag);
    // The link is text, not a link.
    expect(html).not.toMatch(/<a [^>]*>链接<\/a>/);
    const body = tables[0]!.slice(1);
    expect(body[0]![1]).toBe('标题 | 带竖线 &lt;img src=x onerror=alert(1)&gt;');
    // Line breaks inside a cell come out as breaks, the cell stays one cell.
    expect(body[0]![11]).toBe('第一行<br>第二行 | 竖线<br>=1+1');
    // The heading is the title, on one line.
    expect(html).toMatch(/^<h1>恶意\|标题 &lt;script&gt;alert\(1\)&lt;\/script&gt; ␛\[2J<\/h1>/);
  });

  it('CSV: a BOM, one record per task, formulas neutralised, no control characters', () => {
    const csv = table(hostile, ['-f', 'csv']).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).not.toContain('\u001b');
    const records = parseCsv(csv, { bom: true }) as string[][];
    expect(records).toHaveLength(titles.length + 1);
    for (const record of records) expect(record).toHaveLength(12);
    const [, first, child, , second, third] = records;
    expect(first![2]).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(first![3]).toBe("'+1 单位、@SUM(A1:A9)");
    expect(first![4]).toBe("'-2 领导");
    expect(first![5]).toBe("'\t制表符开头");
    expect(first![11]).toBe('第一行\n第二行 | 竖线\n=1+1');
    expect(child![1]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(second![1]).toBe("'+1 ␛[31m红色␛[0m");
    expect(second![11]).toMatch(/^'@SUM\(A1:A2\) <b>/);
    expect(third![1]).toBe("'-2 ## 不是标题\n- [x] 不是清单");
    // Only a 序号 may be a formula, and only `="…"` of digits and dots.
    for (const record of records.slice(1))
      expect(record[0]).toMatch(/^(?:="[0-9.\-/]+"|[^=+\-@\t\r].*|)$/s);
    const cells = records.flatMap((record) => record.slice(1));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(table(hostile, ['-f', 'csv', '--no-bom']).stdout.startsWith('\uFEFF')).toBe(false);
  });

  it('TSV: one line per task, twelve fields each', () => {
    const tsv = table(hostile, ['-f', 'tsv']).stdout;
    expect(tsv.startsWith('\uFEFF')).toBe(true);
    const lines = tsv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(titles.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(12);
    expect(tsv).not.toContain('\u001b');
  });

  it('JSON: the contract, and the text exactly as written', () => {
    const text = table(hostile, ['-f', 'json']).stdout;
    // Escaped, so the output is inert on a terminal; parsed, exactly the plan's text.
    expect(text).not.toContain('\u001b');
    const data = JSON.parse(text) as { rows: Record<string, unknown>[] };
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validate(tableContract, data), ajv.errorsText()).toBe(true);
    expect(data.rows.map((row) => row.title)).toEqual(titles);
    expect(data.rows.map((row) => row.no)).toEqual(['1', '1.1', '1.2', '2', '3']);
    expect(data.rows[0]).toEqual({
      no: '1',
      id: null,
      title: '标题 | 带竖线 <img src=x onerror=alert(1)>',
      lead: ['=HYPERLINK("http://evil.example","点我")'],
      support: ['+1 单位', '@SUM(A1:A9)'],
      phase: '阶段|<img src=x onerror=alert(1)>',
      start: '2024-01',
      due: '2024-03',
      occurrence: null,
      missed: [],
      status: 'doing',
      progress: 20,
      progressFrom: 'own',
      note: '第一行\n第二行 | 竖线\r\n=1+1',
      // Due 2024-03 ends 31 March; as of 2024-06-30 that is 30+31+30 = 91 days.
      light: 'red',
      daysOverdue: 91,
      daysLeft: null,
      daysLateToStart: null,
      daysDoneLate: null,
    });
    // An ongoing quarterly duty shows its next occurrence: as of 2024-06-30
    // that is Q2, due that very day; Q1 (3/31) had no report.
    expect(data.rows[4]).toMatchObject({
      due: '2024-06-30',
      occurrence: '2024-Q2',
      missed: ['2024-Q1'],
      progress: null,
      note: null,
    });
    expect(JSON.stringify(data, null, 2)).toBe(text.trimEnd());
  });

  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    for (const width of [72, 100, 160]) {
      it(`terminal in ${lang} at ${width} columns: no escapes from the plan, every box line one width, every title whole`, () => {
        const result = table(hostile, ['--lang', lang, '--width', String(width)]);
        expect(result.code).toBe(0);
        expect(result.stdout).not.toContain('\u001b');
        expect(result.stdout).not.toContain('…');
        const lines = boxLines(result.stdout);
        const widths = new Set(lines.map(displayWidth));
        expect(widths.size).toBe(1);
        expect([...widths][0]).toBeLessThanOrEqual(width);
        // Read back, row by row: each task's title is there whole, wrapped or not.
        const { rows } = boxCells(lines);
        expect(rows).toHaveLength(titles.length);
        rows.forEach((row, i) => {
          expect(squash(row[1]!)).toContain(squash(terminalLine(titles[i]!)));
        });
      });
    }
  }

  it('terminal with colour: only colour codes, and the box still lines up', () => {
    const result = table(hostile, [], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(result.stdout).toContain('\u001b[');
    const plain = result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).not.toContain('\u001b');
    // A dot before each status, coloured by its light.
    expect(plain).toContain('● 进行中');
    expect(result.stdout).toMatch(/\u001b\[31m●\u001b\[39m 进行中/);
    expect(new Set(boxLines(plain).map(displayWidth)).size).toBe(1);
  });
});

/** The JSON contract of `plan table` (DESIGN.md), strictly: no key missing, none extra. */
const tableContract = {
  type: 'object',
  additionalProperties: false,
  required: ['rows', 'errors'],
  properties: {
    errors: errorsContract,
    rows: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'no',
          'id',
          'title',
          'lead',
          'support',
          'phase',
          'start',
          'due',
          'occurrence',
          'missed',
          'status',
          'progress',
          'progressFrom',
          'note',
          'light',
          'daysOverdue',
          'daysLeft',
          'daysLateToStart',
          'daysDoneLate',
        ],
        properties: {
          no: { type: 'string' },
          id: { type: ['string', 'null'] },
          title: { type: 'string' },
          lead: { type: 'array', items: { type: 'string' } },
          support: { type: 'array', items: { type: 'string' } },
          phase: { type: ['string', 'null'] },
          start: { anyOf: [{ type: 'null' }, { type: 'string', pattern: datePattern() }] },
          due: { anyOf: [{ type: 'null' }, { type: 'string', pattern: datePattern() }] },
          occurrence: {
            anyOf: [
              { type: 'null' },
              { type: 'string', pattern: '^\\d{4}(-(Q[1-4]|H[12]|\\d{2}(-\\d{2})?))?$' },
            ],
          },
          missed: {
            type: 'array',
            items: { type: 'string', pattern: '^\\d{4}(-(Q[1-4]|H[12]|\\d{2}(-\\d{2})?))?$' },
          },
          status: { enum: ['todo', 'doing', 'done', 'blocked', 'dropped'] },
          progress: { type: ['number', 'null'], minimum: 0, maximum: 100 },
          progressFrom: { enum: ['own', 'updates', 'sub-tasks', null] },
          note: { type: ['string', 'null'] },
          light: { enum: ['red', 'yellow', 'blue', 'green', null] },
          // One meaning per number: none is ever negative.
          daysOverdue: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
          daysLeft: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 0 }] },
          daysLateToStart: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
          daysDoneLate: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
        },
      },
    },
  },
} as const;

function datePattern(): string {
  return '^(ongoing|\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?|-Q[1-4]|-H[12])?)$';
}

describe('plan table options', () => {
  it('validates every example against the JSON contract', () => {
    const ajv = new Ajv2020({ strict: true });
    for (const file of [...exampleFiles().map((name) => join('examples', name)), sample]) {
      const data = JSON.parse(table(file, ['-f', 'json']).stdout);
      expect(ajv.validate(tableContract, data), `${file}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('--columns chooses and orders the columns in every format', () => {
    const csv = table(sample, ['-f', 'csv', '--columns', 'due,no,title', '--lang', 'en']).stdout;
    const records = parseCsv(csv, { bom: true }) as string[][];
    expect(records[0]).toEqual(['Due', 'No.', 'Task']);
    // The 序号 moved to the second column is still the one kept as text.
    expect(records[4]).toEqual(['2024-09', '="2.2"', '检查检验集中预约']);
    const md = table(sample, ['-f', 'md', '--columns', 'no,title']).stdout;
    expect(htmlTables(markdownToHtml(md))[0]![0]).toEqual(['序号', '重点任务']);
    // Sub-tasks are indented where the tree shows, plain where the number tells.
    expect(md).toContain('| 2.2.1 | \u3000└ 影像检查预约系统上线 |');
    const term = table(sample, ['--columns', 'title,no']).stdout;
    expect(boxLines(term)[1]).toMatch(/^│ 重点任务 +│ 序号 +│$/);
  });

  it('--unit gives a unit its extract, master numbers kept', () => {
    const json = JSON.parse(table(sample, ['-f', 'json', '--unit', '信息科']).stdout);
    expect(json.rows.map((row: { no: string }) => row.no)).toEqual(['2', '2.1', '2.2', '2.2.1']);
    const term = table(sample, ['--unit', 'xinxi']).stdout;
    expect(term.split('\n')[1]).toBe('单位：信息中心');
  });

  it("--unit gives a member of a collective unit the group's tasks too, marked with the group", () => {
    // unit-groups.yaml: 各临床科室 (clinical) has the members 内科, 外科, 儿科.
    // 内科 leads 2 and 2.1 through the group and 2.2 by name; supports 3
    // and 5 through the group; has nothing to do with 1 (医务科) or 4 (外科).
    const md = table(groups, ['-f', 'md', '--unit', 'internal']).stdout;
    expectGolden('table/unit-groups.unit-internal.zh-CN.md', md);
    const rows = htmlTables(markdownToHtml(md))[0]!.slice(1);
    expect(rows.map((cells) => [cells[0], cells[2], cells[3]])).toEqual([
      ['2', '内科（各临床科室）', '医务科'],
      ['2.1', '内科（各临床科室）', '医务科'],
      ['2.2', '内科', '医务科'],
      ['3', '医务科', '内科（各临床科室）、护理部'],
      ['5', '医务科', '内科（各临床科室）'],
    ]);
    // JSON keeps the units as the plan names them: the group.
    const json = JSON.parse(table(groups, ['-f', 'json', '--unit', '内科']).stdout);
    expect(json.rows.map((row: { no: string }) => row.no)).toEqual(['2', '2.1', '2.2', '3', '5']);
    expect(json.rows[0].lead).toEqual(['各临床科室']);
    const en = table(groups, ['-f', 'csv', '--unit', 'surgery', '--lang', 'en', '--no-bom']).stdout;
    expect(en).toContain('4,开展手术安全核查专项整治,外科,医务科');
    expect(en).toContain('3,开展病历内涵质量检查,医务科,"外科 (各临床科室), 护理部"');
  });

  it("--unit of the collective unit itself lists what the group takes part in, not its members' own tasks", () => {
    const json = JSON.parse(table(groups, ['-f', 'json', '--unit', 'clinical']).stdout);
    expect(json.rows.map((row: { no: string }) => row.no)).toEqual(['2', '2.1', '3', '5']);
    // The full table keeps the group as written.
    const full = JSON.parse(table(groups, ['-f', 'json']).stdout);
    expect(full.rows[1].lead).toEqual(['各临床科室']);
    expect(full.rows.find((row: { no: string }) => row.no === '3').support).toEqual([
      '各临床科室',
      '护理部',
    ]);
  });

  it('records its usage errors and notes', () => {
    const runs = [
      ['--columns', 'no,deadline'],
      ['--phase', 'summary'],
      ['--goal', 'G9'],
      ['--status', 'doing,late'],
      ['--format', 'pdf'],
      ['--unit', '宣传科', '-f', 'csv', '--no-bom'],
      ['--unit', 'caiwu', '--status', 'doing', '-f', 'md'],
      ['--width', 'wide'],
    ].map((args) => {
      const full = ['table', sample, '--today', AS_OF, ...args];
      return scenario(full, runCli(full));
    });
    expectGolden('table/cli-options.txt', runs.join('\n'));
    expect(runs.filter((run) => run.endsWith('====status====\n2\n'))).toHaveLength(6);
  });

  it('reports a bad --status as a usage error before reading the plan, even a broken one', () => {
    const input = 'version: 1\ntitle: t\ntasks:\n  - title: [a\n';
    const result = runCli(['table', '-', '--status', 'stuck'], { input });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--status "stuck" is not valid');
    expect(result.stderr).not.toContain('yaml-syntax');
  });

  it('writes to a file with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-table-'));
    const out = join(dir, 'table.csv');
    const result = table(sample, ['-f', 'csv', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(table(sample, ['-f', 'csv']).stdout);
  });

  it('renders a plan with errors, naming them; refuses it under --strict', () => {
    const input = 'version: 1\ntitle: t\ntasks:\n  - { title: x, due: 2023-02-30 }\n';
    const result = runCli(['table', '-', '--today', AS_OF], { input });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('x');
    expect(result.stderr).toContain('invalid-date');
    const strict = runCli(['table', '-', '--today', AS_OF, '--strict'], { input });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('invalid-date');
  });
});
