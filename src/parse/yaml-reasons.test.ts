import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { toDiagnostics } from '../diagnostics/to-diagnostics.js';
import { langs } from '../i18n/lang.js';
import { classifyReason } from './yaml-reasons.js';
import { catalogues } from '../../test/helpers/catalogues.js';

/**
 * One broken file per kind of YAML error: the problem it is named as, and
 * the line:column it is reported at (worked out by hand, in the comment).
 */
const cases: readonly (readonly [string, string, string, string])[] = [
  // `lead` indented under the plain value `a`: line 2, at `lead` (column 3).
  ['title: a\n  lead: b\n', 'bad-indent', '2:3', 'bad indentation of a mapping entry'],
  // Three spaces where the task's keys have four: line 4, `due` at column 4.
  ['tasks:\n  - id: a\n    title: b\n   due: c\n', 'bad-indent', '4:4', 'sequence entry'],
  // A list item after a mapping at the top: line 2, column 1.
  ['title: a\n- b\n', 'unexpected-content', '2:1', 'end of the stream'],
  // A tab before the dash: line 2, column 1 (the tab itself).
  ['tasks:\n\t- a\n', 'tab-indent', '2:1', 'tab characters'],
  // The second `a`: line 2, column 1.
  ['a: 1\na: 2\n', 'duplicate-key', '2:1', 'duplicated mapping key'],
  // The quote opens at line 1, column 8 (after `title: `), not where the file ends.
  ["title: 'abc\nlead: x\n", 'unclosed-quote', '1:8', 'single quoted scalar'],
  ['title: "abc\n---\nlead: x\n', 'unclosed-quote', '1:8', 'double quoted scalar'],
  // `"C:\Users"`: the backslash before U is column 11.
  ['title: "C:\\Users\\a"\n', 'bad-escape', '1:11', 'hexadecimal'],
  ['title: "a\\q"\n', 'bad-escape', '1:10', 'unknown escape'],
  // The `[` after `support: ` is column 10 of line 1, though the parser stops on line 2.
  ['support: [a, b\nlead: x\n', 'unclosed-bracket', '1:10', 'missed comma'],
  ['a: [b, c\n', 'unclosed-bracket', '1:4', 'within a flow collection'],
  // `["a" "b"]`: the second item starts at column 9.
  ['x: ["a" "b"]\n', 'missing-comma', '1:9', 'missed comma'],
  // `[a,,b]`: the second comma is column 7.
  ['x: [a,,b]\n', 'extra-comma', '1:7', "found ','"],
  // The title's text goes on on line 2 without a colon: line 2, column 1.
  ['title: x\n这是一段文字\ndue: 2023\n', 'line-without-colon', '2:1', 'multiline key'],
  [
    'tasks:\n  - title: a\n    这是文字\n    due: b\n',
    'line-without-colon',
    '3:5',
    'multiline key',
  ],
  // `"b":c`: the parser wants a space after the colon at column 5.
  ['a: 1\n"b":c\n', 'space-after-colon', '2:5', 'whitespace character'],
  // `|++`: the second + is column 6.
  ['x: |++\n  a\n', 'block-header', '1:6', 'chomping'],
  ['x: |0\n  a\n', 'block-header', '1:5', 'indentation width'],
  // Both directive lines come before `---`; the second (line 2) is the duplicate.
  ['%YAML 1.2\n%YAML 1.2\n---\na: 1\n', 'directive', '2:1', '%YAML directive'],
  ['%FOO\na: 1\n', 'directive', '1:1', 'directives end mark'],
  // U+0001 between a and b: column 5.
  ['x: a\u0001b\n', 'control-char', '1:5', 'non-printable'],
  ['x: "a\u0001b"\n', 'control-char', '1:6', 'JSON character'],
  // The second document's `---` is line 2.
  ['a: 1\n---\nb: 2\n', 'several-documents', '2:1', 'single document'],
  // Nesting past 64 levels: the parser stops at the 64th bracket, column 64.
  [`${'['.repeat(70)}${']'.repeat(70)}\n`, 'too-deep', '1:64', 'maxDepth'],
  // A value that quotes part of its text: the text after the closing quote, column 14.
  ['title: "全面提升"医疗服务质量\n', 'text-after-quote', '1:14', 'bad indentation'],
  // A value starting with @: at the value, column 8.
  ['title: @医务科牵头\n', 'quote-value', '1:8', 'bad indentation'],
  ['lead: *a\n', 'quote-value', '1:7', 'unidentified alias'],
];

/** The message with what it may quote (keys, the characters it names, YAML itself) taken out. */
const words = (message: string): string =>
  message.replace(/“[^”]*”|「[^」]*」|\(([^)]*)\)|YAML|Tab|U\+[0-9A-F]{4}|[a-z]+:/g, '');

describe('every YAML error in the reader’s language', () => {
  for (const [text, problem, at, reason] of cases) {
    const compiled = compilePlan('plan.yaml', text);
    for (const lang of langs) {
      it(`${problem} (${reason}) in ${lang}, at ${at}`, () => {
        const [d] = toDiagnostics(compiled, compiled.findings, catalogues[lang]);
        expect(compiled.findings[0]?.params?.problem).toBe(problem);
        expect(`${d?.line}:${d?.column}`).toBe(at);
        expect(d?.detail).toContain(reason);
        // The parser's sentence is only ever the detail, never the message.
        expect(d?.message).not.toContain(d?.detail);
        if (lang !== 'en') expect(words(d!.message)).not.toMatch(/[A-Za-z]{3,}/);
        else expect(d?.message).toMatch(/^[\x20-\x7e]+$/);
      });
    }
  }

  it('the plain message when the parser gives a reason it has never given', () => {
    expect(classifyReason('something new in js-yaml 5')).toBe('syntax');
  });
});

describe('js-yaml reasons', () => {
  // Every `throwError(state, '…')` of the js-yaml in use: a new reason in an
  // upgrade fails here until it has words of its own. (Its warnings are
  // never raised: no `onWarning` is given.)
  const loader = readFileSync(
    join(dirname(createRequire(import.meta.url).resolve('js-yaml/package.json')), 'lib/loader.js'),
    'utf8',
  );
  const thrown = [...loader.matchAll(/throwError\(state, (?:'([^']*)'|"([^"]*)")/g)].map(
    (match) => match[1] ?? match[2]!,
  );

  it('are found in the loader', () => {
    expect(thrown.length).toBeGreaterThan(50);
  });

  it('each have a problem of their own', () => {
    const unmapped = thrown.filter((reason) => classifyReason(reason) === 'syntax');
    // Merge keys (`<<`) are not in the core schema a plan is read with.
    expect(unmapped.filter((reason) => !/merge/.test(reason))).toEqual([]);
  });
});
