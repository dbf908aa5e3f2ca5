/**
 * The task rows of the workbook, written as SpreadsheetML text into the
 * sheets exceljs wrote.
 *
 * Why not exceljs's own rows: it keeps a model object per cell and writes
 * its XML as millions of small strings; 10,000 tasks took it longer than
 * reading and checking the plan. The rows are the part that grows with the
 * plan, so they are written here, as exceljs writes them (shared strings,
 * one style per cell), while exceljs still writes everything else: the
 * sheets' views, merges, filters, page setup and column widths, the
 * styles, the workbook.
 *
 * Style ids are exceljs's: `renderTableXlsx` lays one cell of each style
 * the rows use in a "palette" row where the first task row will go; the ids
 * exceljs gave those cells are read back here, and the palette row gives
 * way to the task rows.
 */
import { byteWriter } from './office-cells.js';

/** A cell of a task row: its style (an index into the palette) and value. */
export type RowCell =
  | { readonly style: number; readonly kind: 'empty' }
  | { readonly style: number; readonly kind: 'text'; readonly text: string }
  | { readonly style: number; readonly kind: 'number'; readonly value: number };

export interface SheetRows {
  /** `xl/worksheets/sheetN.xml`. */
  readonly part: string;
  /** The row number of the first task row. */
  readonly firstRow: number;
  readonly columns: number;
  readonly rows: readonly (readonly RowCell[])[];
  /** Each row's height in points, so that its wrapped text shows whole when printed. */
  readonly heights: readonly number[];
  /** A wrapped note across the table's width a row below the last task row: the light legend. */
  readonly legend?: { readonly text: string; readonly style: number; readonly height: number };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Puts the rows into their sheets and their text into the shared strings.
 * `palettePart` is the sheet holding the palette row at `paletteRow`.
 */
export function writeSheetRows(
  parts: Map<string, Uint8Array>,
  sheets: readonly SheetRows[],
  palettePart: string,
  paletteRow: number,
): void {
  // With no task rows there is no palette: nothing to read or to write.
  const styleIds = sheets.some((sheet) => sheet.rows.length > 0)
    ? readPalette(parts, palettePart, paletteRow)
    : [];
  const strings = sharedStrings(parts);
  for (const sheet of sheets) {
    const xml = text(parts, sheet.part);
    const rows = byteWriter();
    let r = sheet.firstRow;
    const refs = Array.from({ length: sheet.columns }, (_, index) => columnName(index));
    for (const [rowIndex, cells] of sheet.rows.entries()) {
      rows.push(`<row r="${r}" spans="1:${sheet.columns}"${height(sheet.heights[rowIndex])}>`);
      cells.forEach((cell, index) => {
        const ref = `${refs[index]}${r}`;
        const style = styleIds[cell.style];
        if (style === undefined) throw new Error('xlsx: a style missing from the palette');
        if (cell.kind === 'empty') rows.push(`<c r="${ref}" s="${style}"/>`);
        else if (cell.kind === 'number')
          rows.push(`<c r="${ref}" s="${style}"><v>${cell.value}</v></c>`);
        else rows.push(`<c r="${ref}" s="${style}" t="s"><v>${strings.index(cell.text)}</v></c>`);
      });
      rows.push('</row>');
      r++;
    }
    let withMerge = xml;
    if (sheet.legend) {
      // An empty row between: the legend is no task, and a filter or sort
      // over the table's range leaves it where it is.
      r++;
      const style = styleIds[sheet.legend.style];
      if (style === undefined)
        throw new Error('xlsx: the legend style is missing from the palette');
      rows.push(`<row r="${r}" spans="1:${sheet.columns}"${height(sheet.legend.height)}>`);
      rows.push(`<c r="A${r}" s="${style}" t="s"><v>${strings.index(sheet.legend.text)}</v></c>`);
      for (let index = 1; index < sheet.columns; index++) {
        rows.push(`<c r="${refs[index]}${r}" s="${style}"/>`);
      }
      rows.push('</row>');
      if (sheet.columns > 1)
        withMerge = addMerge(xml, `A${r}:${columnName(sheet.columns - 1)}${r}`);
      r++;
    }
    const last = Math.max(r - 1, sheet.firstRow - 1);
    const withDimension = withMerge.replace(
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:${columnName(sheet.columns - 1)}${last}"/>`,
    );
    parts.set(sheet.part, spliceRows(withDimension, rows.bytes()));
  }
  strings.write();
}

/** A row's height attribute: set by hand, so Excel keeps it and LibreOffice need not guess. */
function height(points: number | undefined): string {
  return points === undefined ? '' : ` ht="${points}" customHeight="1"`;
}

/** One more merged range in a sheet whose title rows exceljs merged already. */
function addMerge(xml: string, ref: string): string {
  const list = /<mergeCells count="(\d+)">/.exec(xml);
  if (!list) throw new Error('xlsx: no merged title rows to add the legend to');
  return xml
    .replace(list[0], `<mergeCells count="${Number(list[1]) + 1}">`)
    .replace('</mergeCells>', `<mergeCell ref="${ref}"/></mergeCells>`);
}

/**
 * Every font of the workbook in one face and, where a style gives none, one
 * size. exceljs writes its default font as the theme's Calibri and a style's
 * font without a name; the column widths are counted in digits of the
 * default font, so it must be a face whose metrics are the same wherever
 * the file is opened (see `xlsx.ts`).
 */
export function setWorkbookFont(parts: Map<string, Uint8Array>, name: string, size: number): void {
  const part = 'xl/styles.xml';
  const xml = text(parts, part);
  const fonts = /<fonts\b[^>]*>(.*?)<\/fonts>/s.exec(xml);
  if (!fonts) throw new Error('xlsx: no fonts in the styles');
  const face = `<name val="${escapeAttribute(name)}"/>`;
  const body = fonts[1]!.replace(/<font>(.*?)<\/font>/gs, (_, inner: string) => {
    let font = inner.replace(/<scheme val="[^"]*"\/>/, '').replace(/<family val="[^"]*"\/>/, '');
    font = /<name val=/.test(font) ? font.replace(/<name val="[^"]*"\/>/, face) : font + face;
    if (!/<sz val=/.test(font)) font = `<sz val="${size}"/>${font}`;
    return `<font>${font}</font>`;
  });
  const at = fonts.index + fonts[0].indexOf('>') + 1;
  parts.set(part, encoder.encode(xml.slice(0, at) + body + xml.slice(at + fonts[1]!.length)));
}

/**
 * The hidden `_xlnm._FilterDatabase` name Excel writes beside every
 * autofilter, which exceljs leaves out: without it LibreOffice shows no
 * filter buttons, and Excel has been known to crash sorting by them.
 */
export function addFilterDatabase(
  parts: Map<string, Uint8Array>,
  filters: readonly { readonly sheet: string; readonly ref: string }[],
): void {
  const part = 'xl/workbook.xml';
  const xml = text(parts, part);
  const names = filters
    .map(({ sheet, ref }, index) => {
      const target = `'${sheet.replace(/'/g, "''")}'!${absolute(ref)}`;
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeAttribute(target)}</definedName>`;
    })
    .join('');
  const updated = xml.includes('<definedNames>')
    ? xml.replace('<definedNames>', `<definedNames>${names}`)
    : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
  if (updated === xml) throw new Error('xlsx: no place for defined names');
  parts.set(part, encoder.encode(updated));
}

/** `A3:L19` → `$A$3:$L$19`. */
function absolute(ref: string): string {
  return ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The style id exceljs gave each palette cell, and the sheet without the palette row. */
function readPalette(parts: Map<string, Uint8Array>, part: string, paletteRow: number): number[] {
  const xml = text(parts, part);
  const row = new RegExp(`<row r="${paletteRow}"[^>]*>(.*?)</row>`).exec(xml);
  if (!row) throw new Error('xlsx: the style palette is missing');
  const ids = [...row[1]!.matchAll(/<c r="[A-Z]+\d+" s="(\d+)"\/>/g)].map(([, id]) => Number(id));
  parts.set(part, encoder.encode(xml.slice(0, row.index) + xml.slice(row.index + row[0].length)));
  return ids;
}

/** Task rows go at the end of `sheetData`, after the title and header rows. */
function spliceRows(xml: string, rows: Uint8Array): Uint8Array {
  let at = xml.indexOf('</sheetData>');
  let before = xml;
  let after = '';
  if (at >= 0) {
    before = xml.slice(0, at);
    after = xml.slice(at);
  } else {
    at = xml.indexOf('<sheetData/>');
    if (at < 0) throw new Error('xlsx: no sheetData');
    before = `${xml.slice(0, at)}<sheetData>`;
    after = `</sheetData>${xml.slice(at + '<sheetData/>'.length)}`;
  }
  return Buffer.concat([encoder.encode(before), rows, encoder.encode(after)]);
}

/**
 * The shared string table: exceljs's strings stay where they are, the
 * rows' strings are added after them, each distinct text once.
 */
function sharedStrings(parts: Map<string, Uint8Array>): {
  index: (text: string) => number;
  write: () => void;
} {
  const part = 'xl/sharedStrings.xml';
  const xml = text(parts, part);
  const unique = Number(/uniqueCount="(\d+)"/.exec(xml)?.[1] ?? Number.NaN);
  const count = Number(/ count="(\d+)"/.exec(xml)?.[1] ?? Number.NaN);
  if (!Number.isInteger(unique) || !Number.isInteger(count) || !xml.includes('</sst>')) {
    throw new Error('xlsx: unexpected shared strings');
  }
  const added = new Map<string, number>();
  const out = byteWriter();
  let uses = 0;
  return {
    index: (value) => {
      uses++;
      let index = added.get(value);
      if (index === undefined) {
        index = unique + added.size;
        added.set(value, index);
        const space = /^\s|\n|\s$/.test(value) ? ' xml:space="preserve"' : '';
        out.push(`<si><t${space}>${escapeString(value)}</t></si>`);
      }
      return index;
    },
    write: () => {
      const end = xml.lastIndexOf('</sst>');
      const head = xml
        .slice(0, end)
        .replace(/ count="\d+"/, ` count="${count + uses}"`)
        .replace(/uniqueCount="\d+"/, `uniqueCount="${unique + added.size}"`);
      parts.set(part, Buffer.concat([encoder.encode(head), out.bytes(), encoder.encode('</sst>')]));
    },
  };
}

/**
 * Text for a shared string: XML's special characters escaped, and an
 * underscore that would start an `_xHHHH_` escape (Excel reads `_x0041_`
 * as `A`) escaped itself, so the text reads back as written.
 */
export function escapeString(value: string): string {
  return value
    .replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'))
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** `A`, `B`, … `Z`, `AA`: the letters of a column, from 0. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function text(parts: Map<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  if (!data) throw new Error(`xlsx: no ${name}`);
  return decoder.decode(data);
}
