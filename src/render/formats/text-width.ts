/**
 * Terminal text by display width: a CJK character takes two columns, a
 * combining mark none. Every alignment in the terminal views goes through
 * these, never through `.length`.
 *
 * The exact width comes from string-width, which segments text into grapheme
 * clusters and tests each against the emoji expressions; for 10,000 table
 * rows that costs seconds. Text made only of characters that are always a
 * cluster of their own (ASCII, CJK ideographs and punctuation, full-width
 * forms, box and block drawing) has a width that is the sum of its
 * characters' East Asian Widths, the very rule string-width applies to them,
 * so such text takes a fast path; anything else (emoji, combining marks,
 * Hangul jamo …) goes the exact way. A test checks the two agree.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/** Code point ranges of characters that are always a grapheme cluster alone. */
export const simpleRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa1, 0xac],
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2190, 0x21ff],
  [0x2400, 0x2426],
  [0x2460, 0x24ff],
  [0x2500, 0x25ff],
  [0x3000, 0x3029],
  [0x3030, 0x303f],
  [0x3041, 0x3096],
  [0x30a0, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0xfffd, 0xfffd],
];

function isSimple(codePoint: number): boolean {
  let lo = 0;
  let hi = simpleRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = simpleRanges[mid]!;
    if (codePoint < start) hi = mid - 1;
    else if (codePoint > end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The width of a character on the fast path, or -1 when it needs the exact
 * path. Every fast-path character is in the BMP, so a UTF-16 code unit may
 * be passed: a surrogate gets -1.
 */
export function charWidth(codePoint: number): number {
  // The two commonest cases first: ASCII, and the CJK ideographs (all Wide).
  if (codePoint >= 0x20 && codePoint <= 0x7e) return 1;
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return 2;
  return isSimple(codePoint) ? eastAsianWidth(codePoint) : -1;
}

/** Widths of each character, or undefined when the text needs the exact path. */
function simpleWidths(text: string): number[] | undefined {
  const widths: number[] = [];
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (w < 0) return undefined;
    widths.push(w);
  }
  return widths;
}

export function displayWidth(text: string): number {
  // By code unit, not `for…of`: a table measures every cell, and the string
  // iterator allocates per character. A surrogate gets -1 from `charWidth`,
  // so text outside the BMP still goes the exact way.
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const w = charWidth(text.charCodeAt(i));
    if (w < 0) return stringWidth(text);
    total += w;
  }
  return total;
}

/**
 * The text as display units: where each starts (`starts[i]`, with
 * `starts[count]` the text's length) and its width. On the fast path a unit
 * is one UTF-16 code unit (every simple character is in the BMP), and
 * `starts` is left out; otherwise units are grapheme clusters, so that
 * nothing made from them can split a cluster (a surrogate pair, a letter
 * and its accent, an emoji sequence).
 */
export interface DisplayUnits {
  readonly count: number;
  readonly widths: Uint8Array;
  readonly starts?: readonly number[];
}

export function displayUnits(text: string): DisplayUnits {
  const widths = new Uint8Array(text.length);
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    const w = charWidth(text.charCodeAt(i));
    if (w < 0) {
      simple = false;
      break;
    }
    widths[i] = w;
  }
  if (simple) return { count: text.length, widths };
  const starts: number[] = [];
  const exact: number[] = [];
  for (const { segment, index } of segmenter().segment(text)) {
    starts.push(index);
    exact.push(stringWidth(segment));
  }
  starts.push(text.length);
  return { count: exact.length, widths: Uint8Array.from(exact), starts };
}

/** Cut to at most `width` columns, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  const widths = simpleWidths(text);
  if (!widths) return exactTruncate(text, width);
  let total = 0;
  for (const w of widths) total += w;
  if (total <= width) return text;
  let out = '';
  let used = 0;
  let i = 0;
  for (const ch of text) {
    const w = widths[i++]!;
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Pad with spaces to exactly `width` columns (after truncating if needed). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncateToWidth(text, width);
  const gap = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'left' ? cut + gap : gap + cut;
}

/** The exact, slow way, by grapheme clusters; exported for the test that checks the fast path. */
export function exactTruncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter().segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

export { stringWidth as exactWidth };

let cachedSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  cachedSegmenter ??= new Intl.Segmenter();
  return cachedSegmenter;
}
