import { sanitizeForTerminal } from '../sanitize.js';

/**
 * Plan text for a file format that is also printed to a terminal by
 * default (Markdown, CSV, TSV): control characters are made visible, so
 * `plan table -f md` on a terminal cannot clear the screen or forge a link,
 * and a spreadsheet gets no bytes it would show as garbage. Line breaks
 * and tabs stay: each format has its own way with them. CR LF and lone CR
 * become LF first, as a line break and not a control picture.
 */
export function visibleControls(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n?/g, '\n'));
}
