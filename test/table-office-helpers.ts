/**
 * Readers for the office formats of `plan table`, independent of the
 * libraries that write them: SheetJS reads the workbook, mammoth the Word
 * document, JSZip opens either archive for the raw XML. Each file is turned
 * into a text summary (cells with their types and formats, merged ranges,
 * panes, page setup; a document's text, table and page facts) that the
 * golden files keep, since the files themselves are binary.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import * as XLSX from 'xlsx';

/** Every part of an archive, as text. */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(name, await file.async('string'));
  }
  return parts;
}

/** Characters XML 1.0 cannot carry, anywhere in a part (a lone surrogate is one). */
export const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function readWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { cellDates: true, cellStyles: true });
}

/** A cell as the summary shows it: `s:text`, `n:0.6 0%`, `d:2024-06-30 yyyy-mm-dd`, plus fill and indent. */
function cellText(cell: XLSX.CellObject | undefined, indent: number): string {
  if (!cell || cell.t === 'z') return '';
  let text: string;
  if (cell.t === 'd' && cell.v instanceof Date) {
    text = `d:${cell.v.toISOString().slice(0, 10)} ${cell.z ?? ''}`;
  } else if (cell.t === 'n') {
    text = `n:${cell.v} ${cell.z ?? ''}`;
  } else {
    text = `${cell.t}:${String(cell.v)}`;
  }
  const style = cell.s as { patternType?: string; fgColor?: { rgb?: string } } | undefined;
  if (style?.patternType === 'solid' && style.fgColor?.rgb) text += ` #${style.fgColor.rgb}`;
  if (indent > 0) text += ` >${indent}`;
  if (cell.f !== undefined) text += ` FORMULA(${cell.f})`;
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** The indent of each cell, from the cell's style in the raw XML (SheetJS does not read it). */
function indents(sheetXml: string, stylesXml: string): Map<string, number> {
  const xfs = stylesXml.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '';
  const byStyle = [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map(([, inner]) =>
    Number(inner?.match(/indent="(\d+)"/)?.[1] ?? 0),
  );
  const out = new Map<string, number>();
  for (const [, ref, style] of sheetXml.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"/g)) {
    const indent = byStyle[Number(style)] ?? 0;
    if (indent > 0) out.set(ref!, indent);
  }
  return out;
}

/** A workbook as text: per sheet its layout facts and every cell, a row per line. */
export async function xlsxSummary(bytes: Uint8Array): Promise<string> {
  const workbook = readWorkbook(bytes);
  const parts = await zipParts(bytes);
  const workbookXml = parts.get('xl/workbook.xml') ?? '';
  const styles = parts.get('xl/styles.xml') ?? '';
  const core = parts.get('docProps/core.xml') ?? '';
  const out = [
    `creator: ${core.match(/<dc:creator>(.*?)<\/dc:creator>/)?.[1]}`,
    `created: ${core.match(/<dcterms:created[^>]*>(.*?)</)?.[1]}`,
    `modified: ${core.match(/<dcterms:modified[^>]*>(.*?)</)?.[1]}`,
    `defined names: ${[...workbookXml.matchAll(/<definedName ([^>]*)>(.*?)<\/definedName>/g)]
      .map(([, attrs, value]) => `${attrs} ${value}`)
      .join(' | ')}`,
  ];
  workbook.SheetNames.forEach((name, index) => {
    const sheet = workbook.Sheets[name]!;
    const xml = parts.get(`xl/worksheets/sheet${index + 1}.xml`) ?? '';
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
    const merges = (sheet['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).join(' ');
    const widths = (sheet['!cols'] ?? []).map((col) => col?.width ?? '-').join(' ');
    out.push(
      '',
      `sheet ${index + 1} "${name}" ${sheet['!ref']}`,
      `pane: ${xml.match(/<pane [^>]*\/>/)?.[0] ?? 'none'}`,
      `autofilter: ${xml.match(/<autoFilter [^>]*\/>/)?.[0] ?? 'none'}`,
      `merges: ${merges}`,
      `page: ${xml.match(/<pageSetup [^>]*\/>/)?.[0] ?? 'none'}`,
      `fit: ${xml.match(/<pageSetUpPr [^>]*\/>/)?.[0] ?? 'none'}`,
      `footer: ${xml.match(/<oddFooter>(.*?)<\/oddFooter>/)?.[1] ?? 'none'}`,
      `widths: ${widths}`,
      // Row heights set by hand, so that wrapped text prints whole.
      `heights: ${[...xml.matchAll(/<row r="(\d+)"[^>]*? ht="([\d.]+)"/g)].map(([, r, ht]) => `${r}:${ht}`).join(' ')}`,
    );
    const indentOf = indents(xml, styles);
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const ref = XLSX.utils.encode_cell({ r, c });
        cells.push(cellText(sheet[ref], indentOf.get(ref) ?? 0));
      }
      out.push(`${r + 1}\t${cells.join('\t').replace(/\t+$/, '')}`);
    }
  });
  return `${out.join('\n')}\n`;
}

/** The rows of each table in mammoth's HTML, as cell text (paragraphs joined by a line break). */
export function htmlTableRows(html: string): string[][] {
  const table = html.match(/<table>([\s\S]*?)<\/table>/)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => htmlText(cell!)),
  );
}

