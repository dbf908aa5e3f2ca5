/**
 * Words of the task-division table (分工表) beyond the shared column names:
 * the line that says which filters are on, the row count, and the notes
 * printed on stderr when a filter leaves nothing.
 */
import { catalogueFor, type Lang } from './lang.js';

export interface TableLabels {
  /** Names of the filters, as the line above the table shows them. */
  readonly filter: { unit: string; phase: string; goal: string; status: string };
  /** `label：value`, with the colon each language uses. */
  readonly pair: (label: string, value: string) => string;
  /** Joins the filter pairs. */
  readonly pairSeparator: string;
  /** The line under the terminal table. */
  readonly count: (rows: number) => string;
  /** Under the terminal table: the columns left out for lack of width. */
  readonly leftOut: (columns: readonly string[]) => string;
  /** stderr: the unit is known (or named by a task) but leads and supports nothing that passes the filters. */
  readonly noRowsForUnit: (unit: string) => string;
  /** stderr: no unit of that name, id or alias in the plan. */
  readonly unknownUnit: (query: string, known: readonly string[]) => string;
  /** stderr: the filters together leave no row. */
  readonly noRows: string;
  /** In a member's extract, the member where the task names its group: `内科（各临床科室）`. */
  readonly viaGroup: (unit: string, group: string) => string;
}

export function tableLabels(lang: Lang): TableLabels {
  return catalogueFor(lang).table;
}
