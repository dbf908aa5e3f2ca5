/**
 * The path of the innermost value node that holds an offset: a paste
 * artefact found in the text is tied to the field it spoils (`tasks[0].due`),
 * so the rules say nothing more about that field. Siblings are in source
 * order, so each level is a binary search: a plan with an artefact on every
 * one of its 10,000 tasks stays linear.
 */
import type { Path, PathSegment, SourceNode } from './types.js';

export function pathAtOffset(root: SourceNode | undefined, offset: number): Path {
  const path: PathSegment[] = [];
  let node = root;
  while (node) {
    if (node.kind === 'map') {
      const pairs = node.pairs;
      const pair = lastStartingBefore(pairs.length >> 1, (i) => pairs[2 * i]!.start, offset);
      if (pair === -1) break;
      const key = pairs[2 * pair]!;
      const value = pairs[2 * pair + 1]!;
      if (offset > Math.max(value.end, key.end)) break;
      path.push(key.kind === 'scalar' ? String(key.value) : '');
      node = value;
    } else if (node.kind === 'seq') {
      const items = node.items;
      const index = lastStartingBefore(items.length, (i) => items[i]!.start, offset);
      if (index === -1 || offset > items[index]!.end) break;
      path.push(index);
      node = items[index];
    } else {
      break;
    }
  }
  return path;
}

/** The last of `count` entries whose start is at or before `offset`, or -1. */
function lastStartingBefore(count: number, startOf: (i: number) => number, offset: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (startOf(mid) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
