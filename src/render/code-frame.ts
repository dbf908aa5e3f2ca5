import { eastAsianWidth } from 'get-east-asian-width';
import { createLineIndex, type LineIndex } from '../diagnostics/line-index.js';
import { sanitizeForTerminal } from './sanitize.js';

export interface FrameStyle {
  readonly gutter: (text: string) => string;
  readonly marker: (text: string) => string;
}

const plain: FrameStyle = { gutter: (text) => text, marker: (text) => text };

/**
 * A few lines of source around a diagnostic with a caret under the node, as
 * compilers print them. The caret is placed by display width, so it sits
 * under the right character when the line holds Chinese text; tabs are shown
 * as two spaces and control characters made visible before measuring.
 *
 * Width here comes from the East Asian Width table directly rather than
 * string-width: a code frame shows YAML source, where wide CJK characters
 * are what matters, and string-width's start-up cost (its grapheme segmenter)
 * would double the time of a `plan check` that finds one problem.
 */
export function codeFrame(
  text: string,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  style: FrameStyle = plain,
  context = 1,
): string {
  const lines = lineIndexOf(text);
  const first = Math.max(1, line - context);
  // A file ending in a line break has an empty "line" after it; not shown.
  const lastLine = text.endsWith('\n') ? lines.lineCount - 1 : lines.lineCount;
  const last = Math.max(line, Math.min(lastLine, line + context));
  const numberWidth = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = lines.lineText(n);
    const shown = displayLine(source);
    const mark = n === line ? style.marker('>') : ' ';
    out.push(
      `${mark} ${style.gutter(`${String(n).padStart(numberWidth)} |`)}${shown ? ` ${shown}` : ''}`,
    );
    if (n === line) {
      const before = visible(source.slice(0, column - 1));
      const spanEnd = endLine === line ? Math.max(endColumn, column + 1) : source.length + 1;
      const under = visible(source.slice(column - 1, spanEnd - 1)).trimEnd();
      const caret = '^'.repeat(Math.max(1, stringWidth(under)));
      out.push(
        `  ${style.gutter(`${' '.repeat(numberWidth)} |`)} ${' '.repeat(stringWidth(before))}${style.marker(caret)}`,
      );
    }
  }
  return out.join('\n');
}

function displayLine(text: string): string {
  return visible(text).trimEnd();
}

function visible(text: string): string {
  return sanitizeForTerminal(text.replace(/\t/g, '  '));
}

// Frames come file by file, many per file: the index of the last file is
// kept so that a file with 10,000 problems is indexed once, not 10,000 times.
let indexed: { text: string; index: LineIndex } | undefined;

function lineIndexOf(text: string): LineIndex {
  if (indexed?.text !== text) indexed = { text, index: createLineIndex(text) };
  return indexed.index;
}

/** Display columns of source text: 2 for wide and fullwidth characters, 0 for combining marks. */
function stringWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f))
      continue;
    width += eastAsianWidth(code);
  }
  return width;
}
