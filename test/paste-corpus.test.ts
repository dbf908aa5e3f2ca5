/**
 * The held-out test of issue 9, built ahead of it: plans pasted from Word or
 * WPS and typed by hand (test/paste/variants.ts), each in the languages it
 * applies to. For each: the exit code; the first diagnostic's code, line and
 * column (worked out by hand in the table); its message in the plan's
 * language, with no parser English; the fix or suggestion where there is
 * one; and no text silently lost — every word of a title or unit reaches
 * `plan table --format json`, or a diagnostic on its line says why not.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/index.js';
import type { Diagnostic } from '../src/diagnostics/types.js';
import { type BaseLang, words } from './paste/bases.js';
import { runVariant, TODAY, type VariantRun } from './paste/run-variant.js';
import { type Expect, variants } from './paste/variants.js';

const han = /\p{Script=Han}/u;
/** Three English words in a row, once quoted plan text and code are taken out. */
const englishSentence = /[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){2,}/;
/** What js-yaml says, in words that must never reach a message. */
const parserWords =
  /mapping entry|implicit key|block mapping|flow collection|scalar|indentation of/i;

function unquoted(message: string): string {
  return message
    .replace(/`[^`]*`/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/「[^」]*」/g, '')
    .replace(/"[^"]*"/g, '');
}

/** Keys whose values are text a reader must find in the table (the tasks' lines: indented). */
const textLine =
  /^[ \t\u3000\u00a0]+(?:[-－—–•·●・][ \t\u3000]*)?(?:title|lead|support|标题|標題|牵头单位|牽頭單位|责任单位|配合单位|配合單位|Title|titel|responsible)[ \t]*[:：\u3000\u00a0]/;
const piece = /[\p{Script=Han}A-Za-z0-9]+/gu;

function lostText(text: string, run: VariantRun): string[] {
  // No table at all: an error must say why.
  if (run.tableRows === 0) {
    return run.diagnostics.some((d) => d.severity === 'error') ? [] : ['no table and no error'];
  }
  const lost: string[] = [];
  const all = text.split(/\r\n|\r|\n/);
  all.forEach((line, index) => {
    if (!textLine.test(line)) return;
    const value = line.replace(textLine, '');
    for (const word of value.match(piece) ?? []) {
      if (run.table.includes(word)) continue;
      if (run.diagnostics.some((d) => d.line === index + 1)) continue;
      lost.push(`line ${index + 1}: ${word}`);
    }
  });
  return lost;
}

function languageProblems(lang: BaseLang, diagnostics: readonly Diagnostic[]): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    if (d.detail && d.message.includes(d.detail)) problems.push(`detail in message: ${d.message}`);
    if (parserWords.test(d.message)) problems.push(`parser words: ${d.message}`);
    if (lang === 'en') {
      if (!/[a-z]+ [a-z]+/.test(d.message)) problems.push(`not English: ${d.message}`);
    } else {
      if (!han.test(d.message)) problems.push(`no Chinese: ${d.message}`);
      if (englishSentence.test(unquoted(d.message))) problems.push(`English: ${d.message}`);
    }
  }
  return problems;
}

interface Outcome {
  readonly exit: number;
  readonly code?: string;
  readonly line?: number;
  readonly column?: number;
  readonly suggestion?: string;
  readonly fix: boolean;
}

function outcomeOf(run: VariantRun): Outcome {
  const first = run.diagnostics[0];
  return {
    exit: run.exit,
    ...(first
      ? {
          code: first.code,
          line: first.line,
          column: first.column,
          ...(first.suggestion !== undefined ? { suggestion: first.suggestion } : {}),
        }
      : {}),
    fix: first?.fix !== undefined,
  };
}

function expectedOutcome(e: Expect): Partial<Outcome> {
  const { clean: _clean, fix, ...rest } = e;
  return { ...rest, ...(fix ? { fix: true } : {}) };
}

const cases = variants.flatMap((variant) =>
  variant.langs.map((lang) => ({ variant, lang, name: `${variant.name} [${lang}]` })),
);

describe('Word-pasted plans', () => {
  it('has at least 120 variants', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  for (const { variant, lang, name } of cases) {
    it(name, async () => {
      const input = variant.make(lang);
      const expected = variant.expect(lang, words[lang]);
      const run = await runVariant(input);
      const actual = outcomeOf(run);
      if (process.env.EXPLORE) {
        const want = expectedOutcome(expected);
        const same = Object.entries(want).every(
          ([k, value]) => (actual as unknown as Record<string, unknown>)[k] === value,
        );
        const cleanOk = !expected.clean || run.diagnostics.length === 0;
        const text = typeof input === 'string' ? input : '';
        const lost = lostText(text, run);
        const language = languageProblems(lang, run.diagnostics);
        if (!same || !cleanOk || lost.length > 0 || language.length > 0) {
          console.log(
            `FAIL ${name}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(actual)}\n  ${run.diagnostics
              .slice(0, 3)
              .map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.suggestion ?? ''}`)
              .join(
                '\n  ',
              )}${lost.length ? `\n  lost ${lost.join(', ')}` : ''}${language.length ? `\n  lang ${language.join(' / ')}` : ''}`,
          );
        }
        return;
      }
      expect(actual).toMatchObject(expectedOutcome(expected));
      if (expected.clean) expect(run.diagnostics).toEqual([]);
      if (expected.code !== undefined) expect(run.diagnostics.length).toBeGreaterThan(0);
      expect(languageProblems(lang, run.diagnostics)).toEqual([]);
      if (typeof input === 'string') {
        expect(lostText(input, run)).toEqual([]);
        // The library gives what the CLI gives.
        const library = compilePlan(input, { today: TODAY });
        expect(library.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(
          run.diagnostics.map((d) => [d.code, d.line, d.column]),
        );
      } else if (run.tableRows === 0) {
        expect(run.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }
    });
  }
});
