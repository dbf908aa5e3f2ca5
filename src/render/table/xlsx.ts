/**
 * `plan table --format xlsx`: the task-division table (分工表) as an Excel
 * workbook a planning office can hand out, sort, filter and print.
 *
 * A sheet: the plan title (merged, bold), a line with 文号, issuer, the
 * as-of day and the filters in force, for a plan with errors a red note row
 * naming them, the header row (frozen, with an
 * autofilter, repeated on every printed page), then one row per task in the
 * view's order and columns. Cells keep their types: 序号 is text (`1.10`
 * must not become `1.1`), dates are real dates shown at the precision the
 * plan wrote them with (a month-precision due date is its last day, shown
 * `2024年6月` / `2024-06`), progress is a fraction shown as a percentage.
 * Quarter and half-year dates stay text (`2024年第三季度`): Excel has no
 * number format for a quarter, and a day with a month format would claim a
 * month the plan never gave. `ongoing` is text (长期). The status cell is
 * tinted by the task's traffic light; a note on the header says what the
 * tints mean. Sub-task titles are indented by Excel's cell indent, so the
 * cell holds only the title and sorts and filters cleanly.
 *
 * With `--group-by`, the whole table is the first sheet and each group
 * (phase, unit or goal) gets a sheet of its own after it.
 *
 * The same view and `--today` always give the same bytes: the workbook's
 * dates are `--today`, never the clock, and the archive is repacked with
 * fixed entry dates (see `office-zip.ts`).
 *
 * Plan text is stored as shared strings, never formulas, so `=HYPERLINK(…)`
 * stays text, and no CSV-style quote is needed (or wanted: it would show).
 * exceljs writes the workbook around the task rows; the rows themselves
 * are written by `office-xlsx-rows.ts`, for speed (see there).
 */
import ExcelJS from 'exceljs';
import type { Light } from '../../analyze/schedule.js';
import { formatDay } from '../../dates/index.js';
import type { TableColumn } from '../../i18n/labels.js';
import { lightLegendText } from '../../i18n/light-legend.js';
import { type OfficeLabels, officeLabels } from '../../i18n/office-labels.js';
import { tableLabels } from '../../i18n/table-labels.js';
import type { TableRow, TableView } from '../../views/table-rows.js';
import {
  lightColors,
  longTextColumns,
  type OfficeDate,
  officeDate,
  officeText,
} from './office-cells.js';
import type { TableGroup, TableGroupRow } from './office-groups.js';
import { displayWidth } from '../formats/text-width.js';
import { columnNeeds, fitWidths, officeTable, wrappedLines } from './office-layout.js';
import {
  addFilterDatabase,
  columnName,
  type RowCell,
  setWorkbookFont,
  writeSheetRows,
} from './office-xlsx-rows.js';
import { officeErrorsLines } from './office-errors.js';
import { repackZip } from './office-zip.js';
import type { TableHeading, TableRenderOptions } from './types.js';

type Style = Partial<ExcelJS.Style>;

/** Rows above the table: the title and the line under it (and the errors note, when there is one). */
const HEADER_ROW = 3;
/** Excel counts dates in days from 1899-12-30; a `Day` counts from 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
/**
 * The page: A4 landscape (297 mm) less half-inch margins is 10.69 inches,
 * 1026 pixels at 96 dpi. A column's width is counted in digits of the
 * workbook's font, and so its size on paper depends on that font: with
 * Calibri, which LibreOffice replaces with the wider DejaVu Sans where
 * Carlito is missing, the same widths printed 23 % wider and the page was
 * shrunk to 9 pt. The workbook is set in Arial, whose metrics Liberation
 * Sans copies on every LibreOffice: a digit of 11 pt is 8 px, and Excel
 * draws a column `w` units wide in 8w + 5 px. The columns add up to 1000 px,
 * a little under the page, so an unrounded digit width never shrinks it.
 */
