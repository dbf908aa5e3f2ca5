import { terminalLine } from '../sanitize.js';
import { type BoxOptions, drawBox } from './box.js';
import { displayWidth } from './text-width.js';
import { longestPiece } from './wrap-text.js';

/** How a column of a terminal table takes its room. */
export interface TermColumn {
  readonly align?: 'left' | 'right';
  /**
   * A column of free text (a title, a unit, a reason): it wraps, and the
   * room the short columns leave is shared among such columns by weight.
   * Without a weight, a short column (序号, a date, a status, a figure)
   * takes exactly its widest cell and never wraps.
   */
  readonly weight?: number;
  /** A wrapping column is not made narrower than this (or its widest cell) while anything else can give. */
  readonly min?: number;
}

export interface TermTableOptions extends Pick<BoxOptions, 'head' | 'cell' | 'groupStart'> {
  /** Total width available, borders included. */
  readonly width: number;
  /** One per column; by default every column wraps, with equal weight. */
  readonly columns?: readonly TermColumn[];
}

/** A wrapping column's floor: four CJK characters, or a short word. */
const DEFAULT_MIN = 8;
/** A word up to this wide raises a column's floor so as not to be broken. */
const WORD_MAX = 16;
/** When even the floors do not fit, any column may go down to this: one CJK character. */
const LAST_RESORT = 2;

/**
 * A boxed terminal table. Plan text is sanitised first so it can carry no
 * control sequences; cells are measured by display width, so Chinese text
 * lines up, and wrapped rather than cut when the table is wider than the
 * terminal.
 */
export function termTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TermTableOptions,
): string {
  const head = header.map(terminalLine);
  const body = rows.map((row) => row.map(terminalLine));
  const columns: readonly TermColumn[] = options.columns ?? head.map(() => ({ weight: 1 }));
  return drawBox(head, body, {
    ...options,
    widths: fitColumnWidths(
      measureColumns(head, body),
      columns,
      options.width,
      longestPieces(head, body),
    ),
    align: columns.map((column) => column.align ?? 'left'),
  });
}

/**
 * The widest cell of each column, header included. A long list repeats its
 * cells (kinds, lights, units, dates): each distinct text is measured once.
 */
export function measureColumns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): number[] {
  const measured = new Map<string, number>();
  const natural = header.map(displayWidth);
  for (const row of rows) {
    row.forEach((cell, index) => {
      let w = measured.get(cell);
      if (w === undefined) {
        w = displayWidth(cell);
        measured.set(cell, w);
      }
      if (w > natural[index]!) natural[index] = w;
    });
  }
  return natural;
}

/**
 * For a column, the widest piece of text in it that wrapping would rather
 * not break (`longestPiece`), measured only when asked: only a table that
 * must wrap needs it.
 */
export function longestPieces(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): (column: number) => number {
  const known = new Map<number, number>();
  return (column) => {
    let longest = known.get(column);
    if (longest === undefined) {
      longest = longestPiece(header[column] ?? '');
      const seen = new Set<string>();
      for (const row of rows) {
        const cell = row[column] ?? '';
        // A piece is never wider than its cell, so short cells cannot raise the floor.
        if (cell.length * 2 <= longest || seen.has(cell)) continue;
        seen.add(cell);
        longest = Math.max(longest, longestPiece(cell));
      }
      known.set(column, longest);
    }
    return longest;
  };
}

/**
 * Widths that fit `width`: short columns keep their natural width; the room
 * left goes to the wrapping columns, each first getting its floor, then one
 * column at a time to whichever has the least room for its weight, never
 * beyond what it needs. So the task title, which carries the point, gets
 * the most, and a unit name no more than it can use. Only when even the
 * floors do not fit do the widest columns, short ones last, go down to a
 * single CJK character; a table never runs past the edge while that helps.
 */
