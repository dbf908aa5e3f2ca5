import { eastAsianWidth } from 'get-east-asian-width';
import { createLineIndex, type LineIndex } from '../diagnostics/line-index.js';
import { terminalText } from './sanitize.js';

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
  const marked = lines.lineText(line);
  const view = windowAround(marked, column - 1);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = n === line ? marked : lines.lineText(n);
    const shown = displayLine(
      cut(source, n === line ? view : fits(source) ? whole(source) : windowFrom(source, view.from)),
    );
    const mark = n === line ? style.marker('>') : ' ';
    out.push(
      `${mark} ${style.gutter(`${String(n).padStart(numberWidth)} |`)}${shown ? ` ${shown}` : ''}`,
    );
    if (n === line) {
      const start = Math.min(column - 1, view.to);
      const before = (view.from > 0 ? ellipsis : '') + visible(source.slice(view.from, start));
      const spanEnd = endLine === line ? Math.max(endColumn, column + 1) : source.length + 1;
      const under = visible(source.slice(start, Math.min(spanEnd - 1, view.to))).trimEnd();
      const caret = '^'.repeat(Math.max(1, stringWidth(under)));
      out.push(
        `  ${style.gutter(`${' '.repeat(numberWidth)} |`)} ${' '.repeat(stringWidth(before))}${style.marker(caret)}`,
      );
    }
  }
  return out.join('\n');
}

/**
 * A line wider than `WHOLE_COLUMNS` (a whole plan written in flow style is
 * one line) is shown as a window around the column: about `LEFT_COLUMNS`
 * display columns before it and `FRAME_COLUMNS` in all, cut at code points
 * and marked with `…`. Only the window is measured and made visible, so
 * 20,000 frames on one 800 KB line cost no more than on short lines.
 */
const WHOLE_COLUMNS = 160;
const FRAME_COLUMNS = 120;
const LEFT_COLUMNS = 50;
const ellipsis = '…';

interface FrameWindow {
  /** Code-unit offsets into the line; context lines start where the marked line does. */
  readonly from: number;
  readonly to: number;
}

function windowAround(source: string, index: number): FrameWindow {
  if (fits(source)) return whole(source);
  const at = Math.max(0, Math.min(index, source.length));
  let from = at;
  for (let width = 0; from > 0; ) {
    const step = from >= 2 && isLowSurrogate(source.charCodeAt(from - 1)) ? 2 : 1;
    width += charWidth(source.codePointAt(from - step)!);
    if (width > LEFT_COLUMNS) break;
    from -= step;
  }
  return windowFrom(source, from, at);
}

/** Whether a line is shown whole; a line of many code units is never measured. */
function fits(source: string): boolean {
  return source.length <= WHOLE_COLUMNS && stringWidth(source) <= WHOLE_COLUMNS;
}

function whole(source: string): FrameWindow {
  return { from: 0, to: source.length };
}

/** From `from`, as far as `FRAME_COLUMNS` reach (and at least past `at`). */
function windowFrom(source: string, from: number, at = from): FrameWindow {
  let to = alignToCodePoint(source, from);
  for (let width = 0; to < source.length; ) {
    const code = source.codePointAt(to)!;
    width += charWidth(code);
    if (width > FRAME_COLUMNS && to > at) break;
    to += code > 0xffff ? 2 : 1;
  }
  return { from, to };
}

/** The window of a line, with `…` where text was left out. */
function cut(source: string, view: FrameWindow): string {
  if (view.from === 0 && view.to >= source.length) return source;
  const from = alignToCodePoint(source, view.from);
  const to = alignToCodePoint(source, view.to);
  return `${from > 0 ? ellipsis : ''}${source.slice(from, to)}${to < source.length ? ellipsis : ''}`;
}

/** Moves an offset off the second half of a surrogate pair, so no character is split. */
function alignToCodePoint(source: string, offset: number): number {
  if (offset <= 0 || offset >= source.length) return Math.max(0, Math.min(offset, source.length));
  return isLowSurrogate(source.charCodeAt(offset)) ? offset - 1 : offset;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function displayLine(text: string): string {
  return visible(text).trimEnd();
}

function visible(text: string): string {
  return terminalText(text.replace(/\t/g, '  '));
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
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** A tab shows as two spaces; a control character as one visible picture. */
function charWidth(code: number): number {
  if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f))
    return 0;
  if (code === 0x09) return 2;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 1;
  return eastAsianWidth(code);
}