function htmlText(html: string): string {
  return html
    .replace(/<br \/>/g, '\n')
    .replace(/<\/p><p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** What a Word document shows and how its page is set, as text. */
export async function docxSummary(bytes: Uint8Array): Promise<string> {
  const parts = await zipParts(bytes);
  const document = parts.get('word/document.xml') ?? '';
  const core = parts.get('docProps/core.xml') ?? '';
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const outside = html.replace(/<table>[\s\S]*?<\/table>/, '<p>[table]</p>');
  const paragraphs = [...outside.matchAll(/<(p|h\d)>([\s\S]*?)<\/\1>/g)].map(([, , text]) =>
    htmlText(text!),
  );
  const rows = htmlTableRows(html);
  const trs = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
  const shading = trs.map((tr) =>
    [...tr.matchAll(/<w:shd w:fill="([0-9A-F]{6})"/g)].map(([, fill]) => fill).join(' '),
  );
  const indentOf = trs.map((tr) => tr.match(/<w:ind w:left="(\d+)"\/>/)?.[1]);
  const fonts = [...new Set([...document.matchAll(/w:eastAsia="([^"]+)"/g)].map(([, f]) => f))];
  const out = [
    `title: ${core.match(/<dc:title>(.*?)<\/dc:title>/)?.[1]}`,
    `creator: ${core.match(/<dc:creator>(.*?)<\/dc:creator>/)?.[1]}`,
    `created: ${core.match(/<dcterms:created[^>]*>(.*?)</)?.[1]}`,
    `modified: ${core.match(/<dcterms:modified[^>]*>(.*?)</)?.[1]}`,
    `page: ${document.match(/<w:pgSz [^>]*\/>/)?.[0]}`,
    `margins: ${document.match(/<w:pgMar [^>]*\/>/)?.[0]}`,
    `grid: ${[...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => w).join(' ')}`,
    `repeating header rows: ${(document.match(/<w:tblHeader\/>/g) ?? []).length}`,
    `rows: ${trs.length}`,
    `fonts (East Asian): ${fonts.join(' ')}`,
    `styles default font: ${parts.get('word/styles.xml')?.match(/<w:docDefaults>[\s\S]*?w:eastAsia="([^"]+)"/)?.[1]}`,
    `footer: ${htmlText(parts.get('word/footer1.xml')?.replace(/<w:instrText[^>]*>(.*?)<\/w:instrText>/g, '{$1}') ?? '')}`,
    '',
    'paragraphs:',
    ...paragraphs.map((text) => `  ${escapeLine(text)}`),
    '',
    'table:',
    ...rows.map((cells, index) => {
      const extra = [
        shading[index] ? `shade ${shading[index]}` : '',
        indentOf[index] ? `indent ${indentOf[index]}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `${cells.map(escapeLine).join('\t')}${extra ? `\t[${extra}]` : ''}`;
    }),
  ];
  return `${out.join('\n')}\n`;
}

function escapeLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
