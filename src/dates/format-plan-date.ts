/**
 * Prints dates at the precision they were written with: a plan that says
 * `2014-07` means the whole of July, and printing `2014-07-31` would claim a
 * precision the author never gave.
 */
import { civilFromDay, formatIsoDay } from './calendar.js';
import type { DateLocale, Day, FixedDate, PlanDate } from './types.js';

const ONGOING: Record<DateLocale, string> = {
  en: 'ongoing',
  'zh-CN': '长期',
  'zh-TW': '長期',
};

const QUARTER_NUMERALS = ['一', '二', '三', '四'] as const;
const DEKAD_NAMES = ['上旬', '中旬', '下旬'] as const;

/** 0, 1 or 2: which third of its month a dekad is, from its first day (1, 11 or 21). */
function dekadIndex(firstDay: number): 0 | 1 | 2 {
  return firstDay > 20 ? 2 : firstDay > 10 ? 1 : 0;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function formatFixedEn(date: FixedDate): string {
  const { year, month, day } = civilFromDay(date.first);
  switch (date.precision) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'month':
      return `${year}-${pad2(month)}`;
    // An ISO 8601 interval with the end's year and month left out: the
    // standard way to write a span of days, and sortable as text.
    case 'dekad':
      return `${year}-${pad2(month)}-${pad2(day)}/${pad2(civilFromDay(date.last).day)}`;
    case 'day':
      return formatIsoDay(date.first);
  }
}

// zh-CN and zh-TW share 年, 月, 日, 上半年 and 第…季度, so one function serves both.
function formatFixedZh(date: FixedDate): string {
  const { year, month, day } = civilFromDay(date.first);
  switch (date.precision) {
    case 'year':
      return `${year}年`;
    case 'half':
      return `${year}年${month <= 6 ? '上' : '下'}半年`;
    case 'quarter':
      return `${year}年第${QUARTER_NUMERALS[Math.ceil(month / 3) - 1]}季度`;
    case 'month':
      return `${year}年${month}月`;
    case 'dekad':
      return `${year}年${month}月${DEKAD_NAMES[dekadIndex(day)]}`;
    case 'day':
      return `${year}年${month}月${day}日`;
  }
}

export function formatPlanDate(date: PlanDate, locale: DateLocale): string {
  if (date.kind === 'ongoing') return ONGOING[locale];
  return locale === 'en' ? formatFixedEn(date) : formatFixedZh(date);
}

/** A single day, for things that are days by nature (today, `done_on`). */
export function formatDay(day: Day, locale: DateLocale): string {
  if (locale === 'en') return formatIsoDay(day);
  const { year, month, day: d } = civilFromDay(day);
  return `${year}年${month}月${d}日`;
}
