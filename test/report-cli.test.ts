/**
 * `plan report` run as a user runs it: golden files for each format, every
 * example and fixture, in English and the plan's own language; the Markdown
 * read by a GFM parser and the terminal page checked for alignment and
 * escapes on a plan whose text tries to break out.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../src/dates/index.js';
import { reportSummary } from '../src/views/report-summary.js';
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

const formats = { term: 'txt', md: 'md' } as const;
const hostile = 'test/fixtures/views/overdue-hostile.yaml';

function report(file: string, format: string, extra: string[] = []) {
  return runCli(['report', file, '--today', AS_OF, '--format', format, '--width', '100', ...extra]);
}

describe.each(plansUnderTest())('plan report %s', (file) => {
  for (const lang of langsFor(file)) {
    for (const [format, ext] of Object.entries(formats)) {
      it(`--format ${format} in ${lang} matches its golden file`, () => {
        const result = report(file, format, lang === ownLang(file) ? [] : ['--lang', lang]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expectGolden(`report/${goldenBase(file)}.${lang}.${ext}`, result.stdout);
      });
    }
  }

  it('has one Markdown table per section, with a row per unit, target and urgent item', () => {
    const summary = reportSummary(loadPlan(file), { today: parseIsoDay(AS_OF)!, warnDays: 14 });
    const tables = htmlTables(markdownToHtml(report(file, 'md').stdout));
    const expected = [
      ...(summary.tasks.total > 0 ? [2] : []),
      2,
      ...(summary.units.length > 0 ? [summary.units.length + 1] : []),
      ...summary.goals.filter((goal) => goal.targets.length > 0).map((g) => g.targets.length + 1),
      ...(summary.urgent.length > 0 ? [summary.urgent.length + 1] : []),
    ];
    expect(tables.map((table) => table.length)).toEqual(expected);
  });
});

describe('plan report --format md on hostile plan text', () => {
  const markdown = report(hostile, 'md', ['--lang', 'en']).stdout;
  const html = markdownToHtml(markdown);
  it('lets no plan text through as HTML or markup, and no escape byte', () => {
    expect(foreignTags(html)).toEqual([]);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(markdown).not.toContain('\u001b');
  });
  it('keeps unit names with pipes in their cells', () => {
    const units = htmlTables(html)[2]!;
    expect(units[0]).toEqual(['Unit', 'Leads', 'Supports', 'Open', 'Overdue', 'Done late']);
    expect(units.slice(1).map((row) => row[0])).toEqual([
      '单位|甲',
      '<b>卫健委</b>',
      '␛[31m红色单位',
    ]);
  });
});

describe('plan report in the terminal', () => {
  for (const lang of ['zh-CN', 'zh-TW', 'en']) {
    it(`lines every table up by display width in ${lang}`, () => {
      for (const file of [hostile, 'test/fixtures/views/overdue-small.yaml']) {
        const result = report(file, 'term', ['--lang', lang]);
        const tables = terminalTables(result.stdout);
        expect(tables.length).toBeGreaterThanOrEqual(5);
        for (const table of tables) {
          const lineWidths = widths(table);
          expect(new Set(lineWidths).size, table.join('\n')).toBe(1);
          expect(lineWidths[0]).toBeLessThanOrEqual(100);
        }
      }
    });
  }
  it('lets no escape sequence from the plan through, and colours only the lights', () => {
    const plain = report(hostile, 'term');
    expect(plain.stdout).not.toContain('\u001b');
    const coloured = runCli(['report', hostile, '--today', AS_OF, '--width', '100'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    const sequences = coloured.stdout.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? [];
    for (const sequence of sequences) expect(sequence).toMatch(/^\u001b\[\d+m$/);
    expect(coloured.stdout).toContain('\u001b[31m● 红灯\u001b[39m');
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });
  it('says when nothing is urgent', () => {
    const result = report('test/fixtures/views/overdue-none.yaml', 'term');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing overdue or at risk as of 2024-06-30.');
  });
});

describe('plan report options', () => {
  it('rejects a format it does not have yet', () => {
    const result = report(hostile, 'pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of term, md, html');
  });
  it('--warn-days changes what is urgent', () => {
    const file = 'test/fixtures/views/overdue-small.yaml';
    const narrow = report(file, 'md', ['--warn-days', '0', '--lang', 'en']).stdout;
    const wide = report(file, 'md', ['--warn-days', '14', '--lang', 'en']).stdout;
    expect(narrow).not.toContain('due in 5 days');
    expect(wide).toContain('due in 5 days');
  });
});
