import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes, firstInvalidUtf8 } from './decode-text.js';
import type { ReadResult } from './types.js';

const LIMIT = { maxBytes: 1024 * 1024 };

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Fixtures written by the system iconv (see __fixtures__/make-fixtures.sh). */
const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

function utf16(text: string, little: boolean, bom: boolean): Uint8Array {
  const bytes = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return little ? bytes : bytes.swap16();
}

function utf32(text: string, little: boolean, bom: boolean): Uint8Array {
  const points = Array.from((bom ? '\uFEFF' : '') + text, (ch) => ch.codePointAt(0)!);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((cp, i) => {
    if (little) bytes.writeUInt32LE(cp, i * 4);
    else bytes.writeUInt32BE(cp, i * 4);
  });
  return bytes;
}

/** Index of the first byte ≥ 0x80: where a legacy encoding stops being ASCII. */
const firstHigh = (bytes: Uint8Array): number => bytes.findIndex((b) => b >= 0x80);

function encoding(likely: string, offset: number): ReadResult {
  return { ok: false, problem: { kind: 'encoding', likely, offset } };
}

const PLAN_HANS = readFileSync(
  new URL('./__fixtures__/plan-zh-hans.utf8.txt', import.meta.url),
  'utf8',
);
const PLAN_ASCII = 'plan:\n  title: Rollout\ntasks:\n  - id: T1\n    title: Kick-off\n';

describe('decodePlanBytes: UTF-8', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decodePlanBytes(utf8(PLAN_HANS), LIMIT)).toEqual({ ok: true, text: PLAN_HANS });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('title: 计划\n')]);
    expect(decodePlanBytes(bytes, LIMIT)).toEqual({ ok: true, text: 'title: 计划\n' });
  });

  it('keeps CRLF line ends as they are', () => {
    const text = 'plan:\r\n  title: 计划\r\n\r\ntasks: []\r\n';
    const result = decodePlanBytes(utf8(text), LIMIT);
    expect(result).toEqual({ ok: true, text });
  });

  it('accepts empty input as empty text', () => {
    expect(decodePlanBytes(new Uint8Array(0), LIMIT)).toEqual({ ok: true, text: '' });
  });

  it('keeps astral characters and a single stray control character (left to the parser)', () => {
    const text = 'title: 上线 🚀\n note: a\u0007b\n';
    expect(decodePlanBytes(utf8(text), LIMIT)).toEqual({ ok: true, text });
  });

  it('reports the offset of the first invalid byte after valid multi-byte text', () => {
    const bytes = new Uint8Array([...utf8('名称: 中'), 0xff, ...utf8('\n')]);
    expect(decodePlanBytes(bytes, LIMIT)).toMatchObject({
      ok: false,
      problem: { kind: 'encoding', offset: utf8('名称: 中').length },
    });
  });
});

describe('decodePlanBytes: size limit', () => {
  const bytes = utf8(PLAN_ASCII);

  it('refuses input one byte over the limit', () => {
    expect(decodePlanBytes(bytes, { maxBytes: bytes.length - 1 })).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: bytes.length, limit: bytes.length - 1 },
    });
  });

  it('accepts input exactly at the limit', () => {
    expect(decodePlanBytes(bytes, { maxBytes: bytes.length })).toEqual({
      ok: true,
      text: PLAN_ASCII,
    });
  });

  it('checks the size before anything else', () => {
    expect(decodePlanBytes(new Uint8Array([0xff, 0xfe, 0x41, 0]), { maxBytes: 2 })).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: 4, limit: 2 },
    });
  });
});

describe('decodePlanBytes: legacy Chinese encodings', () => {
  it.each([
    ['plan-zh-hans.gb18030.txt', 'GB18030'],
    ['plan-zh-hans.gbk.txt', 'GB18030'],
    ['line-zh-hans.gb18030.txt', 'GB18030'],
    ['plan-zh-hant.big5.txt', 'Big5'],
    ['line-zh-hant.big5.txt', 'Big5'],
  ])('%s is likely %s', (name, likely) => {
    const bytes = fixture(name);
    expect(decodePlanBytes(bytes, LIMIT)).toEqual(encoding(likely, firstHigh(bytes)));
  });

  it('names the encoding of each line of the plans on its own', () => {
    // Short inputs are the hard case for a statistical guess.
    for (const [name, likely] of [
      ['plan-zh-hans.gb18030.txt', 'GB18030'],
      ['plan-zh-hant.big5.txt', 'Big5'],
    ] as const) {
      const bytes = fixture(name);
      let start = 0;
      while (start < bytes.length) {
        const end = bytes.indexOf(0x0a, start) + 1 || bytes.length;
        const line = bytes.subarray(start, end);
        start = end;
        if (firstHigh(line) === -1) continue;
        const result = decodePlanBytes(line, LIMIT);
        expect(result.ok ? 'ok' : result.problem).toEqual({
          kind: 'encoding',
          likely,
          offset: firstHigh(line),
        });
      }
    }
  });

  it('says Windows-1252 for Western text that is not UTF-8', () => {
    const bytes = fixture('plan-fr.cp1252.txt');
    expect(decodePlanBytes(bytes, LIMIT)).toEqual(encoding('Windows-1252', firstHigh(bytes)));
  });

  it.each([
    'Café',
    'Straße',
    'élan',
    '«Bonjour»',
    'Zoë',
  ])('says Windows-1252 for the short Latin-1 value %s', (word) => {
    const bytes = Buffer.from(`title: ${word}\n`, 'latin1');
    expect(decodePlanBytes(bytes, LIMIT)).toEqual(encoding('Windows-1252', firstHigh(bytes)));
  });
});

