/**
 * Room for the columns that matter most. `termTable` narrows the widest
 * column first until a table fits, which leaves every text column equally
 * cut; in the overdue list the title matters more than the reasons, and the
 * reasons more than the lead unit. This gives each flexible column its
 * minimum, then hands out what is left in order of priority, and cuts the
 * cells to fit before the table is drawn.
 */
import { displayWidth, truncateToWidth } from '../formats/text-width.js';
import { terminalLine } from '../sanitize.js';

export interface FlexColumn {
  readonly column: number;
  /** Never narrower than this (or its natural width, if less). */
  readonly min: number;
}

/** `flex` in order of priority: the first gets spare room first. */
export function fitColumns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
  flex: readonly FlexColumn[],
): { header: string[]; rows: string[][] } {
  const clean = (row: readonly string[]): string[] => row.map((cell) => terminalLine(cell));
  const head = clean(header);
  const body = rows.map(clean);
  // Measuring by display width is slow (grapheme segmentation), and the
  // cells of a long list repeat (kinds, lights, units, dates): each distinct
  // text is measured once.
  const measured = new Map<string, number>();
  const measure = (text: string): number => {
    let w = measured.get(text);
    if (w === undefined) {
      w = displayWidth(text);
      measured.set(text, w);
    }
    return w;
  };
  const natural = head.map(() => 0);
  for (const row of [head, ...body]) {
    row.forEach((cell, index) => {
      natural[index] = Math.max(natural[index] ?? 0, measure(cell));
    });
  }
  const flexible = new Set(flex.map((entry) => entry.column));
  const border = head.length * 3 + 1;
  let room = width - border;
  natural.forEach((w, index) => {
    if (!flexible.has(index)) room -= w;
  });
  const allot = new Map<number, number>();
  for (const { column, min } of flex) {
    const w = Math.min(natural[column] ?? 0, min);
    allot.set(column, w);
    room -= w;
  }
  for (const { column } of flex) {
    const extra = Math.max(0, Math.min((natural[column] ?? 0) - allot.get(column)!, room));
    allot.set(column, allot.get(column)! + extra);
    room -= extra;
  }
  const cut = (row: string[]): string[] =>
    row.map((cell, index) => {
      const w = allot.get(index);
      return w === undefined || measure(cell) <= w ? cell : truncateToWidth(cell, w);
    });
  return { header: cut(head), rows: body.map(cut) };
}
