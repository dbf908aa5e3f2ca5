import { uniqueNames } from '../../views/unique-names.js';

/**
 * Stable, simple ids from row keys, for the SVG's element ids and Mermaid's
 * task ids. A key holds plan ids and numbers as written (`task:T1`,
 * `step:实施:2`), so it may contain anything; an id may only hold ASCII
 * letters, digits and `_`. Separators (`: . - / [ ]`, spaces …) become one `_`, any other character its
 * code point (`动` → `x52a8`), and the rare keys that still coincide get
 * `_2`, `_3` … in row order. The same plan always gives the same ids:
 * nothing random, nothing from the clock.
 */
export function rowIds(keys: readonly string[]): string[] {
  const unique = uniqueNames((base, n) => `${base}_${n}`);
  return keys.map((key) => unique(simpleId(key)));
}

const separator = /[\s:._\-/[\]()]/;

export function simpleId(key: string): string {
  const out = key.replace(/[^A-Za-z0-9]/gu, (ch) =>
    separator.test(ch) ? '_' : `x${ch.codePointAt(0)!.toString(16)}`,
  );
  // `task:tasks[0].tasks[1]` → `task_tasks_0_tasks_1`.
  return out.replace(/_+/g, '_').replace(/_$/, '') || 'x';
}
