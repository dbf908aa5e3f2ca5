/**
 * `plan overdue --format csv`: one row per item under a header in the
 * output language, for Excel and WPS (BOM by default). Days late stays a
 * number so a spreadsheet can sort and sum it.
 */
import { sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import type { OverdueList } from '../../views/overdue-items.js';
import { type Cell, formatDelimited } from '../formats/csv.js';
import { itemRow, overdueHeader } from './item-cells.js';

export interface OverdueCsvOptions {
  readonly lang: Lang;
  readonly bom: boolean;
}

export function renderOverdueCsv(list: OverdueList, options: OverdueCsvOptions): string {
  const { lang } = options;
  const shared = sharedLabels(lang);
  const rows = list.items.map((item): Cell[] => {
    const row: Cell[] = itemRow(item, lang, shared.light[item.light]);
    // Days late stay a number in a spreadsheet, never neutralised as text.
    row[6] = item.daysLate ?? undefined;
    return row;
  });
  const header: Cell[] = overdueHeader(lang);
  return formatDelimited([header, ...rows], { bom: options.bom });
}
