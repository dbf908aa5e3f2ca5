import { terminalLine } from '../sanitize.js';
import { drawBox } from './box.js';
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
 * A boxed terminal table. Cells are measured by display width, so Chinese
 * text lines up; plan text is sanitised first so it can carry no control
 * sequences, and wide columns are truncated by display width so the table
 * fits the terminal instead of wrapping into a mess.
 */
export function termTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TermTableOptions,
): string {
  const head = header.map(terminalLine);
  const body = rows.map((row) => row.map(terminalLine));
  const widths = head.map(displayWidth);
  for (const row of body) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }
  fitWidths(widths, options);
  const cut = (cells: readonly string[]) =>
    cells.map((cell, index) => truncateToWidth(cell, widths[index]!));
  return drawBox(cut(head), body.map(cut), {
    widths,
    align: (options.align ?? []).map((a) => (a === 'right' ? 'right' : 'left')),
    ...(options.style ? { head: options.style.head } : {}),
  });
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
