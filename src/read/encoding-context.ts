/**
 * What a message about a file that is not UTF-8 needs to be useful, found
 * from its bytes once they have been refused: the text before the bad byte
 * (valid UTF-8, so the diagnostic lands on that byte's line and column)
 * and the plan's `locale:` line (ASCII in every legacy encoding, and
 * readable in UTF-16), so that a zh-CN plan saved as GBK is told so in
 * Chinese. Runs only for a refused file.
 */
import type { ReadResult } from './types.js';

const lossy = new TextDecoder('utf-8');
const localeLine = /^locale[ \t]*:[ \t]*["']?(zh-CN|zh-TW|en)\b/m;
/** A character UTF-8 spells in two bytes: in Chinese text, a sign the bytes are GBK or Big5. */
const twoByteChar = /[\u0080-\u07ff]/;
const LOCALE_WINDOW = 64 * 1024;

export function withEncodingContext(result: ReadResult, bytes: Uint8Array): ReadResult {
  if (result.ok || result.problem.kind !== 'encoding') return result;
  const { problem } = result;
  const locale = localeInBytes(bytes, problem.likely);
  // Text in a legacy encoding has lines to point into; UTF-16, UTF-32 and
  // binary data do not, as UTF-8, and are reported at the file's start.
  const legacy = !/^(?:UTF-|binary)/.test(problem.likely);
  return {
    ok: false,
    problem: {
      ...problem,
      ...(legacy
        ? { before: lossy.decode(bytes.subarray(0, placeOf(bytes, problem.offset))) }
        : {}),
      ...(locale ? { locale } : {}),
    },
  };
}

/**
 * Where the text in the other encoding starts: in GB18030 or Big5 the bytes
 * of a character or two can pass for UTF-8 (某 is C4 B3, read as ĳ) before
 * one fails, so the run of non-ASCII bytes is followed back when what it
 * read as is not what Chinese UTF-8 looks like.
 */
function placeOf(bytes: Uint8Array, offset: number): number {
  let start = offset;
  while (start > 0 && bytes[start - 1]! >= 0x80) start--;
  if (start === offset) return offset;
  return twoByteChar.test(lossy.decode(bytes.subarray(start, offset))) ? start : offset;
}

function localeInBytes(bytes: Uint8Array, likely: string): 'zh-CN' | 'zh-TW' | 'en' | undefined {
  const window = bytes.subarray(0, LOCALE_WINDOW);
  const text =
    likely === 'UTF-16LE' || likely === 'UTF-16BE'
      ? new TextDecoder(likely.toLowerCase()).decode(window)
      : Buffer.from(window.buffer, window.byteOffset, window.byteLength).toString('latin1');
  return localeLine.exec(text)?.[1] as 'zh-CN' | 'zh-TW' | 'en' | undefined;
}
