/**
 * A boxed terminal table read back into its cells, as a reader's eye does:
 * a body line whose first cell is empty continues the row above (a cell
 * wrapped onto more lines); the lines of each cell are joined. A wrap at a
 * space drops that space, so `squash` compares texts without spaces.
 */
import { terminalTables } from '../overdue-helpers.js';

/** The box lines of the first table in `text` (or of the table at `index`). */
export function boxLines(text: string, index = 0): string[] {
  return terminalTables(text)[index] ?? [];
}

/** The header and body rows of a box table: each cell its lines joined, trimmed. */
export function boxCells(lines: readonly string[]): { header: string[]; rows: string[][] } {
  const split = (line: string): string[] =>
    line
      .slice(1, -1)
      .split('│')
      .map((cell) => cell.trim());
  const header: string[] = [];
  const rows: string[][] = [];
  let inHeader = true;
  for (const line of lines) {
    if (/^[┌└]/.test(line)) continue;
    if (line.startsWith('├')) {
      inHeader = false;
      continue;
    }
    const cells = split(line);
    if (inHeader) {
      cells.forEach((cell, i) => {
        header[i] = (header[i] ?? '') + cell;
      });
      continue;
    }
    const last = rows[rows.length - 1];
    if (last && cells[0] === '') {
      cells.forEach((cell, i) => {
        last[i] = last[i]! + cell;
      });
    } else rows.push(cells);
  }
  return { header, rows };
}

/** Text with every space removed: wrapped and unwrapped text compare equal. */
export function squash(text: string): string {
  return text.replace(/\s/g, '');
}
