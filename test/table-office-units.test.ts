/**
 * The parts of the office formats one at a time: sheet names Excel
 * accepts, text XML can carry, dates as cells, the zip repacking that makes
 * the files deterministic, the grouping behind --group-by, and the
 * renderers on tables with no rows or one column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkCompiled, compilePlan } from '../src/compile.js';
import { diagnosticCodes } from '../src/diagnostics/codes.js';
import { parseIsoDay } from '../src/dates/index.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { renderTableDocx } from '../src/render/table/docx.js';
import { officeDate, officeText } from '../src/render/table/office-cells.js';
import { groupTableRows } from '../src/render/table/office-groups.js';
import { columnName, escapeString } from '../src/render/table/office-xlsx-rows.js';
import { crc32, crc32Table, repackZip } from '../src/render/table/office-zip.js';
import { renderTableXlsx, sheetName } from '../src/render/table/xlsx.js';
import { withoutEmptyColumns } from '../src/render/table/office-layout.js';
import {
  buildTableView,
  parseTableColumns,
  resolveTableFilter,
  type TableView,
} from '../src/views/table-rows.js';
import { repoRoot } from './helpers/golden.js';
import { htmlTableRows, notXmlChar, readWorkbook, zipParts } from './table-office-helpers.js';

const today = parseIsoDay('2024-06-30')!;
const fixture = 'test/fixtures/views/table-office.yaml';

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

function view(
  plan: Plan,
  options: { lang?: Lang; unit?: string; status?: string; columns?: string } = {},
): TableView {
  const filter = resolveTableFilter(plan, {
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.status !== undefined ? { status: options.status } : {}),
  });
  if (!filter.ok) throw new Error('bad filter');
  const columns = parseTableColumns(options.columns);
  if (!columns.ok) throw new Error('bad columns');
  return buildTableView(plan, {
    lang: options.lang ?? 'zh-CN',
    today,
    warnDays: 14,
    filter: filter.value,
    ...(options.columns !== undefined ? { columns: columns.value } : {}),
  });
}

describe('sheetName', () => {
  it('replaces what Excel forbids, keeps 31 characters, never ends in an apostrophe', () => {
    const used = new Set<string>();
    expect(sheetName('a[b]c:d*e?f/g\\h', used)).toBe('a_b_c_d_e_f_g_h');
    expect(sheetName("'quoted' name'", used)).toBe('quoted’ name');
    expect(sheetName('一'.repeat(40), used)).toBe('一'.repeat(31));
    expect(sheetName('  ', used)).toBe('_');
    expect(sheetName('line\nbreak', used)).toBe('line break');
  });

  it('makes names unique without regard to case, and keeps clear of History', () => {
    const used = new Set<string>();
    expect(sheetName('Tasks', used)).toBe('Tasks');
    expect(sheetName('tasks', used)).toBe('tasks (2)');
    expect(sheetName('TASKS', used)).toBe('TASKS (3)');
    expect(sheetName('history', used)).toBe('history_');
    const long = '长'.repeat(31);
    expect(sheetName(long, used)).toBe(long);
    expect(sheetName(long, used)).toBe(`${'长'.repeat(27)} (2)`);
  });

  it('never cuts a character in half', () => {
    const name = sheetName(`${'a'.repeat(30)}😀😀`, new Set());
    expect(name).toBe('a'.repeat(30));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const got = sheetName(text, new Set());
        expect(got.length).toBeGreaterThan(0);
        expect(got.length).toBeLessThanOrEqual(31);
        expect(got).not.toMatch(/[:\\/?*[\]]|^'|'$/);
        expect(got).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
      }),
    );
  });
});

describe('office text', () => {
  it('leaves printable text alone and makes the rest visible or U+FFFD', () => {
    expect(officeText('推进分级诊疗 =1+1 😀')).toBe('推进分级诊疗 =1+1 😀');
    expect(officeText('a\u001b[2Jb\u0000c\u000bd')).toBe('a␛[2Jb␀c␋d');
    expect(officeText('x\r\ny\rz\tw')).toBe('x\ny\nz\tw');
    expect(officeText('a\uD800b\uDC00c\uFFFEd\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    expect(officeText('\u202Eevil')).toBe('\uFFFDevil');
  });

  it('escapes shared strings so they read back as written', () => {
    expect(escapeString('<a & b>')).toBe('&lt;a &amp; b&gt;');
    expect(escapeString('_x0041_ and _x00zz_')).toBe('_x005F_x0041_ and _x00zz_');
  });

  it('names columns A, Z, AA, ZZ, AAA', () => {
    expect([0, 11, 25, 26, 51, 701, 702].map(columnName)).toEqual([
      'A',
      'L',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('officeDate', () => {
  const date = (canonical: string, text = canonical) => ({ canonical, text });
  it('gives a day cell at day, month and year precision: first day as a start, last as a due date', () => {
    expect(officeDate(date('2024-02'), 'start')).toEqual({
      kind: 'day',
      day: parseIsoDay('2024-02-01'),
      precision: 'month',
    });
    expect(officeDate(date('2024-02'), 'due')).toEqual({
      kind: 'day',
      day: parseIsoDay('2024-02-29'),
      precision: 'month',
    });
    expect(officeDate(date('2025'), 'due')).toMatchObject({
      day: parseIsoDay('2025-12-31'),
      precision: 'year',
    });
    expect(officeDate(date('2024-06-30'), 'due')).toMatchObject({ day: today, precision: 'day' });
  });

  it('keeps quarters, halves and ongoing as text', () => {
    expect(officeDate(date('2024-Q3', '2024年第三季度'), 'due')).toEqual({
      kind: 'text',
      text: '2024年第三季度',
    });
    expect(officeDate(date('2024-H1', '2024年上半年'), 'start')).toEqual({
      kind: 'text',
      text: '2024年上半年',
    });
    expect(officeDate(date('ongoing', '长期'), 'due')).toEqual({ kind: 'text', text: '长期' });
  });
});

describe('repackZip', () => {
  async function sample(date: Date): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>', { date });
    zip.file('xl/中文.xml', '<a>内容</a>'.repeat(100), { date });
    zip.file('empty.txt', '', { date });
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  it('gives one archive whatever the entries were dated, with the day it is given', async () => {
    const a = repackZip(await sample(new Date('2001-02-03T04:05:06Z')), today);
    const b = repackZip(await sample(new Date('2031-12-31T23:59:58Z')), today);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // DOS date of 2024-06-30 at 00:00, in every header.
    const dos = ((2024 - 1980) << 9) | (6 << 5) | 30;
    const buffer = Buffer.from(a);
    for (
      let at = buffer.indexOf('PK\u0003\u0004');
      at >= 0;
      at = buffer.indexOf('PK\u0003\u0004', at + 4)
    ) {
      expect(buffer.readUInt16LE(at + 10)).toBe(0);
      expect(buffer.readUInt16LE(at + 12)).toBe(dos);
    }
    const zip = await JSZip.loadAsync(a, { checkCRC32: true });
    const files = Object.values(zip.files).filter((file) => !file.dir);
    expect(files.map((file) => file.name)).toEqual([
      '[Content_Types].xml',
      'xl/中文.xml',
      'empty.txt',
    ]);
    expect(await zip.file('xl/中文.xml')!.async('string')).toBe('<a>内容</a>'.repeat(100));
    expect(await zip.file('empty.txt')!.async('string')).toBe('');
  });

  it('lets an edit change a part, with its checksum', async () => {
    const out = repackZip(await sample(new Date()), today, (parts) => {
      parts.set('[Content_Types].xml', new TextEncoder().encode('<Types changed="1"/>'));
    });
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await zip.file('[Content_Types].xml')!.async('string')).toBe('<Types changed="1"/>');
  });

  it('computes CRC-32 the same way with and without zlib.crc32', () => {
    expect(crc32Table(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc32(bytes)).toBe(crc32Table(bytes));
      }),
    );
  });
});

describe('groupTableRows', () => {
  const plan = loadPlan(fixture);

  it('by phase: plan order, other last, sub-tasks indented under the parents listed with them', () => {
    const groups = groupTableRows(plan, view(plan), 'phase');
    expect(groups.map((g) => [g.kind, g.title, g.rows.length])).toEqual([
      ['phase', '动员部署', 1],
      ['phase', '组织实施[第1/2步]: 推进*?', 13],
      ['other', '其他（未分阶段）', 2],
    ]);
    const implement = groups[1]!.rows.map(({ row, level }) => `${row.no}:${level}`);
    expect(implement.slice(0, 3)).toEqual(['1:0', '1.1:1', '1.2:1']);
    expect(implement).toContain('1.7.1:2');
  });

  it('by unit: a task under each unit it leads or supports; a sub-task without its parent starts at the margin', () => {
    const groups = groupTableRows(plan, view(plan), 'unit');
    const yibao = groups.find((g) => g.title === '市医疗保障局')!;
    expect(yibao.rows.map(({ row, level }) => `${row.no}:${level}`)).toEqual(['1.8:0']);
    const jiceng = groups.find((g) => g.title === '市卫生健康委基层卫生健康处')!;
    // It supports task 1 and its sub-tasks (inherited), and leads task 2.
    expect(jiceng.rows.map(({ row }) => row.no)).toContain('2');
    expect(jiceng.rows.find(({ row }) => row.no === '1.7.1')!.level).toBe(2);
    expect(groups.every((g) => g.kind === 'unit')).toBe(true);
  });

  it('by unit with --unit: only that unit', () => {
    const groups = groupTableRows(plan, view(plan, { unit: '医政处' }), 'unit');
    expect(groups.map((g) => g.title)).toEqual(['市卫生健康委医政医管处']);
  });

  it('by goal: a task serving two goals in both', () => {
    const groups = groupTableRows(plan, view(plan, { lang: 'en' }), 'goal');
    expect(groups.map((g) => g.title)).toEqual([
      '基层医疗卫生服务能力明显提升',
      '双向转诊机制基本健全',
      'Other (no goal)',
    ]);
    expect(groups[1]!.rows.map(({ row }) => row.no)).toEqual(['2', '3']);
  });
});

describe('renderers on edge cases', () => {
  const plan = loadPlan(fixture);
  const heading = { asOf: today };

  it('a table with no rows: the header, an autofilter on it, and a document table of one row', async () => {
    const empty = view(plan, { unit: '市医疗保障局', status: 'done' });
    expect(empty.rows).toHaveLength(0);
    const xlsx = await renderTableXlsx(empty, { heading });
    const workbook = readWorkbook(xlsx);
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    expect(sheet['!ref']).toBe('A1:L3');
    const parts = await zipParts(xlsx);
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('<autoFilter ref="A3:L3"/>');
    const docx = await renderTableDocx(empty, { heading });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(htmlTableRows(html)).toHaveLength(1);
  });

  it('one column: no merged title, no status legend in the document', async () => {
    const narrow = view(plan, { columns: 'title' });
    const workbook = readWorkbook(await renderTableXlsx(narrow, { heading }));
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    expect(sheet['!merges'] ?? []).toEqual([]);
    // No status column, so no legend under the table.
    expect(sheet['!ref']).toBe(`A1:A${3 + plan.allTasks.length}`);
    expect(sheet.A4?.v).toBe('推进城市医疗集团建设');
    const docx = await renderTableDocx(narrow, { heading });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(text).not.toContain('状态底色');
    const parts = await zipParts(docx);
    expect(parts.get('word/document.xml')).toContain('<w:gridCol w:w="14570"/>');
  });

  it('chosen columns in their order, the cells of the view', async () => {
    const chosen = view(plan, { columns: 'due,no,status', lang: 'en' });
    const sheet = readWorkbook(await renderTableXlsx(chosen, { heading })).Sheets.Tasks!;
    expect([sheet.A3?.v, sheet.B3?.v, sheet.C3?.v]).toEqual(['Due', 'No.', 'Status']);
    expect(sheet.B4).toMatchObject({ t: 's', v: '1' });
    expect(sheet.C4).toMatchObject({ t: 's', v: 'in progress' });
    expect(sheet.A4?.t).toBe('d');
  });
});

describe('office formats on any valid plan', () => {
  const text = fc
    .array(
      fc.constantFrom(
        ...'ab 1|<>=+-@&_x中文、',
        '\t',
        '\n',
        '\r\n',
        '\u001b[2J',
        '\u0000',
        '\uD800',
        '\u202e',
        '😀',
        '_x0041_',
        ']]>',
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((parts) => parts.join(''))
    .filter((value) => value.trim() !== '');
  const date = fc.constantFrom('2024', '2024-03', '2024-06-15', '2024-Q3', '2024-H2', 'ongoing');
  const leaf = fc.record(
    {
      title: text,
      lead: text,
      status: fc.constantFrom('todo', 'doing', 'done', 'blocked', 'dropped'),
      progress: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(12.5)),
      due: date,
      updates: fc.array(fc.record({ date: fc.constant('2024-01-15'), note: text }), {
        maxLength: 1,
      }),
    },
    { requiredKeys: ['title', 'status'] },
  );
  const planArb = fc.record({
    title: text,
    document_no: text,
    tasks: fc.array(
      fc
        .tuple(leaf, fc.array(leaf, { maxLength: 2 }))
        .map(([parent, children]) =>
          children.length > 0 ? { ...parent, tasks: children } : parent,
        ),
      { minLength: 1, maxLength: 5 },
    ),
  });

  it('every task a row, every cell a value, every part XML can carry', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(planArb, fc.constantFrom<Lang>('zh-CN', 'en'), async (shape, lang) => {
        const compiled = compilePlan('p.yaml', stringify({ version: 1, ...shape }));
        if (!compiled.plan) return;
        const errors = checkCompiled(compiled, { today, warnDays: 14 }).filter(
          (finding) => diagnosticCodes[finding.code] === 'error',
        );
        if (errors.length > 0) return;
        checked++;
        const plan = compiled.plan;
        const tableView = view(plan, { lang });
        const heading = { asOf: today, documentNo: plan.meta.documentNo ?? '' };
        const groups = groupTableRows(plan, tableView, 'unit');
        for (const bytes of [
          await renderTableXlsx(tableView, { heading, groups }),
          await renderTableDocx(tableView, { heading, groups }),
        ]) {
          for (const [name, part] of await zipParts(bytes))
            expect(part, name).not.toMatch(notXmlChar);
        }
        const workbook = readWorkbook(await renderTableXlsx(tableView, { heading }));
        const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
        // Title rows and header, the tasks, an empty row and the legend; the
        // columns empty in every row left out.
        const shown = withoutEmptyColumns(tableView).columns.length;
        const tasks = plan.allTasks.length;
        expect(sheet['!ref']).toBe(`A1:${columnName(shown - 1)}${3 + tasks + (tasks > 0 ? 2 : 0)}`);
        plan.allTasks.forEach((task, index) => {
          const cell = sheet[`B${4 + index}`];
          expect(cell?.t).toBe('s');
          expect(cell?.v).toBe(officeText(task.title));
          expect(cell?.f).toBeUndefined();
        });
        const docx = await renderTableDocx(tableView, { heading });
        const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
        expect(htmlTableRows(html)).toHaveLength(plan.allTasks.length + 1);
      }),
      { numRuns: 25 },
    );
    // The plans are valid by construction but for the odd date; most must get this far.
    expect(checked).toBeGreaterThan(15);
  });
});