export function fitColumnWidths(
  natural: readonly number[],
  columns: readonly TermColumn[],
  width: number,
  longest?: (column: number) => number,
): number[] {
  const widths = [...natural];
  let room = width - (natural.length * 3 + 1);
  const flexible: number[] = [];
  natural.forEach((w, index) => {
    if (columns[index]?.weight === undefined) room -= w;
    else flexible.push(index);
  });
  const wanted = flexible.reduce((sum, index) => sum + natural[index]!, 0);
  if (wanted <= room) return widths;
  // A floor wide enough for the longest word, so that Latin words are not
  // broken (up to a limit: a long URL still is).
  const floors = new Map<number, number>();
  for (const index of flexible) {
    const word = Math.min(longest?.(index) ?? 0, WORD_MAX);
    const floor = Math.min(natural[index]!, Math.max(columns[index]!.min ?? DEFAULT_MIN, word));
    floors.set(index, floor);
    widths[index] = floor;
    room -= floor;
  }
  const weight = (index: number): number => columns[index]!.weight!;
  while (room > 0) {
    let best = -1;
    for (const index of flexible) {
      if (widths[index]! >= natural[index]!) continue;
      if (best === -1 || widths[index]! / weight(index) < widths[best]! / weight(best))
        best = index;
    }
    if (best === -1) break;
    widths[best]!++;
    room--;
  }
  closeNearMisses(widths, natural, floors, flexible);
  evenOut(widths, natural, floors, flexible);
  // Still too wide: the text columns give first, each by its width for its
  // weight so that the title keeps the most, down to their longest word,
  // then down to one CJK character; then the short columns, widest first.
  const words = new Map(flexible.map((i) => [i, Math.min(natural[i]!, longest?.(i) ?? 0)]));
  const stages: ((index: number) => boolean)[] = [
    (index) => words.has(index) && widths[index]! > Math.max(words.get(index)!, LAST_RESORT),
    (index) => words.has(index) && widths[index]! > LAST_RESORT,
    (index) => widths[index]! > LAST_RESORT,
  ];
  for (const may of stages) {
    while (room < 0) {
      const widest = widestAbove(widths, may, words.has.bind(words), weight);
      if (widest === undefined) break;
      widths[widest]!--;
      room++;
    }
  }
  return widths;
}

/**
 * Shares by weight can leave every column a character or two short of its
 * widest cell, so that all of them wrap (`组织实施阶` / `段`). A column that
 * is that close to fitting takes the few columns it lacks from columns that
 * wrap anyway and stay above their floor: one line more in a long cell is
 * cheaper than a second line in every row of a short one.
 */
function closeNearMisses(
  widths: number[],
  natural: readonly number[],
  floors: ReadonlyMap<number, number>,
  flexible: readonly number[],
): void {
  const byDeficit = [...flexible].sort(
    (a, b) => natural[a]! - widths[a]! - (natural[b]! - widths[b]!),
  );
  const floor = (index: number): number => floors.get(index)!;
  // Donors wrap already and keep their floor.
  const canGive = (donor: number, to: number): boolean =>
    donor !== to && widths[donor]! < natural[donor]! && widths[donor]! > floor(donor);
  for (const index of byDeficit) {
    let deficit = natural[index]! - widths[index]!;
    if (deficit <= 0 || deficit > Math.max(4, widths[index]! / 4)) continue;
    let spare = 0;
    for (const donor of flexible) {
      if (canGive(donor, index)) spare += widths[donor]! - floor(donor);
    }
    if (spare < deficit) continue;
    for (; deficit > 0; deficit--) {
      let best = -1;
      for (const donor of flexible) {
        if (canGive(donor, index) && (best === -1 || widths[donor]! > widths[best]!)) best = donor;
      }
      widths[best]!--;
      widths[index]!++;
    }
  }
}

/**
 * A CJK character takes two columns, so a wrapping column of odd width
 * leaves its last column empty on every full line. Two such columns trade
 * one column, the earlier (weightier) one gaining it, so both hold whole
 * characters; the total is unchanged.
 */
function evenOut(
  widths: number[],
  natural: readonly number[],
  floors: ReadonlyMap<number, number>,
  flexible: readonly number[],
): void {
  const odd = flexible.filter(
    (index) =>
      widths[index]! % 2 === 1 && widths[index]! > LAST_RESORT && widths[index]! < natural[index]!,
  );
  for (let k = 0; k + 1 < odd.length; k += 2) {
    const [gain, give] = [odd[k]!, odd[k + 1]!];
    if (widths[give]! <= floors.get(give)!) continue;
    widths[gain]!++;
    widths[give]!--;
  }
}

/** The column that may give, with the most width for its weight (1 for a short column). */
function widestAbove(
  widths: readonly number[],
  may: (index: number) => boolean,
  isText: (index: number) => boolean,
  weight: (index: number) => number,
): number | undefined {
  let widest: number | undefined;
  let share = 0;
  for (let index = 0; index < widths.length; index++) {
    if (!may(index)) continue;
    const own = widths[index]! / (isText(index) ? weight(index) : 1);
    if (widest === undefined || own > share) {
      widest = index;
      share = own;
    }
  }
  return widest;
}
