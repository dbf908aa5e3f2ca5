import Table from 'cli-table3';
import { terminalLine } from '../sanitize.js';
import { displayWidth, truncateToWidth } from './text-width.js';

export interface TermTableOptions {
  /** Total width available; columns marked `shrink` are narrowed to fit. */
  readonly width: number;
  readonly style?: { head: (text: string) => string };
  readonly align?: readonly ('left' | 'right' | 'center')[];
  /** Columns that may be truncated (with …) when the table is too wide. */
  readonly shrink?: readonly boolean[];
}

/**
 * A boxed terminal table. cli-table3 measures cells with string-width, so
 * Chinese text lines up; plan text is sanitised first so it can carry no
 * control sequences, and wide columns are truncated by display width so the
 * table fits the terminal instead of wrapping into a mess.
 */
export function termTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TermTableOptions,
): string {
  const clean = (cell: string): string => terminalLine(cell);
  const head = header.map(clean);
  const body = rows.map((row) => row.map(clean));
  const widths = head.map((cell, index) =>
    Math.max(displayWidth(cell), ...body.map((row) => displayWidth(row[index] ?? ''))),
  );
  fitWidths(widths, options);
  const table = new Table({
    head: head.map((cell, index) =>
      options.style
        ? options.style.head(truncateToWidth(cell, widths[index]!))
        : truncateToWidth(cell, widths[index]!),
    ),
    colWidths: widths.map((w) => w + 2),
    colAligns: [...(options.align ?? [])],
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    wordWrap: false,
  });
  for (const row of body)
    table.push(row.map((cell, index) => truncateToWidth(cell, widths[index]!)));
  return table.toString();
}

/** Narrow the shrinkable columns, widest first, until the table fits. */
function fitWidths(widths: number[], options: TermTableOptions): void {
  const border = widths.length * 3 + 1;
  const shrink = options.shrink ?? widths.map(() => true);
  let total = widths.reduce((sum, w) => sum + w, 0) + border;
  while (total > options.width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (shrink[i] && widths[i]! > 6 && (widest === -1 || widths[i]! > widths[widest]!))
        widest = i;
    }
    if (widest === -1) break;
    widths[widest]!--;
    total--;
  }
}
