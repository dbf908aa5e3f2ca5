import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldScript } from './fold-script.js';

describe('foldScript', () => {
  it('folds the traditional names of departments and offices to simplified', () => {
    expect(foldScript('醫務科')).toBe('医务科');
    expect(foldScript('護理部')).toBe('护理部');
    expect(foldScript('總務後勤科')).toBe('总务后勤科');
    expect(foldScript('綜合辦公室')).toBe('综合办公室');
    expect(foldScript('縣衛生健康局')).toBe('县卫生健康局');
    expect(foldScript('內科')).toBe('内科');
  });

  it('leaves simplified text, and characters it does not list, as they are', () => {
    expect(foldScript('医务科')).toBe('医务科');
    expect(foldScript('District Health Bureau')).toBe('District Health Bureau');
  });

  it('keeps its table in pairs: no character is both a source and a result', () => {
    // A pair dropped or doubled in the table would shift every later pair,
    // turning simplified characters into sources: this catches it.
    const source = readFileSync(join(import.meta.dirname, 'fold-script.ts'), 'utf8');
    const table = [...source.matchAll(/'([^'\n]*)'/g)]
      .map((match) => match[1]!)
      .filter((text) => /\p{Script=Han}{4}/u.test(text))
      .join('');
    const chars = [...table];
    expect(chars.length % 2).toBe(0);
    const from = new Set(chars.filter((_, index) => index % 2 === 0));
    const to = new Set(chars.filter((_, index) => index % 2 === 1));
    expect([...from].filter((char) => to.has(char))).toEqual([]);
    for (let i = 0; i < chars.length; i += 2) expect(chars[i]).not.toBe(chars[i + 1]);
  });
});
