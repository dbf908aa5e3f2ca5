import { describe, expect, it } from 'vitest';
import { dayFromCivil } from './calendar.js';
import { formatDay, formatPlanDate } from './format-plan-date.js';
import { parsePlanDate } from './parse-plan-date.js';
import type { DateLocale, PlanDate } from './types.js';

function parsed(value: unknown): PlanDate {
  const result = parsePlanDate(value);
  if (!result.ok) throw new Error(`${String(value)} did not parse`);
  return result.date;
}

describe('formatPlanDate', () => {
  it.each<[string | number, string, string, string]>([
    [2014, '2014', '2014年', '2014年'],
    ['2014-07', '2014-07', '2014年7月', '2014年7月'],
    ['2014-07-16', '2014-07-16', '2014年7月16日', '2014年7月16日'],
    ['2014-7-6', '2014-07-06', '2014年7月6日', '2014年7月6日'],
    ['2014-Q1', '2014-Q1', '2014年第一季度', '2014年第一季度'],
    ['2014-Q2', '2014-Q2', '2014年第二季度', '2014年第二季度'],
    ['2014-Q3', '2014-Q3', '2014年第三季度', '2014年第三季度'],
    ['2014-Q4', '2014-Q4', '2014年第四季度', '2014年第四季度'],
    ['2014-H1', '2014-H1', '2014年上半年', '2014年上半年'],
    ['2014-H2', '2014-H2', '2014年下半年', '2014年下半年'],
    ['2014年底前', '2014-12', '2014年12月', '2014年12月'],
    ['2014年6月底', '2014-06', '2014年6月', '2014年6月'],
    ['2014年三季度', '2014-Q3', '2014年第三季度', '2014年第三季度'],
    ['2023年年中', '2023-06', '2023年6月', '2023年6月'],
    ['2023年6月上旬', '2023-06-01/10', '2023年6月上旬', '2023年6月上旬'],
    ['2023年6月中旬前', '2023-06-11/20', '2023年6月中旬', '2023年6月中旬'],
    ['2023年6月下旬', '2023-06-21/30', '2023年6月下旬', '2023年6月下旬'],
    ['2024年2月下旬', '2024-02-21/29', '2024年2月下旬', '2024年2月下旬'],
    ['2023年2月下旬', '2023-02-21/28', '2023年2月下旬', '2023年2月下旬'],
    ['2023-07-21/31', '2023-07-21/31', '2023年7月下旬', '2023年7月下旬'],
    ['二〇二三年十二月三十一日', '2023-12-31', '2023年12月31日', '2023年12月31日'],
    ['二〇二三年三月份', '2023-03', '2023年3月', '2023年3月'],
    ['ongoing', 'ongoing', '长期', '長期'],
    ['持续推进', 'ongoing', '长期', '長期'],
  ])('%j prints as %s / %s / %s', (value, en, zhCN, zhTW) => {
    const date = parsed(value);
    const printed: Record<DateLocale, string> = {
      en: formatPlanDate(date, 'en'),
      'zh-CN': formatPlanDate(date, 'zh-CN'),
      'zh-TW': formatPlanDate(date, 'zh-TW'),
    };
    expect(printed).toEqual({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });
  });
});

describe('formatDay', () => {
  it('prints a day in each locale', () => {
    const day = dayFromCivil(2014, 7, 6);
    expect(formatDay(day, 'en')).toBe('2014-07-06');
    expect(formatDay(day, 'zh-CN')).toBe('2014年7月6日');
    expect(formatDay(day, 'zh-TW')).toBe('2014年7月6日');
  });
});
