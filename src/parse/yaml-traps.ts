/**
 * Plain text that YAML reads as syntax: ` #重点` after a title is a comment
 * and disappears; `[重点]…`, `@医务科…`, `全面提升: 落实…` stop the parser
 * with words about indentation; a quote left open is reported at the end of
 * the file. These functions find the value the user wrote, so the message
 * can say "quote it" at the value itself.
 */
import type { Path, SourceNode } from './types.js';

/** Fields whose values are prose, where a ` #` is far more likely text than a comment. */
const textFields = new Set([
  'title',
  'name',
  'notes',
  'note',
  'metric',
  'issuer',
  'basis',
  'document_no',
  'target',
  'leader',
  'owner',
  'shortfall',
]);

export interface CommentInText {
  /** The `#` that starts what was read as a comment. */
  readonly offset: number;
  readonly path: Path;
  readonly key: string;
  /** The comment's text, without the `#`. */
  readonly comment: string;
  readonly suggestion: string;
}

/**
 * `title: 全面提升医疗服务质量 #重点` on one line: key, plain value, then ONE
 * space and `#`. Two or more spaces before the `#` are how a comment is
 * written on purpose (yamllint's default asks for two), so
 * `title: 完善制度   # 待定` is left alone.
 */
const commentedText =
  /^[ \t]*(?:-[ \t]+)?([a-z_]+)[ \t]*:[ \t]+([^\s'"|>#&*!%@`[{](?:[^\n]*?[^ \t])?)[ \t]#([^\n]*)$/;
/** A ` #` already in the value: YAML's comment begins there, at a deliberate one. */
const earlierComment = /[ \t]#/;

/**
 * Plain scalars on text fields whose line goes on with ` #…`. Lines are
 * found by searching for ` #` (most plans have few), and each is confirmed
 * against the parsed tree, so text inside a block scalar or a quoted string
 * is never taken for one.
 */
export function findCommentsInText(text: string, root: SourceNode | undefined): CommentInText[] {
  if (!root) return [];
  const candidates = new Map<
    number,
    { hash: number; key: string; value: string; comment: string }
  >();
  for (let at = nextHash(text, 0); at !== -1; at = nextHash(text, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const match = commentedText.exec(line);
    if (match && textFields.has(match[1]!) && !earlierComment.test(match[2]!)) {
      const valueStart = lineStart + line.indexOf(match[2]!, line.indexOf(':') + 1);
      candidates.set(valueStart, {
        hash: lineStart + match.index + match[0].length - match[3]!.length - 1,
        key: match[1]!,
        value: match[2]!,
        comment: match[3]!.trim(),
      });
    }
    at = lineEnd;
  }
  if (candidates.size === 0) return [];
  const found: CommentInText[] = [];
  walk(root, [], (node, path) => {
    const candidate = candidates.get(node.start);
    const key = path[path.length - 1];
    if (!candidate || node.kind !== 'scalar' || key !== candidate.key) return;
    found.push({
      offset: candidate.hash,
      path,
      key: candidate.key,
      comment: candidate.comment,
      suggestion: `${candidate.key}: ${quote(`${candidate.value} #${text.slice(candidate.hash + 1, lineEndOf(text, candidate.hash)).replace(/[ \t\r]+$/, '')}`)}`,
    });
  });
  return found;
}

function nextHash(text: string, from: number): number {
  const space = text.indexOf(' #', from);
  const tab = text.indexOf('\t#', from);
  if (space === -1) return tab;
  if (tab === -1) return space;
  return Math.min(space, tab);
}

function lineEndOf(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** Calls `visit` on every value node with its path (keys are not visited). */
function walk(
  root: SourceNode,
  rootPath: Path,
  visit: (node: SourceNode, path: Path) => void,
): void {
  const stack: { node: SourceNode; path: Path }[] = [{ node: root, path: rootPath }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    visit(node, path);
    if (node.kind === 'map') {
      for (let i = 0; i + 1 < node.pairs.length; i += 2) {
        const key = node.pairs[i]!;
        const keyName = key.kind === 'scalar' ? String(key.value) : '';
        stack.push({ node: node.pairs[i + 1]!, path: [...path, keyName] });
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item, index) => {
        stack.push({ node: item, path: [...path, index] });
      });
    }
  }
}

export interface AnchoredText {
  /** The `&`. */
  readonly offset: number;
  readonly path: Path;
  readonly key: string;
  readonly suggestion: string;
}

/** `title: &重点 全面提升…` on one line: a text field's value that YAML read as an anchor and text. */
const anchoredText =
  /^[ \t]*(?:-[ \t]+)?([a-z_]+)[ \t]*:[ \t]+(&(\S+)[ \t]+[^\s#'"|>][^\n]*?)[ \t]*$/;

/**
 * A text field whose plain value starts with `&`: YAML takes `&重点` for an
 * anchor's name and drops it from the text, silently. An anchor no alias
 * uses, on a title, is text that was lost. Found by searching for `&` (most
 * plans have none) and confirmed against the tree, as comments in text are.
 */
export function findAnchoredText(text: string, root: SourceNode | undefined): AnchoredText[] {
  if (!root) return [];
  const candidates = new Map<number, { anchor: number; key: string; value: string }>();
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const match = anchoredText.exec(line);
    // An anchor that an alias uses (`*t`) was written on purpose.
    if (match && textFields.has(match[1]!) && !text.includes(`*${match[3]}`)) {
      const anchor = lineStart + line.indexOf('&', line.indexOf(':') + 1);
      const rest = /^&\S+[ \t]+/.exec(match[2]!)![0].length;
      // The scalar's node starts at the anchor or after it, as js-yaml opens it.
      const candidate = { anchor, key: match[1]!, value: match[2]! };
      candidates.set(anchor, candidate);
      candidates.set(anchor + rest, candidate);
    }
    at = lineEnd;
  }
  if (candidates.size === 0) return [];
  const found: AnchoredText[] = [];
  walk(root, [], (node, path) => {
    const candidate = node.kind === 'scalar' ? candidates.get(node.start) : undefined;
    if (!candidate || path[path.length - 1] !== candidate.key) return;
    candidates.delete(candidate.anchor);
    found.push({
      offset: candidate.anchor,
      path,
      key: candidate.key,
      suggestion: `${candidate.key}: ${quote(candidate.value)}`,
    });
  });
  return found;
}

/** The set of offsets where a scalar (key or value) starts: to confirm a paste artefact made one. */
export function scalarStarts(root: SourceNode | undefined): Set<number> {
  const starts = new Set<number>();
  if (!root) return starts;
  const stack: SourceNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'scalar') starts.add(node.start);
    else if (node.kind === 'map') stack.push(...node.pairs);
    else if (node.kind === 'seq') stack.push(...node.items);
  }
  return starts;
}

export interface QuoteTrap {
  readonly problem: 'quote-value' | 'unclosed-quote' | 'text-after-quote';
  /** The value's first character, or the opening quote. */
  readonly offset: number;
  readonly key: string;
  readonly char: string;
  readonly suggestion?: string;
}

/** A line's key (optional) and where its value starts. */
const valueLine = /^([ \t]*)(?:-[ \t]+)?(?:([^\s#'"[\]{},:][^\n:#]*?)[ \t]*:(?:[ \t]+|$))?/;

/**
 * Why the parser failed at `errorOffset`, when a value the user wrote is the
 * cause: an unclosed quote (anywhere before), or on the failing line or the
 * one before it, a plain value that starts with a YAML indicator or holds
 * `: `. Undefined when no value explains the failure.
 */
export function findQuoteTrap(text: string, errorOffset: number): QuoteTrap | undefined {
  const errorLineStart = text.lastIndexOf('\n', Math.max(0, errorOffset - 1)) + 1;
  const previousLineStart =
    errorLineStart === 0 ? 0 : text.lastIndexOf('\n', errorLineStart - 2) + 1;
  let nearby: QuoteTrap | undefined;
  let lineStart = 0;
  while (lineStart <= errorLineStart && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const head = valueLine.exec(line)!;
    const valueAt = head[0].length;
    const key = (head[2] ?? '').trim();
    const first = line[valueAt];
    if (first === '"' || first === "'") {
      const close = closingQuote(text, lineStart + valueAt);
      if (close === -1) {
        return { problem: 'unclosed-quote', offset: lineStart + valueAt, key, char: first };
      }
      // `title: "全面提升"医疗服务质量`: quotes round part of the text, on the failing line.
      const after = close < lineEnd ? line.slice(close - lineStart + 1).replace(/^[ \t]+/, '') : '';
      if (lineStart >= previousLineStart && after !== '' && !/^[#,:\]}]/.test(after)) {
        nearby = {
          problem: 'text-after-quote',
          offset: close + 1,
          key,
          char: first,
          suggestion: `${key ? `${key}: ` : ''}${quote(
            line
              .slice(valueAt)
              .replace(/[ \t]+#.*$/, '')
              .trimEnd()
              .replaceAll(first, ''),
          )}`,
        };
      }
      // A quoted value may run over several lines: go on after it.
      if (close >= lineEnd) {
        lineEnd = text.indexOf('\n', close);
        if (lineEnd === -1) break;
      }
    } else if (lineStart >= previousLineStart && first !== undefined && first !== '#') {
      const value = line
        .slice(valueAt)
        .replace(/[ \t]+#.*$/, '')
        .trimEnd();
      if (needsQuotes(value)) {
        nearby = {
          problem: 'quote-value',
          offset: lineStart + valueAt,
          key,
          char: value.includes(': ') && !indicators.has(value[0]!) ? ': ' : value[0]!,
          suggestion: `${key ? `${key}: ` : ''}${quote(value)}`,
        };
      }
    }
    lineStart = lineEnd + 1;
  }
  return nearby;
}

const indicators = new Set(['[', '{', '@', '*', '&', '!', '%', '|', '>', '`']);

function needsQuotes(value: string): boolean {
  const first = value[0];
  if (first === undefined) return false;
  // `[重点]全面提升` is text after a closed list; `[finance, hrss` is a list
  // left open, which the parser's own words describe well enough.
  if (first === '[') return value.includes(']') && !value.endsWith(']');
  if (first === '{') return value.includes('}') && !value.endsWith('}');
  // A block scalar header (`|`, `>-`, `|2`) is syntax, not text.
  if ((first === '|' || first === '>') && /^[|>][+-]?[0-9]?[+-]?$/.test(value)) return false;
  if (indicators.has(first)) return true;
  // `- 全面提升…`: a list where a text was meant.
  if (first === '-' && value[1] === ' ') return true;
  return value.includes(': ');
}

/** The offset of the quote that closes the one at `open`, or -1 if none does. */
function closingQuote(text: string, open: number): number {
  const quoteChar = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (quoteChar === '"' && ch === '\\') {
      i++;
    } else if (ch === quoteChar) {
      if (quoteChar === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** A value in double quotes, escaped as YAML needs. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
