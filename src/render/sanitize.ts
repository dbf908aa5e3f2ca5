/**
 * Plan text must never reach a terminal as control sequences: an ESC in a
 * title could clear the screen or fake a clean result. C0 and C1 controls
 * (but tab and line feed, which callers lay out themselves), DEL, and the
 * bidirectional overrides that reorder what is shown are made visible.
 *
 * `sanitizeForTerminal` is also what the data formats that a terminal shows
 * by default (Markdown, CSV, iCalendar …) apply; they keep invisible marks
 * (zero-width space, direction marks, word joiner, BOM, line and paragraph
 * separators), which are text. Terminal views and logs go further with
 * `terminalText`: those marks are shown as `<U+200B>`, so two names that look
 * alike on screen are not silently different, and line breaks inside quoted
 * plan text as `⏎` (`oneLine`), so a title cannot forge a line of output.
 */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(unsafe, (ch) => {
    const code = ch.charCodeAt(0);
    // C0 controls have a visible picture in the Control Pictures block.
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}

const invisible = /[\u200b\u200e\u200f\u2060\ufeff\u2028\u2029]/g;

/** Text for a terminal view or log: controls and invisible marks made visible. */
export function terminalText(text: string): string {
  return sanitizeForTerminal(text).replace(
    invisible,
    (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

const lineBreak = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** Text that must stay on one line of a terminal or log: line breaks shown as `⏎`. */
export function oneLine(text: string): string {
  return terminalText(text.replace(lineBreak, '⏎'));
}

/** Anything `terminalLine` would change; most cells hold none of it. */
const needsLineWork =
  /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** One line of plan text for a terminal cell: controls made visible, breaks as spaces. */
export function terminalLine(text: string): string {
  // One test instead of three replacements for the ordinary cell of a
  // 10,000-row table.
  if (!needsLineWork.test(text)) return text;
  return terminalText(text.replace(/\r\n|\r|\n|\t/g, ' '));
}

/** One line of plan text for a data format: breaks as spaces, invisible marks kept. */
export function dataLine(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n|\r|\n|\t/g, ' '));
}

/**
 * JSON.stringify escapes C0 controls (`\u001b`) but leaves DEL, the C1
 * controls and the bidirectional overrides raw; every JSON output escapes
 * them too, which keeps the JSON exact (it parses back to the same text) and
 * inert on a terminal.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
