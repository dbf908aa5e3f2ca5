/**
 * Markdown that renders as intended on GitHub whatever the plan text holds,
 * and whose raw text still reads well when pasted into WeChat, DingTalk or an
 * OA system. Only what GitHub-flavoured Markdown would misread is escaped,
 * with a backslash and never an HTML entity: `PET-CT`, `5.1`, `98.6%`, `-174`,
 * `[lead]` and `>= 99%` stay as they are, while `*a*`, `[x](y)`, `<b>`,
 * `&amp;` and a `|` in a table cell are neutralised.
 *
 * Plan text is escaped piece by piece and pieces are joined to our own words,
 * so a piece's edges are treated as unknown neighbours: a `*` at the edge of
 * a piece is escaped, since the next piece could complete an emphasis.
 */

// One pass over the text finds every character that might need a backslash;
// the callback decides from its neighbours. Precompiled: this runs per cell.
const candidate =
  /\\(?=[!-/:-@[-`{-~]|$)|`|\*+|_+|~+|\](?=\()|<(?=[A-Za-z/!?])|&(?=#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)|\||(?:^|(?<=[ \t]))#+(?=[ \t]*$)/g;
const anyCandidate = /[\\`*_~\]<&|#]/;
const lineBreak = /\r\n|\r|\n/g;
// Unicode white space as both micromark and cmark-gfm read it (Zs, tab).
const blank = /[\p{Zs}\t]/u;
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Plain text → inline Markdown: one line, no markup, no HTML. For text in
 * the middle of a line (after a list marker, inside a heading); text that
 * begins a paragraph also needs {@link guardLineStart}.
 */
export function escapeInline(text: string): string {
  return escapeText(text.replace(lineBreak, ' '), pieceContext);
}

/**
 * Inside a table cell a pipe must be escaped too; line breaks become <br>.
 * A cell is parsed on its own, so what can pair up is known: a lone `*`, `_`
 * or `~` run (`~ 7天`) cannot emphasise and is left alone, and a one-line
 * cell's edges are blank.
 */
export function escapeCell(text: string): string {
  const lines = text.split(lineBreak);
  const context: EscapeContext = {
    inCell: true,
    edgesBlank: lines.length === 1,
    loneMarks: loneMarks(text),
  };
  return lines.map((line) => escapeText(line, context)).join('<br>');
}

interface EscapeContext {
  readonly inCell: boolean;
  /** Whether the text's edges are blank (a whole cell) or unknown (a piece of a line). */
  readonly edgesBlank: boolean;
  /** Marks among `*_~` that occur as a single run in the whole cell. */
  readonly loneMarks: string;
}

const pieceContext: EscapeContext = { inCell: false, edgesBlank: false, loneMarks: '' };
const markRun = { '*': /\*+/g, _: /_+/g, '~': /~+/g } as const;

function loneMarks(text: string): string {
  let lone = '';
  for (const mark of ['*', '_', '~'] as const) {
    if (text.includes(mark) && text.match(markRun[mark])?.length === 1) lone += mark;
  }
  return lone;
}

function escapeText(text: string, context: EscapeContext): string {
  if (!anyCandidate.test(text)) return text;
  return text.replace(candidate, (match: string, offset: number) => {
    const first = match[0]!;
    if (first === '|') return context.inCell ? '\\|' : match;
    // A closing `#` run would be dropped from a heading; a cell has none.
    if (first === '#' && context.inCell) return match;
    if (first === '*' || first === '~' || first === '_') {
      if (context.loneMarks.includes(first)) return match;
      const edge = context.edgesBlank ? ' ' : undefined;
      const before = offset > 0 ? text[offset - 1] : edge;
      const after = offset + match.length < text.length ? text[offset + match.length] : edge;
      return delimiterRunIsInert(first, before, after) ? match : match.replace(/./g, '\\$&');
    }
    return `\\${match}`;
  });
}

/**
 * Whether a run of `*`, `_` or `~` can neither open nor close emphasis or
 * strikethrough (CommonMark's flanking rules). `*` and `~` are inert only
 * between blanks (`3 * 4`); `_` also between two letters or digits
 * (`file_name`), since an intraword `_` never emphasises. An unknown
 * neighbour (the edge of a piece) is taken to be neither.
 */
function delimiterRunIsInert(
  mark: string,
  before: string | undefined,
  after: string | undefined,
): boolean {
  if (before === undefined || after === undefined) return false;
  if (blank.test(before) && blank.test(after)) return true;
  return mark === '_' && wordChar.test(before) && wordChar.test(after);
}

// What would start a block other than a paragraph when it leads a line:
// a heading, block quote, bullet, ordered-list number, thematic break or
// setext underline, code fence, link definition or task-list box.
const blockStart =
  /^([ \t]{0,3})(?:(#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|~{3,}|[-_*=](?=[-_*= \t]*$)|\[(?=[^\]]*\]:|[ xX]\](?:[ \t]|$)))|(\d{1,9})([.)])(?=[ \t]|$))/;

/**
 * Escapes the mark that would turn an already escaped line into something
 * other than a paragraph (`# h`, `- x`, `> q`, `1. x`, `---`): for text that
 * begins a paragraph or a list item's content.
 */
export function guardLineStart(line: string): string {
  return line.replace(
    blockStart,
    (_match, indent: string, mark?: string, digits?: string, delimiter?: string) =>
      mark !== undefined ? `${indent}\\${mark}` : `${indent}${digits}\\${delimiter}`,
  );
}

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
