/**
 * YAML → plain value plus the source span of every node.
 *
 * js-yaml does the parsing; its `listener` option reports when each node
 * opens and closes, and from those events we rebuild a tree of spans that
 * mirrors the value. This costs about a tenth of building a full `yaml`
 * Document for a 10,000-task plan while keeping exact line and column for
 * every key and value.
 */
import jsYaml from 'js-yaml';
import type { SourceNode } from './types.js';
import {
  classifyReason,
  problemOffset,
  refineKind,
  type StopState,
  type YamlProblemKind,
} from './yaml-reasons.js';

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly root: SourceNode | undefined }
  | { readonly ok: false; readonly error: YamlProblem };

export interface YamlProblem {
  readonly kind: YamlProblemKind;
  /** js-yaml's own words: only ever shown as `detail` in `--format json`. */
  readonly reason: string;
  /** Where the problem is: the opening quote or bracket, the line without a colon … */
  readonly offset: number;
}

/** Nesting beyond this is refused before it can exhaust the stack. */
export const MAX_DEPTH = 64;

/** Shared by every scalar and empty node: most nodes never have children. */
const noChildren: SourceNode[] = [];

export function parseYaml(text: string): ParseResult {
  // Two parallel stacks rather than a frame object per node, and children
  // lists made only for nodes that get children: a 10,000-task plan has
  // 600,000 nodes, and what is not allocated need not be collected.
  const opens: number[] = [0];
  const childLists: (SourceNode[] | undefined)[] = [undefined];
  const expansion = aliasMeter(text.length);
  // Where the last node read to its end started: a line with no colon is
  // reported by the parser a line late, after it has read that line as a key.
  let lastClosed = 0;
  const listener = (event: 'open' | 'close', state: jsYaml.State): void => {
    if (event === 'open') {
      opens.push(state.position);
      childLists.push(undefined);
      return;
    }
    if (opens.length < 2) return;
    const open = opens.pop()!;
    const node = closeNode(text, open, childLists.pop() ?? noChildren, state);
    lastClosed = node.start;
    if (node.kind === 'alias') expansion.add(state.result, node.start);
    let siblings = childLists[childLists.length - 1];
    if (!siblings) {
      siblings = [];
      childLists[childLists.length - 1] = siblings;
    }
    // js-yaml may read a stretch twice (it tries a block mapping after an
    // anchor or tag, then backs off). A sibling that starts at or after this
    // node's start is left over from such a try and is dropped.
    while (siblings.length > 0 && siblings[siblings.length - 1]!.open >= node.open) siblings.pop();
    siblings.push(node);
  };

  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      listener: listener as never,
      maxDepth: MAX_DEPTH,
    } as jsYaml.LoadOptions);
  } catch (error) {
    if (error instanceof AliasExpansion)
      return {
        ok: false,
        error: { kind: 'alias-expansion', reason: error.message, offset: error.offset },
      };
    return {
      ok: false,
      error: toProblem(error, text, opens[opens.length - 1] ?? 0, lastClosed),
    };
  }

  const circular = expansion.circularAt(value);
  if (circular !== undefined) {
    return {
      ok: false,
      error: {
        kind: 'alias-expansion',
        reason: 'an alias refers to a node that holds it',
        offset: circular,
      },
    };
  }
  const root = childLists[0]?.find((node) => node.kind !== 'empty');
  return { ok: true, value, root };
}

function closeNode(
  text: string,
  open: number,
  children: SourceNode[],
  state: jsYaml.State,
): SourceNode {
  const start = skipBlank(text, open, state.position);
  const end = trimBlankEnd(text, start, state.position);
  const kind = state.kind as string | null;
  // A flow collection as a block sequence item (`- { id: M1, due: … }`) is
  // read by js-yaml's block-mapping try as an implicit key; the try succeeds
  // without finding a colon, so the item's frame holds one child, opened at
  // the same place, that is the collection itself, with all its entries.
  const only = children.length === 1 ? children[0]! : undefined;
  if (
    only &&
    only.open === open &&
    ((kind === 'mapping' && only.kind === 'map') || (kind === 'sequence' && only.kind === 'seq'))
  ) {
    return only;
  }
  if (text.charCodeAt(start) === 0x2a /* * */) {
    return { kind: 'alias', open, start, end };
  }
  if (kind === 'mapping') {
    return { kind: 'map', open, start, end, pairs: children };
  }
  if (kind === 'sequence') {
    return { kind: 'seq', open, start, end, items: children };
  }
  if (kind === 'scalar') {
    return { kind: 'scalar', open, start, end, value: state.result };
  }
  // An empty value (`due:` and nothing after it) has no text of its own; it
  // sits where the parser opened it, right after the key's colon.
  return { kind: 'empty', open, start: open, end: open };
}

