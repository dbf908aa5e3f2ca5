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

/** Scratch for one row's cell widths, used before the next row starts. */
const fitted: number[] = [];
const gaps: string[] = [''];
/** `n` spaces, each length made once: a long table pads hundreds of thousands of cells. */
function spaces(n: number): string {
  if (n <= 0) return '';
  while (gaps.length <= n) gaps.push(`${gaps[gaps.length - 1]} `);
  return gaps[n]!;
}

/** One row as as many lines as its tallest cell needs. */
function pushRow(
  out: string[],
  cells: readonly string[],
  options: BoxOptions,
  style: ((column: number, padded: string, line: number) => string) | undefined,
): void {
  const { widths, align } = options;
  // Most cells fit on one line; only those that do not are wrapped.
  let wrapped: (Wrapped | undefined)[] | undefined;
  let height = 1;
  const fits = fitted;
  for (let column = 0; column < widths.length; column++) {
    const cell = cells[column] ?? '';
    const w = displayWidth(cell);
    fits[column] = w;
    if (w > widths[column]!) {
      wrapped ??= [];
      const lines = wrapMeasured(cell, widths[column]!, w);
      wrapped[column] = lines;
      if (lines.lines.length > height) height = lines.lines.length;
    }
  }
  for (let line = 0; line < height; line++) {
    let text = '│';
    for (let column = 0; column < widths.length; column++) {
      const lines = wrapped?.[column];
      let cell: string;
      let w: number;
      if (lines) {
        cell = lines.lines[line] ?? '';
        w = lines.widths[line] ?? 0;
      } else {
        cell = line === 0 ? (cells[column] ?? '') : '';
        w = line === 0 ? fits[column]! : 0;
      }
      const gap = spaces(widths[column]! - w);
      const padded = align?.[column] === 'right' ? gap + cell : cell + gap;
      text += ` ${style ? style(column, padded, line) : padded} │`;
    }
    out.push(text);
  }
}
