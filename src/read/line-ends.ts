/**
 * Lines ended by a lone CR (classic Mac OS, and some WPS and web exports):
 * YAML reads CR as a line break, but every later stage (line numbers, code
 * frames, the paste scan) counts lines by LF, so such a file would be one
 * long line 1. Each lone CR becomes an LF: one character for one, so every
 * offset stays where it was; CRLF is left as it is.
 */
const loneCr = /\r(?!\n)/g;

export function normalizeLineEnds(text: string): string {
  if (text.indexOf('\r') === -1) return text;
  return text.replace(loneCr, '\n');
}
