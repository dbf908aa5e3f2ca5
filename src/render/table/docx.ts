/**
 * `plan table --format docx`: the task-division table (分工表) as a Word
 * document, laid out the way such an attachment is printed: A4 landscape
 * with 2 cm margins; the plan title centred in bold; 文号 and issuer; the
 * heading 重点任务分工表 and the as-of day; for a plan with errors a red
 * paragraph naming them; then one table whose header row
 * repeats on every page, 序号 narrow and the task widest, sub-task titles
 * indented, the status cell shaded by the task's traffic light, and a note
 * under the table saying what the shades mean. Pages are numbered in the
 * footer.
 *
 * Fonts: CJK text is set in 宋体 (title), 黑体 (headings) and 仿宋 (table),
 * or their usual Taiwanese counterparts; Latin text in Times New Roman. A
 * machine without a font substitutes its own, so nothing depends on them.
 *
 * With `--group-by`, each group (phase, unit or goal) starts with a row
 * spanning the table that names it; a task in two groups is listed in both.
 *
 * The docx package makes the document: styles, page, footer, the lines
 * above and below the table. The table itself is written as XML by
 * `office-docx-table.ts` and put in place of a marker paragraph: built from
 * docx objects, a 10,000-task table took 20 seconds (see there).
 *
 * Deterministic: the core properties carry `--today`, not the clock, and
 * the archive is repacked with fixed entry dates (see `office-zip.ts`).
 */
import {
  AlignmentType,
  Document,
  Footer,
  type IRunOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { formatDay, formatIsoDay } from '../../dates/index.js';
import { catalogueFor } from '../../i18n/lang.js';
import { lightLegendText } from '../../i18n/light-legend.js';
import { officeLabels } from '../../i18n/office-labels.js';
import { tableLabels } from '../../i18n/table-labels.js';
import type { TableView } from '../../views/table-rows.js';
import { longTextColumns, officeText } from './office-cells.js';
import { type DocxTableLine, docxTableXml } from './office-docx-table.js';
import type { TableGroup } from './office-groups.js';
import { officeErrorsLines } from './office-errors.js';
import { columnNeeds, fitWidths, officeTable } from './office-layout.js';
import { repackZip } from './office-zip.js';
import type { TableHeading, TableRenderOptions } from './types.js';

/** A4 in twentieths of a point, and 2 cm margins. */
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1134;
const TABLE_WIDTH = A4_LONG - 2 * MARGIN;
/** Sizes in half-points: 小二 18 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt; notes 10 pt, the least printed. */
const TITLE_SIZE = 36;
const HEADING_SIZE = 32;
const LINE_SIZE = 24;
const TABLE_SIZE = 21;
const NOTE_SIZE = 20;
/**
 * A display column of table text: a CJK character of 五号 (10.5 pt) is 210
 * twips, a Latin digit half that. A cell adds its margins (80 twips a side,
 * see `office-docx-table.ts`) and a little, so a word that measures the
 * column's width still fits in Word, WPS and LibreOffice alike.
 */
const TWIPS_PER_COLUMN = 105;
const CELL_MARGINS = 160 + 30;
/** A sub-task's indent per level: about one character of table text. */
const INDENT_STEP = 210;
const MAX_INDENT_LEVELS = 10;

const LATIN = 'Times New Roman';

function font(eastAsia: string): IRunOptions['font'] {
  return { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia };
}

/**
 * The paragraph the table takes the place of. It is the only paragraph
 * without properties (plan text is only ever in paragraphs with some), so
 * plan text that happens to say the marker cannot be taken for it.
 */
const MARKER = 'plan-table-7c1e2b9a';
const MARKER_XML = `<w:p><w:r><w:t xml:space="preserve">${MARKER}</w:t></w:r></w:p>`;

export async function renderTableDocx(
  fullView: TableView,
  options: Pick<TableRenderOptions, 'heading' | 'groups' | 'errors'>,
): Promise<Uint8Array> {
  const { heading } = options;
  const { view, groups } = officeTable(fullView, options.groups);
  const labels = officeLabels(view.lang);
  const errorLines = officeErrorsLines(options.errors, view.lang);
  const face = catalogueFor(view.lang).fonts.document;
  const children: Paragraph[] = [
    line(view.title, { size: TITLE_SIZE, bold: true, font: font(face.title) }),
  ];
  const issuedBy = [heading.documentNo, heading.issuer].filter(
    (part) => part !== undefined && part !== '',
  );
  if (issuedBy.length > 0) {
    children.push(line(issuedBy.join(labels.partSeparator), { size: LINE_SIZE }));
  }
  children.push(
    line(labels.heading, { size: HEADING_SIZE, font: font(face.heading), before: 240 }),
    line(asOfLine(view, heading), { size: LINE_SIZE, after: 120 }),
    ...(errorLines ? [errorsParagraph(errorLines)] : []),
    new Paragraph({ children: [new TextRun(MARKER)] }),
  );
  if (view.columns.includes('status')) {
    children.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({
            text:
              labels.notePrefix + labels.shading + lightLegendText(view.lang, view.rule, view.warn),
            size: NOTE_SIZE,
          }),
        ],
      }),
    );
  }

  const [before, middle, after] = labels.pageOf;
  const document = new Document({
    styles: {
      default: {
        document: {
          run: { font: font(face.body), size: TABLE_SIZE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // Given as portrait: docx swaps the sides for a landscape page.
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: NOTE_SIZE,
                    children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // docx stamps the core properties with the clock; these carry --today instead.
  const packed = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(view.title, heading) },
  ]);
  const table = docxTableXml(view, tableLines(view, groups), {
    widths: columnWidths(view),
    headerFont: face.heading,
    latinFont: LATIN,
    indentStep: INDENT_STEP,
    maxIndentLevels: MAX_INDENT_LEVELS,
  });
  return repackZip(new Uint8Array(packed), heading.asOf, (parts) => {
    const data = parts.get('word/document.xml');
    const xml = data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : undefined;
    const at = xml?.indexOf(MARKER_XML) ?? -1;
    if (!xml || at < 0 || xml.indexOf(MARKER_XML, at + 1) >= 0) {
      throw new Error('docx: the table marker is not where it was put');
    }
    parts.set(
      'word/document.xml',
      Buffer.concat([xml.subarray(0, at), table, xml.subarray(at + Buffer.byteLength(MARKER_XML))]),
    );
  });
}

/** The table's lines: every row, or each group's heading and rows. */
function* tableLines(
  view: TableView,
  groups: readonly TableGroup[] | undefined,
): Generator<DocxTableLine> {
  if (!groups) {
    for (const row of view.rows) yield { kind: 'row', row, level: row.level };
    return;
  }
  const table = tableLabels(view.lang);
  for (const group of groups) {
    const title =
      group.kind === 'other' ? group.title : table.pair(table.filter[group.kind], group.title);
    yield { kind: 'group', title };
    for (const { row, level } of group.rows) yield { kind: 'row', row, level };
  }
}

/** As of, the filters in force. */
function asOfLine(view: TableView, heading: TableHeading): string {
  const labels = officeLabels(view.lang);
  const parts = [labels.asOf(formatDay(heading.asOf, view.lang))];
  if (view.filterSummary.length > 0) {
    parts.push(view.filterSummary.join(tableLabels(view.lang).pairSeparator));
  }
  return parts.join(labels.partSeparator);
}

/**
 * The errors note: left-aligned, dark red, one line per entry, kept with
 * the table so it never ends a page alone.
 */
function errorsParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 0, after: 120 },
    children: lines.map(
      (text, index) =>
        new TextRun({
          text,
          size: NOTE_SIZE,
          color: '8E0000',
          ...(index === 0 ? { bold: true } : {}),
          break: index > 0 ? 1 : 0,
        }),
    ),
  });
}

