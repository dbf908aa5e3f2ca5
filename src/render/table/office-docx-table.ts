/**
 * The table of the Word document, written as WordprocessingML text.
 *
 * Why not the docx package's `Table`: it builds an object per cell,
 * paragraph, run and property, then a second tree for its XML writer; a
 * 10,000-task table took 20 seconds and a gigabyte of memory that way. The
 * table is the one part of the document that grows with the plan, so it
 * is written here directly (a few hundred milliseconds), with the same
 * elements, in the schema's order, that docx writes for a table; the rest
 * of the document (styles, page, footer, headings) still comes from docx.
 * `renderTableDocx` puts the text in place of a marker paragraph.
 */
import type { TableColumn } from '../../i18n/labels.js';
import type { TableRow, TableView } from '../../views/table-rows.js';
import { byteWriter, lightColors, officeText } from './office-cells.js';

export interface DocxTableLayout {
  /** Each column's width in twips, in `view.columns` order. */
  readonly widths: readonly number[];
  /** The East Asian font of the header row. */
  readonly headerFont: string;
  /** The font for Latin text. */
  readonly latinFont: string;
  /** A sub-task's indent per level, in twips, and the deepest level indented. */
  readonly indentStep: number;
  readonly maxIndentLevels: number;
}

/** One line of the table body: a task at a level, or a group's heading. */
export type DocxTableLine =
  | { readonly kind: 'row'; readonly row: TableRow; readonly level: number }
  | { readonly kind: 'group'; readonly title: string };

const HEADER_FILL = 'D9E1F2';
const GROUP_FILL = 'F2F2F2';
const BORDER = 'w:val="single" w:color="000000" w:sz="4"';

/** The table as UTF-8 XML. */
export function docxTableXml(
  view: TableView,
  lines: Iterable<DocxTableLine>,
  layout: DocxTableLayout,
): Uint8Array {
  const { widths } = layout;
  const total = widths.reduce((sum, width) => sum + width, 0);
  const out = byteWriter();
  out.push(
    '<w:tbl><w:tblPr>',
    `<w:tblW w:type="dxa" w:w="${total}"/>`,
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>`,
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="80"/>',
    '<w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="80"/></w:tblCellMar>',
    '</w:tblPr><w:tblGrid>',
    ...widths.map((width) => `<w:gridCol w:w="${width}"/>`),
    '</w:tblGrid>',
  );

  // The header row repeats at the top of every page (w:tblHeader).
  const headerRun =
    `<w:rPr><w:rFonts w:ascii="${attr(layout.latinFont)}" w:cs="${attr(layout.latinFont)}"` +
    ` w:eastAsia="${attr(layout.headerFont)}" w:hAnsi="${attr(layout.latinFont)}"/><w:b/><w:bCs/></w:rPr>`;
  out.push('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
  view.header.forEach((text, index) => {
    out.push(
      `<w:tc><w:tcPr>${cellWidth(widths[index])}<w:shd w:fill="${HEADER_FILL}" w:color="auto" w:val="clear"/>`,
      '<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>',
      runs(officeText(text), headerRun),
      '</w:p></w:tc>',
    );
  });
  out.push('</w:tr>');

  const cellPrs = widths.map(cellWidth);
  const { columns } = view;
  for (const line of lines) {
    if (line.kind === 'group') {
      out.push(
        '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>',
        cellWidth(total),
        `<w:gridSpan w:val="${widths.length}"/>`,
        `<w:shd w:fill="${GROUP_FILL}" w:color="auto" w:val="clear"/></w:tcPr>`,
        '<w:p><w:pPr><w:keepNext/></w:pPr>',
        runs(officeText(line.title), '<w:rPr><w:b/><w:bCs/></w:rPr>'),
        '</w:p></w:tc></w:tr>',
      );
      continue;
    }
    const { row, level } = line;
    out.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index]!;
      out.push(dataCell(column, row.cells[index] ?? '', row, level, cellPrs[index] ?? '', layout));
    }
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
  return out.bytes();
}

function dataCell(
  column: TableColumn,
  cell: string,
  row: TableRow,
  level: number,
  width: string,
  layout: DocxTableLayout,
): string {
  const text = officeText(cell);
  if (column === 'status') {
    const colors = lightColors[row.state.light];
    return (
      `<w:tc><w:tcPr>${width}<w:shd w:fill="${colors.fill}" w:color="auto" w:val="clear"/></w:tcPr>` +
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs(text, `<w:rPr><w:color w:val="${colors.text}"/></w:rPr>`)}</w:p></w:tc>`
    );
  }
  if (text === '') return `<w:tc><w:tcPr>${width}</w:tcPr><w:p/></w:tc>`;
  let paragraph = '';
  if (column === 'title' && level > 0) {
    const indent = Math.min(level, layout.maxIndentLevels) * layout.indentStep;
    paragraph = `<w:pPr><w:ind w:left="${indent}"/></w:pPr>`;
  } else if (column === 'progress') {
    paragraph = '<w:pPr><w:jc w:val="right"/></w:pPr>';
  }
  return `<w:tc><w:tcPr>${width}</w:tcPr><w:p>${paragraph}${runs(text, '')}</w:p></w:tc>`;
}

function cellWidth(width: number | undefined): string {
  return `<w:tcW w:type="dxa" w:w="${width ?? 0}"/>`;
}

/**
 * One run of text: a line break (`w:br`) where the text has one, a tab
 * (`w:tab`) where it has one; XML's special characters escaped.
 */
function runs(text: string, properties: string): string {
  if (text === '') return '';
  // Most cells are one line without tabs: no splitting for them.
  if (!/[\n\t]/.test(text)) {
    return `<w:r>${properties}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
  }
  const body = text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${escapeText(part)}</w:t>`))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return `<w:r>${properties}${body}</w:r>`;
}

function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

function attr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
