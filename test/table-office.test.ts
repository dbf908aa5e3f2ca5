/**
 * `plan table --format xlsx|docx` run as a user runs it, the files read
 * back by readers independent of the writers (SheetJS, mammoth, JSZip):
 * text summaries kept as golden files for every example and the office
 * fixtures, in English and the plan's own language; the workbook's layout
 * (frozen header, autofilter, print titles, A4 landscape), cell types
 * (序号 as text, real dates at their precision, progress as a fraction),
 * lights; the document's page, repeating header and rows; hostile text
 * stored as text and never as a formula; byte-identical files from run to
 * run and time zone to time zone; and the new options.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { columnName } from '../src/render/table/office-xlsx-rows.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { type CliResult, runCli, scenario } from './helpers/run-cli.js';
import {
  docxSummary,
  htmlTableRows,
  notXmlChar,
  readWorkbook,
  xlsxSummary,
  zipParts,
} from './table-office-helpers.js';

const AS_OF = '2024-06-30';
const fixture = 'test/fixtures/views/table-office.yaml';
const hostile = 'test/fixtures/views/table-office-hostile.yaml';
const plans = [...exampleFiles().map((name) => join('examples', name)), fixture, hostile];
const outDir = mkdtempSync(join(tmpdir(), 'plan-table-office-'));
let outCount = 0;

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

function ownLang(file: string): Lang {
  return loadPlan(file).meta.locale ?? 'en';
}

function langsFor(file: string): Lang[] {
  const own = ownLang(file);
  return own === 'en' ? ['en'] : [own, 'en'];
}

/** Runs `plan table FILE -f FORMAT -o OUT …` and returns the result and the file's bytes. */
function office(
  file: string,
  format: 'xlsx' | 'docx',
  args: readonly string[] = [],
  env?: Record<string, string>,
): { result: CliResult; bytes: Uint8Array } {
  const out = join(outDir, `${outCount++}.${format}`);
  const result = runCli(
    ['table', file, '--today', AS_OF, '-f', format, '-o', out, ...args],
    env ? { env } : {},
  );
  const bytes = existsSync(out) ? new Uint8Array(readFileSync(out)) : new Uint8Array(0);
  return { result, bytes };
}

describe.each(plans)('plan table %s as office files', (file) => {
  const plan = loadPlan(file);
  const tasks = plan.allTasks.length;
  for (const lang of langsFor(file)) {
    const langArgs = lang === ownLang(file) ? [] : ['--lang', lang];

    it(`xlsx in ${lang}: one sheet, title rows, a header and a row per task; matches its golden summary`, async () => {
      const { result, bytes } = office(file, 'xlsx', langArgs);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      const workbook = readWorkbook(bytes);
      expect(workbook.SheetNames).toHaveLength(1);
      const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
      // Title, the line under it, the header, the tasks, an empty row and
      // the legend; a column empty in every row is left out.
      const header = Object.keys(sheet).filter((ref) => /^[A-Z]+3$/.test(ref));
      expect(header.length).toBeGreaterThanOrEqual(9);
      expect(sheet['!ref']).toBe(`A1:${columnName(header.length - 1)}${tasks + 5}`);
      expect(String(sheet[`A${tasks + 5}`]?.v)).toMatch(
        /^(状态底色即灯号|狀態底色即燈號|Status shading)/,
      );
      const numbers = plan.allTasks.map((_, i) => sheet[`A${i + 4}`]);
      expect(numbers.map((cell) => cell?.t)).toEqual(plan.allTasks.map(() => 's'));
      expect(numbers.map((cell) => cell?.v)).toEqual(plan.allTasks.map((task) => task.no));
      expectGolden(
        `table-office/${basename(file, '.yaml')}.${lang}.xlsx.txt`,
        await xlsxSummary(bytes),
      );
    });

    it(`docx in ${lang}: title, a table of a header and a row per task; matches its golden summary`, async () => {
      const { result, bytes } = office(file, 'docx', langArgs);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      expect(messages).toEqual([]);
      expect(htmlTableRows(html)).toHaveLength(tasks + 1);
      const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      expect(
        text.startsWith(`${plan.meta.title.replace(/[\u0000-\u001f]/g, '')}`.slice(0, 4)),
      ).toBe(true);
      if (plan.meta.documentNo) expect(text).toContain(plan.meta.documentNo);
      expectGolden(
        `table-office/${basename(file, '.yaml')}.${lang}.docx.txt`,
        await docxSummary(bytes),
      );
    });
  }

  it('gives the same bytes on every run, in any time zone', () => {
    for (const format of ['xlsx', 'docx'] as const) {
      const first = office(file, format).bytes;
      const second = office(file, format, [], { TZ: 'Pacific/Kiritimati' }).bytes;
      const third = office(file, format, [], { TZ: 'America/Los_Angeles' }).bytes;
      expect(first.length).toBeGreaterThan(0);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
    }
  });
});

