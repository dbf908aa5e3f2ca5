import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../test/helpers/catalogues.js';
import { diagnosticCodes } from '../../diagnostics/codes.js';
import { langs } from '../lang.js';

/** Every leaf of a catalogue as [dotted key, value]: objects are walked, anything else is a leaf. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * One made-up argument for every kind of message: called, it reads a param
 * (`v`); indexed, it is the params (`p`); as text, it is "x". Each param is
 * "x", and `parts` two lines.
 */
const read = (name: string): string => (name === 'parts' ? 'a\nb' : 'x');
const anything: unknown = new Proxy(read, {
  get: (_, name) => (name === Symbol.toPrimitive ? () => 'x' : read(String(name))),
});

/** What a leaf says when called with made-up params (strings as they are). */
function say(value: unknown): string {
  if (typeof value === 'function')
    return String((value as (...a: unknown[]) => unknown)(anything, read));
  return String(value);
}

const en = leaves(catalogues.en);

describe('one catalogue per language', () => {
  it('the English catalogue words every diagnostic code', () => {
    expect(Object.keys(catalogues.en.diagnostics).sort()).toEqual(
      Object.keys(diagnosticCodes).sort(),
    );
  });

  for (const lang of langs) {
    const own = new Map(leaves(catalogues[lang]));
    it(`${lang} has exactly the keys of English, each of the same kind`, () => {
      expect([...own.keys()].sort()).toEqual(en.map(([key]) => key).sort());
      for (const [key, value] of en)
        expect([key, typeof own.get(key)]).toEqual([key, typeof value]);
    });
    it(`${lang}: no message is empty`, () => {
      const empty = [...own].filter(([, value]) => say(value).trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }

  // A Chinese message may quote keys, codes and YAML (`due`, `plan-disable`,
  // `U+3000`), but a run of three English words is a sentence left untranslated.
  for (const lang of ['zh-CN', 'zh-TW'] as const) {
    it(`${lang}: no English sentence left in a Chinese message`, () => {
      const english = [...leaves(catalogues[lang])]
        .map(([key, value]) => [key, say(value)] as const)
        .filter(([, text]) =>
          /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2}\b/.test(
            text.replace(/“[^”]*”|「[^」]*」|`[^`]*`|"[^"]*"/g, ''),
          ),
        )
        .map(([key]) => key);
      expect(english).toEqual([]);
    });
  }

  it('fails on a catalogue that lacks a key (the check above can fail)', () => {
    const { didYouMean: _, ...short } = catalogues['zh-CN'];
    expect(leaves(short).map(([key]) => key)).not.toContain('didYouMean');
    expect(leaves(short).length).toBeLessThan(en.length);
  });
});
