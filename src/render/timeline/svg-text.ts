/**
 * How wide a line of text will be in the SVG, estimated without a font:
 * the renderer never sees the fonts of the machine that shows the file.
 *
 * Wide (CJK) characters are 1 em in every CJK font. Latin letters are not
 * the half em that display width suggests: capitals and `m`/`w` run to
 * 0.7–1 em in DejaVu Sans, the fallback a Linux machine without Noto CJK
 * picks, so an estimate of half an em would let an English label run into
 * the chart. ASCII gets a width per character, taken from DejaVu Sans (the
 * widest of the common fallbacks) and rounded up; other narrow characters
 * get 0.7 em, and symbols a CJK font draws full width (arrows, shapes,
 * control pictures) 1 em. The estimate is meant to be too wide rather than
 * too narrow: a label cut one character early is better than one that
 * overlaps a bar.
 */
import { displayWidth } from '../formats/text-width.js';

// Widths in em of the printable ASCII characters, from U+0020.
// biome-ignore format: a table, one row per 16 characters
const ascii = [
  0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.28, 0.39, 0.39, 0.5, 0.84, 0.32, 0.36, 0.32, 0.34,
  0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.53,
  1.0, 0.69, 0.69, 0.7, 0.77, 0.64, 0.58, 0.78, 0.76, 0.3, 0.3, 0.66, 0.56, 0.87, 0.75, 0.79,
  0.61, 0.79, 0.7, 0.64, 0.62, 0.74, 0.69, 0.99, 0.69, 0.62, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5,
  0.5, 0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64, 0.64, 0.28, 0.28, 0.58, 0.28, 0.98, 0.64, 0.61,
  0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6, 0.53, 0.64, 0.34, 0.64, 0.84,
];

/** Bold glyphs are about a tenth wider. */
const BOLD = 1.1;

/** Width in em of one code point (or cluster) that is not printable ASCII. */
function otherWidth(ch: string): number {
  const columns = displayWidth(ch);
  if (columns === 0) return 0;
  if (columns >= 2) return 1;
  const code = ch.codePointAt(0)!;
  // General punctuation, arrows, shapes, control pictures …: CJK fonts draw them full width.
  if (code >= 0x2000) return 1;
  return 0.7;
}

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0x20 && code < 0x7f) return ascii[code - 0x20]!;
  return otherWidth(ch);
}

// Text whose code points may combine (marks, joiners, variation selectors,
// astral characters such as emoji) is cut by grapheme cluster; anything
// else code point by code point, which is much faster.
const combining = /\p{M}|\u200c|\u200d|[\u{10000}-\u{10ffff}]|[\ud800-\udfff]/u;

let cachedSegmenter: Intl.Segmenter | undefined;

function units(text: string): Iterable<string> {
  if (!combining.test(text)) return text;
  cachedSegmenter ??= new Intl.Segmenter();
  return Array.from(cachedSegmenter.segment(text), (s) => s.segment);
}

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const unit of units(text)) em += charWidth(unit);
  return em * fontSize * (bold ? BOLD : 1);
}

/**
 * `text` cut to at most `maxWidth` px, ending with `…` when something was
 * cut; `cut` says whether it was.
 */
export function truncateToPx(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): { text: string; cut: boolean } {
  const scale = fontSize * (bold ? BOLD : 1);
  const limit = maxWidth / scale;
  const parts = Array.from(units(text));
  let total = 0;
  for (const part of parts) total += charWidth(part);
  if (total <= limit) return { text, cut: false };
  const room = limit - charWidth('…');
  let out = '';
  let used = 0;
  for (const part of parts) {
    const w = charWidth(part);
    if (used + w > room) break;
    out += part;
    used += w;
  }
  return { text: `${out}…`, cut: true };
}
