import { dayTableColumns } from '../../i18n/labels.js';
import { tableLabels } from '../../i18n/table-labels.js';
import { indentTitle, type TableView } from '../../views/table-rows.js';
import { type Align, escapeInline, guardLineStart, markdownTable } from '../formats/markdown.js';
import { markdownErrorsNote } from '../formats/markdown-errors.js';
import type { TableRenderOptions } from './types.js';
import { visibleControls } from './visible-controls.js';

/**
 * The plan title as a heading, the filters in force as one line, then one
 * GFM table. `markdownTable` escapes every cell, so plan text can neither
 * break out of its cell nor carry HTML; sub-task titles are indented the
 * way the terminal table shows them.
 */
export function renderTableMarkdown(
  view: TableView,
  options: Pick<TableRenderOptions, 'errors'> = {},
): string {
  const titleColumn = view.columns.indexOf('title');
  const align: Align[] = view.columns.map((column) =>
    column === 'progress' || dayTableColumns.has(column) ? 'right' : 'left',
  );
  const rows = view.rows.map((row) =>
    row.cells.map((cell, index) =>
      visibleControls(index === titleColumn ? indentTitle(cell, row.level) : cell),
    ),
  );
  const parts = [`# ${escapeInline(visibleControls(view.title))}`];
  const errors = markdownErrorsNote(options.errors, view.lang);
  if (errors) parts.push(errors);
  if (view.filterSummary.length > 0) {
    const summary = view.filterSummary.join(tableLabels(view.lang).pairSeparator);
    parts.push(guardLineStart(escapeInline(visibleControls(summary))));
  }
  parts.push(markdownTable(view.header, rows, align));
  return `${parts.join('\n\n')}\n`;
}
