/**
 * Plan text → HTML text. Everything the plan says reaches an HTML page
 * through one of these, so no title, unit or note can open a tag, close an
 * attribute or start an entity: `& < > " '` become entities. Control
 * characters are made visible as well (ESC → ␛): a printed page should show
 * that a title holds an escape sequence, not drop it silently, and the same
 * file is often `cat` to a terminal.
 */
import { sanitizeForTerminal } from './sanitize.js';

const entity: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Anything `escapeHtml` would change. Most plan text (a Chinese title, a
// date) has none of it, and a 10,000-task report escapes over 100,000 cells:
// one test lets those through without three passes of replacing.
const needsWork = /[&<>"'\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Text for element content or a quoted attribute value; line breaks stay `\n`. */
export function escapeHtml(text: string): string {
  if (!needsWork.test(text)) return text;
  return sanitizeForTerminal(text.replace(/\r\n?/g, '\n')).replace(/[&<>"']/g, (ch) => entity[ch]!);
}

/** Text that may run over several lines, inside an element: breaks become `<br>`. */
export function htmlLines(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.includes('\n') ? escaped.replace(/\n/g, '<br>') : escaped;
}

/** One line, for `<title>` and attributes, where a break cannot be shown. */
export function htmlLine(text: string): string {
  return escapeHtml(text.replace(/\r\n|\r|\n|\t/g, ' '));
}
