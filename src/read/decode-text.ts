/**
 * Bytes → text. Plans must be UTF-8 (a BOM is allowed); anything else is
 * refused with the encoding it most likely is, so the message can say
 * "this looks like GB18030, save it as UTF-8" instead of showing mojibake.
 *
 * The happy path is one native `indexOf(0)` and one fatal `TextDecoder`
 * pass plus a scan of the first 8 KiB; every heuristic runs only once the
 * bytes have already failed, and then on a bounded window.
 */
import { TextDecoder } from 'node:util';
import {
  bomEncoding,
  controlShare,
  firstControl,
  guessLegacyEncoding,
  guessWithNul,
} from './guess-encoding.js';
import { normalizeLineEnds } from './line-ends.js';
import type { ReadResult } from './types.js';

/** Above this share of control bytes in the first 8 KiB, UTF-8 is taken for binary data. */
const BINARY_CONTROL_SHARE = 0.1;

// `ignoreBOM: false` (the default) makes the decoder drop a leading UTF-8 BOM.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodePlanBytes(
  bytes: Uint8Array,
  options: { readonly maxBytes: number },
): ReadResult {
  if (bytes.length > options.maxBytes) {
    return {
      ok: false,
      problem: { kind: 'too-large', size: bytes.length, limit: options.maxBytes },
    };
  }
  if (bytes.length === 0) return { ok: true, text: '' };

  const bom = bomEncoding(bytes);
  if (bom !== undefined) return encodingProblem(bom, 0);

  // NUL is valid UTF-8 but never appears in text: it is either wide text
  // (UTF-16/32 without a BOM) or binary data.
  const nul = bytes.indexOf(0);
  if (nul !== -1) return encodingProblem(guessWithNul(bytes), nul);

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    if (controlShare(bytes) > BINARY_CONTROL_SHARE) {
      return encodingProblem('binary', Math.min(offset, firstControl(bytes)));
    }
    return encodingProblem(guessLegacyEncoding(bytes, offset), offset);
  }

  // A stray control character is left to the YAML parser, which reports it
  // with a line and column; only a high share means this is not text.
  if (controlShare(bytes) > BINARY_CONTROL_SHARE) {
    return encodingProblem('binary', firstControl(bytes));
  }
  return { ok: true, text: normalizeLineEnds(text) };
}

function encodingProblem(likely: string, offset: number): ReadResult {
  return { ok: false, problem: { kind: 'encoding', likely, offset } };
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence
 * (Unicode table 3-7: no overlongs, no surrogates, nothing above U+10FFFF),
 * or `bytes.length` if there is none. A truncated sequence is reported at
 * its lead byte, which is the byte a hex viewer should be pointed at.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}
