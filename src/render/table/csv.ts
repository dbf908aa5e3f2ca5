import type { TableView } from '../../views/table-rows.js';
import { type Cell, formatDelimited } from '../formats/csv.js';
import type { TableRenderOptions } from './types.js';
import { visibleControls } from './visible-controls.js';

/**
 * RFC 4180 CSV with a header row of localized column names. Titles stay
 * plain (no indent): the 序号 tells a sub-task's level, and a spreadsheet
 * sorts and filters better on clean cells.
 */
export function renderTableCsv(view: TableView, options: Pick<TableRenderOptions, 'bom'>): string {
  return formatDelimited([view.header, ...tableCells(view)], { bom: options.bom, delimiter: ',' });
}

/** The rows as cells, the 序号 marked so that a spreadsheet keeps it as text (`1.10`, not 1.1). */
export function tableCells(view: TableView): Cell[][] {
  const no = view.columns.indexOf('no');
  return view.rows.map((row) =>
    row.cells.map((cell, index): Cell => {
      const text = visibleControls(cell);
      return index === no ? { numbering: text } : text;
    }),
  );
}
