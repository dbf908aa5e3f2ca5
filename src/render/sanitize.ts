/**
 * Plan text must never reach a terminal as control sequences: an ESC in a
 * title could clear the screen or fake a clean result. C0 and C1 controls
 * (but tab and line feed, which callers lay out themselves), DEL, and the
 * bidirectional overrides that reorder what is shown are made visible.
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

/** One line of plan text for a terminal cell: controls made visible, breaks as spaces. */
export function terminalLine(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n|\r|\n|\t/g, ' '));
}
