import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../test/helpers/catalogues.js';
import { compilePlan } from '../../compile.js';
import { toDiagnostics } from '../../pipeline/word-findings.js';
import type { Lang } from '../lang.js';
import { zhCompare } from './format.js';

/** The schema messages of a plan text, in `lang`. */
function schemaMessages(text: string, lang: Lang): string[] {
  const compiled = compilePlan('p.yaml', text);
  return toDiagnostics(compiled, compiled.findings, lang)
    .filter((d) => d.code === 'schema')
    .map((d) => d.message);
}

const task = (progress: string) =>
  `version: 1\ntitle: t\ntasks:\n  - title: a\n    lead: x\n    due: 2024-06\n    progress: ${progress}\n`;

describe('official Chinese for the common slips', () => {
  it('version: "1" is told to drop the quotes; version: 2 is told the values', () => {
    expect(schemaMessages('version: "1"\ntitle: t\n', 'zh-CN')).toEqual(['应为数字 1，不要加引号']);
    expect(schemaMessages('version: "1"\ntitle: t\n', 'zh-TW')).toEqual(['應為數字 1，不要加引號']);
    expect(schemaMessages('version: "1"\ntitle: t\n', 'en')).toEqual([
      'write the number 1, without quotes',
    ]);
    // Not quoted, and not the one allowed value: the list of values.
    expect(schemaMessages('version: 2\ntitle: t\n', 'zh-CN')).toEqual([
      '“2”不是有效取值，可选值为：1',
    ]);
  });

  it('progress: 50% is told to drop the %; progress: 过半 gets the type', () => {
    expect(schemaMessages(task('50%'), 'zh-CN')).toEqual(['进度应填写数字（如 50），不要带 %']);
    expect(schemaMessages(task('50%'), 'zh-TW')).toEqual(['進度應填寫數字（如 50），不要加 %']);
    expect(schemaMessages(task('过半'), 'zh-CN')).toEqual(['应填写数字，此处填写的是文字']);
  });

  it('comparison signs in a Chinese sentence: ≥ and ≤, not >= and <=', () => {
    expect(zhCompare('>= 93%')).toBe('≥93%');
    expect(zhCompare('<=5天')).toBe('≤5天');
    expect(zhCompare('93%以上')).toBe('93%以上');
  });

  it('late-to-start says how long ago the planned start was, as the issue asks', () => {
    const say = catalogues['zh-CN'].diagnostics['late-to-start'];
    expect(say({}, (name) => ({ name: '建立制度', days: '61' })[name] ?? '')).toBe(
      '任务“建立制度”计划开始时间已过 61 天，仍未启动',
    );
  });
});
