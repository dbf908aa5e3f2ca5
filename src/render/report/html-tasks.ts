/**
 * The report page's full task-division table (分工表): every task of the
 * plan, laid out from `buildTableView` so that its cells are word for word
 * those of `plan table`. The status cell adds the task's light.
 *
 * Columns empty in every row (a county plan names no 责任领导) are left out,
 * as the view allows a format short of room to do: twelve columns on a
 * sheet of A4 are tight, and an empty column only narrows the others.
 */
import type { TableColumn } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import type { TableView } from '../../views/table-rows.js';
import { escapeHtml, htmlLines } from '../html.js';
import {
  dateHtml,
  type HtmlCell,
  type HtmlColumn,
  type HtmlRow,
  htmlTable,
  withBadge,
} from './html-table.js';

/** Relative widths: the title and the note get the room, dates and figures little. */
const weights: Record<TableColumn, number> = {
  no: 4,
  title: 19,
  lead: 8,
  support: 13,
  leader: 5.5,
  owner: 5.5,
  phase: 6,
  start: 7,
  due: 7,
  status: 7,
  progress: 6,
  note: 12,
  light: 6,
  'days-overdue': 5,
  'days-left': 5,
  'days-late-to-start': 5,
  'days-done-late': 5,
};

/** Shown even when empty everywhere: without them a row says nothing. */
const alwaysShown: ReadonlySet<TableColumn> = new Set(['no', 'title', 'status']);

/** How far a sub-task's title is indented, in CSS classes `l1`…`l4`. */
const MAX_LEVEL = 4;

export function taskTableHtml(view: TableView, lang: Lang): string {
  const shown: number[] = [];
  view.columns.forEach((column, index) => {
    if (alwaysShown.has(column) || view.rows.some((row) => row.cells[index] !== '')) {
      shown.push(index);
    }
  });
  const columns: HtmlColumn[] = shown.map((index) => {
    const column = view.columns[index]!;
    return {
      header: escapeHtml(view.header[index] ?? ''),
      weight: weights[column],
      numeric: column === 'progress',
    };
  });
  const kinds = shown.map((index) => view.columns[index]!);
  // A parent is the row after which the next is deeper; `allTasks` order
  // puts children right after their parent.
  const rows: HtmlRow[] = view.rows.map((row, rowIndex) => {
    const next = view.rows[rowIndex + 1];
    const parent = next !== undefined && next.level > row.level;
    const level = Math.min(row.level, MAX_LEVEL);
    const cells = shown.map((index, at): HtmlCell | string => {
      const text = row.cells[index] ?? '';
      switch (kinds[at]) {
        case 'start':
        case 'due':
          return dateHtml(text);
        case 'status':
          return withBadge(htmlLines(text), row.state.light, lang);
        case 'title':
          return level > 0 ? { html: htmlLines(text), className: `l${level}` } : htmlLines(text);
        default:
          return htmlLines(text);
      }
    });
    return parent ? { cells, className: 'parent' } : { cells };
  });
  return htmlTable(columns, rows, 'tasks');
}
