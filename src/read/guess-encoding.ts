/**
 * Naming the encoding of bytes that are not UTF-8, for the `encoding`
 * diagnostic. None of this decides whether a file is accepted — only UTF-8
 * is — so a wrong guess costs a less helpful hint, never a wrong result.
 *
 * - BOMs are certain. UTF-32 LE (FF FE 00 00) is tested before UTF-16 LE
 *   (FF FE), which is its prefix.
 * - Wide text without a BOM shows as zero bytes: in UTF-16 every ASCII
 *   character has a zero high byte, so zeros pile up on one parity (odd
 *   offsets for LE, even for BE); in UTF-32 the top byte of every unit is
 *   zero. Binary data has zeros on both parities, or decodes to controls.
 *   UTF-16 CJK text with next to no ASCII has too few zeros for a pattern
 *   (U+9700 has one), so when there are zeros but no pattern, the two
 *   UTF-16 decodings are scored as below before settling on `binary`.
 * - Legacy CJK: the window around the first invalid byte is decoded as
 *   GB18030 and Big5, and each decoding is scored by the share of its
 *   non-ASCII characters that are common Chinese characters or
 *   punctuation. "Common"
 *   is GB2312 level 1 (the 3,755 most used simplified characters) plus Big5
 *   level 1 (the 5,401 most used traditional ones), both read out of the
 *   runtime's own decoders rather than kept as a table here. Bytes of one
 *   encoding read in the other come out as kana, box drawing, private-use
 *   or rare characters, so the right decoding wins clearly; on a tie
 *   GB18030 is preferred, as simplified Chinese is the more common case.
 *   The decoders are not fatal: a bad byte counts against a candidate
 *   instead of ruling it out, so one stray byte or a character cut by the
 *   window edge does not flip the answer.
 * - Western text (Windows-1252) has isolated accented letters inside
 *   words, so its score is the share of non-ASCII characters that are
 *   letters next to an ASCII letter, or symbols next to ASCII. A CJK
 *   candidate must score at least one half and strictly more than that;
 *   otherwise the answer is `Windows-1252`, standing for "neither".
 */

import { TextDecoder } from 'node:util';

/** The heuristics look at most this far into the file. */
export const PREFIX_BYTES = 8 * 1024;
/** How many bytes around the first invalid one the legacy scoring decodes. */
const WINDOW_BYTES = 64 * 1024;
/** How far back from the first invalid byte a line start is looked for. */
const LINE_LOOKBACK = 4 * 1024;
/** A CJK candidate scoring below this is not believed. */
const MIN_CJK_SCORE = 0.5;

export function bomEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return 'GB18030';
  return undefined;
}

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
}

/** Share of control bytes (other than tab, CR, LF) in the first 8 KiB. */
export function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, PREFIX_BYTES);
  if (n === 0) return 0;
  let count = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) count++;
  return count / n;
}

/** Offset of the first control byte (other than tab, CR, LF), or -1. */
export function firstControl(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i]!)) return i;
  return -1;
}

/** UTF-32 or UTF-16 without a BOM, told by where the zero bytes are; else undefined. */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, PREFIX_BYTES);
  if (bytes.length % 4 === 0) {
    if (looksUtf32(bytes, n, true)) return 'UTF-32LE';
    if (looksUtf32(bytes, n, false)) return 'UTF-32BE';
  }
  if (bytes.length % 2 === 0) {
    if (looksUtf16(bytes, n, true)) return 'UTF-16LE';
    if (looksUtf16(bytes, n, false)) return 'UTF-16BE';
  }
  return undefined;
}

function looksUtf32(bytes: Uint8Array, n: number, little: boolean): boolean {
  let units = 0;
  let bmp = 0;
  let controls = 0;
  for (let i = 0; i + 3 < n; i += 4) {
    const top = little ? bytes[i + 3]! : bytes[i]!;
    const plane = little ? bytes[i + 2]! : bytes[i + 1]!;
    if (top !== 0 || plane > 0x10) return false;
    units++;
    if (plane === 0) {
      bmp++;
      const high = little ? bytes[i + 1]! : bytes[i + 2]!;
      const low = little ? bytes[i]! : bytes[i + 3]!;
      if (high === 0 && isControl(low)) controls++;
    }
  }
  // Astral characters (emoji) are rare in plans; all-zero data is not text.
  return units > 0 && bmp >= units * 0.9 && controls <= units * 0.1;
}

function looksUtf16(bytes: Uint8Array, n: number, little: boolean): boolean {
  let units = 0;
  let zeroHigh = 0;
  let zeroLow = 0;
  let controls = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const high = little ? bytes[i + 1]! : bytes[i]!;
    const low = little ? bytes[i]! : bytes[i + 1]!;
    units++;
    if (high === 0) {
      zeroHigh++;
      if (isControl(low) || (low >= 0x80 && low < 0xa0)) controls++;
    } else if (low === 0) zeroLow++;
  }
  // Plans always have some ASCII (keys, spaces, line ends): demand 5% of
  // units, zeros on the other parity no more than a tenth as often, and
  // the would-be ASCII characters mostly printable. (A CJK character such
  // as U+9700 has a zero byte too; pure-CJK text is left to the scoring.)
  return (
    zeroHigh > 0 &&
    zeroHigh >= units * 0.05 &&
    zeroLow * 10 <= zeroHigh &&
    controls <= zeroHigh * 0.1
  );
}

