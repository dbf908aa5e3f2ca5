import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../diagnostics/line-index.js';
import { locatePath } from './locate-path.js';
import { aliasBudget, parseYaml } from './parse-yaml.js';
import type { Path } from './types.js';

/** `line:column` where the node at `path` starts, and the text it spans. */
function at(text: string, path: Path, part: 'key' | 'value' = 'value'): string {
  const result = parseYaml(text);
  if (!result.ok) throw new Error(result.error.reason);
  const span = locatePath(result.root, path, part);
  const { line, column } = createLineIndex(text).position(span.start);
  return `${line}:${column} ${text.slice(span.start, span.end)}`;
}

const plan = `# comment
version: 1
title: 测试方案   # trailing comment
units:
  health: 县卫生健康局
  finance: { name: 县财政局, aliases: [财政局] }
tasks:
  - id: T1
    title: "加强建设"
    support: [finance, 县财政局]
    due:
    tasks:
      - title: 子任务
        due: 2023-06
  - title: |
      第一行
      第二行
`;

describe('source positions', () => {
  it('places scalars, keys and nested values exactly', () => {
    expect(at(plan, ['version'])).toBe('2:10 1');
    expect(at(plan, ['version'], 'key')).toBe('2:1 version');
    expect(at(plan, ['title'])).toBe('3:8 测试方案');
    expect(at(plan, ['units', 'finance', 'aliases', 0])).toBe('6:36 财政局');
    expect(at(plan, ['tasks', 0, 'support', 1])).toBe('10:24 县财政局');
    expect(at(plan, ['tasks', 0, 'tasks', 0, 'due'])).toBe('14:14 2023-06');
    expect(at(plan, ['tasks', 0, 'title'])).toBe('9:12 "加强建设"');
  });

  it('points an empty value at its key', () => {
    expect(at(plan, ['tasks', 0, 'due'])).toBe('11:5 due');
  });

  it('falls back to the deepest node that exists', () => {
    expect(at(plan, ['tasks', 1, 'lead'])).toMatch(/^15:5 title: \|/);
    expect(at(plan, ['goals', 3])).toMatch(/^2:1 version/);
  });

  it('keeps line numbers with CRLF line ends', () => {
    const crlf = plan.replace(/\n/g, '\r\n');
    expect(at(crlf, ['tasks', 0, 'tasks', 0, 'due'])).toBe('14:14 2023-06');
  });
});

describe('hostile and broken YAML', () => {
  const problem = (text: string) => {
    const result = parseYaml(text);
    return result.ok ? undefined : result.error;
  };

  it('reports duplicate keys at the second key', () => {
    const error = problem('a: 1\nb: 2\na: 3\n');
    expect(error?.kind).toBe('duplicate-key');
    expect(createLineIndex('a: 1\nb: 2\na: 3\n').position(error!.offset).line).toBe(3);
  });

  it('reports a second document where it starts', () => {
    const text = '# head\na: 1\n---\nb: 2\n';
    const error = problem(text);
    expect(error?.kind).toBe('several-documents');
    expect(createLineIndex(text).position(error!.offset).line).toBe(3);
  });

  it('refuses an alias bomb quickly', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    expect(problem(text)?.kind).toBe('alias-expansion');
  });

  // Issue 13 item 8: the bomb guard counts characters, not only nodes. A
  // string of n characters costs n + 1 per alias; the budget for a text of
  // length L is 2L + 1,000,000.
  it('refuses aliases of a long string past the byte budget, and accepts them below it', () => {
    const plan = (uses: number, length: number): string =>
      `a: &s "${'x'.repeat(length)}"\nb: [${Array(uses).fill('*s').join(', ')}]\n`;
    // 8 uses of 200,000 characters: the text is 7 + 200,000 + 2 + 4 + 30 + 2
    // = 200,045 long, so the budget is 1,400,090, and 8 × 200,001 = 1,600,008 is over it: refused, at the
    // 8th alias (7 × 200,001 = 1,400,007 is still within).
    const text = plan(8, 200_000);
    const over = problem(text);
    expect(over?.kind).toBe('alias-expansion');
    expect(over?.offset).toBe(text.indexOf('*s') + 4 * 7);
    // 7 uses: the text is 200,041 long, the budget 1,400,082 ≥ 1,400,007: accepted.
    expect(parseYaml(plan(7, 200_000)).ok).toBe(true);
    expect(aliasBudget(100)).toBe(1_000_200);
  });

  it('stops a flow sequence of aliases used as a key before js-yaml joins it', () => {
    const text = `a: &s "${'x'.repeat(500_000)}"\nb: { [${Array(300).fill('*s').join(', ')}]: 1 }\n`;
    expect(problem(text)?.kind).toBe('alias-expansion');
  });

  it('refuses an alias inside the node it names, at that alias', () => {
    for (const text of ['a: &a [x, *a]\n', 'a: &a { x: *a }\n']) {
      const error = problem(text);
      expect(error?.kind).toBe('alias-expansion');
      expect(error?.offset).toBe(text.indexOf('*a'));
    }
  });

  it('accepts a few honest aliases', () => {
    const result = parseYaml('team: &t [a, b]\nx: *t\ny: *t\n');
    expect(result.ok && result.value).toEqual({ team: ['a', 'b'], x: ['a', 'b'], y: ['a', 'b'] });
  });

  it('refuses nesting deeper than the limit', () => {
    expect(problem(`${'- '.repeat(200)}x`)?.kind).toBe('too-deep');
  });

  it('keeps __proto__ as an ordinary key', () => {
    const result = parseYaml('__proto__: { polluted: 1 }\n');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value as object)).toEqual(['__proto__']);
  });

  it('reads dates as text, not timestamps', () => {
    const result = parseYaml('due: 2023-06-30\nyear: 2023\nno: 3\n');
    expect(result.ok && result.value).toEqual({ due: '2023-06-30', year: 2023, no: 3 });
  });

  it('gives an empty file no value', () => {
    const result = parseYaml('');
    expect(result.ok && result.value).toBeUndefined();
  });
});
