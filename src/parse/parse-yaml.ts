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

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly root: SourceNode | undefined }
  | { readonly ok: false; readonly error: YamlProblem };

export interface YamlProblem {
  readonly kind:
    | 'syntax'
    | 'duplicate-key'
    | 'several-documents'
    | 'too-deep'
    | 'alias-expansion'
    | 'tab-indent';
  /** js-yaml's own words, kept for the English message and for debugging. */
  readonly reason: string;
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
  let aliases = 0;
  const listener = (event: 'open' | 'close', state: jsYaml.State): void => {
    if (event === 'open') {
      opens.push(state.position);
      childLists.push(undefined);
      return;
    }
    if (opens.length < 2) return;
    const open = opens.pop()!;
    const node = closeNode(text, open, childLists.pop() ?? noChildren, state);
    if (node.kind === 'alias') aliases++;
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
    return { ok: false, error: toProblem(error, text) };
  }

  const root = childLists[0]?.find((node) => node.kind !== 'empty');
  if (aliases > 0 && expandedSize(value, countNodes(root) * 2 + 100_000) < 0) {
    return {
      ok: false,
      error: { kind: 'alias-expansion', reason: 'aliases expand too far', offset: 0 },
    };
  }
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

function countNodes(node: SourceNode | undefined): number {
  if (!node) return 0;
  let count = 1;
  if (node.kind === 'map') {
    for (const child of node.pairs) count += countNodes(child);
  } else if (node.kind === 'seq') {
    for (const item of node.items) count += countNodes(item);
  }
  return count;
}

/**
 * The number of nodes the value has once aliases are expanded, or -1 as soon
 * as it passes `limit`. An alias bomb is a small file whose value is a DAG of
 * shared objects that expands to billions of nodes; every later stage walks
 * the expanded value, so it is refused here, in time linear in the file.
 */
function expandedSize(value: unknown, limit: number): number {
  const memo = new Map<object, number>();
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    let total = 1;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      total += size(child);
      if (total > limit) break;
    }
    memo.set(node, total);
    return total;
  };
  const total = size(value);
  return total > limit ? -1 : total;
}

function toProblem(error: unknown, text: string): YamlProblem {
  const exception = error as { reason?: string; message?: string; mark?: { position?: number } };
  const reason = exception.reason ?? exception.message ?? String(error);
  const kind = classify(reason);
  const offset =
    kind === 'several-documents'
      ? secondDocumentStart(text)
      : Math.min(exception.mark?.position ?? 0, text.length);
  return { kind, reason, offset };
}

/** js-yaml reports a second document at offset 0; point at its `---` instead. */
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

function classify(reason: string): YamlProblem['kind'] {
  if (reason.includes('duplicated mapping key')) return 'duplicate-key';
  if (reason.includes('single document')) return 'several-documents';
  if (reason.includes('maxDepth')) return 'too-deep';
  if (reason.includes('tab characters')) return 'tab-indent';
  return 'syntax';
}
