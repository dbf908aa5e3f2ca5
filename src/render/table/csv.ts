import type { TableView } from '../../views/table-rows.js';
import { formatDelimited } from '../formats/csv.js';
import type { TableRenderOptions } from './types.js';
import { visibleControls } from './visible-controls.js';

/**
 * RFC 4180 CSV with a header row of localized column names. Titles stay
 * plain (no indent): the 序号 tells a sub-task's level, and a spreadsheet
 * sorts and filters better on clean cells.
 */
export function renderTableCsv(view: TableView, options: Pick<TableRenderOptions, 'bom'>): string {
  return formatDelimited([view.header, ...view.rows.map((row) => row.cells.map(visibleControls))], {
    bom: options.bom,
    delimiter: ',',
  });
}
