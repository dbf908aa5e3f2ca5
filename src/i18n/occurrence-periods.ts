/**
 * A recurring duty's periods named in a sentence, the way a 督办单 names
 * them: the year once for the periods of one year (2024年4月、6月;
 * April and June 2024; 2024年第一季度、第二季度), again where the year
 * changes (2023年12月、2024年1月). Periods are the labels of
 * `analyze/occurrences.ts`: `2024-04`, `2024-Q2`, `2024-H1`, `2024`, and a
 * weekly duty's due day `2024-01-05`.
 */
import { periodZh } from './catalogue/format.js';
import type { Lang } from './lang.js';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Periods oldest first, as one phrase in the language. */
export function periodList(periods: readonly string[], lang: Lang): string {
  return lang === 'en' ? periodListEn(periods) : periodListZh(periods, lang === 'zh-TW');
}

function periodListZh(periods: readonly string[], tw: boolean): string {
  let year: string | undefined;
  return periods
    .map((period) => {
      const [own] = period.split('-');
      const text = periodZh(period, tw);
      // A bare year (2023年) always keeps its 年; a part of the year before it drops it.
      const shown = own === year && period.includes('-') ? text.slice(`${own}年`.length) : text;
      year = own;
      return shown;
    })
    .join('、');
}

function periodListEn(periods: readonly string[]): string {
  // Runs of periods in one year share it: [[April, June], 2024].
  const groups: { year: string; parts: string[] }[] = [];
  for (const period of periods) {
    const [year = '', part, day] = period.split('-');
    const groupable = part !== undefined && day === undefined;
    const name = !groupable
      ? period
      : part.startsWith('Q') || part.startsWith('H')
        ? part
        : (monthNames[Number(part) - 1] ?? part);
    const last = groups[groups.length - 1];
    // Whole years and weekly days share no year: they run together as one list.
    if (last && last.year === (groupable ? year : '')) last.parts.push(name);
    else groups.push({ year: groupable ? year : '', parts: [name] });
  }
  // Years apart by commas, so that `and` only ever joins periods of one year.
  return groups
    .map((group) =>
      group.year === '' ? andList(group.parts) : `${andList(group.parts)} ${group.year}`,
    )
    .join(', ');
}

/** `A`, `A and B`, `A, B and C`. */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
