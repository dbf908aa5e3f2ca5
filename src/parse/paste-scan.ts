/**
 * Text pasted from Word or WPS into a plan: full-width colons and dashes,
 * ideographic (U+3000) and no-break (U+00A0) spaces, a missing space after a
 * key's colon. YAML does not read any of them as syntax, so the parser either
 * fails a line later with words that name none of them, or quietly reads a
 * key and its value as one string. This scan names them where they are.
 *
 * One pass over the lines, looking only at each line's head (indentation,
 * list dash, key and colon): linear in the text and cheap enough to run on
 * every file.
 */

export type PasteKind =
  | 'fullwidth-colon'
  | 'wide-space-indent'
  | 'wide-space-after-colon'
  | 'no-space-after-colon'
  | 'fullwidth-dash'
  | 'fullwidth-bracket'
  | 'wide-space-after-dash'
  | 'wide-space-trailing'
  | 'numbered-item'
  | 'typographic-quotes'
  | 'invisible-char';

export interface PasteArtefact {
  readonly kind: PasteKind;
  /** The offending character. */
  readonly offset: number;
  readonly char: string;
  /** The key on that line, when there is one. */
  readonly key: string;
  /** The line fragment as it should be written. */
  readonly suggestion: string;
  /**
   * Where the string the parser would read starts if the file still parsed:
   * a real artefact makes a plain scalar start here, a look-alike inside a
   * block scalar or a longer string does not. Absent for a character that is
   * wrong wherever it is (a zero-width space).
   */
  readonly scalarStart?: number;
}

/**
 * Keys of the plan format, for `due:2023-06` (a missing space). Only known
 * keys: `10:30` or `http://` must stay text. A test holds this list to the
 * keys of the generated JSON Schema, so it cannot drift from the format.
 */
export const knownKeys: ReadonlySet<string> = new Set(
  (
    'achieved actual aliases baseline basis checkpoints date day depends_on document_no done_on ' +
    'due due_soon due_soon_within end every goal goals id inclusive issued issuer lead leader lights locale ' +
    'members metric milestones missed_red missed_yellow months name nature no note notes ' +
    'occurrences owner period phase ' +
    'phases preset progress red reference repeat shortfall start status steps support target ' +
    'targets tasks title tolerance units updates value version weekday within yellow'
  ).split(' '),
);

const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0x00a0;
const FULLWIDTH_COLON = 0xff1a;

/** A key at a line's head, read from a given position (sticky: no scan along the line). */
const keyAt = /([A-Za-z_][A-Za-z0-9_]*)[ \t]*([:\uff1a])/y;
/**
 * A Chinese key (a 分工表 heading: 标题, 牵头单位) with a full-width colon.
 * With an ASCII colon it is a key YAML reads, and `unknown-key` names it.
 */
const chineseKeyAt = /(\p{Script=Han}{2,8})[ \t]*\uff1a/uy;
/**
 * A list dash pasted as a full-width or typographic dash or as a bullet
 * (Word's list symbols •, ·, ●, ・, ▪), then a space.
 */
const wideDashes = new Set([
  0xff0d, 0x2013, 0x2014, 0x2022, 0x00b7, 0x25cf, 0x30fb, 0xff65, 0x2027, 0x25aa,
]);
/**
 * The numbering of a Word list pasted where a YAML list dash belongs:
 * `1、` `2.` `（二）` `(2)` `二、`, then a key of the format.
 */
const numberingAt =
  /(?:[0-9\uff10-\uff19]{1,3}[、.\uff0e]|[一二三四五六七八九十]{1,3}、|[(\uff08][一二三四五六七八九十0-9]{1,3}[)\uff09])[ \t\u3000]*/y;
/** Keys whose value is an id: typographic quotes round it are never part of it. */
const idKeys = new Set(['id', 'goal', 'phase']);
const typographicQuotes: Readonly<Record<string, string>> = {
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '\u300c': '\u300d',
  '\u300e': '\u300f',
};
const listInBrackets =
  /^[\uff3b\u3010]([^\n\uff3d\u3011]*[,，、][^\n\uff3d\u3011]*)[\uff3d\u3011]$/;

export function scanPasteArtefacts(text: string): PasteArtefact[] {
  const found: PasteArtefact[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    scanLine(text, lineStart, lineEnd, found);
    lineStart = lineEnd + 1;
  }
  return found;
}