const FONT = 'Arial';
const FONT_SIZE = 11;
const PAGE_PIXELS = 1000;
const DIGIT_PIXELS = 8;
/** A CJK character of 11 pt is 14.7 px, 1.83 units: 0.92 units a display column (an Arial letter is about one); a unit of padding. */
const UNITS_PER_COLUMN = 0.92;
const CELL_PADDING = 1;
/** Points a line of 11 pt text takes (19 px: CJK text in Excel's 等线 or 宋体), and a row's padding. */
const LINE_HEIGHT = 14.25;
const ROW_PADDING = 3;
/** The title is 16 pt: a line is 22 pt, and its characters 16/11 as wide as the table's. */
const TITLE_LINE_HEIGHT = 22;
const TITLE_SCALE = 16 / 11;
/** Excel's cell indent tops out at 15 in older versions; a level is about two display columns. */
const MAX_INDENT = 15;
const INDENT_COLUMNS = 2;

const thin = { style: 'thin' } as const;
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** What goes on one sheet. */
interface SheetPlan {
  readonly name: string;
  readonly rows: readonly TableGroupRow[];
  readonly group?: TableGroup;
}

export async function renderTableXlsx(
  fullView: TableView,
  options: Pick<TableRenderOptions, 'heading' | 'groups' | 'errors'>,
): Promise<Uint8Array> {
  const { heading } = options;
  const { view, groups } = officeTable(fullView, options.groups);
  const errorLines = officeErrorsLines(options.errors, view.lang);
  const headerRow = HEADER_ROW + (errorLines ? 1 : 0);
  const workbook = new ExcelJS.Workbook();
  // Dates come from --today, never the clock, so two runs give one file.
  const stamp = new Date(heading.asOf * 86_400_000);
  workbook.creator = 'plan';
  workbook.lastModifiedBy = 'plan';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = officeText(view.title);

  const labels = officeLabels(view.lang);
  const names = new Set<string>();
  const sheets: SheetPlan[] = [
    {
      name: sheetName(labels.allSheet, names),
      rows: view.rows.map((row) => ({ row, level: row.level })),
    },
    ...(groups ?? []).map((group) => ({
      name: sheetName(group.title, names),
      rows: group.rows,
      group,
    })),
  ];

  const dates = dateCells();
  const styles = makeStyles(view, dates);
  const widths = displayWidths(view);
  const legend = view.columns.includes('status')
    ? labels.shading + lightLegendText(view.lang, view.rule, view.warn)
    : undefined;
  // Every style a task cell uses, in order of first use: the palette.
  const palette = new Map<string, number>();
  const cellRows = sheets.map((sheet) =>
    sheet.rows.map(({ row, level }) =>
      view.columns.map((column, index): RowCell => {
        const key = styles.key(column, row, level);
        let style = palette.get(key);
        if (style === undefined) {
          style = palette.size;
          palette.set(key, style);
        }
        return rowCell(column, row, row.cells[index] ?? '', dates, style);
      }),
    ),
  );
  if (legend !== undefined && !palette.has('legend')) palette.set('legend', palette.size);
  sheets.forEach((sheet, index) => {
    addSheet(
      workbook,
      view,
      { heading, headerRow, errorLines, widths },
      styles,
      sheet,
      index === 0 ? [...palette.keys()] : [],
    );
  });

  // Stored, not compressed: repackZip deflates natively, much faster than JSZip.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repackZip(new Uint8Array(stored), heading.asOf, (parts) => {
    writeSheetRows(
      parts,
      sheets.map((_, index) => ({
        part: `xl/worksheets/sheet${index + 1}.xml`,
        firstRow: headerRow + 1,
        columns: view.columns.length,
        rows: cellRows[index] ?? [],
        heights: sheets[index]!.rows.map(({ row, level }) => rowHeight(view, row, level, widths)),
        // A sheet without rows has no tints to explain.
        ...(legend !== undefined && sheets[index]!.rows.length > 0
          ? {
              legend: {
                text: officeText(legend),
                style: palette.get('legend')!,
                height: linesHeight(wrappedLines(legend, sum(widths))),
              },
            }
          : {}),
      })),
      'xl/worksheets/sheet1.xml',
      headerRow + 1,
    );
    setWorkbookFont(parts, FONT, FONT_SIZE);
    addFilterDatabase(
      parts,
      sheets.map((sheet) => ({
        sheet: sheet.name,
        ref: `A${headerRow}:${columnName(view.columns.length - 1)}${headerRow + sheet.rows.length}`,
      })),
    );
  });
}

/** What every sheet has above its table. */
interface SheetTop {
  readonly heading: TableHeading;
  /** The header row: HEADER_ROW, or one lower under an errors note. */
  readonly headerRow: number;
  readonly errorLines: readonly string[] | undefined;
  /** Each column's width in display columns. */
  readonly widths: readonly number[];
}

