/**
 * `plan overdue --format csv`: one row per item under a header in the
 * output language, for Excel and WPS (BOM by default). Days late stays a
 * number so a spreadsheet can sort and sum it.
 */
import { sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { overdueLabels } from '../../i18n/overdue-labels.js';
import type { OverdueList } from '../../views/overdue-items.js';
import { type Cell, formatDelimited } from '../formats/csv.js';
import { itemCells } from './item-cells.js';

export interface OverdueCsvOptions {
  readonly lang: Lang;
  readonly bom: boolean;
}

export function renderOverdueCsv(list: OverdueList, options: OverdueCsvOptions): string {
  const { lang } = options;
  const { column } = overdueLabels(lang);
  const shared = sharedLabels(lang);
  const header: Cell[] = [
    column.light,
    column.kind,
    column.no,
    column.title,
    column.lead,
    column.due,
    column.daysLate,
    column.reasons,
  ];
  const rows = list.items.map((item): Cell[] => {
    const cells = itemCells(item, lang);
    return [
      shared.light[item.light],
      cells.kind,
      cells.no,
      cells.title,
      cells.lead,
      cells.due,
      item.daysLate ?? undefined,
      cells.reasons,
    ];
  });
  return formatDelimited([header, ...rows], { bom: options.bom });
}
