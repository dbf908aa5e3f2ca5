import type { Path } from './types.js';

/**
 * `['tasks', 2, 'tasks', 0]` → `tasks[2].tasks[0]`: how paths print in
 * diagnostics. Beside the parse tree's paths, so that placing a diagnostic
 * (a stage below the model) can name it.
 */
export function pathKey(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