function addSheet(
  workbook: ExcelJS.Workbook,
  view: TableView,
  { heading, headerRow, errorLines, widths }: SheetTop,
  styles: Styles,
  { name, rows, group }: SheetPlan,
  palette: readonly string[],
): void {
  const labels = officeLabels(view.lang);
  const count = view.columns.length;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: labels.pageFooter, evenFooter: labels.pageFooter },
  });

  const page = sum(widths);
  const title = sheet.getCell(1, 1);
  title.value = officeText(view.title);
  title.style = styles.title;
  // A long title wraps in its merged cell; the row grows to show it whole.
  const titleLines = wrappedLines(view.title, Math.floor(page / TITLE_SCALE));
  sheet.getRow(1).height = TITLE_LINE_HEIGHT * titleLines + 8;
  const subtitle = sheet.getCell(2, 1);
  const subtitleText = subtitleLine(view, heading, group);
  subtitle.value = officeText(subtitleText);
  subtitle.style = styles.subtitle;
  sheet.getRow(2).height = linesHeight(wrappedLines(subtitleText, page));
  if (count > 1) {
    sheet.mergeCells(1, 1, 1, count);
    sheet.mergeCells(2, 1, 2, count);
  }
  if (errorLines) addErrorsNote(sheet, errorLines, count, styles, page);

  const header = sheet.getRow(headerRow);
  header.height = linesHeight(
    Math.max(1, ...view.header.map((text, index) => wrappedLines(text, widths[index] ?? 1))),
  );
  view.header.forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = officeText(text);
    cell.style = styles.header;
    if (view.columns[index] === 'status')
      cell.note = labels.shading + lightLegendText(view.lang, view.rule, view.warn);
  });

  // One empty cell per style the task rows use, where they will go; see office-xlsx-rows.ts.
  const paletteRow = sheet.getRow(headerRow + 1);
  palette.forEach((key, index) => {
    paletteRow.getCell(index + 1).style = styles.byKey(key);
  });

  const last = headerRow + rows.length;
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: count } };
  sheet.columns = widths.map((width) => ({
    width: Math.round((width * UNITS_PER_COLUMN + CELL_PADDING) * 100) / 100,
  }));
}

/**
 * The errors note: one merged row between the line under the title and the
 * header, its lines in one wrapped cell, tall enough to show them all (the
 * note is bounded, see `errors-note.ts`). Above the header, it is never
 * sorted or filtered away, and it prints on the first page.
 */
function addErrorsNote(
  sheet: ExcelJS.Worksheet,
  lines: readonly string[],
  count: number,
  styles: Styles,
  page: number,
): void {
  const row = HEADER_ROW;
  const cell = sheet.getCell(row, 1);
  cell.value = lines.join('\n');
  cell.style = styles.errors;
  sheet.getRow(row).height = linesHeight(wrappedLines(lines.join('\n'), page));
  if (count > 1) sheet.mergeCells(row, 1, row, count);
}

/** 文号, issuer, as of, the filters in force and the group of this sheet, on one line. */
function subtitleLine(
  view: TableView,
  heading: TableHeading,
  group: TableGroup | undefined,
): string {
  const labels = officeLabels(view.lang);
  const table = tableLabels(view.lang);
  const parts: string[] = [];
  if (heading.documentNo) parts.push(heading.documentNo);
  if (heading.issuer) parts.push(heading.issuer);
  parts.push(labels.asOf(formatDay(heading.asOf, view.lang)));
  if (view.filterSummary.length > 0) parts.push(view.filterSummary.join(table.pairSeparator));
  if (group) {
    parts.push(
      group.kind === 'other' ? group.title : table.pair(table.filter[group.kind], group.title),
    );
  }
  return parts.join(labels.partSeparator);
}

