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
 *
 * The schedule as `plan check` judges it: `light` (red, yellow, blue,
 * green; null for done or dropped work, which carries no light), and the
 * four day figures, each its own key and null when it does not apply.
 * `progressFrom` says where `progress` comes from (`own`, `updates`, or
 * `sub-tasks` for a parent's mean of its leaf tasks). A live recurring
 * duty's `due` is its next occurrence's day, whose period is `occurrence`,
 * as every view shows it; `missed` names its missed periods.
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
  /** A recurring duty's next occurrence (`2024-Q2`), whose day `due` then is; null otherwise. */
  readonly occurrence: string | null;
  /** A recurring duty's missed occurrences, oldest first; empty otherwise. */
  readonly missed: readonly string[];
  readonly status: TableRow['status'];
  readonly progress: number | null;
  readonly progressFrom: 'own' | 'updates' | 'sub-tasks' | null;
  readonly note: string | null;
  readonly light: 'red' | 'yellow' | 'blue' | 'green' | null;
  readonly daysOverdue: number | null;
  readonly daysLeft: number | null;
  readonly daysLateToStart: number | null;
  readonly daysDoneLate: number | null;
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
    occurrence: row.occurrence ?? null,
    missed: row.state.missed?.map((occurrence) => occurrence.period) ?? [],
    status: row.status,
    progress: row.progress ?? null,
    progressFrom: row.progress !== undefined ? (row.progressFrom ?? null) : null,
    note: row.note ?? null,
    light: row.state.light === 'grey' ? null : row.state.light,
    daysOverdue: row.state.daysOverdue ?? null,
    daysLeft: row.state.daysLeft ?? null,
    daysLateToStart: row.state.daysLateToStart ?? null,
    daysDoneLate: row.state.daysDoneLate ?? null,
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
