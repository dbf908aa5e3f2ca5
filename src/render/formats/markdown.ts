/**
 * Markdown that renders as intended on GitHub whatever the plan text holds:
 * characters with meaning in Markdown or HTML are escaped, so a title can
 * neither break out of a table cell nor inject markup.
 */

/** Plain text → inline Markdown: one line, no markup, no HTML. */
export function escapeInline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&"]/g, (ch) => htmlEntity[ch] ?? `\\${ch}`);
}

/** Inside a table cell a pipe must be escaped too; line breaks become <br>. */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInline(line))
    .join('<br>');
}

// `<`, `>`, `&` and `"` are written as entities: a backslash does not stop
// GitHub from reading `<script>` as HTML.
const htmlEntity: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
};

export type Align = 'left' | 'right' | 'center';

/** A GFM table; cells are escaped here, so callers pass plain text. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell) => escapeCell(cell) || ' ').join(' | ')} |`;
  const rule = header.map((_, index) => {
    const a = align[index] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
