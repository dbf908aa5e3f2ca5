/**
 * `plan overdue --format csv`: one row per item under a header in the
 * output language, for Excel and WPS (BOM by default). The four day columns
 * are always there, so a spreadsheet's columns never move, and stay numbers
 * so it can sort and sum them.
 */
import type { Lang } from '../../i18n/lang.js';
import type { OverdueList } from '../../views/overdue-items.js';
import { type Cell, formatDelimited } from '../formats/csv.js';
import { dayColumns, itemLightWord, itemRow, overdueHeader } from './item-cells.js';

export interface OverdueCsvOptions {
  readonly lang: Lang;
  readonly bom: boolean;
}

export function renderOverdueCsv(list: OverdueList, options: OverdueCsvOptions): string {
  const { lang } = options;
  const rows = list.items.map((item): Cell[] => {
    const row: Cell[] = itemRow(item, lang, itemLightWord(item, lang));
    // The 序号 stays text: `1.10` must not open as 1.1.
    row[2] = { numbering: row[2] as string };
    // Day figures stay numbers in a spreadsheet, never neutralised as text.
    dayColumns.forEach((column, index) => {
      row[6 + index] = item[column] ?? undefined;
    });
    return row;
  });
  const header: Cell[] = overdueHeader(lang);
  return formatDelimited([header, ...rows], { bom: options.bom });
}
