/**
 * `plan overdue` run as a user runs it: golden files for every format, for
 * every example and fixture, in English and the plan's own language, as of
 * 2024-06-30; and each format read by a real consumer (GFM parser, CSV
 * parser, JSON contract) on a plan whose text tries to break out.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../src/dates/index.js';
import { overdueItems } from '../src/views/overdue-items.js';
import { terminalLine } from '../src/render/sanitize.js';
import { boxCells, squash } from './helpers/box-table.js';
import { errorsContract } from './helpers/errors-contract.js';
import { expectGolden } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import {
  AS_OF,
  foreignTags,
  goldenBase,
  htmlTables,
  langsFor,
  loadPlan,
  markdownToHtml,
  ownLang,
  plansUnderTest,
  terminalTables,
  widths,
} from './overdue-helpers.js';

const formats = { term: 'txt', md: 'md', csv: 'csv', json: 'json' } as const;
const hostile = 'test/fixtures/views/overdue-hostile.yaml';
const hostileItems = overdueItems(loadPlan(hostile), {
  today: parseIsoDay(AS_OF)!,
  warnDays: 14,
}).items;

// Each run spawns node; the same command is run once and its result reused.
const runs = new Map<string, ReturnType<typeof runCli>>();
function overdue(file: string, format: string, extra: string[] = []) {
  const args = ['overdue', file, '--today', AS_OF, '--format', format, '--width', '100', ...extra];
  const key = args.join('\0');
  let result = runs.get(key);
  if (!result) {
    result = runCli(args);
    runs.set(key, result);
  }
  return result;
}

describe.each(plansUnderTest())('plan overdue %s', (file) => {
  for (const lang of langsFor(file)) {
    for (const [format, ext] of Object.entries(formats)) {
      it(`--format ${format} in ${lang} matches its golden file`, () => {
        // The plan's own language is what it gets without --lang.
        const result = overdue(file, format, lang === ownLang(file) ? [] : ['--lang', lang]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expectGolden(`overdue/${goldenBase(file)}.${lang}.${ext}`, result.stdout);
      });
    }
  }

  it('writes the same JSON in every language', () => {
    const outputs = [[], ['--lang', 'zh-CN'], ['--lang', 'zh-TW']].map(
      (extra) => overdue(file, 'json', extra).stdout,
    );
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});

describe('plan overdue --format md on hostile plan text', () => {
  const result = overdue(hostile, 'md', ['--lang', 'en']);
  const html = markdownToHtml(result.stdout);
  const tables = htmlTables(html);

  it('is one table with a header and a row per item, a cell per column in use', () => {
    expect(hostileItems.length).toBeGreaterThan(5);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toHaveLength(hostileItems.length + 1);
    // Seven fixed columns, and each day figure some item has.
    const days = (['daysOverdue', 'daysLeft', 'daysLateToStart', 'daysDoneLate'] as const).filter(
      (key) => hostileItems.some((item) => item[key] !== null),
    );
    expect(days.length).toBeGreaterThan(1);
    for (const row of tables[0]!) expect(row).toHaveLength(7 + days.length);
  });
  it('keeps each title in its own cell, as written', () => {
    // Line breaks come back as breaks, controls as their visible pictures;
    // a table cell is trimmed, so the leading tab goes.
    const titles = tables[0]!.slice(1).map((row) => row[3]!.trim());
    expect(titles).toEqual(
      hostileItems.map((item) =>
        item.title
          .replace(/\r\n?/g, '\n')
          .replace(/\u001b/g, '␛')
          .trim(),
      ),
    );
  });
  it('lets no plan text through as HTML or Markdown markup', () => {
    expect(foreignTags(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<img|<b>|<i>|<code>|<strong>/);
  });
  it('carries no terminal escape from the plan', () => {
    expect(result.stdout).not.toContain('\u001b');
  });
});

describe('plan overdue --format csv on hostile plan text', () => {
  const result = overdue(hostile, 'csv', ['--lang', 'zh-CN']);
  const rows: string[][] = parseCsv(result.stdout, { bom: true });

  it('starts with a BOM and has a row per item plus the header', () => {
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    expect(rows).toHaveLength(hostileItems.length + 1);
    // Four day columns, always: a spreadsheet's columns never move.
    for (const row of rows) expect(row).toHaveLength(11);
  });
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const row of rows.slice(1)) {
      row.forEach((cell, index) => {
        // The 序号 (column 2) may be `="1.10"`, a formula of digits and dots only.
        if (index === 2 && /^="[0-9.\-/]+"$/.test(cell)) return;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
    const titles = rows.slice(1).map((row) => row[3]);
    expect(titles).toContain("'=cmd|' /C calc'!A0");
    expect(titles).toContain("'@x 标题\n换行 | 管道");
    expect(titles).toContain("'\tTab开头 `code` **粗体**");
    expect(titles).toContain('␛[2J␛[H清屏 <script>x</script>');
  });
  it('keeps each day figure a plain number in its own column, never signed', () => {
    const text = (n: number | null): string => (n === null ? '' : String(n));
    expect(rows.slice(1).map((row) => row.slice(6, 10))).toEqual(
      hostileItems.map((item) => [
        text(item.daysOverdue),
        text(item.daysLeft),
        text(item.daysLateToStart),
        text(item.daysDoneLate),
      ]),
    );
    for (const row of rows.slice(1))
      for (const cell of row.slice(6, 10)) expect(cell).not.toMatch(/-/);
  });
  it('drops the BOM with --no-bom', () => {
    const bare = overdue(hostile, 'csv', ['--no-bom']).stdout;
    expect(bare.startsWith('\uFEFF')).toBe(false);
    expect(parseCsv(bare)).toHaveLength(hostileItems.length + 1);
  });
});

const periodPattern = '^\\d{4}(-(Q[1-4]|H[12]|\\d{2}(-\\d{2})?))?$';

describe('plan overdue --format json', () => {
  const contract = {
    $defs: {
      reason: {
        enum: [
          'overdue',
          'missed-occurrence',
          'target-at-risk',
          'behind-schedule',
          'blocked',
          'late-to-start',
          'due-soon',
          'done-late',
        ],
      },
    },
    type: 'object',
    additionalProperties: false,
    required: ['asOf', 'items', 'errors'],
    properties: {
      errors: errorsContract,
      asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      items: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'kind',
            'id',
            'no',
            'title',
            'lead',
            'due',
            'occurrence',
            'missed',
            'daysOverdue',
            'daysLeft',
            'daysLateToStart',
            'daysDoneLate',
            'light',
            'reason',
            'reasons',
          ],
          properties: {
            kind: { enum: ['task', 'phase', 'milestone', 'target'] },
            id: { type: ['string', 'null'] },
            no: { type: ['string', 'null'] },
            title: { type: 'string' },
            lead: { type: 'array', items: { type: 'string' } },
            due: {
              anyOf: [
                { type: 'null' },
                {
                  type: 'string',
                  pattern: '^(\\d{4}(-(\\d{2}(-\\d{2})?|H[12]|Q[1-4]))?|ongoing)$',
                },
              ],
            },
            // A recurring duty's periods: 2024-04, 2024-Q2, 2024-H1, 2024, a week's day.
            occurrence: {
              anyOf: [{ type: 'null' }, { type: 'string', pattern: periodPattern }],
            },
            missed: { type: 'array', items: { type: 'string', pattern: periodPattern } },
            // Four figures, never signed: none can be negative.
            daysOverdue: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
            daysLeft: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 0 }] },
            daysLateToStart: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
            daysDoneLate: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
            light: { enum: ['red', 'yellow', 'blue', 'green', null] },
            reason: { $ref: '#/$defs/reason' },
            reasons: { type: 'array', minItems: 1, items: { $ref: '#/$defs/reason' } },
          },
        },
      },
    },
  };
  const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(contract);

  it.each(plansUnderTest())('%s follows the contract and round-trips', (file) => {
    const text = overdue(file, 'json').stdout;
    const json = JSON.parse(text);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.asOf).toBe(AS_OF);
    expect(`${JSON.stringify(json, null, 2)}\n`).toBe(text);
  });
  it('keeps hostile text exactly as written', () => {
    const json = JSON.parse(overdue(hostile, 'json').stdout);
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(
      hostileItems.map((item) => item.title),
    );
    expect(json.items.some((item: { title: string }) => item.title.includes('\u001b[2J'))).toBe(
      true,
    );
    // JSON writes the control character as an escape, never as the byte.
    expect(overdue(hostile, 'json').stdout).not.toContain('\u001b');
  });
});

describe('plan overdue in the terminal', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en']) {
    it(`lines every table up by display width in ${lang}`, () => {
      for (const width of ['100', '160']) {
        const result = runCli([
          'overdue',
          hostile,
          '--today',
          AS_OF,
          '--lang',
          lang,
          '--width',
          width,
        ]);
        const tables = terminalTables(result.stdout);
        expect(tables).toHaveLength(1);
        const lineWidths = widths(tables[0]!);
        expect(new Set(lineWidths).size).toBe(1);
        expect(lineWidths[0]).toBeLessThanOrEqual(Number(width));
        // Every title and reason whole, however it wrapped; nothing cut.
        expect(result.stdout).not.toContain('…');
        const { rows } = boxCells(tables[0]!);
        expect(rows).toHaveLength(hostileItems.length);
        rows.forEach((row, i) => {
          expect(squash(row[3]!)).toBe(squash(terminalLine(hostileItems[i]!.title)));
        });
      }
    });
  }
  it('lets no escape sequence from the plan reach the terminal, even in colour', () => {
    const plain = runCli(['overdue', hostile, '--today', AS_OF]);
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).toContain('␛[2J');
    const coloured = runCli(['overdue', hostile, '--today', AS_OF], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    // Only our own colour (SGR) sequences, and the lights are coloured.
    const sequences = coloured.stdout.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? [];
    expect(sequences.length).toBeGreaterThan(0);
    for (const sequence of sequences) expect(sequence).toMatch(/^\u001b\[\d+m$/);
    expect(coloured.stdout).toContain('\u001b[31m● 红灯\u001b[39m');
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });
  it('says so, in the plan language, when nothing is late', () => {
    const result = runCli([
      'overdue',
      'test/fixtures/views/overdue-none.yaml',
      '--today',
      AS_OF,
      '--lang',
      'zh-CN',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('截至2024年6月30日，没有逾期或需要预警的事项。');
    expect(terminalTables(result.stdout)).toEqual([]);
  });
});

describe('plan overdue options', () => {
  it('--warn-days widens the due-soon window', () => {
    const file = 'test/fixtures/views/overdue-small.yaml';
    const narrow = JSON.parse(overdue(file, 'json', ['--warn-days', '0']).stdout);
    const wide = JSON.parse(overdue(file, 'json', ['--warn-days', '14']).stdout);
    const soon = (json: { items: { reason: string }[] }) =>
      json.items.filter((item) => item.reason === 'due-soon').length;
    expect(soon(narrow)).toBe(0);
    expect(soon(wide)).toBe(2);
  });
  it('rejects an unknown format with a usage error', () => {
    const result = overdue(hostile, 'xlsx');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of term, md, csv, json');
  });
  it('reads standard input and writes -o atomically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-overdue-'));
    const out = join(dir, 'overdue.json');
    const result = runCli(['overdue', '-', '--today', AS_OF, '--format', 'json', '-o', out], {
      input: readFileSync(hostile),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(overdue(hostile, 'json').stdout);
  });
  it('refuses a plan with errors under --strict, as every view does', () => {
    const result = runCli(['overdue', '-', '--today', AS_OF, '--strict'], {
      input: 'version: 1\ntitle: x\ntasks:\n  - { title: a, due: 2023-02-30 }\n',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });
});
