/**
 * How the office formats (xlsx, docx) lay the table on A4 landscape so that
 * it prints readable as is: which columns to keep, how wide each is, and
 * how many lines a cell's text takes at that width.
 *
 * Widths are worked out in display columns (a CJK character is two, a Latin
 * one, as in the terminal) and each format turns them into its own units.
 * The rule: a short column (序号, dates, status, progress, day counts) gets
 * the width of its widest cell, so `三（一）1`, `进行中`, `100%` and
 * `2023年12月` never break inside; the columns of free text (task, units,
 * phase, note) share what is left of the page by their weights, none wider
 * than its text. Choosing widths to fit the page, instead of letting the
 * program shrink a too-wide table, is what keeps the print at its font size
 * (issue 10: 40 rows at 6 pt on one page).
 */
import type { TableColumn } from '../../i18n/labels.js';
import type { TableRow, TableView } from '../../views/table-rows.js';
import type { TableGroup } from './office-groups.js';
import { displayWidth } from '../formats/text-width.js';
import { columnWeight, longTextColumns } from './office-cells.js';

/** Shown even when empty in every row: without them a row says nothing. */
const alwaysShown: ReadonlySet<TableColumn> = new Set(['no', 'title', 'status']);

/**
 * The view without the columns that are empty in every row (责任领导 in a
 * county plan that names none), as the terminal and the report page leave
 * them out: an empty column only narrows the others. Columns the user chose
 * with `--columns` stay, and so do those of an empty table, which shows what
 * the table would hold.
 */
export function withoutEmptyColumns(view: TableView): TableView {
  if (view.columnsChosen || view.rows.length === 0) return view;
  const kept: number[] = [];
  view.columns.forEach((column, index) => {
    if (alwaysShown.has(column) || view.rows.some((row) => row.cells[index] !== '')) {
      kept.push(index);
    }
  });
  if (kept.length === view.columns.length) return view;
  return {
    ...view,
    columns: kept.map((index) => view.columns[index]!),
    header: kept.map((index) => view.header[index] ?? ''),
    rows: view.rows.map((row) => ({ ...row, cells: kept.map((index) => row.cells[index] ?? '') })),
  };
}

/** The narrowest a free-text column is made, in display columns (four or five CJK characters). */
const leastFree: Partial<Record<TableColumn, number>> = { title: 18, note: 12 };
const LEAST_FREE = 8;
/** Past this many lines a row is a paragraph, and balancing gains little. */
const MAX_BALANCED_LINES = 12;

