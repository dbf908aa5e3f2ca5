/**
 * js-yaml's reasons → what went wrong, in our own words' keys.
 *
 * js-yaml throws one English sentence per failure (every `throwError` in
 * node_modules/js-yaml/lib/loader.js). A planning officer reads neither that
 * sentence nor, in a Chinese run, English at all; so each reason is mapped
 * to a problem with its own message in every language, and to the place the
 * problem really is (the quote or bracket that was opened, the line that
 * has no colon, the backslash of a bad escape), which is often not where
 * the parser gave up. The parser's sentence is kept only as `detail` in
 * `--format json`.
 *
 * Only runs when a file has failed to parse, so its regexes cost nothing on
 * the hot path.
 */

export type YamlProblemKind =
  | 'syntax'
  | 'duplicate-key'
  | 'several-documents'
  | 'too-deep'
  | 'alias-expansion'
  | 'tab-indent'
  | 'bad-indent'
  | 'unexpected-content'
  | 'line-without-colon'
  | 'space-after-colon'
  | 'unclosed-quote'
  | 'bad-escape'
  | 'unclosed-bracket'
  | 'missing-comma'
  | 'extra-comma'
  | 'block-header'
  | 'anchor-alias'
  | 'unknown-alias'
  | 'tag'
  | 'directive'
  | 'control-char'
  | 'complex-key';

/**
 * Reasons by the words they start with or contain, most specific first.
 * Every `throwError` text of js-yaml 4 is covered; a reason not listed
 * (a later js-yaml) still gets the plain `syntax` message.
 */
const reasons: readonly (readonly [string, YamlProblemKind])[] = [
  ['duplicated mapping key', 'duplicate-key'],
  ['expected a single document', 'several-documents'],
  ['end of the stream or a document separator is expected', 'unexpected-content'],
  ['nesting exceeded maxDepth', 'too-deep'],
  ['tab characters must not be used', 'tab-indent'],
  ['bad indentation of', 'bad-indent'],
  ['missing indentation for block scalar', 'bad-indent'],
  ['deficient indentation', 'bad-indent'],
  ['a multiline key may not be an implicit key', 'line-without-colon'],
  ['can not read an implicit mapping pair', 'line-without-colon'],
  ['incomplete explicit mapping pair', 'line-without-colon'],
  ['a whitespace character is expected after the key-value separator', 'space-after-colon'],
  ['quoted scalar', 'unclosed-quote'],
  ['unknown escape sequence', 'bad-escape'],
  ['expected hexadecimal character', 'bad-escape'],
  ['within a flow collection', 'unclosed-bracket'],
  ['missed comma between flow collection entries', 'missing-comma'],
  ["expected the node content, but found ','", 'extra-comma'],
  ['a line break is expected', 'block-header'],
  ['chomping mode identifier', 'block-header'],
  ['indentation width', 'block-header'],
  ['unidentified alias', 'unknown-alias'],
  ['anchor', 'anchor-alias'],
  ['alias node', 'anchor-alias'],
  ['directive', 'directive'],
  ['YAML version', 'directive'],
  ['previously declared suffix', 'directive'],
  ['tag', 'tag'],
  ['!<', 'tag'],
  ['non-printable characters', 'control-char'],
  ['expected valid JSON character', 'control-char'],
  ['null byte', 'control-char'],
  ['nested arrays are not supported inside keys', 'complex-key'],
];

export function classifyReason(reason: string): YamlProblemKind {
  for (const [words, kind] of reasons) if (reason.includes(words)) return kind;
  return 'syntax';
}

/** What the parser knew when it stopped. */
export interface StopState {
  readonly text: string;
  /** Where js-yaml stopped. */
  readonly offset: number;
  /** Where the innermost node still open started (its quote or bracket). */
  readonly opened: number;
  /** Where the last node read to its end started (the key of a line without a colon). */
  readonly lastClosed: number;
}

