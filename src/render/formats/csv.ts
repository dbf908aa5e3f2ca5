/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold
 * a comma, quote, CR or LF, quotes doubled. A UTF-8 byte order mark leads by
 * default, because Excel and WPS read a BOM-less UTF-8 file as the local
 * code page and garble every Chinese character.
 *
 * A cell that starts with `=`, `+`, `-`, `@` (also full-width, also after
 * blanks), tab, CR or LF would be run as a formula by a spreadsheet (CSV
 * injection); such cells get a leading `'`,
 * which spreadsheets show as plain text. Numbers we write ourselves (progress,
 * days late) are passed as numbers and never altered.
 */
export interface DelimitedOptions {
  readonly bom: boolean;
  /** `,` for CSV, tab for TSV. */
  readonly delimiter?: ',' | '\t';
}

export type Cell = string | number | undefined;

// Excel and WPS trim leading blanks (space, NBSP, U+3000, zero-width space)
// and read full-width ＝＋－＠ as their ASCII forms before deciding that a
// cell is a formula; a leading tab or line break (CR, or LF that a CR was
// turned into) starts one too.
const formulaStart = /^(?:[\s\u200b\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function formatDelimited(
  rows: readonly (readonly Cell[])[],
  options: DelimitedOptions,
): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows
    .map((row) => row.map((cell) => formatCell(cell, delimiter)).join(delimiter))
    .join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

function formatCell(cell: Cell, delimiter: string): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutralizeFormula(cell);
  if (delimiter === '\t') {
    // TSV has no quoting convention that every reader honours: tabs and line
    // breaks inside a cell become spaces.
    return text.replace(/[\t\r\n]+/g, ' ');
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
