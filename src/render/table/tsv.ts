import type { TableView } from '../../views/table-rows.js';
import { formatDelimited } from '../formats/csv.js';
import type { TableRenderOptions } from './types.js';
import { visibleControls } from './visible-controls.js';

/** Tab-separated, for pasting into a spreadsheet or piping into `cut`; cells as in CSV. */
export function renderTableTsv(view: TableView, options: Pick<TableRenderOptions, 'bom'>): string {
  return formatDelimited([view.header, ...view.rows.map((row) => row.cells.map(visibleControls))], {
    bom: options.bom,
    delimiter: '\t',
  });
}
