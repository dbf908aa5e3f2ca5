import { displayWidth } from './text-width.js';

export interface BoxOptions {
  /** Width of each column's text, padding excluded. */
  readonly widths: readonly number[];
  readonly align?: readonly ('left' | 'right')[];
  /** Styles a header cell after padding (bold). */
  readonly head?: (text: string) => string;
  /** Styles a body cell after padding; colour codes take no columns. */
  readonly cell?: (row: number, column: number, padded: string) => string;
}

/**
 * A boxed table drawn line by line, in the same characters and layout as
 * `termTable` (cli-table3: a rule under the header and between rows, one
 * space of padding). The cells must already be sanitised and cut to their
 * widths. cli-table3 lays out each cell through several generic passes and
 * takes over 50 seconds for a 10,000-task table; drawing directly is linear
 * and fast, and it lets colour be added to a cell after padding.
 */
export function drawBox(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: BoxOptions,
): string {
  const { widths } = options;
  const rule = (left: string, mid: string, right: string): string =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const line = (cells: readonly string[], style: (column: number, padded: string) => string) =>
    `│${cells
      .map((cell, column) => {
        const gap = ' '.repeat(Math.max(0, widths[column]! - displayWidth(cell)));
        const padded = options.align?.[column] === 'right' ? gap + cell : cell + gap;
        return ` ${style(column, padded)} `;
      })
      .join('│')}│`;
  const head = options.head;
  const out = [rule('┌', '┬', '┐'), line(header, (_, padded) => (head ? head(padded) : padded))];
  const paint = options.cell;
  rows.forEach((row, index) => {
    out.push(rule('├', '┼', '┤'));
    out.push(line(row, (column, padded) => (paint ? paint(index, column, padded) : padded)));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
