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
import { charWidth, type DisplayUnits, displayUnits, displayWidth } from './text-width.js';

/** Never at the start of a line: closing brackets and quotes, stops, pauses, marks. */
const NO_START = 1;
/** Never at the end of a line: opening brackets and quotes. */
const NO_END = 2;
const breakClass = new Uint8Array(0x10000);
for (const ch of '，。、；：！？）》」』】〕〗〙〛〉’”…‥・·～％‰°,.;:!?)]}%\u2014')
  breakClass[ch.charCodeAt(0)] = NO_START;
for (const ch of '（《「『【〔〖〘〚〈‘“([{') breakClass[ch.charCodeAt(0)] = NO_END;
/** A unit that stays with the figure before it: `2020年`, `8.6天`, `30个`, never `2020` / `年`. */
const AFTER_FIGURE = 3;
for (const ch of '年月日天个項项人次家所元岁歲周週期批座张張床分秒倍') {
  breakClass[ch.charCodeAt(0)] = AFTER_FIGURE;
}

const SPACE = 0x20;

/** A wrapped text: its lines and the display width of each. */
export interface Wrapped {
  readonly lines: string[];
  readonly widths: number[];
}

/**
 * `text` in lines of at most `width` columns (a single cluster wider than
 * the column, which only a width below 2 allows, gets a line of its own).
 * Text that fits comes back as one line; empty text as one empty line.
 */
export function wrapToWidth(text: string, width: number): string[] {
  return wrapMeasured(text, width).lines;
}

/**
 * `wrapToWidth`, with each line's width, which the wrapping knows anyway;
 * `whole` is the text's width, when the caller has measured it already.
 */
export function wrapMeasured(text: string, width: number, whole = displayWidth(text)): Wrapped {
  if (whole <= width) return { lines: [text], widths: [whole] };
  // Text of fast-path characters (nearly every cell) is wrapped by code
  // unit, its widths looked up as it goes; other text by grapheme cluster.
  return wrapUnits(text, width, undefined) ?? wrapUnits(text, width, displayUnits(text))!;
}

/**
 * The wrapping itself, over code units (`units` undefined) or clusters.
 * Over code units it gives up (undefined) at the first character off the
 * fast path, which saves a first pass over every cell to look for one.
 * Called for every long cell of a table, so it is written without closures.
 */
function wrapUnits(
  text: string,
  width: number,
  units: DisplayUnits | undefined,
): Wrapped | undefined {
  const count = units ? units.count : text.length;
  const starts = units?.starts;
  const unitWidths = units?.widths;
  const lines: string[] = [];
  const lineWidths: number[] = [];
  // A line is always one slice of the text: only the spaces at a break are
  // left out, so it is enough to know where it starts and ends (`from` is
  // -1 while no line is open).
  let from = -1;
  let to = 0;
  let used = 0;
  let spacesWidth = 0;
  let i = 0;
  while (i < count) {
    const code = text.charCodeAt(starts ? starts[i]! : i);
    if (code === SPACE) {
      spacesWidth++;
      i++;
      continue;
    }
    // The next piece: units up to the next place a line may break.
    let end = i + 1;
    let pieceWidth = unitWidths ? unitWidths[i]! : charWidth(code);
    if (pieceWidth < 0) return undefined;
    let prevCode = code;
    let prevWidth = pieceWidth;
    while (end < count) {
      const next = text.charCodeAt(starts ? starts[end]! : end);
      const nextWidth = unitWidths ? unitWidths[end]! : charWidth(next);
      if (nextWidth < 0) return undefined;
      if (next === SPACE || mayBreak(prevCode, prevWidth, next, nextWidth)) break;
      pieceWidth += nextWidth;
      prevCode = next;
      prevWidth = nextWidth;
      end++;
    }
    if (from >= 0 && used + spacesWidth + pieceWidth > width) {
      lines.push(text.slice(starts ? starts[from]! : from, starts ? starts[to]! : to));
      lineWidths.push(used);
      from = -1;
      used = 0;
    } else if (from >= 0) used += spacesWidth;
    spacesWidth = 0;
    if (from < 0) from = i;
    if (pieceWidth <= width - used) {
      used += pieceWidth;
      to = end;
    } else {
      // Wider than a whole line: broken between units, as it must be.
      for (let k = i; k < end; k++) {
        const w = unitWidths ? unitWidths[k]! : charWidth(text.charCodeAt(k));
        if (used > 0 && used + w > width) {
          lines.push(text.slice(starts ? starts[from]! : from, starts ? starts[to]! : to));
          lineWidths.push(used);
          from = k;
          used = 0;
        }
        used += w;
        to = k + 1;
      }
    }
    i = end;
  }
  if (from >= 0) {
    lines.push(text.slice(starts ? starts[from]! : from, starts ? starts[to]! : to));
    lineWidths.push(used);
  }
  if (lines.length === 0) {
    lines.push('');
    lineWidths.push(0);
  }
  return { lines, widths: lineWidths };
}

/**
 * The width of the widest piece of `text` that `wrapToWidth` keeps on one
 * line when it can: a Latin word, a number with its unit, a CJK character
 * with the punctuation glued to it. A column at least this wide never
 * breaks a word.
 */
export function longestPiece(text: string): number {
  // Called for every long cell of a column that may wrap: the common case,
  // text of fast-path characters, is walked without allocating.
  let longest = 0;
  let piece = 0;
  let before = SPACE;
  let beforeWidth = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = charWidth(code);
    if (w < 0) return exactLongestPiece(text);
    if (code === SPACE) piece = 0;
    else {
      if (before !== SPACE && mayBreak(before, beforeWidth, code, w)) piece = 0;
      piece += w;
      if (piece > longest) longest = piece;
    }
    before = code;
    beforeWidth = w;
  }
  return longest;
}

function exactLongestPiece(text: string): number {
  const units = displayUnits(text);
  const at = startOf(units);
  let longest = 0;
  let piece = 0;
  for (let i = 0; i < units.count; i++) {
    if (text.charCodeAt(at(i)) === SPACE) {
      piece = 0;
      continue;
    }
    if (i > 0 && text.charCodeAt(at(i - 1)) !== SPACE && breakBefore(text, units, i)) piece = 0;
    piece += units.widths[i]!;
    if (piece > longest) longest = piece;
  }
  return longest;
}

function startOf(units: DisplayUnits): (index: number) => number {
  const { starts } = units;
  return starts ? (index) => starts[index]! : (index) => index;
}

/** Whether a line may break between unit `at - 1` and unit `at`. */
function breakBefore(text: string, units: DisplayUnits, at: number): boolean {
  const { starts, widths } = units;
  const after = text.charCodeAt(starts ? starts[at]! : at);
  if (after === SPACE) return true;
  // A cluster's first code unit tells its class: the marks are all single.
  const before = text.charCodeAt(starts ? starts[at - 1]! : at - 1);
  return mayBreak(before, widths[at - 1]!, after, widths[at]!);
}

const YEAR = '年'.charCodeAt(0);
const MONTH = '月'.charCodeAt(0);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Between two non-space characters: where either is wide, unless 避头尾 forbids or a unit follows its figure. */
function mayBreak(before: number, beforeWidth: number, after: number, afterWidth: number): boolean {
  const afterClass = breakClass[after];
  if (afterClass === NO_START || breakClass[before] === NO_END) return false;
  if (afterClass === AFTER_FIGURE && isDigit(before)) return false;
  // Nor is a date broken inside: 2024年|6月|30日 stays one piece.
  if ((before === YEAR || before === MONTH) && isDigit(after)) return false;
  return beforeWidth >= 2 || afterWidth >= 2;
}