function scanLine(text: string, start: number, end: number, found: PasteArtefact[]): void {
  let i = start;
  let wide = -1;
  for (; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09) continue;
    if (ch === IDEOGRAPHIC_SPACE || ch === NO_BREAK_SPACE) {
      if (wide === -1) wide = i;
      continue;
    }
    break;
  }
  if (i >= end || text.charCodeAt(i) === 0x23 /* # */) return;
  const contentStart = wide === -1 ? i : firstWideOrContent(text, start, i);
  if (wide !== -1) {
    found.push({
      kind: 'wide-space-indent',
      offset: wide,
      char: text[wide]!,
      key: '',
      suggestion: text
        .slice(start, trimEnd(text, start, end))
        .replace(/^[ \t\u3000\u00a0]+/, (indent) =>
          indent.replace(/\u3000/g, '  ').replace(/\u00a0/g, ' '),
        ),
      scalarStart: contentStart,
    });
  }
  // A list dash, ASCII or pasted, then the item.
  const ch = text.charCodeAt(i);
  const item = (): string =>
    `- ${text.slice(i + 1, trimEnd(text, i + 1, end)).replace(/^[ \t\u3000\u00a0]+/, '')}`;
  if ((ch === 0x2d || wideDashes.has(ch)) && i + 1 <= end) {
    const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
    const wideAfter = after === IDEOGRAPHIC_SPACE || after === NO_BREAK_SPACE;
    if (after === 0x20 || after === 0x09 || wideAfter) {
      if (ch !== 0x2d) {
        found.push({
          kind: 'fullwidth-dash',
          offset: i,
          char: text[i]!,
          key: '',
          suggestion: item(),
          scalarStart: i,
        });
      } else if (wideAfter) {
        found.push({
          kind: 'wide-space-after-dash',
          offset: i + 1,
          char: text[i + 1]!,
          key: '',
          suggestion: item(),
          scalarStart: i + 1,
        });
      }
      i++;
      while (i < end && isBlank(text.charCodeAt(i))) i++;
    }
  } else {
    i = numberedItem(text, i, end, found);
  }
  keyAt.lastIndex = i;
  const key = keyAt.exec(text);
  if (!key || key.index + key[0].length > end) {
    chineseKey(text, i, end, found);
    return;
  }
  const name = key[1]!;
  const colon = key.index + key[0].length - 1;
  const next = colon + 1 < end ? text.charCodeAt(colon + 1) : 0x0a;
  // The value and the corrected fragment are made only for a line that has
  // an artefact: most lines have none, and a large plan has 100,000 lines.
  const fixed = (): string => `${name}: ${valueAfter(text, colon + 1, end)}`;
  if (key[2]!.charCodeAt(0) === FULLWIDTH_COLON) {
    found.push({
      kind: 'fullwidth-colon',
      offset: colon,
      char: '：',
      key: name,
      suggestion: fixed(),
      scalarStart: i,
    });
    return;
  }
  if (next === IDEOGRAPHIC_SPACE || next === NO_BREAK_SPACE) {
    found.push({
      kind: 'wide-space-after-colon',
      offset: colon + 1,
      char: text[colon + 1]!,
      key: name,
      suggestion: fixed(),
      scalarStart: i,
    });
    return;
  }
  if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d && knownKeys.has(name)) {
    found.push({
      kind: 'no-space-after-colon',
      offset: colon,
      char: ':',
      key: name,
      suggestion: fixed(),
      scalarStart: i,
    });
    return;
  }
  let first = colon + 1;
  while (first < end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09))
    first++;
  if (first >= end) return;
  const opener = text.charCodeAt(first);
  if (trailingWideSpace(text, name, first, end, found)) return;
  if (idKeys.has(name) && idInQuotes(text, name, first, end, found)) return;
  if (opener !== 0xff3b && opener !== 0x3010) return;
  const value = valueAfter(text, colon + 1, end);
  const list = listInBrackets.exec(value);
  if (list) {
    const at = first;
    const items = list[1]!.split(/[,，、]/).map((item) => item.trim());
    found.push({
      kind: 'fullwidth-bracket',
      offset: at,
      char: value[0]!,
      key: name,
      suggestion: `${name}: [${items.join(', ')}]`,
      scalarStart: at,
    });
  }
}

/**
 * The certain repair of an artefact after a key: the colon made ASCII and
 * followed by one ASCII space (none at the end of a line). Indentation,
 * dashes and brackets are left alone: how deep a U+3000 indents, or whether
 * 【】 meant a list, is a guess.
 */
export function pasteFix(
  text: string,
  artefact: PasteArtefact,
): { kind: 'text'; start: number; end: number; text: string } | undefined {
  switch (artefact.kind) {
    case 'fullwidth-colon':
    case 'wide-space-after-colon':
    case 'no-space-after-colon':
      break;
    case 'wide-space-after-dash':
      return { kind: 'text', start: artefact.offset, end: artefact.offset + 1, text: ' ' };
    case 'wide-space-trailing':
      return {
        kind: 'text',
        start: artefact.offset,
        end: wideRunEnd(text, artefact.offset),
        text: '',
      };
    case 'invisible-char':
      return { kind: 'text', start: artefact.offset, end: artefact.offset + 1, text: '' };
    case 'typographic-quotes': {
      const close = text.indexOf(typographicQuotes[artefact.char]!, artefact.offset + 1);
      return {
        kind: 'text',
        start: artefact.offset,
        end: close + 1,
        text: text.slice(artefact.offset + 1, close),
      };
    }
    default:
      return undefined;
  }
  const colon = artefact.kind === 'wide-space-after-colon' ? artefact.offset - 1 : artefact.offset;
  let end = colon + 1;
  while (end < text.length && isBlank(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  const atLineEnd = end >= text.length || next === 0x0a || next === 0x0d;
  return { kind: 'text', start: colon, end, text: atLineEnd ? ':' : ': ' };
}

function isBlank(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === IDEOGRAPHIC_SPACE || ch === NO_BREAK_SPACE;
}

function isWide(ch: number): boolean {
  return ch === IDEOGRAPHIC_SPACE || ch === NO_BREAK_SPACE;
}

function wideRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWide(text.charCodeAt(i))) i++;
  return i;
}