/** A task cell: text, a date serial, a fraction, or nothing. */
function rowCell(
  column: TableColumn,
  row: TableRow,
  text: string,
  dates: DateCells,
  style: number,
): RowCell {
  if (column === 'start' || column === 'due') {
    const shown = dates(row, column);
    if (!shown) return { style, kind: 'empty' };
    // A serial number with a date format is what Excel itself stores for a
    // date; it involves no Date object and so no time zone.
    return shown.kind === 'day'
      ? { style, kind: 'number', value: shown.day + EXCEL_EPOCH_OFFSET }
      : { style, kind: 'text', text: officeText(shown.text) };
  }
  if (column === 'progress') {
    // A recurring duty's progress is its occurrences (已报 6/7 期), words.
    if (isOccurrenceCount(row)) return { style, kind: 'text', text: officeText(text) };
    return row.progress !== undefined
      ? { style, kind: 'number', value: row.progress / 100 }
      : { style, kind: 'empty' };
  }
  return text === '' ? { style, kind: 'empty' } : { style, kind: 'text', text: officeText(text) };
}

/**
 * Column widths in display columns, chosen to fit A4 landscape at 100 %
 * (see `office-layout.ts`): the page is never shrunk below the 11 pt the
 * cells are set in. An indented title counts its indent.
 */
function displayWidths(view: TableView): number[] {
  const n = view.columns.length;
  const units = (PAGE_PIXELS - 5 * n) / DIGIT_PIXELS;
  const budget = Math.floor((units - CELL_PADDING * n) / UNITS_PER_COLUMN);
  const titleAt = view.columns.indexOf('title');
  const progressAt = view.columns.indexOf('progress');
  const free = view.columns.map((column) => longTextColumns.has(column));
  const needs = columnNeeds(view, {
    // A short column one display column wider than its text: a number too
    // wide for its cell shows as ###, and `%` is wider than a digit.
    extra: (column, row) =>
      column === titleAt ? INDENT_COLUMNS * Math.min(row.level, MAX_INDENT) : free[column] ? 0 : 1,
    // The cell is a number shown as a percentage: the words beside it in
    // other formats (子任务平均) are not in it.
    // A duty's 已报 6/7 期 is kept on one line when it is short (a Chinese
    // count is 11 columns: broken over three lines it read 已报/4/6/期);
    // a longer one (`reported 6 of 7`) wraps (see `rowHeight`), so an
    // English plan keeps the widths, and the pages, of one without duties.
    text: (column, row) =>
      column !== progressAt
        ? (row.cells[column] ?? '')
        : isOccurrenceCount(row)
          ? occurrenceCountMeasure(row.cells[column] ?? '')
          : row.progress === undefined
            ? ''
            : `${row.progress.toFixed(Number.isInteger(row.progress) ? 0 : 1)}%`,
  });
  return fitWidths(needs, budget);
}

/** A count up to this wide stays on one line in the progress column. */
const COUNT_ONE_LINE = 12;

/**
 * The part of a duty's count the column must hold: all of it when short;
 * a longer one is not measured and wraps in whatever the column has (an
 * English `reported 6 of 7` given its own room pushed the English example
 * onto a second page, measured with LibreOffice).
 */
function occurrenceCountMeasure(text: string): string {
  return displayWidth(text) <= COUNT_ONE_LINE ? text : '';
}

/** Whether a row's progress cell is a recurring duty's count (已报 6/7 期), not a figure. */
function isOccurrenceCount(row: TableRow): boolean {
  return row.state.occurrences !== undefined;
}

/**
 * A task row's height: its tallest wrapped cell. The free-text columns wrap,
 * and so does a duty's 已报 6/7 期 in the narrow progress column.
 */
function rowHeight(
  view: TableView,
  row: TableRow,
  level: number,
  widths: readonly number[],
): number {
  let lines = 1;
  view.columns.forEach((column, index) => {
    if (!longTextColumns.has(column) && !(column === 'progress' && isOccurrenceCount(row))) return;
    const text = row.cells[index] ?? '';
    if (text === '') return;
    const indent = column === 'title' ? INDENT_COLUMNS * Math.min(level, MAX_INDENT) : 0;
    lines = Math.max(lines, wrappedLines(text, (widths[index] ?? 1) - indent));
  });
  return linesHeight(lines);
}

