import type { Path, SourceNode } from './types.js';

/** A key the validation read as another: `截止时间` in `tasks[0]` read as `due`. */
export interface KeyAlias {
  /** The mapping that holds the key. */
  readonly path: Path;
  /** The key as written. */
  readonly from: string;
  /** The key it was read as. */
  readonly to: string;
}

/**
 * The source tree with each aliased key also findable under the key it was
 * read as, at the written key's place: a date problem of `tasks[0].due`
 * then points at the value of `截止时间`. Only the mappings on the way are
 * copied; the tree itself is never changed.
 */
export function withKeyAliases(root: SourceNode, aliases: readonly KeyAlias[]): SourceNode {
  let result = root;
  for (const group of groupByPath(aliases).values())
    result = aliasIn(result, group[0]!.path, 0, group);
  return result;
}

function groupByPath(aliases: readonly KeyAlias[]): Map<string, KeyAlias[]> {
  const groups = new Map<string, KeyAlias[]>();
  for (const alias of aliases) {
    const key = JSON.stringify(alias.path);
    const group = groups.get(key);
    if (group) group.push(alias);
    else groups.set(key, [alias]);
  }
  return groups;
}

function aliasIn(
  node: SourceNode,
  path: Path,
  depth: number,
  group: readonly KeyAlias[],
): SourceNode {
  if (depth === path.length) {
    if (node.kind !== 'map') return node;
    const added: SourceNode[] = [];
    for (const alias of group) {
      for (let i = 0; i + 1 < node.pairs.length; i += 2) {
        const key = node.pairs[i]!;
        if (key.kind === 'scalar' && String(key.value) === alias.from) {
          added.push({ ...key, value: alias.to }, node.pairs[i + 1]!);
          break;
        }
      }
    }
    return added.length === 0 ? node : { ...node, pairs: node.pairs.concat(added) };
  }
  const segment = path[depth]!;
  if (node.kind === 'map') {
    for (let i = 0; i + 1 < node.pairs.length; i += 2) {
      const key = node.pairs[i]!;
      if (key.kind !== 'scalar' || String(key.value) !== String(segment)) continue;
      const value = node.pairs[i + 1]!;
      const next = aliasIn(value, path, depth + 1, group);
      if (next === value) return node;
      const pairs = node.pairs.slice();
      pairs[i + 1] = next;
      return { ...node, pairs };
    }
    return node;
  }
  if (node.kind === 'seq' && typeof segment === 'number') {
    const item = node.items[segment];
    if (!item) return node;
    const next = aliasIn(item, path, depth + 1, group);
    if (next === item) return node;
    const items = node.items.slice();
    items[segment] = next;
    return { ...node, items };
  }
  return node;
}
