import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder, from `start` upward, that holds
 * `.git` (a folder, or a file in a worktree or submodule). Undefined outside
 * any repository. Answers are kept per folder: every plan of a run asks,
 * and plans share folders.
 */
export function createRootFinder(): (start: string) => Promise<string | undefined> {
  const known = new Map<string, Promise<string | undefined>>();
  const find = (folder: string): Promise<string | undefined> => {
    let answer = known.get(folder);
    if (answer === undefined) {
      answer = (async () => {
        if (await exists(join(folder, '.git'))) return folder;
        const parent = dirname(folder);
        return parent === folder ? undefined : find(parent);
      })();
      known.set(folder, answer);
    }
    return answer;
  };
  return find;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
