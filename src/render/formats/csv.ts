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
 *
 * A text cell that a spreadsheet would read as a number or date and so
 * lose (序号 `1.10` → 1.1, `2.0` → 2, `001` → 1, `1-2` → 2 Jan, a 12-digit
 * code → 1.2E+11) is written after a tab, which Excel and WPS keep as part
 * of a text cell (docs/decisions.md, "CSV keeps 序号 as text").
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

// Digits a spreadsheet would turn into a number or date that no longer reads
// as written: a trailing dot or zero after the point, leading zeros, two or
// more points, day-month pairs, twelve or more digits, an exponent. `1`,
// `2.1` and dates that start with a year (2024-06) read back as written
// and are left alone.
const lossyNumber =
  /^(?:\d+\.(?:\d*0)?|0\d+(?:\.\d+)*|\d+(?:\.\d+){2,}|\d{1,3}[-/]\d{1,3}(?:[-/]\d{1,4})?|\d{12,}|\d+(?:\.\d+)?[eE]\d+)$/;

/**
 * A leading tab keeps such a cell text in Excel and WPS. The cell starts
 * with a digit, so the tab cannot front a formula; it is added after
 * neutralisation, which would otherwise take the tab for one.
 */
export function keepAsText(text: string): string {
  return lossyNumber.test(text) ? `\t${text}` : text;
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
    // A tab cannot lead a TSV cell, so numbering there is left to the
    // reader's import settings (README).
    return text.replace(/[\t\r\n]+/g, ' ');
  }
  const kept = keepAsText(text);
  return /[",\r\n]/.test(kept) ? `"${kept.replace(/"/g, '""')}"` : kept;
}
