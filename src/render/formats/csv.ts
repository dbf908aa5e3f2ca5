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
 * days late) are passed as numbers and never altered; a 序号 is passed as a
 * `NumberingCell` and kept as text (`numberingText`).
 */
export interface DelimitedOptions {
  readonly bom: boolean;
  /** `,` for CSV, tab for TSV. */
  readonly delimiter?: ',' | '\t';
}

/**
 * A numbering (序号) that must stay text: `1.10`, `2.0`, `001`, `1-2`.
 */
export interface NumberingCell {
  readonly numbering: string;
}

export type Cell = string | number | undefined | NumberingCell;

/**
 * A numbering Excel, WPS or LibreOffice would read as a number or a date
 * and show otherwise. A plain whole number (`1`, `12`) shows as written and
 * is left plain, so the raw file stays readable.
 */
const numberLike = /^(?:0[0-9.\-/]*|[0-9][0-9]*[.\-/][0-9.\-/]*)$/;

/**
 * Opened in a spreadsheet, `1.10` becomes the number 1.1, `2.0` becomes 2,
 * `001` becomes 1 and `1-2` a date. A leading apostrophe or tab, which some
 * guides suggest, is shown as part of the text by LibreOffice (checked:
 * `'2.0`, `\t1.10`); the formula `="1.10"` gives the text `1.10` in Excel,
 * WPS and LibreOffice alike. Only digits, dots, hyphens and slashes ever go
 * inside it, so it can run nothing else.
 */
export function numberingText(text: string): string {
  return numberLike.test(text) ? `="${text}"` : neutralizeFormula(text);
}

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
  const text = typeof cell === 'string' ? neutralizeFormula(cell) : numberingText(cell.numbering);
  if (delimiter === '\t') {
    // TSV has no quoting convention that every reader honours: tabs and line
    // breaks inside a cell become spaces.
    return text.replace(/[\t\r\n]+/g, ' ');
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
