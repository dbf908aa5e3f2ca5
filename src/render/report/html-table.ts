/**
 * Tables of the report page. Every table has fixed column widths (given as
 * relative weights, turned into percentages) so that the browser wraps long
 * text inside its column instead of widening the table past the paper, and a
 * `thead` that print repeats on every page.
 *
 * Cells come in as HTML already escaped by the caller (`escapeHtml`,
 * `htmlLines`): only the caller knows which of its words are plan text and
 * which are its own markup (a light's dot).
 */
import type { Light } from '../../analyze/schedule.js';
import { sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { escapeHtml } from '../html.js';

export interface HtmlColumn {
  /** The header's HTML. */
  readonly header: string;
  /** Relative width. */
  readonly weight: number;
  /** Right-aligned figures. */
  readonly numeric?: boolean;
}

export interface HtmlCell {
  readonly html: string;
  /** Extra classes of the `td`. */
  readonly className?: string;
}

export interface HtmlRow {
  readonly cells: readonly (HtmlCell | string)[];
  readonly className?: string;
}

export function htmlTable(
  columns: readonly HtmlColumn[],
  rows: readonly HtmlRow[],
  className: string,
): string {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const out: string[] = [`<table class="${className}">`, '<colgroup>'];
  for (const column of columns) {
    out.push(`<col style="width:${percent(column.weight, total)}">`);
  }
  out.push('</colgroup>', '<thead><tr>');
  for (const column of columns) {
    out.push(
      column.numeric ? `<th class="num">${column.header}</th>` : `<th>${column.header}</th>`,
    );
  }
  out.push('</tr></thead>', '<tbody>');
  // Built per column once: a task table has a cell per task and column.
  const plainOpen = columns.map((column) => (column.numeric ? '<td class="num">' : '<td>'));
  const classPrefix = columns.map((column) => (column.numeric ? 'num ' : ''));
  for (const row of rows) {
    let line = row.className ? `<tr class="${row.className}">` : '<tr>';
    for (let index = 0; index < row.cells.length; index++) {
      const cell = row.cells[index]!;
      if (typeof cell === 'string') line += `${plainOpen[index] ?? '<td>'}${cell}</td>`;
      else if (!cell.className) line += `${plainOpen[index] ?? '<td>'}${cell.html}</td>`;
      else line += `<td class="${classPrefix[index] ?? ''}${cell.className}">${cell.html}</td>`;
    }
    out.push(`${line}</tr>`);
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

/**
 * A light as a coloured dot and its word, so that it reads in black and
 * white too. No light (done, dropped, no data) has no badge: the status
 * beside it says what the item is.
 */
export function lightBadge(light: Light, lang: Lang): string {
  if (light === 'grey') return '';
  return `<span class="badge light-${light}"><span class="dot"></span>${sharedLabels(lang).light[light]}</span>`;
}

/** Text with a light's badge on the line below, when it has one. */
export function withBadge(html: string, light: Light, lang: Lang): string {
  const badge = lightBadge(light, lang);
  return badge === '' ? html : `${html}<br>${badge}`;
}

/**
 * A date in words: it may wrap after the year (`2024年` / `7月10日`) and
 * nowhere else, where a narrow column would otherwise leave `日` alone on
 * a line (see `.date` in the stylesheet).
 */
export function dateHtml(text: string): HtmlCell {
  const html = escapeHtml(text);
  return { html: html.includes('年') ? html.replace(/年/g, '年<wbr>') : html, className: 'date' };
}

// Two decimals keep the widths summing to 100% without a long tail of digits.
function percent(weight: number, total: number): string {
  return `${Math.round((weight / total) * 10000) / 100}%`;
}
