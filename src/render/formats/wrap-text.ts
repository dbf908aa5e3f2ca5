/**
 * Text wrapped to a number of terminal columns, so that a table cell shows
 * all of its text on several lines instead of being cut with `…`.
 *
 * Breaks fall where Chinese typesetting and Latin text each allow them:
 * between any two characters when one of them is wide (CJK ideographs,
 * kana, full-width punctuation), and at spaces in Latin text, the spaces at
 * the break being dropped. A simple 避头尾 rule keeps closing punctuation
 * (，。、）” …) off the start of a line and opening punctuation (（“《 …) off
 * its end, by gluing them to their neighbour; only a piece of text wider
 * than the whole column (a long Latin word, or such a glued run) is broken
 * anywhere, and even then between grapheme clusters, never inside one, so a
 * surrogate pair or a letter with its accent stays whole.
 *
 * Text made of characters that are each a cluster of their own (the fast
 * path of `text-width.ts`) is walked character by character; anything else
 * is segmented into grapheme clusters first.
 */
import { displayWidth, graphemeWidths } from './text-width.js';

/** Never at the start of a line: closing brackets and quotes, stops, pauses, marks. */
const noLineStart = new Set(
  '，。、；：！？）》」』】〕〗〙〛〉’”…‥・·～％‰°,.;:!?)]}%'.split('').concat(['\u2014']),
);
/** Never at the end of a line: opening brackets and quotes. */
const noLineEnd = new Set('（《「『【〔〖〘〚〈‘“([{'.split(''));

/**
 * `text` in lines of at most `width` columns (a single cluster wider than
 * the column, which only a width below 2 allows, gets a line of its own).
 * Text that fits comes back as one line; empty text as one empty line.
 */
export function wrapToWidth(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const { units, widths } = graphemeWidths(text);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // Spaces seen after the line's last word: kept only if a word follows on
  // the same line, so no line ends (or starts) with the space of a break.
  let spaces = '';
  let spacesWidth = 0;
  const flush = (): void => {
    lines.push(line);
    line = '';
    used = 0;
  };
  let i = 0;
  while (i < units.length) {
    if (units[i] === ' ') {
      spaces += ' ';
      spacesWidth++;
      i++;
      continue;
    }
    // The next piece: clusters up to the next place a line may break.
    let end = i + 1;
    let pieceWidth = widths[i]!;
    while (end < units.length && !breakBefore(units, widths, end)) {
      pieceWidth += widths[end]!;
      end++;
    }
    if (used > 0 && used + spacesWidth + pieceWidth > width) flush();
    else if (used > 0) {
      line += spaces;
      used += spacesWidth;
    }
    spaces = '';
    spacesWidth = 0;
    if (pieceWidth <= width - used) {
      for (let k = i; k < end; k++) line += units[k];
      used += pieceWidth;
    } else {
      // Wider than a whole line: broken between clusters, as it must be.
      for (let k = i; k < end; k++) {
        if (used > 0 && used + widths[k]! > width) flush();
        line += units[k];
        used += widths[k]!;
      }
    }
    i = end;
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Whether a line may break between cluster `at - 1` and cluster `at`. */
function breakBefore(units: readonly string[], widths: readonly number[], at: number): boolean {
  const before = units[at - 1]!;
  const after = units[at]!;
  if (after === ' ') return true;
  if (noLineStart.has(after) || noLineEnd.has(before)) return false;
  return widths[at - 1]! >= 2 || widths[at]! >= 2;
}

/**
 * The width of the widest piece of `text` that `wrapToWidth` keeps on one
 * line when it can: a Latin word, a number with its unit, a CJK character
 * with the punctuation glued to it. A column at least this wide never
 * breaks a word.
 */
export function longestPiece(text: string): number {
  const { units, widths } = graphemeWidths(text);
  let longest = 0;
  let piece = 0;
  for (let i = 0; i < units.length; i++) {
    if (units[i] === ' ') {
      piece = 0;
      continue;
    }
    if (i > 0 && units[i - 1] !== ' ' && breakBefore(units, widths, i)) piece = 0;
    piece += widths[i]!;
    if (piece > longest) longest = piece;
  }
  return longest;
}