/**
 * Where to point for each problem: at what the user wrote, not where the
 * parser noticed. Undefined keeps the parser's own position.
 */
export function problemOffset(kind: YamlProblemKind, state: StopState): number {
  const { text, offset } = state;
  switch (kind) {
    case 'unclosed-quote':
    case 'unclosed-bracket':
      return firstContent(text, state.opened);
    case 'missing-comma': {
      // A bracket opened on an earlier line and a comma "missing" on this
      // one is a bracket that was never closed.
      const opener = firstContent(text, state.opened);
      return lineOf(text, opener) < lineOf(text, offset) ? opener : offset;
    }
    case 'line-without-colon':
      return firstContent(text, state.lastClosed);
    case 'bad-indent':
    case 'unexpected-content':
      return lineContentStart(text, offset);
    case 'directive': {
      // The parser notices only at the line after the directives.
      const line = text.lastIndexOf('\n%', Math.max(offset - 1, 0));
      return line !== -1 ? line + 1 : text.startsWith('%') ? 0 : offset;
    }
    case 'bad-escape':
      return Math.max(text.lastIndexOf('\\', offset), 0);
    case 'control-char': {
      const found = controlChar.exec(text);
      return found ? found.index : offset;
    }
    default:
      return offset;
  }
}

/** `missing-comma` turned into `unclosed-bracket` when the bracket is on an earlier line. */
export function refineKind(kind: YamlProblemKind, state: StopState): YamlProblemKind {
  if (kind !== 'missing-comma') return kind;
  const opener = firstContent(state.text, state.opened);
  return lineOf(state.text, opener) < lineOf(state.text, state.offset) ? 'unclosed-bracket' : kind;
}

/**
 * What each message names: the duplicated key, the quote or bracket left
 * open, the escape refused, the invisible character, the unknown alias.
 */
export function yamlProblemParams(
  text: string,
  kind: YamlProblemKind,
  reason: string,
  offset: number,
): Record<string, string> {
  switch (kind) {
    case 'duplicate-key':
      return { key: keyAt(text, offset) };
    case 'unclosed-quote':
    case 'unclosed-bracket':
      return { char: text[offset] ?? '', key: keyOfLine(text, offset) };
    case 'bad-escape':
      return { escape: text.slice(offset, offset + 2) };
    case 'control-char':
      return { char: codePoint(text, offset) };
    case 'unknown-alias':
      return { name: /"(.*)"/.exec(reason)?.[1] ?? '' };
    default:
      return {};
  }
}

/** The key written at `offset`: up to its colon, unquoted. */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const line = text.slice(offset, end === -1 ? undefined : end);
  const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:/.exec(line);
  return (key?.[1] ?? key?.[2] ?? key?.[3] ?? line).trim();
}

/** The key of the line that holds `offset`, when the value at `offset` follows one. */
function keyOfLine(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const head = /^[ \t]*(?:-[ \t]+)?([^\s#'"[\]{},:][^\n:#]*?)[ \t]*:[ \t]/.exec(
    text.slice(start, offset + 1),
  );
  return head && start + head[0].length <= offset ? head[1]!.trim() : '';
}

/** Characters YAML refuses in a file (as js-yaml's own test), the byte-order mark aside. */
const controlChar = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/** The character as the message names it: `U+0001`. */
function codePoint(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Past spaces, line breaks and comments, to where a node's text starts. */
function firstContent(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') i++;
    else if (ch === '#') {
      const end = text.indexOf('\n', i);
      if (end === -1) return i;
      i = end;
    } else break;
  }
  return Math.min(i, text.length);
}

/** The first character of the line that holds `offset` that is not indentation. */
function lineContentStart(text: string, offset: number): number {
  const at = Math.min(offset, text.length);
  let start = text.lastIndexOf('\n', at - 1) + 1;
  // The parser may stop at the line break after the real culprit.
  if (start === at && at === text.length && at > 0) start = text.lastIndexOf('\n', at - 2) + 1;
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? at : i;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
