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

/**
 * JSON.stringify escapes C0 controls (`\u001b`) but leaves DEL, the C1
 * controls and the bidirectional overrides raw; they are escaped too, which
 * keeps the JSON exact (it parses back to the same text) and inert on a
 * terminal.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