function linesHeight(lines: number): number {
  return LINE_HEIGHT * lines + ROW_PADDING;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Excel sheet names: at most 31 characters, none of `: \ / ? * [ ]`, no
 * apostrophe at either end, not `History` (Excel's own), and unique
 * without regard to case. An apostrophe inside a name becomes ’: exceljs
 * does not double it where it quotes the name for the print titles, and
 * the broken reference would make Excel repair the file.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = officeText(wanted)
    .replace(/[\n\t]/g, ' ')
    .replace(/[:\\/?*[\]]/g, '_')
    .trim()
    .replace(/^'+|'+$/g, '')
    .replace(/'/g, '\u2019');
  if (base === '' || base.toLowerCase() === 'history') base = `${base}_`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = cutTo(base, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** The first `limit` UTF-16 units of text, never half a surrogate pair. */
function cutTo(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > limit) break;
    out += ch;
  }
  return out;
}

interface Styles {
  readonly title: Style;
  readonly subtitle: Style;
  readonly errors: Style;
  readonly header: Style;
  /** Which style a task cell takes: by column, and by indent, light or date precision. */
  readonly key: (column: TableColumn, row: TableRow, level: number) => string;
  /** The style of a key, made once and shared. */
  readonly byKey: (key: string) => Style;
}

/**
 * The cell styles, each made once and shared: exceljs recognises a style
 * object it has seen and skips working out its id again.
 */
function makeStyles(view: TableView, dates: DateCells): Styles {
  const formats = officeLabels(view.lang).dateFormat;
  const cache = new Map<string, Style>();
  const make = (key: string): Style => {
    if (key === 'legend') {
      return { alignment: { horizontal: 'left', vertical: 'top', wrapText: true } };
    }
    const [kind, detail] = key.split(':') as [string, string | undefined];
    const wrap = longTextColumns.has(kind as TableColumn);
    const style: Style = { border, alignment: { vertical: 'top', wrapText: wrap } };
    if (kind === 'title') {
      style.alignment = { vertical: 'top', wrapText: true, indent: Number(detail) };
    } else if (kind === 'status') {
      const colors = lightColors[detail as Light];
      style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colors.fill}` } };
      style.font = { color: { argb: `FF${colors.text}` } };
      style.alignment = { vertical: 'top', horizontal: 'center' };
    } else if (kind === 'date') {
      if (detail !== 'text') style.numFmt = dateFormat(detail as DayPrecision, formats);
      style.alignment = { vertical: 'top', horizontal: 'left' };
    } else if (kind === 'progress' && detail === 'count') {
      style.alignment = { vertical: 'top', horizontal: 'right', wrapText: true };
    } else if (kind === 'progress') {
      style.numFmt = detail === 'fraction' ? '0.0%' : '0%';
      style.alignment = { vertical: 'top', horizontal: 'right' };
    }
    return style;
  };
  return {
    title: {
      font: { bold: true, size: 16 },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    },
    subtitle: {
      font: { size: 11 },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    },
    errors: {
      font: { color: { argb: 'FF8E0000' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEA' } },
      border,
      alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
    },
    header: {
      font: { bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      border,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    },
    key: (column, row, level) => {
      if (column === 'title') return `title:${Math.min(level, MAX_INDENT)}`;
      if (column === 'status') return `status:${row.state.light}`;
      if (column === 'start' || column === 'due') {
        const shown = dates(row, column);
        return `date:${shown?.kind === 'day' ? shown.precision : 'text'}`;
      }
      if (column === 'progress') {
        if (isOccurrenceCount(row)) return 'progress:count';
        return Number.isInteger(row.progress ?? 0) ? 'progress:whole' : 'progress:fraction';
      }
      return column;
    },
    byKey: (key) => {
      let style = cache.get(key);
      if (!style) {
        style = make(key);
        cache.set(key, style);
      }
      return style;
    },
  };
}

type DayPrecision = 'year' | 'month' | 'day';
type DateCells = (row: TableRow, end: 'start' | 'due') => OfficeDate | undefined;

/** A row's start or due as a date cell, each distinct date read once. */
function dateCells(): DateCells {
  const seen = new Map<string, OfficeDate>();
  return (row, end) => {
    const date = row[end];
    if (!date) return undefined;
    const key = `${end}\u0000${date.canonical}\u0000${date.text}`;
    let shown = seen.get(key);
    if (!shown) {
      shown = officeDate(date, end);
      seen.set(key, shown);
    }
    return shown;
  };
}

/** The number format that shows a date at its written precision, as the other formats print it. */
function dateFormat(precision: DayPrecision, formats: OfficeLabels['dateFormat']): string {
  return precision === 'year' ? formats.year : precision === 'month' ? formats.month : formats.day;
}
