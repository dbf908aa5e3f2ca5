import { dayTableColumns, type TableColumn } from '../../i18n/labels.js';
import { tableLabels } from '../../i18n/table-labels.js';
import { indentTitle, type TableView } from '../../views/table-rows.js';
import { lightDot, makeChalk, paintLight } from '../colors.js';
import { drawBox } from '../formats/box.js';
import { fitColumnWidths, longestPieces, type TermColumn } from '../formats/term-table.js';
import { displayWidth } from '../formats/text-width.js';
import { wrapToWidth } from '../formats/wrap-text.js';
import { terminalLine } from '../sanitize.js';
import type { TableRenderOptions } from './types.js';

/**
 * Free-text columns give way when the table is too wide, in proportion to
 * these weights, so the task title keeps the most room; numbers, dates and
 * statuses never do.
 */
const shrinkWeight: Partial<Record<TableColumn, number>> = {
  title: 4,
  note: 2,
  lead: 2,
  support: 2,
  phase: 1,
  leader: 1,
  owner: 1,
};

/** A free-text column is not narrowed below this (or its natural width, if less)… */
const MIN_COLUMN = 8;
/** …and the task title not below this. */
const MIN_TITLE = 16;

/** Columns a narrow terminal drops first, when the user did not choose the columns. */
const dropOrder: readonly TableColumn[] = ['owner', 'leader', 'start', 'phase', 'support', 'note'];

/**
 * The plan title, the filters in force, a boxed table that fits the width,
 * and the row count. With colour on, a dot before each status shows the
 * task's traffic light as `plan check` judges it; without colour a dot
 * would say nothing, so there is none.
 */
export function renderTableTerm(
  view: TableView,
  options: Pick<TableRenderOptions, 'width' | 'color'>,
): string {
  const chalk = makeChalk(options.color);
  const labels = tableLabels(view.lang);
  const dots = options.color && view.columns.includes('status');
  // Sanitised before measuring: a control character becomes a visible
  // picture one column wide, and the widths must count it.
  const header = view.header.map(terminalLine);
  // Each cell is measured once, here: the widths size the columns and then
  // tell the drawing which cells fit as they are.
  const natural = header.map(displayWidth);
  const measured: number[][] = [];
  const cells = view.rows.map((row) => {
    const widths: number[] = [];
    const texts = row.cells.map((cell, index) => {
      const column = view.columns[index];
      const text =
        column === 'title'
          ? terminalLine(indentTitle(cell, row.level))
          : dots && column === 'status'
            ? `${lightDot[row.state.light]} ${cell}`
            : terminalLine(cell);
      const width = displayWidth(text);
      if (width > natural[index]!) natural[index] = width;
      widths.push(width);
      return text;
    });
    measured.push(widths);
    return texts;
  });
  const { shown, dropped } = chooseColumns(view, natural, options.width);
  const columns = shown.map((index) => view.columns[index]!);
  const longest = longestPieces(header, cells);
  const widths = fitColumnWidths(
    shown.map((index) => natural[index]!),
    columns.map(termColumn),
    options.width,
    (column) => longest(shown[column]!),
  );
  const statusColumn = columns.indexOf('status');
  const phaseIndex = view.columns.indexOf('phase');
  // Rows are copied down to the shown columns only when some are left out.
  const pick = <T>(row: readonly T[]): readonly T[] =>
    shown.length === row.length ? row : shown.map((index) => row[index]!);
  const table = drawBox(pick(header), cells.map(pick), {
    widths,
    measured: measured.map(pick),
    align: columns.map((column) => termColumn(column).align ?? 'left'),
    ...(options.color ? { head: (text: string) => chalk.bold(text) } : {}),
    // The dot leads the status cell; only it takes the light's colour.
    ...(dots
      ? {
          cell: (row: number, column: number, padded: string, line: number) =>
            column === statusColumn && line === 0
              ? paintLight(chalk, view.rows[row]!.state.light, padded.slice(0, 1)) + padded.slice(1)
              : padded,
        }
      : {}),
    // A rule where the phase changes, when the phase is shown: the rows of
    // one phase read as a block, without a rule under every row.
    ...(phaseIndex >= 0 && shown.includes(phaseIndex)
      ? {
          groupStart: (row: number) =>
            view.rows[row]!.cells[phaseIndex] !== view.rows[row - 1]!.cells[phaseIndex],
        }
      : {}),
  });
  const wrap = (text: string): string[] => wrapToWidth(text, options.width);
  const lines = wrap(terminalLine(view.title)).map((line) => chalk.bold(line));
  if (view.filterSummary.length > 0) {
    lines.push(...wrap(terminalLine(view.filterSummary.join(labels.pairSeparator))));
  }
  lines.push(table, labels.count(view.rows.length));
  if (dropped.length > 0) {
    lines.push(...wrap(labels.leftOut(dropped.map((index) => header[index]!))));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A terminal is short of room. When the user did not name the columns,
 * columns empty in every row (责任领导 in a plan that names no leaders) are
 * left out, and then, while even the narrowest layout would not fit, the
 * columns of `dropOrder`; a footnote names what was left out. The 序号 and
 * the task always stay. Returns indexes into the view's columns.
 */
function chooseColumns(
  view: TableView,
  natural: readonly number[],
  width: number,
): { shown: number[]; dropped: number[] } {
  const all = view.columns.map((_, index) => index);
  if (view.columnsChosen) return { shown: all, dropped: [] };
  // An empty table keeps its columns: it shows what the table would hold.
  let shown =
    view.rows.length === 0
      ? all
      : all.filter((index) => {
          const column = view.columns[index]!;
          return (
            column === 'no' ||
            column === 'title' ||
            view.rows.some((row) => row.cells[index] !== '')
          );
        });
  const dropped: number[] = [];
  for (const column of dropOrder) {
    if (
      narrowest(
        shown.map((index) => view.columns[index]!),
        shown.map((i) => natural[i]!),
      ) <= width
    )
      break;
    const index = view.columns.indexOf(column);
    if (!shown.includes(index)) continue;
    shown = shown.filter((i) => i !== index);
    dropped.push(index);
  }
  return { shown, dropped };
}

/** The width of the table with every free-text column at its comfortable minimum. */
function narrowest(columns: readonly TableColumn[], natural: readonly number[]): number {
  let total = columns.length * 3 + 1;
  columns.forEach((column, index) => {
    total +=
      shrinkWeight[column] === undefined
        ? natural[index]!
        : Math.min(natural[index]!, comfortableWidth(column));
  });
  return total;
}

/**
 * Below these, a column is more noise than help: a narrow terminal drops
 * optional columns rather than squeeze the rest under them.
 */
function comfortableWidth(column: TableColumn): number {
  return column === 'title' ? 30 : 10;
}

/**
 * How each column takes its room: free text wraps and shares the room by
 * weight (the title most); 序号, dates, statuses and figures keep their
 * width and never wrap.
 */
function termColumn(column: TableColumn): TermColumn {
  const weight = shrinkWeight[column];
  const align = column === 'progress' || dayTableColumns.has(column) ? 'right' : 'left';
  if (weight === undefined) return { align };
  return { align, weight, min: column === 'title' ? MIN_TITLE : MIN_COLUMN };
}
