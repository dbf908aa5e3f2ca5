import { displayWidth } from './text-width.js';
import { type Wrapped, wrapMeasured } from './wrap-text.js';

export interface BoxOptions {
  /** Width of each column's text, padding excluded. */
  readonly widths: readonly number[];
  readonly align?: readonly ('left' | 'right')[];
  /** Styles a header cell after padding (bold). */
  readonly head?: (text: string) => string;
  /**
   * Styles a body cell's line after padding; colour codes take no columns.
   * `line` counts the lines of a wrapped cell from 0.
   */
  readonly cell?: (row: number, column: number, padded: string, line: number) => string;
  /** Rows that begin a group (a phase, a light): a rule is drawn above each. */
  readonly groupStart?: (row: number) => boolean;
  /**
   * The display width of each body cell, when the caller has measured them
   * already (to size the columns): a 10,000-row table is not measured twice.
   */
  readonly measured?: readonly (readonly number[])[];
}

/**
 * A boxed table drawn line by line: a rule under the header, one space of
 * padding, and a cell too long for its column wrapped onto further lines
 * (`wrapToWidth`) rather than cut, so every title and reason is read whole.
 * Rows are not ruled off one by one, which doubled the height of a long
 * list; a rule marks where a group begins instead. The cells must already
 * be sanitised.
 *
 * cli-table3, which the design first named, lays out each cell through
 * several generic passes and took over 50 seconds for a 10,000-task table,
 * and its word wrap drops CJK characters; drawing directly is linear and
 * lets colour be added to a cell after padding.
 */
export function drawBox(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: BoxOptions,
): string {
  const { widths } = options;
  const rule = (left: string, mid: string, right: string): string =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const between = rule('├', '┼', '┤');
  const head = options.head;
  const out = [rule('┌', '┬', '┐')];
  pushRow(
    out,
    header,
    header.map(displayWidth),
    options,
    -1,
    head ? (_row, _column, padded) => head(padded) : undefined,
  );
  out.push(between);
  const { groupStart, measured, cell } = options;
  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && groupStart?.(index)) out.push(between);
    const row = rows[index]!;
    pushRow(out, row, measured?.[index] ?? row.map(displayWidth), options, index, cell);
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

const gaps: string[] = [''];
/** `n` spaces, each length made once: a long table pads hundreds of thousands of cells. */
function spaces(n: number): string {
  if (n <= 0) return '';
  while (gaps.length <= n) gaps.push(`${gaps[gaps.length - 1]} `);
  return gaps[n]!;
}

/** Scratch for the pieces of one line, joined before the next line starts. */
const parts: string[] = [];

/**
 * One row as as many lines as its tallest cell needs; `cellWidths` are the
 * display widths of its cells. A line is gathered as pieces (cells, gaps,
 * borders) and joined: built by concatenation it was a tree of small
 * strings, and collecting those cost more than the drawing.
 */
function pushRow(
  out: string[],
  cells: readonly string[],
  cellWidths: readonly number[],
  options: BoxOptions,
  row: number,
  style: BoxOptions['cell'],
): void {
  const { widths, align } = options;
  // Most cells fit on one line; only those that do not are wrapped.
  let wrapped: (Wrapped | undefined)[] | undefined;
  let height = 1;
  for (let column = 0; column < widths.length; column++) {
    const w = cellWidths[column] ?? 0;
    if (w > widths[column]!) {
      wrapped ??= [];
      const lines = wrapMeasured(cells[column] ?? '', widths[column]!, w);
      wrapped[column] = lines;
      if (lines.lines.length > height) height = lines.lines.length;
    }
  }
  for (let line = 0; line < height; line++) {
    parts.length = 0;
    for (let column = 0; column < widths.length; column++) {
      parts.push(column === 0 ? '│ ' : ' │ ');
      const lines = wrapped?.[column];
      let cell: string;
      let w: number;
      if (lines) {
        cell = lines.lines[line] ?? '';
        w = lines.widths[line] ?? 0;
      } else if (line === 0) {
        cell = cells[column] ?? '';
        w = cellWidths[column] ?? 0;
      } else {
        cell = '';
        w = 0;
      }
      const gap = spaces(widths[column]! - w);
      const right = align?.[column] === 'right';
      if (style) parts.push(style(row, column, right ? gap + cell : cell + gap, line));
      else if (right) parts.push(gap, cell);
      else parts.push(cell, gap);
    }
    parts.push(widths.length > 0 ? ' │' : '│');
    out.push(parts.join(''));
  }
}
