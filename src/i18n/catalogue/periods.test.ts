import { describe, expect, it } from 'vitest';
import { periodListEn } from './en.js';
import { periodListZh } from './format.js';
import type { Lang } from '../lang.js';

const periodList = (periods: readonly string[], lang: Lang): string =>
  lang === 'en' ? periodListEn(periods) : periodListZh(periods, lang === 'zh-TW');

describe('periodList', () => {
  it('names the year once for the periods of one year, again where it changes', () => {
    expect(periodList(['2024-04', '2024-06'], 'zh-CN')).toBe('2024年4月、6月');
    expect(periodList(['2023-12', '2024-01'], 'zh-CN')).toBe('2023年12月、2024年1月');
    expect(periodList(['2024-Q1', '2024-Q2'], 'zh-CN')).toBe('2024年第一季度、第二季度');
    expect(periodList(['2024-Q1', '2024-Q2'], 'zh-TW')).toBe('2024年第一季、第二季');
    expect(periodList(['2024-H1'], 'zh-CN')).toBe('2024年上半年');
    expect(periodList(['2023', '2024'], 'zh-CN')).toBe('2023年、2024年');
    expect(periodList(['2024-01-05', '2024-01-12'], 'zh-CN')).toBe('2024年1月5日、1月12日');
  });

  it('in English: `and` within a year, commas between years', () => {
    expect(periodList(['2024-04'], 'en')).toBe('April 2024');
    expect(periodList(['2024-04', '2024-06'], 'en')).toBe('April and June 2024');
    expect(periodList(['2024-03', '2024-04', '2024-06'], 'en')).toBe('March, April and June 2024');
    expect(periodList(['2023-12', '2024-01', '2024-02'], 'en')).toBe(
      'December 2023, January and February 2024',
    );
    expect(periodList(['2024-Q2'], 'en')).toBe('Q2 2024');
    expect(periodList(['2023', '2024'], 'en')).toBe('2023 and 2024');
    expect(periodList(['2024-01-05', '2024-01-12'], 'en')).toBe('2024-01-05 and 2024-01-12');
  });
});
