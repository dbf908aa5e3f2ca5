import type { TableRow, TableView } from '../../views/table-rows.js';
import { errorsJson } from '../errors-note.js';
import { escapeJsonControls } from '../sanitize.js';
import type { TableRenderOptions } from './types.js';

/**
 * The contract of `plan table --format json` (DESIGN.md): one object per row
 * with exactly these keys. Dates keep their written precision in a
 * language-neutral form (`2023-06`, `2023-Q3`, `ongoing`), statuses are the
 * enum values, and absent values are null rather than missing, so a consumer
 * can rely on every key being there. `--columns` does not apply: a contract
 * that changed shape with a display option would be no contract.
 */
export interface TableJsonRow {
  readonly no: string;
  readonly id: string | null;
  readonly title: string;
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly phase: string | null;
  readonly start: string | null;
  readonly due: string | null;
  readonly status: TableRow['status'];
  readonly progress: number | null;
  readonly note: string | null;
}

export function tableJsonRow(row: TableRow): TableJsonRow {
  return {
    no: row.no,
    id: row.id ?? null,
    title: row.title,
    lead: row.lead,
    support: row.support,
    phase: row.phase ?? null,
    start: row.start?.canonical ?? null,
    due: row.due?.canonical ?? null,
    status: row.status,
    progress: row.progress ?? null,
    note: row.note ?? null,
  };
}

/** `errors` (always there, empty for a clean plan) lists the plan's errors as `plan check --format json` does. */
export function renderTableJson(
  view: TableView,
  options: Pick<TableRenderOptions, 'errors'> = {},
): string {
  const document = { rows: view.rows.map(tableJsonRow), errors: errorsJson(options.errors) };
  return `${escapeJsonControls(JSON.stringify(document, null, 2))}\n`;
}
