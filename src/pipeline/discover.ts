/**
 * `plan check`'s arguments → the files to check, found as a linter finds
 * them: directories are walked for YAML plans, globs expanded by the tool,
 * `!pattern`, `--ignore-pattern` and `.planignore` leave files out, and each
 * real file is checked once, under the first name it was given.
 */
import { open, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ignoreTest, readPlanIgnore } from './ignore.js';
import { expandGlob, isGlob } from './inputs.js';

export interface Discovery {
  /** Names to check, in argument order (a glob's or folder's files sorted); `-` is standard input. */
  readonly names: string[];
  /** Globs and folders that gave no file to check: the run ends with exit 2. */
  readonly unmatched: string[];
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** `--ignore-pattern` values, gitignore syntax. */
  readonly ignorePatterns: readonly string[];
  /** Larger files are not read to see whether they are plans: they are checked (and refused). */
  readonly maxBytes: number;
  /** What a project config's `ignore` leaves out (by name as found); explicit names are kept. */
  readonly configIgnored?: (name: string) => Promise<boolean>;
}

/** What a walk looks for. */
const YAML_FILES = '**/*.{yaml,yml}';
/** Never walked into, nor globbed into unless the pattern names them (dot folders: `dot: false`). */
const SKIPPED_FOLDERS = ['**/node_modules/**'];
/**
 * A walked file is taken for a plan when a line starts with a `version:`
 * or `title:` key (either: a plan that lost one is still checked, so the
 * loss is reported). Bytes are read as Latin-1, so a GB18030 plan is still
 * recognised and its encoding then reported.
 */
const PLAN_KEY = /^["']?(?:version|title)["']?[ \t]*:/m;
/** Files examined at once: enough to hide latency, few enough to stay clear of the open-file limit. */
const CONCURRENCY = 16;

export async function discoverFiles(
  args: readonly string[],
  options: DiscoverOptions,
): Promise<Discovery> {
  const { cwd } = options;
  const negated = args.filter(isNegation).map((arg) => arg.slice(1));
  const ignored = await ignoreTest(
    cwd,
    [...(await readPlanIgnore(cwd)), ...options.ignorePatterns],
    negated,
  );
  const { configIgnored } = options;
  const kept = async (names: string[]): Promise<string[]> => {
    if (!configIgnored) return names;
    const out = await mapLimit(names, CONCURRENCY, configIgnored);
    return names.filter((_, index) => !out[index]);
  };
  const found = await mapLimit(
    args.filter((arg) => !isNegation(arg)),
    4,
    async (arg): Promise<Found> => {
      if (arg === '-') return { arg, names: [arg] };
      if (isGlob(arg))
        return {
          arg,
          names: await kept(
            (
              await expandGlob(arg, cwd, arg.includes('node_modules') ? [] : SKIPPED_FOLDERS)
            ).filter((n) => !ignored(n)),
          ),
        };
      const stats = await stat(resolve(cwd, arg)).catch(() => undefined);
      // A file named explicitly is always checked, ignored or not, plan or not.
      if (!stats?.isDirectory()) return { arg, names: [arg] };
      const walked = await kept((await walk(arg, cwd)).filter((name) => !ignored(name)));
      const root = await realpath(resolve(cwd, arg));
      return { arg, names: await plansAmong(walked, cwd, options.maxBytes), root };
    },
  );
  const unmatched = found.filter((entry) => entry.names.length === 0).map((entry) => entry.arg);
  return { names: await onePerFile(found, cwd), unmatched };
}

/** One argument's files; `root` is the real path of a walked folder. */
interface Found {
  readonly arg: string;
  readonly names: string[];
  readonly root?: string;
}

function isNegation(arg: string): boolean {
  return arg.length > 1 && arg.startsWith('!');
}

/** A folder's YAML files, sorted, named below the folder as it was written. */
async function walk(folder: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const matches = await glob(YAML_FILES, {
    cwd: resolve(cwd, folder),
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: SKIPPED_FOLDERS,
  });
  return matches.sort().map((match) => join(folder, match));
}

async function plansAmong(
  names: readonly string[],
  cwd: string,
  maxBytes: number,
): Promise<string[]> {
  const keep = await mapLimit(names, CONCURRENCY, (name) =>
    looksLikePlan(resolve(cwd, name), maxBytes),
  );
  return names.filter((_, index) => keep[index]);
}

/** Reads the file unless it is over the limit; anything it cannot judge is kept, to be reported. */
async function looksLikePlan(path: string, maxBytes: number): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return true;
    const bytes = await handle.readFile();
    // UTF-16 (by its byte-order mark): left to the check, which names the encoding.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return true;
    }
    return PLAN_KEY.test(bytes.toString('latin1').replace(/^\xEF\xBB\xBF/, ''));
  } catch {
    return true;
  } finally {
    await handle?.close();
  }
}

/**
 * Each real file once, under the first name given: a file named twice, or
 * also through a symbolic link, would otherwise be reported twice. Within
 * one folder's walk a file's own path wins over a way to it through a
 * linked folder or file (`plans/a/one.yaml`, not `plans/a/loop/a/one.yaml`),
 * whatever the sort order. A name that does not resolve (a missing file)
 * stands for itself.
 */
async function onePerFile(found: readonly Found[], cwd: string): Promise<string[]> {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { arg, names: group, root } of found) {
    const keys = await mapLimit(group, CONCURRENCY, (name) =>
      name === '-'
        ? Promise.resolve('-')
        : realpath(resolve(cwd, name)).catch(() => resolve(cwd, name)),
    );
    const isOwnPath = (name: string, key: string): boolean =>
      root !== undefined && key === join(root, relative(resolve(cwd, arg), resolve(cwd, name)));
    // Real file → index of the name it is reported under.
    const chosen = new Map<string, number>();
    group.forEach((name, index) => {
      const key = keys[index]!;
      if (seen.has(key)) return;
      const first = chosen.get(key);
      if (first === undefined || (isOwnPath(name, key) && !isOwnPath(group[first]!, key))) {
        chosen.set(key, index);
      }
    });
    for (const index of [...chosen.values()].sort((a, b) => a - b)) names.push(group[index]!);
    for (const key of chosen.keys()) seen.add(key);
  }
  return names;
}

/** `work` over `items` with at most `limit` running at once; results in the order of the items. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