const decoders = new Map<string, TextDecoder>();
function decode(encoding: string, bytes: Uint8Array): string {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  return decoder.decode(bytes);
}

/**
 * What bytes that contain NUL are: UTF-32 or UTF-16 without a BOM, told by
 * where the zero bytes are or, for CJK text with next to no ASCII, by
 * scoring the decoding; else `binary`.
 */
export function guessWithNul(bytes: Uint8Array): string {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) return wide;
  if (bytes.length % 2 === 0) {
    const best = bestCjk(utf16Candidates(bytes));
    if (best.score >= MIN_CJK_SCORE) return best.name;
  }
  return 'binary';
}

/**
 * The encoding that the bytes, invalid as UTF-8 at `offset`, most likely
 * are in: `GB18030`, `Big5` or `Windows-1252`.
 */
export function guessLegacyEncoding(bytes: Uint8Array, offset: number): string {
  // Start at a line start: LF is never part of a GB18030 or Big5 character
  // (their trail bytes are 0x30 and up), so decoding starts in step.
  const floor = Math.max(0, offset - LINE_LOOKBACK);
  let start = offset;
  while (start > floor && bytes[start - 1] !== 0x0a) start--;
  if (start === floor && floor > 0 && bytes[start - 1] !== 0x0a) start = offset;
  const window = bytes.subarray(start, Math.min(bytes.length, start + WINDOW_BYTES));

  // UTF-16 is not a candidate here: UTF-16 text has a zero byte in every
  // line end and is taken by `guessWithNul`, while ASCII read as UTF-16
  // pairs up into plausible ideographs ("ab" is U+6261).
  const candidates: Candidate[] = [
    { name: 'GB18030', text: () => decode('gb18030', window) },
    { name: 'Big5', text: () => decode('big5', window) },
  ];
  const best = bestCjk(candidates);
  // Strictly better: a short Western text ("Straße") can decode to a
  // plausible character or two and tie at 1.
  if (best.score >= MIN_CJK_SCORE && best.score > latinScore(decode('windows-1252', window))) {
    return best.name;
  }
  return 'Windows-1252';
}

interface Candidate {
  readonly name: string;
  readonly text: () => string;
}

function utf16Candidates(bytes: Uint8Array): Candidate[] {
  const wide = bytes.subarray(0, Math.min(bytes.length, WINDOW_BYTES) & ~1);
  return [
    { name: 'UTF-16LE', text: () => decode('utf-16le', wide) },
    { name: 'UTF-16BE', text: () => decode('utf-16be', wide) },
  ];
}

/** The first of the best-scoring candidates, so earlier ones win ties. */
function bestCjk(candidates: readonly Candidate[]): { name: string; score: number } {
  let best = { name: '', score: -1 };
  for (const candidate of candidates) {
    const score = cjkScore(candidate.text());
    if (score > best.score) best = { name: candidate.name, score };
  }
  return best;
}

const CJK_PUNCTUATION = new Set(
  Array.from('，。、：；！？（）《》〈〉「」『』【】〔〕“”‘’—…·～　', (ch) => ch.charCodeAt(0)),
);

let commonHanzi: Set<number> | undefined;

/** GB2312 level 1 and Big5 level 1, read out of the runtime's decoders. */
function common(): Set<number> {
  if (commonHanzi !== undefined) return commonHanzi;
  const set = new Set<number>();
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) set.add(c);
    }
  };
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) gb.push(lead, trail);
  }
  add(decode('gb18030', Uint8Array.from(gb)));
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const inRange = trail <= 0x7e || trail >= 0xa1;
      if (inRange && (lead < 0xc6 || trail <= 0x7e)) big5.push(lead, trail);
    }
  }
  add(decode('big5', Uint8Array.from(big5)));
  commonHanzi = set;
  return set;
}

/** Share of non-ASCII characters that are common Chinese characters or punctuation. */
function cjkScore(text: string): number {
  const hanzi = common();
  let total = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    total++;
    // Full-width ASCII forms (ＡＢＣ１２３) are common in Chinese documents.
    if (hanzi.has(c) || CJK_PUNCTUATION.has(c) || (c >= 0xff01 && c <= 0xff5e)) good++;
  }
  return total === 0 ? 0 : good / total;
}

const LATIN_EXTRA = new Set([0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192]);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiPrintable(c: number): boolean {
  return c >= 0x20 && c < 0x7f;
}

/**
 * Share of non-ASCII characters that sit in Latin words (a letter next to
 * an ASCII letter) or are symbols next to ASCII text (« » ° – “ € …). CJK
 * bytes read as Windows-1252 come in runs of two or more, so few of them
 * touch ASCII, and fewer an ASCII letter.
 */
function latinScore(text: string): number {
  let total = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    total++;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const letter = (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || LATIN_EXTRA.has(c);
    // C1 controls are the bytes Windows-1252 leaves undefined: never text.
    if (c < 0xa0) continue;
    if (letter) {
      if (isAsciiLetter(prev) || isAsciiLetter(next)) good++;
    } else if (isAsciiPrintable(prev) || isAsciiPrintable(next)) good++;
  }
  return total === 0 ? 0 : good / total;
}