/** A centred line of plan text or words. */
function line(
  text: string,
  options: {
    size: number;
    bold?: boolean;
    font?: IRunOptions['font'];
    before?: number;
    after?: number;
  },
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    children: breakLines(officeText(text), {
      size: options.size,
      ...(options.bold ? { bold: true } : {}),
      ...(options.font ? { font: options.font } : {}),
    }),
  });
}

/** Runs of one paragraph, a line break where the text has one. */
function breakLines(text: string, run: Omit<IRunOptions, 'text' | 'break'>): TextRun[] {
  return text
    .split('\n')
    .map((part, index) => new TextRun({ ...run, text: part, break: index > 0 ? 1 : 0 }));
}

/**
 * Each column's width in twips, from its content (see `office-layout.ts`):
 * 序号, status, progress and dates as wide as their widest cell, so that
 * `三（一）1`, `进行中`, `100%` and `2023年1月` never break inside; the free
 * text shares the rest. They add up to the table's width.
 */
function columnWidths(view: TableView): number[] {
  const n = view.columns.length;
  const budget = Math.floor((TABLE_WIDTH - CELL_MARGINS * n) / TWIPS_PER_COLUMN);
  const titleAt = view.columns.indexOf('title');
  const progressAt = view.columns.indexOf('progress');
  const free = view.columns.map((column) => longTextColumns.has(column));
  const needs = columnNeeds(view, {
    extra: (column, row) => {
      if (column === titleAt) return 2 * Math.min(row.level, MAX_INDENT_LEVELS);
      if (free[column]) return 0;
      // Word and LibreOffice set a quarter em between CJK and Latin text
      // (autoSpaceDE/DN): half a column each in `2023年1月`; and one column
      // more, since `%` and bold header letters are wider than a digit.
      return 1 + Math.ceil(scriptChanges(row.cells[column] ?? '') / 2);
    },
    // `70%（子任务平均）`: the figure must stay whole; the words may wrap under it.
    text: (column, row) => {
      const text = row.cells[column] ?? '';
      return column === progressAt ? (text.split(/[\s（(]/)[0] ?? text) : text;
    },
  });
  const widths = fitWidths(needs, budget).map((width) => width * TWIPS_PER_COLUMN + CELL_MARGINS);
  // What rounding left over goes to the task, so the table spans the page.
  const rest = TABLE_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  const target = titleAt >= 0 ? titleAt : widths.indexOf(Math.max(...widths));
  if (rest > 0) widths[target] = (widths[target] ?? 0) + rest;
  return widths;
}

/** The core properties, dated --today (midnight UTC), in place of docx's clock-dated ones. */
function coreProperties(title: string, heading: TableHeading): string {
  const when = `${formatIsoDay(heading.asOf)}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(officeText(title))}</dc:title>`,
    '<dc:creator>plan</dc:creator>',
    '<cp:lastModifiedBy>plan</cp:lastModifiedBy>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (ch) =>
    ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : '&quot;',
  );
}

/**
 * How often CJK text meets a digit or Latin letter, either way round, in a
 * short cell (`2023年1月`: 3). Counted by code unit: it runs on every short
 * cell of the table.
 */
function scriptChanges(text: string): number {
  let changes = 0;
  let last = 0; // 1 CJK, 2 Latin, 0 anything else
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = isCjk(code) ? 1 : isLatin(code) ? 2 : 0;
    if (kind !== 0 && last !== 0 && kind !== last) changes++;
    if (kind !== 0) last = kind;
  }
  return changes;
}

function isCjk(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef);
}

/** Digits, Latin letters, `%` and `.`. */
function isLatin(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x25 ||
    code === 0x2e
  );
}