/**
 * `  1、id: T2` — a Word list's numbering where a YAML list dash belongs.
 * Only before a key of the format: `1、全面提升…` on its own may be a title
 * continued, which the parser's message covers. Returns where the key starts.
 */
function numberedItem(text: string, at: number, end: number, found: PasteArtefact[]): number {
  numberingAt.lastIndex = at;
  const numbering = numberingAt.exec(text);
  if (!numbering || at + numbering[0].length >= end) return at;
  const from = at + numbering[0].length;
  keyAt.lastIndex = from;
  const key = keyAt.exec(text);
  if (!key || key.index + key[0].length > end || !knownKeys.has(key[1]!)) return at;
  found.push({
    kind: 'numbered-item',
    offset: at,
    char: numbering[0].trim(),
    key: key[1]!,
    suggestion: `- ${text.slice(from, trimEnd(text, from, end))}`,
    scalarStart: at,
  });
  return from;
}

/** `标题：全面提升…` — a Chinese key, a full-width colon. */
function chineseKey(text: string, at: number, end: number, found: PasteArtefact[]): void {
  chineseKeyAt.lastIndex = at;
  const key = chineseKeyAt.exec(text);
  if (!key || key.index + key[0].length > end) return;
  const colon = key.index + key[0].length - 1;
  found.push({
    kind: 'fullwidth-colon',
    offset: colon,
    char: '：',
    key: key[1]!,
    suggestion: `${key[1]}: ${valueAfter(text, colon + 1, end)}`,
    scalarStart: at,
  });
}

/**
 * `lead: 县卫生健康局` and a U+3000 or no-break space after it: invisible,
 * but part of the value, so the unit is not the one registered and a date
 * is not read. Only plain one-line values; a quoted one keeps what it says.
 */
function trailingWideSpace(
  text: string,
  name: string,
  first: number,
  end: number,
  found: PasteArtefact[],
): boolean {
  let last = end;
  if (text.charCodeAt(last - 1) === 0x0d) last--;
  if (!isWide(text.charCodeAt(last - 1))) return false;
  const opener = text[first]!;
  if ('"\'|>#&*!'.includes(opener)) return false;
  let run = last - 1;
  while (run > first && isWide(text.charCodeAt(run - 1))) run--;
  if (run === first) return false;
  found.push({
    kind: 'wide-space-trailing',
    offset: run,
    char: text[run]!,
    key: name,
    suggestion: `${name}: ${text.slice(first, run).trimEnd()}`,
    scalarStart: first,
  });
  return true;
}

/** `id: “T1”` — typographic quotes pasted round an id, read as part of it. */
function idInQuotes(
  text: string,
  name: string,
  first: number,
  end: number,
  found: PasteArtefact[],
): boolean {
  const close = typographicQuotes[text[first]!];
  if (close === undefined) return false;
  const last = trimEnd(text, first, end) - 1;
  if (last <= first + 1 || text[last] !== close) return false;
  found.push({
    kind: 'typographic-quotes',
    offset: first,
    char: text[first]!,
    key: name,
    suggestion: `${name}: ${text.slice(first + 1, last)}`,
    scalarStart: first,
  });
  return true;
}

/** Where the parser's plain scalar would start on a line indented with wide spaces: at the first of them past the ASCII ones. */
function firstWideOrContent(text: string, start: number, content: number): number {
  for (let i = start; i < content; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x09) return i;
  }
  return content;
}

function valueAfter(text: string, from: number, end: number): string {
  return text.slice(from, trimEnd(text, from, end)).replace(/^[ \t\u3000\u00a0]+/, '');
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const ch = text.charCodeAt(i - 1);
    if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) break;
    i--;
  }
  return i;
}

/** The `locale:` a plan states at its top level, read from the text when it does not parse. */
export function localeInText(text: string): 'zh-CN' | 'zh-TW' | 'en' | undefined {
  const match = /^locale[ \t]*[:\uff1a][ \t\u3000\u00a0]*["']?(zh-CN|zh-TW|en)\b/m.exec(text);
  return match?.[1] as 'zh-CN' | 'zh-TW' | 'en' | undefined;
}
