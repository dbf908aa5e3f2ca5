import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../test/helpers/catalogues.js';
import { diagnosticCodes } from '../../diagnostics/codes.js';
import { langs } from '../lang.js';

/**
 * Every leaf of a catalogue as [dotted key, value]: objects are walked;
 * arrays (a font list, a page footer's parts) and anything else are leaves.
 */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * One made-up argument for every message and label: as text it is "x";
 * called, it gives itself; as a list it holds two of itself; any property
 * of it is itself, and a string method works on "x". A diagnostic's `v`
 * reads each param as "x" (and `parts` as two lines).
 */
const read = (name: string): string => (name === 'parts' ? 'a\nb' : 'x');
const list: unknown[] = [];
const anything: unknown = new Proxy(() => undefined, {
  apply: () => anything,
  get: (_, name) => {
    if (name === Symbol.toPrimitive || name === 'toString' || name === 'valueOf') return () => 'x';
    if (name === 'length') return list.length;
    if (typeof name === 'symbol' || name in Array.prototype) {
      const method = (list as unknown as Record<string | symbol, unknown>)[name];
      return typeof method === 'function' ? method.bind(list) : method;
    }
    if (name in String.prototype) {
      const method = ('x' as unknown as Record<string, unknown>)[name];
      return typeof method === 'function' ? method.bind('x') : method;
    }
    return anything;
  },
});
list.push(anything, anything);

/** What a leaf says when called with made-up arguments (strings as they are). */
function say(key: string, value: unknown): string {
  if (typeof value !== 'function') return String(value);
  const call = value as (...a: unknown[]) => unknown;
  // A diagnostic reads its params through `v`; a label takes its values as they are.
  const diagnostic = key.startsWith('diagnostics.') || key.startsWith('yamlSyntax.');
  return String(diagnostic ? call(anything, read) : call(anything, anything, anything, anything));
}

/** Leaves that may say nothing: English asks for no extra fonts, and its page footer ends bare. */
const mayBeEmpty = new Set(['fonts.web', 'office.pageOf']);

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
      // A separator may be only spaces; anything else must say something.
      const empty = [...own]
        .filter(([key, value]) => {
          const text = say(key, value);
          if (mayBeEmpty.has(key)) return false;
          return /separator$/i.test(key) ? text === '' : text.trim() === '';
        })
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }

  // A Chinese message may quote keys, codes and YAML (`due`, `plan-disable`,
  // `U+3000`) and give a command to run (plan check a.yaml), but a run of
  // three English words is a sentence left untranslated.
  for (const lang of ['zh-CN', 'zh-TW'] as const) {
    it(`${lang}: no English sentence left in a Chinese message`, () => {
      const english = [...leaves(catalogues[lang])]
        .map(([key, value]) => [key, say(key, value)] as const)
        .filter(([, text]) =>
          /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2}\b/.test(
            text.replace(
              /“[^”]*”|「[^」]*」|`[^`]*`|"[^"]*"|\bplan [a-z]+(?: [^\s，。；）]+)?/g,
              '',
            ),
          ),
        )
        .map(([key]) => key);
      expect(english).toEqual([]);
    });
  }

  // Common characters that exist only in simplified Chinese: zh-TW must use
  // the traditional forms (這 們 個 時 …) wherever zh-CN writes Chinese.
  const simplifiedOnly =
    /[这们个时为与应进务项单实现发开关报过还没说对动灯红黄绿蓝级划间执处设据错误读写显问题该请况则条门会长见页标数达节启阶骤检办结]/;
  it('zh-TW: no simplified-only character where zh-CN writes Chinese', () => {
    const cn = new Map(leaves(catalogues['zh-CN']).map(([key, value]) => [key, say(key, value)]));
    const simplified = leaves(catalogues['zh-TW'])
      .filter(([key]) => /[\u4e00-\u9fff]/.test(cn.get(key) ?? ''))
      .filter(([key, value]) => simplifiedOnly.test(say(key, value)))
      .map(([key]) => key);
    expect(simplified).toEqual([]);
    // The check can fail: zh-CN's own words are full of them.
    expect(
      simplifiedOnly.test(say('shared.noLight.done', catalogues['zh-CN'].shared.noLight.done)),
    ).toBe(true);
  });

  it('fails on a catalogue that lacks a key (the check above can fail)', () => {
    const { didYouMean: _, ...short } = catalogues['zh-CN'];
    expect(leaves(short).map(([key]) => key)).not.toContain('didYouMean');
    expect(leaves(short).length).toBeLessThan(en.length);
  });
});
