import { describe, expect, it } from 'vitest';
import type { TableColumn } from '../../i18n/labels.js';
import type { TableRow, TableView } from '../../views/table-rows.js';
import {
  type ColumnNeed,
  columnNeeds,
  fitWidths,
  withoutEmptyColumns,
  wrappedLines,
} from './office-layout.js';

describe('wrappedLines', () => {
  it('fits text as wide as the column on one line, and wraps one column narrower', () => {
    // 加强医疗服务体系建设: 10 CJK characters, 20 display columns.
    expect(wrappedLines('加强医疗服务体系建设', 20)).toBe(1);
    expect(wrappedLines('加强医疗服务体系建设', 19)).toBe(2);
    // 9 a line at 18 or 19 columns: 9 + 1.
    expect(wrappedLines('加强医疗服务体系建设', 18)).toBe(2);
    // 4 a line at 8 columns: 4 + 4 + 2.
    expect(wrappedLines('加强医疗服务体系建设', 8)).toBe(3);
  });

  it('breaks Latin text at spaces, never inside a word that fits a line', () => {
    // `Survey staffing and` is 19 columns; `equipment gaps` 14.
    expect(wrappedLines('Survey staffing and equipment gaps', 19)).toBe(2);
    // At 18: `Survey staffing`, then `and equipment gaps` (18).
    expect(wrappedLines('Survey staffing and equipment gaps', 18)).toBe(2);
    // At 17: `Survey staffing`, `and equipment`, `gaps`.
    expect(wrappedLines('Survey staffing and equipment gaps', 17)).toBe(3);
  });

  it('breaks a word longer than a line where each line ends, on a line of its own', () => {
    // `a` on the first line; the 25-letter word on lines 2, 3 and 4 (10, 10, 5).
    expect(wrappedLines('a abcdefghijklmnopqrstuvwxy', 10)).toBe(4);
  });

  it('starts a line at every line break in the text', () => {
    expect(wrappedLines('已确定2个试点集团\n正在制定章程', 40)).toBe(2);
    expect(wrappedLines('', 10)).toBe(1);
  });

  it('lets CJK text and a Latin word share a line', () => {
    // 推进PET-CT建设: 2 + 6 + 2 CJK = 4 + 6 + 4 = 14 columns.
    expect(wrappedLines('推进PET-CT建设', 14)).toBe(1);
    expect(wrappedLines('推进PET-CT建设', 13)).toBe(2);
  });
});

const need = (column: TableColumn, want: number, least: number, typical = want): ColumnNeed => ({
  column,
  want,
  least,
  typical,
});

describe('fitWidths', () => {
  it('gives every column what it wants when that fits, and the spare room to free text', () => {
    const needs = [need('no', 4, 4), need('title', 20, 18), need('due', 10, 10)];
    // 34 wanted of 40: the title gets the 6 spare.
    expect(fitWidths(needs, 40)).toEqual([4, 26, 10]);
    expect(fitWidths(needs, 34)).toEqual([4, 20, 10]);
  });

  it('keeps short columns whole and shares the rest by weight when space is short', () => {
    const needs = [
      need('no', 9, 9),
      need('title', 100, 18),
      need('note', 100, 12),
      need('due', 13, 13),
    ];
    // Least: 9 + 18 + 12 + 13 = 52. Balanced on lines: at 1 line the two
    // free columns want 100 each, at 2 lines 51 (50 + 1), 124 in all, at 3
    // lines 35: 92. The 8 left go by weight 30 : 20, 4.8 and 3.2.
    expect(fitWidths(needs, 100)).toEqual([9, 39, 38, 13]);
  });

  it('balances the free columns on the lines their typical cells take, not on weight alone', () => {
    const needs = [need('title', 40, 18, 30), need('support', 60, 8, 50), need('due', 10, 10)];
    // 1 line: 31 + 51 + 10 = 92 > 70. 2 lines: max(18, 16) + 26 + 10 = 54.
    // The 16 left by weight 30 : 14: 10.9 and 5.1. By weight alone the
    // support column would have had 8 + 10.8, and stacked its units.
    expect(fitWidths(needs, 70)).toEqual([28, 31, 10]);
  });

  it('caps a free column at what it wants and gives its share to the others', () => {
    const needs = [need('title', 100, 18), need('lead', 14, 8)];
    // 30 : 12 would give lead more than its 14; it keeps 14, the title the rest.
    expect(fitWidths(needs, 80)).toEqual([66, 14]);
  });

  it('returns the least widths when even those do not fit', () => {
    const needs = [need('no', 9, 9), need('title', 100, 18), need('due', 13, 13)];
    expect(fitWidths(needs, 30)).toEqual([9, 18, 13]);
  });
});

function row(cells: string[], extra: Partial<TableRow> = {}): TableRow {
  return { cells, level: 0, ...extra } as unknown as TableRow;
}

function view(columns: TableColumn[], rows: TableRow[], chosen = false): TableView {
  return {
    columns,
    header: columns.map((column) => column.toUpperCase()),
    rows,
    columnsChosen: chosen,
  } as unknown as TableView;
}

describe('withoutEmptyColumns', () => {
  it('leaves out a column empty in every row, and keeps one filled in a single row', () => {
    const table = view(
      ['no', 'title', 'leader', 'owner', 'status'],
      [row(['1', '甲', '', '', '进行中']), row(['2', '乙', '', '张三', ''])],
    );
    const narrow = withoutEmptyColumns(table);
    expect(narrow.columns).toEqual(['no', 'title', 'owner', 'status']);
    expect(narrow.header).toEqual(['NO', 'TITLE', 'OWNER', 'STATUS']);
    expect(narrow.rows.map((r) => r.cells)).toEqual([
      ['1', '甲', '', '进行中'],
      ['2', '乙', '张三', ''],
    ]);
  });

  it('keeps the columns the user chose, and those of an empty table', () => {
    const chosen = view(['no', 'leader'], [row(['1', ''])], true);
    expect(withoutEmptyColumns(chosen)).toBe(chosen);
    const empty = view(['no', 'leader'], []);
    expect(withoutEmptyColumns(empty)).toBe(empty);
  });
});

describe('columnNeeds', () => {
  it('a short column needs its widest cell whole; its header may take two lines', () => {
    const table = view(['no', 'due', 'title'], [row(['三（一）1', '2023年12月', '短'])]);
    const [no, due, title] = columnNeeds(table);
    // 三（一）1: 4 wide characters and a digit, 9 columns.
    expect(no).toEqual({ column: 'no', want: 9, least: 9, typical: 9 });
    // 2023年12月: 6 digits and 2 CJK, 10 columns.
    expect(due).toEqual({ column: 'due', want: 10, least: 10, typical: 10 });
    // The title wants its header (TITLE, 5) and may narrow to that.
    expect(title).toEqual({ column: 'title', want: 5, least: 5, typical: 2 });
  });
});