describe('decodePlanBytes: UTF-16 and UTF-32', () => {
  it.each([
    [true, 'UTF-16LE'],
    [false, 'UTF-16BE'],
  ] as const)('recognises %s UTF-16 by its BOM (%s)', (little, likely) => {
    expect(decodePlanBytes(utf16(PLAN_HANS, little, true), LIMIT)).toEqual(encoding(likely, 0));
  });

  it.each([
    [PLAN_ASCII, true, 'UTF-16LE', 1],
    [PLAN_ASCII, false, 'UTF-16BE', 0],
    [PLAN_HANS, true, 'UTF-16LE', 1],
    [PLAN_HANS, false, 'UTF-16BE', 0],
  ] as const)('recognises UTF-16 without a BOM by its zero bytes (%#)', (text, little, likely, nul) => {
    expect(decodePlanBytes(utf16(text, little, false), LIMIT)).toEqual(encoding(likely, nul));
  });

  it('recognises UTF-16 Chinese text with no ASCII and no BOM', () => {
    // U+9700 (需) is the only character here with a zero byte.
    const text = '数字化转型实施方案需求调研与方案设计';
    expect(decodePlanBytes(utf16(text, true, false), LIMIT)).toEqual(encoding('UTF-16LE', 18));
    expect(decodePlanBytes(utf16(text, false, false), LIMIT)).toEqual(encoding('UTF-16BE', 19));
    const lines = '数字化\n转型\n';
    expect(decodePlanBytes(utf16(lines, true, false), LIMIT)).toEqual(encoding('UTF-16LE', 7));
    expect(decodePlanBytes(utf16(lines, false, false), LIMIT)).toEqual(encoding('UTF-16BE', 6));
  });

  it.each([
    [true, 'UTF-32LE'],
    [false, 'UTF-32BE'],
  ] as const)('recognises UTF-32 by its BOM (%s), LE before UTF-16 LE', (little, likely) => {
    expect(decodePlanBytes(utf32(PLAN_HANS, little, true), LIMIT)).toEqual(encoding(likely, 0));
  });

  it.each([
    [true, 'UTF-32LE', 1],
    [false, 'UTF-32BE', 0],
  ] as const)('recognises UTF-32 without a BOM (%s)', (little, likely, nul) => {
    expect(decodePlanBytes(utf32(PLAN_HANS, little, false), LIMIT)).toEqual(encoding(likely, nul));
  });

  it('recognises the GB18030 BOM', () => {
    const bytes = new Uint8Array([0x84, 0x31, 0x95, 0x33, ...fixture('line-zh-hans.gb18030.txt')]);
    expect(decodePlanBytes(bytes, LIMIT)).toEqual(encoding('GB18030', 0));
  });
});

describe('decodePlanBytes: binary data', () => {
  it('calls a PNG header binary, at its first NUL', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c,
      0x72, 0xa8, 0x66,
    ]);
    expect(decodePlanBytes(png, LIMIT)).toEqual(encoding('binary', 8));
  });

  it('calls random bytes with NULs binary', () => {
    let seed = 0x2545f491;
    const random = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) & 0xff;
    };
    for (let round = 0; round < 50; round++) {
      const bytes = Uint8Array.from({ length: 4096 }, random);
      const result = decodePlanBytes(bytes, LIMIT);
      expect(result).toEqual(encoding('binary', bytes.indexOf(0)));
    }
  });

  it('calls a NUL in otherwise plain text binary', () => {
    const bytes = new Uint8Array([...utf8('title: a'), 0, ...utf8('b\ntasks: []\n')]);
    expect(decodePlanBytes(bytes, LIMIT)).toEqual(encoding('binary', 8));
  });

  it('calls valid UTF-8 with a high share of control characters binary', () => {
    const bytes = utf8(`ab${'\u0001\u0002x'.repeat(20)}\n`);
    expect(decodePlanBytes(bytes, LIMIT)).toEqual(encoding('binary', 2));
  });

  it('does not count tab, CR and LF as control characters', () => {
    const text = '\t\r\n'.repeat(100);
    expect(decodePlanBytes(utf8(text), LIMIT)).toEqual({ ok: true, text });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', [...utf8('aé中😀')], 10],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0x61, 0xc0, 0x80], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['a surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0xe4, 0xb8], 1],
    ['a lead byte followed by ASCII', [0xe9, 0x73], 0],
    ['an invalid byte', [0x61, 0xff], 1],
  ])('finds %s', (_, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with the fatal TextDecoder on every two-byte input', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a < 0x100; a++) {
      for (let b = 0; b < 0x100; b += 3) {
        const bytes = Uint8Array.from([a, b, 0x80, 0x80]);
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid);
      }
    }
  });
});
