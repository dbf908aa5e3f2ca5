import { displayWidth } from './text-width.js';
import { wrapToWidth } from './wrap-text.js';

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
  pushRow(out, header, options, (_column, padded) => (head ? head(padded) : padded));
  out.push(between);
  const paint = options.cell;
  rows.forEach((row, index) => {
    if (index > 0 && options.groupStart?.(index)) out.push(between);
    pushRow(
      out,
      row,
      options,
      paint ? (column, padded, line) => paint(index, column, padded, line) : undefined,
    );
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** One row as as many lines as its tallest cell needs. */
function pushRow(
  out: string[],
  cells: readonly string[],
  options: BoxOptions,
  style: ((column: number, padded: string, line: number) => string) | undefined,
): void {
  const { widths, align } = options;
  const lines: (readonly string[])[] = [];
  const lineWidths: (readonly number[])[] = [];
  let height = 1;
  cells.forEach((cell, column) => {
    const width = widths[column]!;
    const w = displayWidth(cell);
    if (w <= width) {
      lines.push([cell]);
      lineWidths.push([w]);
      return;
    }
    const wrapped = wrapToWidth(cell, width);
    lines.push(wrapped);
    lineWidths.push(wrapped.map(displayWidth));
    height = Math.max(height, wrapped.length);
  });
  for (let line = 0; line < height; line++) {
    let text = '│';
    for (let column = 0; column < widths.length; column++) {
      const cell = lines[column]?.[line] ?? '';
      const gap = ' '.repeat(Math.max(0, widths[column]! - (lineWidths[column]?.[line] ?? 0)));
      const padded = align?.[column] === 'right' ? gap + cell : cell + gap;
      text += ` ${style ? style(column, padded, line) : padded} │`;
    }
    out.push(text);
  }
}