function total(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

/** What one column needs, in display columns. */
export interface ColumnNeed {
  readonly column: TableColumn;
  /** Its widest line, header included: the width at which nothing wraps. */
  readonly want: number;
  /** The narrowest it may be: a short column's whole text, a free one's comfortable minimum. */
  readonly least: number;
  /**
   * A free column's typical long cell: nine cells in ten are no wider. The
   * widths are balanced on it, so one long note does not starve the rest.
   */
  readonly typical: number;
}

/** How a format shows a cell, where that differs from the view's text. */
export interface CellMeasure {
  /** Display columns a cell takes besides its text (a title's indent). */
  readonly extra?: (column: number, row: TableRow) => number;
  /** The text as the format shows it (a spreadsheet shows progress as `70%`, without words). */
  readonly text?: (column: number, row: TableRow) => string;
}

/**
 * What each column needs. A header may wrap onto two lines (`完成` /
 * `时限`) but a short column's cell never wraps.
 */
export function columnNeeds(view: TableView, measure: CellMeasure = {}): ColumnNeed[] {
  const { extra, text: shown } = measure;
  return view.columns.map((column, index) => {
    const header = view.header[index] ?? '';
    const free = longTextColumns.has(column);
    const widths: number[] = [];
    let widest = 0;
    for (const row of view.rows) {
      const text = shown ? shown(index, row) : (row.cells[index] ?? '');
      if (text === '') continue;
      const width = longestLine(text) + (extra ? extra(index, row) : 0);
      if (width > widest) widest = width;
      if (free) widths.push(width);
    }
    const headerWidth = longestLine(header);
    const want = Math.max(widest, headerWidth);
    if (!free) {
      // Half the header, rounded up to a whole CJK character, for its second line.
      const headerLeast = 2 * Math.ceil(headerWidth / 4);
      const least = Math.max(widest, headerLeast, 4);
      return { column, want, least, typical: least };
    }
    widths.sort((a, b) => a - b);
    const typical = widths[Math.floor(0.9 * (widths.length - 1))] ?? 0;
    return { column, want, least: Math.min(want, leastFree[column] ?? LEAST_FREE), typical };
  });
}

/**
 * Widths for `needs` within `budget` display columns: everything it wants
 * when that fits. Else the short columns their whole text and the free-text
 * columns balanced: the fewest lines L such that each free column's typical
 * long cell fits in L lines (and at least its least width), so that a list
 * of five units does not stack over ten lines beside a one-line title; what
 * is left goes by weight, none past what it wants. When even the least
 * widths do not fit, the least widths: a format then lets the page shrink a
 * little rather than break a date.
 */
export function fitWidths(needs: readonly ColumnNeed[], budget: number): number[] {
  const want = needs.reduce((sum, need) => sum + need.want, 0);
  if (want <= budget) {
    // Spare room goes to the free-text columns, so long rows wrap less
    // later; the short ones look odd when wide.
    return spread(
      needs,
      needs.map((need) => need.want),
      budget - want,
    );
  }
  const least = needs.map((need) => need.least);
  if (total(least) >= budget) return least;
  let widths = least;
  for (let lines = 1; lines <= MAX_BALANCED_LINES; lines++) {
    // One column more than the bare quotient: a line rarely breaks exactly at the edge.
    const balanced = needs.map((need) =>
      longTextColumns.has(need.column)
        ? Math.min(need.want, Math.max(need.least, Math.ceil(need.typical / lines) + 1))
        : need.least,
    );
    if (total(balanced) <= budget) {
      widths = balanced;
      break;
    }
  }
  return spread(needs, widths, budget - total(widths), true);
}

/** Gives `room` to the free-text columns by weight; none past what it wants when `capped`. */
function spread(
  needs: readonly ColumnNeed[],
  start: readonly number[],
  room: number,
  capped = false,
): number[] {
  const widths = [...start];
  const hasRoom = (index: number): boolean =>
    longTextColumns.has(needs[index]!.column) && (!capped || widths[index]! < needs[index]!.want);
  let open = needs.map((_, index) => index).filter(hasRoom);
  let left = room;
  // Water-filling: a column that reaches its want leaves its share to the
  // others. A dozen columns at most, so a few rounds.
  while (left > 0.5 && open.length > 0) {
    const weight = open.reduce((sum, index) => sum + columnWeight[needs[index]!.column], 0);
    let given = 0;
    for (const index of open) {
      const share = (left * columnWeight[needs[index]!.column]) / weight;
      const add = capped ? Math.min(share, needs[index]!.want - widths[index]!) : share;
      widths[index] = widths[index]! + add;
      given += add;
    }
    left -= given;
    open = open.filter(hasRoom);
    if (!capped) break;
  }
  return widths.map((width) => Math.floor(width));
}

/**
 * How many lines `text` takes in a column `width` display columns wide,
 * wrapped as Excel, LibreOffice and Word wrap it: CJK text between any two
 * characters, Latin text at spaces, a word longer than the line broken
 * where it must; a line break in the text starts a line.
 */
export function wrappedLines(text: string, width: number): number {
  if (text === '') return 1;
  const room = Math.max(1, width);
  let lines = 0;
  for (const line of text.includes('\n') ? text.split('\n') : [text]) {
    // Nearly every cell fits on one line: no character is wider than two
    // columns a code unit, so a short line needs no measuring at all.
    if (line.length * 2 <= room || displayWidth(line) <= room) {
      lines++;
      continue;
    }
    lines += wrapLine(line, room);
  }
  return lines;
}

/**
 * Lines of one line of text wrapped at `room`: a CJK character (or a
 * full-width form) may start a line anywhere, a run of anything else is a
 * word that moves to the next line whole when it fits there. Walked by
 * code unit, without a regular expression: a workbook of 10,000 tasks
 * measures every long cell, and a match object per character cost more
 * in garbage collection than the whole sheet's writing.
 */
function wrapLine(line: string, room: number): number {
  let lines = 1;
  let used = 0;
  let word = 0;
  const place = (width: number): void => {
    if (used + width <= room) {
      used += width;
    } else if (width <= room) {
      lines++;
      used = width;
    } else {
      // A word longer than a line: on a line of its own, broken where each line ends.
      if (used > 0) lines++;
      const spans = Math.ceil(width / room);
      lines += spans - 1;
      used = width - (spans - 1) * room;
    }
  };
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x3000) {
      if (word > 0) place(word);
      word = 0;
      // A space at a line's end takes no room on the next.
      used = Math.min(room, used + (code === 0x3000 ? 2 : 1));
    } else if (isBreakable(code)) {
      if (word > 0) place(word);
      word = 0;
      place(code >= 0x4e00 && code <= 0x9fff ? 2 : displayWidth(line[i]!));
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // An astral character (emoji, rare ideographs): two columns, part of the word.
      word += 2;
      i++;
    } else {
      word += code < 0x7f ? 1 : displayWidth(line[i]!);
    }
  }
  if (word > 0) place(word);
  return lines;
}

/** CJK ideographs, kana, punctuation and full-width forms: a line may break before any of them. */
function isBreakable(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

function longestLine(text: string): number {
  if (!text.includes('\n')) return displayWidth(text);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/**
 * The view and its groups without the columns empty in every row: a group's
 * rows are the view's rows, so they lose the same cells.
 */
export function officeTable(
  view: TableView,
  groups: readonly TableGroup[] | undefined,
): { view: TableView; groups: readonly TableGroup[] | undefined } {
  const narrow = withoutEmptyColumns(view);
  if (narrow === view || !groups) return { view: narrow, groups };
  const rowOf = new Map(view.rows.map((row, index) => [row, narrow.rows[index]!]));
  return {
    view: narrow,
    groups: groups.map((group) => ({
      ...group,
      rows: group.rows.map(({ row, level }) => ({ row: rowOf.get(row) ?? row, level })),
    })),
  };
}
