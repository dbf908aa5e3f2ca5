import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eastAsianWidth } from 'get-east-asian-width';
import {
  displayWidth,
  exactTruncate,
  exactWidth,
  simpleRanges,
  truncateToWidth,
} from './text-width.js';

const segmenter = new Intl.Segmenter();
const segments = (text: string) => [...segmenter.segment(text)].length;

describe('the fast path of text width', () => {
  it('agrees with string-width on every character it takes, each its own cluster', () => {
    const wrong: string[] = [];
    for (const [start, end] of simpleRanges) {
      for (let cp = start; cp <= end; cp++) {
        const ch = String.fromCodePoint(cp);
        const ok =
          exactWidth(ch) === eastAsianWidth(cp) &&
          segments(`a${ch}a`) === 3 &&
          segments(`${ch}${ch}`) === 2 &&
          exactWidth(`中${ch}a`) === 3 + eastAsianWidth(cp);
        if (!ok) wrong.push(cp.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        'a',
        ' ',
        '中',
        '國',
        '…',
        '█',
        '、',
        '（',
        '　',
        '╂',
        '\u0301',
        '🏥',
        '\u200d',
        'ｱ',
        '한',
      ),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
    maxLength: 30,
  });

  it('measures and truncates exactly as string-width does', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (s, width) => {
        expect(displayWidth(s)).toBe(exactWidth(s));
        expect(truncateToWidth(s, width)).toBe(exactTruncate(s, width));
      }),
      { numRuns: 2000 },
    );
  });
});