/** Moves past spaces, line breaks and comments to where a node really starts. */
function skipBlank(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) {
      i++;
    } else if (ch === 0x23 /* # */ && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      while (i < limit && text.charCodeAt(i) !== 0x0a) i++;
    } else {
      break;
    }
  }
  return i;
}

function trimBlankEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

function isBlank(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

/** Thrown from the listener to stop js-yaml as soon as aliases expand too far. */
class AliasExpansion extends Error {
  constructor(readonly offset: number) {
    super('aliases expand too far');
  }
}

/**
 * Aliases may add at most this much to what the file itself holds, counted
 * as one per node plus the characters of every string and key.
 */
export function aliasBudget(textLength: number): number {
  return 2 * textLength + 1_000_000;
}

/**
 * Counts what aliases expand to, as js-yaml reads them, and stops the read
 * when the total passes the budget. An alias bomb is a small file whose value
 * shares objects (billions of nodes once expanded) or one long string (a
 * 1 MB string aliased 1,000 times is a gigabyte for every later stage); a
 * flow sequence of aliases used as a key is joined into one string by
 * js-yaml itself, so the count must stop the read before that happens. Sizes
 * are kept per object, so the count is linear in the file.
 */
function aliasMeter(textLength: number) {
  const budget = aliasBudget(textLength);
  const sizes = new Map<object, number>();
  const firstUse = new Map<object, number>();
  let total = 0;
  const sizeOf = (value: unknown): number => {
    if (typeof value === 'string') return 1 + value.length;
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    // Marked before its children are counted, so a node that holds itself
    // (`&a [*a]`) ends instead of recursing; `circularAt` refuses it later.
    sizes.set(value, 1);
    let size = 1;
    if (Array.isArray(value)) {
      for (const item of value) size += sizeOf(item);
    } else {
      for (const [key, item] of Object.entries(value)) size += key.length + sizeOf(item);
    }
    sizes.set(value, size);
    return size;
  };
  return {
    add(value: unknown, offset: number): void {
      if (value !== null && typeof value === 'object' && !firstUse.has(value))
        firstUse.set(value, offset);
      total += sizeOf(value);
      if (total > budget) throw new AliasExpansion(offset);
    },
    /**
     * Where an alias makes the value hold itself (`&a [x, *a]`), which no
     * later stage could walk; undefined when nothing was aliased or all is well.
     */
    circularAt(value: unknown): number | undefined {
      if (firstUse.size === 0) return undefined;
      return findCircle(value, firstUse);
    },
  };
}

/** An iterative walk that meets an object already on its path: the first alias into that circle. */
function findCircle(value: unknown, firstUse: ReadonlyMap<object, number>): number | undefined {
  const state = new Map<object, 'open' | 'done'>();
  const stack: { node: object; children: unknown[]; next: number }[] = [];
  const enter = (node: unknown): number | undefined => {
    if (node === null || typeof node !== 'object') return undefined;
    const seen = state.get(node);
    if (seen === 'open') return firstUse.get(node) ?? 0;
    if (seen === 'done') return undefined;
    state.set(node, 'open');
    stack.push({ node, children: Array.isArray(node) ? node : Object.values(node), next: 0 });
    return undefined;
  };
  const found = enter(value);
  if (found !== undefined) return found;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      state.set(frame.node, 'done');
      stack.pop();
      continue;
    }
    const at = enter(frame.children[frame.next++]);
    if (at !== undefined) return at;
  }
  return undefined;
}

function toProblem(error: unknown, text: string, opened: number, lastClosed: number): YamlProblem {
  const exception = error as { reason?: string; message?: string; mark?: { position?: number } };
  const reason = exception.reason ?? exception.message ?? String(error);
  if (reason.includes('single document')) {
    // js-yaml reports a second document at offset 0; point at its `---` instead.
    return { kind: 'several-documents', reason, offset: secondDocumentStart(text) };
  }
  const state: StopState = {
    text,
    offset: Math.min(exception.mark?.position ?? 0, text.length),
    opened,
    lastClosed,
  };
  const kind = refineKind(classifyReason(reason), state);
  return { kind, reason, offset: problemOffset(kind, state) };
}

function secondDocumentStart(text: string): number {
  const markers = /^(?:---|\.\.\.)(?=\s|$)/gm;
  let seenContent = false;
  let last = 0;
  for (let match = markers.exec(text); match; match = markers.exec(text)) {
    const between = text.slice(last, match.index);
    if (/^[ \t]*[^\s#]/m.test(between)) seenContent = true;
    if (seenContent) return match.index;
    last = match.index + match[0].length;
  }
  return 0;
}