describe('plan table --format xlsx, cell by cell', () => {
  const { bytes } = office(fixture, 'xlsx');
  const workbook = readWorkbook(bytes);
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  /** The column headed `header`: columns empty in every row are left out, so letters move. */
  const col = (header: string): string => {
    for (let c = 0; c < 20; c++) if (sheet[`${columnName(c)}3`]?.v === header) return columnName(c);
    throw new Error(`no column ${header}`);
  };
  /** The row of the task numbered `no`. */
  const rowOf = (no: string): number => {
    for (let r = 4; r < 100; r++) if (sheet[`A${r}`]?.v === no) return r;
    throw new Error(`no row ${no}`);
  };

  it('keeps 序号 as text: 1.10 is not 1.1', () => {
    const cell = sheet[`A${rowOf('1.10')}`]!;
    expect(cell.t).toBe('s');
    expect(cell.v).toBe('1.10');
    expect(rowOf('1.10')).toBe(rowOf('1.9') + 1);
  });

  it('writes dates as dates: a start its first day, a due date its last, shown at their precision', () => {
    const r = rowOf('1.3');
    // start: 2024-04-01 (day), due: 2024-05 (month) → 31 May.
    const [start, due] = [col('开始时间'), col('完成时限')];
    expect(sheet[`${start}${r}`]).toMatchObject({ t: 'd', z: 'yyyy"年"m"月"d"日"' });
    expect((sheet[`${start}${r}`]!.v as Date).toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(sheet[`${due}${r}`]).toMatchObject({ t: 'd', z: 'yyyy"年"m"月"', w: '2024年5月' });
    expect((sheet[`${due}${r}`]!.v as Date).toISOString()).toBe('2024-05-31T00:00:00.000Z');
    // due: 2025 (year) → 31 December 2025.
    const year = sheet[`${due}${rowOf('1.6')}`]!;
    expect(year).toMatchObject({ t: 'd', z: 'yyyy"年"' });
    expect((year.v as Date).toISOString().slice(0, 10)).toBe('2025-12-31');
    // Quarter, half year and ongoing stay text: Excel has no format for them.
    expect(sheet[`${due}${rowOf('1.4')}`]).toMatchObject({ t: 's', v: '2024年第三季度' });
    expect(sheet[`${due}${rowOf('1.5')}`]).toMatchObject({ t: 's', v: '2024年下半年' });
    expect(sheet[`${due}${rowOf('1.10')}`]).toMatchObject({ t: 's', v: '长期' });
  });

  it('writes English dates in ISO order', () => {
    const en = readWorkbook(office(fixture, 'xlsx', ['--lang', 'en']).bytes).Sheets.Tasks!;
    // The same columns as the Chinese sheet: the empty ones are left out alike.
    const [start, due] = [col('开始时间'), col('完成时限')];
    expect([en[`${start}3`]?.v, en[`${due}3`]?.v]).toEqual(['Start', 'Due']);
    expect(en[`${due}7`]).toMatchObject({ t: 'd', z: 'yyyy-mm', w: '2024-05' });
    expect(en[`${start}7`]).toMatchObject({ t: 'd', z: 'yyyy-mm-dd', w: '2024-04-01' });
    expect(en[`${due}9`]).toMatchObject({ t: 's', v: '2024-H2' });
  });

  it('writes progress as a fraction with a percent format', () => {
    const progress = col('进度');
    expect(sheet[`${progress}${rowOf('1')}`]).toMatchObject({ t: 'n', v: 0.125, z: '0.0%' });
    expect(sheet[`${progress}${rowOf('2')}`]).toMatchObject({ t: 'n', v: 0.6, z: '0%', w: '60%' });
    expect(sheet[`${progress}${rowOf('3')}`]?.t ?? 'z').toBe('z');
  });

  it('tints the status cell by the traffic light', () => {
    const fill = (no: string) =>
      (sheet[`${col('状态')}${rowOf(no)}`]?.s as { fgColor?: { rgb?: string } } | undefined)
        ?.fgColor?.rgb;
    expect(fill('2')).toBe('FFC7CE'); // overdue: red
    expect(fill('1.2')).toBe('FFEB9C'); // due soon: yellow
    expect(fill('1.7')).toBe('FFC7CE'); // 10% with half the year gone: 30+ points behind
    expect(fill('1.10')).toBe('C6EFCE'); // ongoing: green
    expect(fill('1.1')).toBe('E7E6E6'); // done: grey
    expect(fill('1.9')).toBe('E7E6E6'); // dropped: grey
  });

  it('freezes the header, filters it, prints it on every page, A4 landscape one page wide', async () => {
    const parts = await zipParts(bytes);
    const xml = parts.get('xl/worksheets/sheet1.xml')!;
    expect(xml).toMatch(
      /<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"\/>/,
    );
    // 责任人 is empty in every row: 11 columns, A to K.
    expect(xml).toContain(`<autoFilter ref="A3:K${3 + 16}"/>`);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(parts.get('xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;分工表&apos;!$3:$3</definedName>',
    );
    // Title, the line under it, and the legend a row below the 16 tasks (row 21).
    expect(sheet['!merges']?.map((m) => `${m.s.c},${m.s.r}-${m.e.c},${m.e.r}`)).toEqual([
      '0,0-10,0',
      '0,1-10,1',
      '0,20-10,20',
    ]);
    expect(sheet.A21?.v).toMatch(/^状态底色即灯号。红灯：逾期/);
    expect(sheet.A20).toBeUndefined();
  });

  it('sizes columns to fit A4 landscape at 100 %: short columns whole, long text wrapping', () => {
    const widths = (sheet['!cols'] ?? []).map((col) => col?.width ?? 0);
    expect(widths).toHaveLength(11);
    // The workbook is set in Arial (Liberation Sans in LibreOffice): a
    // unit is a digit of 11 pt, 8 px, and a column of w units 8w + 5 px.
    // A4 landscape less two half-inch margins is 1026 px at 96 dpi; the
    // columns take 1000 of it, so nothing shrinks the print below 11 pt.
    const pixels = widths.reduce((sum, w) => sum + 8 * w + 5, 0);
    expect(pixels).toBeLessThanOrEqual(1000);
    expect(pixels).toBeGreaterThan(950);
    const width = (header: string) => widths[col(header).charCodeAt(0) - 65]!;
    // Short columns take their widest cell whole and one display column
    // more, 0.92 units each (a CJK character of 11 pt is 14.7 px, 1.83
    // units), and one of padding: 完成时限 `2024年第三季度` is 14 columns,
    // 状态 `进行中` 6, 序号 `1.7.2` 5.
    expect(width('完成时限')).toBeCloseTo(15 * 0.92 + 1);
    expect(width('状态')).toBeCloseTo(7 * 0.92 + 1);
    expect(width('序号')).toBeCloseTo(6 * 0.92 + 1);
    // The free-text columns share the rest: 配合单位, whose cells are the
    // longest (a list of units, 98 columns), gets more than 牵头单位; the
    // task, whose longest title one level in takes 26 columns, wraps onto
    // a second line rather than starve the others.
    expect(width('配合单位')).toBeGreaterThan(width('牵头单位'));
    expect(width('重点任务')).toBeLessThan(26 * 0.92 + 1);
    expect(width('重点任务')).toBeGreaterThanOrEqual(13 * 0.92 + 1);
  });

  it('makes each row tall enough for its wrapped text', async () => {
    const xml = (await zipParts(bytes)).get('xl/worksheets/sheet1.xml')!;
    const height = (row: number) =>
      Number(new RegExp(`<row r="${row}"[^>]*? ht="([\\d.]+)"`).exec(xml)?.[1]);
    // A line is 14.25 pt, plus 3 of padding. 牵头单位 is 8 display columns
    // wide (8.36 units), four CJK characters a line: task 2's lead
    // 市卫生健康委基层卫生健康处, 13 characters, takes 4 lines.
    expect(height(rowOf('2'))).toBe(4 * 14.25 + 3);
    // 配合单位 is 14 columns, seven characters a line. Task 1's support,
    // 市卫生健康委基层卫生健康处、XX市第一人民医院…质量控制科, is 48 CJK
    // characters and `XX`, 98 columns: 7 lines, more than its title (2)
    // or lead (3).
    expect(height(rowOf('1'))).toBe(7 * 14.25 + 3);
    // Task 1.8 has one line of title and the same support: 7 lines too.
    expect(height(rowOf('1.8'))).toBe(7 * 14.25 + 3);
  });

  it('puts heading, 文号, issuer and as-of above the table', () => {
    expect(sheet.A1?.v).toBe('XX市卫生健康委员会推进分级诊疗制度建设实施方案');
    expect(sheet.A2?.v).toBe('X卫发〔2024〕12号　XX市卫生健康委员会　截至2024年6月30日');
    expect(sheet.A3?.v).toBe('序号');
  });
});

describe('plan table --group-by', () => {
  it('xlsx: the whole table first, then a sheet per phase, names made valid for Excel', () => {
    const { result, bytes } = office(fixture, 'xlsx', ['--group-by', 'phase']);
    expect(result.code).toBe(0);
    const workbook = readWorkbook(bytes);
    expect(workbook.SheetNames).toEqual([
      '分工表',
      '动员部署',
      '组织实施_第1_2步__ 推进__',
      '其他（未分阶段）',
    ]);
    // Title rows and header above, an empty row and the legend below.
    const rows = (name: string) => readRange(workbook.Sheets[name]!['!ref']!) - 5;
    expect(rows('分工表')).toBe(16);
    expect(rows('动员部署')).toBe(1);
    expect(rows('组织实施_第1_2步__ 推进__')).toBe(13);
    expect(rows('其他（未分阶段）')).toBe(2);
    expect(workbook.Sheets[workbook.SheetNames[1]!]!.A2?.v).toBe(
      'X卫发〔2024〕12号　XX市卫生健康委员会　截至2024年6月30日　阶段：动员部署',
    );
  });

  it('xlsx by unit: a sheet per unit, long names cut to 31 characters, a task under each of its units', async () => {
    const { bytes } = office(fixture, 'xlsx', ['--group-by', 'unit']);
    const workbook = readWorkbook(bytes);
    expect(workbook.SheetNames).toEqual([
      '分工表',
      '市卫生健康委医政医管处',
      '市卫生健康委基层卫生健康处',
      '市卫生健康委规划发展与信息化处',
      '市医疗保障局',
      '市人力资源和社会保障局',
      'XX市第一人民医院医疗集团（紧密型城市医疗集团牵头医院）医务部',
    ]);
    for (const name of workbook.SheetNames) expect(name.length).toBeLessThanOrEqual(31);
    expectGolden('table-office/table-office.group-by-unit.xlsx.txt', await xlsxSummary(bytes));
  });

  it('xlsx by goal: a task serving two goals is on both sheets', () => {
    const workbook = readWorkbook(
      office(fixture, 'xlsx', ['--group-by', 'goal', '--lang', 'en']).bytes,
    );
    expect(workbook.SheetNames).toEqual([
      'Tasks',
      '基层医疗卫生服务能力明显提升',
      '双向转诊机制基本健全',
      'Other (no goal)',
    ]);
    const titles = (name: string) => {
      const sheet = workbook.Sheets[name]!;
      const last = readRange(sheet['!ref']!) - 2;
      return Array.from({ length: last - 3 }, (_, i) => sheet[`B${i + 4}`]?.v);
    };
    expect(titles('基层医疗卫生服务能力明显提升')).toContain('提升基层服务能力');
    expect(titles('双向转诊机制基本健全')).toEqual(['提升基层服务能力', '完善双向转诊制度']);
  });

  it('docx: short columns as wide as their widest cell, so no date, status or 序号 breaks', async () => {
    const { bytes } = office(fixture, 'docx');
    const xml = (await zipParts(bytes)).get('word/document.xml')!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
    // 责任人 is empty in every row: 11 columns, as wide as the page less 2 cm margins.
    expect(grid).toHaveLength(11);
    expect(grid.reduce((sum, w) => sum + w, 0)).toBe(16838 - 2 * 1134);
    // A display column is 105 twips (half a 五号 CJK character), a cell 190
    // of margins; one column of slack and half a column where CJK meets a
    // digit (Word's autospace). 序号 `1.7.2`: 5 + 1 → 820.
    expect(grid[0]).toBe(6 * 105 + 190);
    // 完成时限 `2024年11月30日`: 14 columns, 5 script changes → 14 + 1 + 3.
    expect(grid[7]).toBe(18 * 105 + 190);
    // 状态 `进行中`: 6 + 1.
    expect(grid[8]).toBe(7 * 105 + 190);
  });

  it('docx: a heading row before each group', async () => {
    const { bytes } = office(fixture, 'docx', ['--group-by', 'phase']);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const rows = htmlTableRows(html);
    // Header, 3 group rows, 16 tasks.
    expect(rows).toHaveLength(1 + 3 + 16);
    expect(rows.filter((row) => row.length === 1).map((row) => row[0])).toEqual([
      '阶段：动员部署',
      '阶段：组织实施[第1/2步]: 推进*?',
      '其他（未分阶段）',
    ]);
    expectGolden('table-office/table-office.group-by-phase.docx.txt', await docxSummary(bytes));
  });

  it('keeps filters: --unit with --group-by unit gives that unit one sheet', () => {
    const workbook = readWorkbook(
      office(fixture, 'xlsx', ['--group-by', 'unit', '--unit', '医政处']).bytes,
    );
    expect(workbook.SheetNames).toEqual(['分工表', '市卫生健康委医政医管处']);
    expect(workbook.Sheets[workbook.SheetNames[0]!]!.A2?.v).toContain(
      '单位：市卫生健康委医政医管处',
    );
  });
});

describe('plan table office formats on hostile text', () => {
  const plan = loadPlan(hostile);

  it('xlsx: every cell is a value, never a formula; text as written but for what XML cannot carry', async () => {
    const { bytes } = office(hostile, 'xlsx', ['--group-by', 'phase']);
    const parts = await zipParts(bytes);
    for (const [name, text] of parts) {
      expect(text, name).not.toMatch(notXmlChar);
      if (name.endsWith('.xml')) expect(XMLValidator.validate(text), name).toBe(true);
      if (name.startsWith('xl/worksheets/')) expect(text, name).not.toMatch(/<f[ >]/);
    }
    const workbook = readWorkbook(bytes);
    for (const name of workbook.SheetNames) {
      const sheet = workbook.Sheets[name]!;
      for (const [ref, cell] of Object.entries(sheet)) {
        if (!ref.startsWith('!'))
          expect((cell as { f?: string }).f, `${name}!${ref}`).toBeUndefined();
      }
    }
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    expect(sheet.A1).toMatchObject({
      t: 's',
      v: '=HYPERLINK("http://evil.example","点我") <w:p>&amp; ␛[2J␀',
    });
    expect(sheet.A2?.v).toBe(`@SUM(A1:A9)　+1 发文单位 \uFFFDevil　截至2024年6月30日`);
    expect(sheet.B4).toMatchObject({ t: 's', v: '=1+1' });
    expect(sheet.C4).toMatchObject({ t: 's', v: "=cmd|' /C calc'!A0" });
    expect(sheet.D4).toMatchObject({ t: 's', v: '+1 单位␋、@SUM(A1:A9)' });
    expect(sheet.E4).toMatchObject({ t: 's', v: '-2 领导' });
    expect(sheet.F4).toMatchObject({ t: 's', v: '\t制表符开头' });
    // 开始时间 is empty in every row and left out: 进展情况 is K, not L.
    expect(sheet.K4).toMatchObject({ t: 's', v: '第一行\n第二行 <b>粗</b> &lt;\n=1+1' });
    expect(sheet.B5).toMatchObject({ t: 's', v: '<w:tbl>]]></w:t> \uFFFD \uFFFD' });
    expect(sheet.B6).toMatchObject({ t: 's', v: '_x0041_ is not A' });
    expect(sheet.B7).toMatchObject({ t: 's', v: '-2 ␛[31m红色␛[0m' });
    expect(sheet.B8).toMatchObject({ t: 's', v: '@SUM(1,2)' });
    // Sheet names: no [ ] : * ? / \, no apostrophe at the ends, unique, `History` taken by Excel.
    expect(workbook.SheetNames).toEqual([
      '分工表',
      '阶段_1______',
      '阶段_1______ (2)',
      '其他（未分阶段）',
    ]);
    const byUnit = readWorkbook(office(hostile, 'xlsx', ['--group-by', 'unit']).bytes);
    expect(byUnit.SheetNames).toEqual([
      '分工表',
      '=cmd|’ _C calc’!A0',
      '+1 单位␋',
      '@SUM(A1_A9)',
      'History_',
    ]);
  });

  it('docx: the text survives as text, the XML stays well formed', async () => {
    const { bytes } = office(hostile, 'docx');
    const parts = await zipParts(bytes);
    for (const [name, text] of parts) {
      expect(text, name).not.toMatch(notXmlChar);
      if (name.endsWith('.xml') || name.endsWith('.rels')) {
        expect(XMLValidator.validate(text), name).toBe(true);
      }
    }
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const rows = htmlTableRows(html);
    expect(rows).toHaveLength(plan.allTasks.length + 1);
    expect(rows[1]![1]).toBe('=1+1');
    expect(rows[1]![2]).toBe("=cmd|' /C calc'!A0");
    expect(rows[1]![5]).toBe('\t制表符开头');
    // 开始时间 is empty in every row and left out: 进展情况 is the 11th column.
    expect(rows[1]![10]).toBe('第一行\n第二行 <b>粗</b> &lt;\n=1+1');
    expect(rows[2]![1]).toBe('<w:tbl>]]></w:t> \uFFFD \uFFFD');
    expect(rows[3]![1]).toBe('_x0041_ is not A');
    expect(rows[4]![1]).toBe('-2 ␛[31m红色␛[0m');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('=HYPERLINK("http://evil.example","点我") <w:p>&amp; ␛[2J␀');
    expect(parts.get('docProps/core.xml')).toContain(
      '<dc:title>=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;) &lt;w:p&gt;&amp;amp; ␛[2J␀</dc:title>',
    );
  });
});

describe('plan table office options', () => {
  it('records the usage errors and notes', () => {
    const runs = [
      ['-f', 'xlsx'],
      ['-f', 'docx'],
      ['-f', 'xlsx', '--group-by', 'month', '-o', join(outDir, 'never.xlsx')],
      ['-f', 'csv', '--group-by', 'phase', '--columns', 'no,phase'],
      ['-f', 'md', '--group-by', 'unit', '--columns', 'no', '--lang', 'en'],
    ].map((args) => {
      const full = ['table', fixture, '--today', AS_OF, ...args];
      return scenario(full, runCli(full)).replaceAll(outDir, '<tmp>');
    });
    expectGolden('table-office/cli-options.txt', runs.join('\n'));
    expect(runs.filter((run) => run.endsWith('====status====\n2\n'))).toHaveLength(3);
    expect(existsSync(join(outDir, 'never.xlsx'))).toBe(false);
  });

  it('writes the bytes to standard output with -o -', () => {
    const result = runCli(['table', fixture, '--today', AS_OF, '-f', 'xlsx', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('PK\u0003\u0004')).toBe(true);
  });

  it('dates the files by --today, not the clock', async () => {
    const parts = await zipParts(office(fixture, 'xlsx', [], {}).bytes);
    expect(parts.get('docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T00:00:00Z</dcterms:created>',
    );
    const other = office(fixture, 'docx', ['--today', '2025-01-02']);
    const docParts = await zipParts(other.bytes);
    expect(docParts.get('docProps/core.xml')).toContain('2025-01-02T00:00:00Z');
  });

  it('keeps exceljs and docx out of what `plan check` loads', () => {
    // Follow the static imports from the entry: what check loads before any import().
    const dist = join(repoRoot, 'dist');
    const seen = new Set<string>();
    const queue = ['cli.js'];
    let text = '';
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(join(dist, file), 'utf8');
      text += code;
      for (const [, spec] of code.matchAll(
        /(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["'](\.\/[^"']+)["']/g,
      )) {
        queue.push(join(file, '..', spec!).replace(/^\.\//, ''));
      }
    }
    expect(seen.size).toBeGreaterThan(0);
    expect(text).not.toContain('spreadsheetml');
    expect(text).not.toContain('wordprocessingml');
    // …while the lazily loaded chunks do have them.
    const chunks = readdirSync(join(dist, 'chunks')).filter((name) => name.endsWith('.js'));
    const all = chunks.map((name) => readFileSync(join(dist, 'chunks', name), 'utf8')).join('');
    expect(all).toContain('spreadsheetml');
    expect(all).toContain('wordprocessingml');
  });
});

function readRange(ref: string): number {
  return Number(ref.split(':')[1]!.replace(/[A-Z]+/, ''));
}
