import type { Path, SourceNode, Span } from './types.js';

/**
 * The span of the node at `path`, or of the key that names it. When the path
 * leads past what the source has (a missing field), the deepest node that
 * exists is returned, so a diagnostic still points at the right neighbourhood.
 */
export function locatePath(root: SourceNode | undefined, path: Path, part: 'value' | 'key'): Span {
  if (!root) return { start: 0, end: 0 };
  let node: SourceNode = root;
  let key: SourceNode | undefined;
  for (const segment of path) {
    const next = step(node, segment);
    if (!next) return spanOf(node);
    node = next.value;
    key = next.key;
  }
  const keySpan = key ? spanOf(key) : undefined;
  // An empty value has no text; its key is the useful place to point at.
  if (keySpan && (part === 'key' || node.kind === 'empty')) return keySpan;
  return spanOf(node);
}

/**
 * The node at `path` itself (its key's node with `part: 'key'`), or
 * undefined when the source has no such node: a fix must land on the exact
 * node, never on the neighbourhood `locatePath` falls back to.
 */
export function nodeAtPath(
  root: SourceNode | undefined,
  path: Path,
  part: 'value' | 'key',
): SourceNode | undefined {
  if (!root) return undefined;
  let node: SourceNode = root;
  let key: SourceNode | undefined;
  for (const segment of path) {
    const next = step(node, segment);
    if (!next) return undefined;
    node = next.value;
    key = next.key;
  }
  return part === 'key' ? key : node;
}

function spanOf(node: SourceNode): Span {
  return { start: node.start, end: node.end };
}

function step(
  node: SourceNode,
  segment: string | number,
): { key?: SourceNode; value: SourceNode } | undefined {
  if (node.kind === 'map') {
    // Mappings are small and located rarely (only for diagnostics), so a scan
    // beats building a Map for each of the 100,000 mappings of a large plan.
    // A large one (300,000 unknown keys, each located) is indexed once.
    const wanted = String(segment);
    if (node.pairs.length > 2 * SCAN_PAIRS) {
      const i = keyIndex(node).get(wanted);
      return i === undefined ? undefined : { key: node.pairs[i]!, value: node.pairs[i + 1]! };
    }
    for (let i = 0; i + 1 < node.pairs.length; i += 2) {
      const key = node.pairs[i]!;
      if (key.kind === 'scalar' && String(key.value) === wanted)
        return { key, value: node.pairs[i + 1]! };
    }
    return undefined;
  }
  if (node.kind === 'seq' && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { value: item } : undefined;
  }
  return undefined;
}

/** Mappings with more pairs than this are looked up through an index. */
const SCAN_PAIRS = 32;

const keyIndexes = new WeakMap<SourceNode, Map<string, number>>();

/** Each key's position in `pairs` (the first, as the scan finds it). */
function keyIndex(node: Extract<SourceNode, { kind: 'map' }>): Map<string, number> {
  let index = keyIndexes.get(node);
  if (index) return index;
  index = new Map();
  for (let i = 0; i + 1 < node.pairs.length; i += 2) {
    const key = node.pairs[i]!;
    if (key.kind === 'scalar' && !index.has(String(key.value))) index.set(String(key.value), i);
  }
  keyIndexes.set(node, index);
  return index;
}
