import { isAbsolute, resolve } from 'node:path';
import { type Compiled, compilePlan, type ProjectSettings } from '../compile.js';
import type { Finding, MessageParams } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import { type ReadOutcome, readPlanFile, readPlanStream } from '../read/index.js';

export const STDIN_NAME = '<stdin>';

/** One input of a run: compiled, or the reason it could not be read. */
export type Input =
  | { readonly ok: true; readonly compiled: Compiled }
  | {
      readonly ok: false;
      readonly file: string;
      readonly finding: Finding;
      /** Missing files and directories end the run with exit 2, like a usage error. */
      readonly fatal: boolean;
      /** The text before the first bad byte of a file not in UTF-8: the finding's offset is in it. */
      readonly text?: string;
      /** Its `locale:`, found in its bytes. */
      readonly locale?: Lang;
    };

/**
 * File arguments → names: globs are expanded here (quoted globs work in any
 * shell), sorted for a stable order; literal names are kept as given, even
 * when missing, so their problem is reported by name. `-` is standard input.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const names: string[] = [];
  for (const arg of args) {
    if (arg !== '-' && isGlob(arg)) {
      const matches = await expandGlob(arg, cwd);
      if (matches.length === 0) names.push(arg);
      for (const match of matches) names.push(match);
    } else {
      names.push(arg);
    }
  }
  return [...new Set(names)];
}

/**
 * A glob's files, sorted. An absolute pattern gives absolute names, a
 * relative one relative names: files are reported the way the user wrote
 * them. `ignore` leaves folders out (`plan check` skips node_modules).
 */
export async function expandGlob(
  pattern: string,
  cwd: string,
  ignore: readonly string[] = [],
): Promise<string[]> {
  // The glob library is loaded only when a glob is given.
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, {
    cwd,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    absolute: isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern),
    ignore: [...ignore],
  });
  return matches.sort();
}

/** Files read at once: enough to hide the latency of each read, few enough to stay polite. */
const READ_CONCURRENCY = 16;

export async function readInputs(
  names: readonly string[],
  io: { readonly stdin: NodeJS.ReadableStream; readonly cwd: string },
  maxBytes: number,
  /** `--stdin-filename`: the name standard input is reported under. */
  stdinName: string = STDIN_NAME,
  /** A project's shared units and light rule, per name. */
  projectOf?: (name: string) => ProjectSettings | undefined,
): Promise<Input[]> {
  // Reads overlap (one at a time, 200 small files spend most of their time
  // waiting), but results keep the order of the names, whichever finishes first.
  const inputs: Input[] = new Array(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      const name = names[index]!;
      const outcome =
        name === '-'
          ? await readPlanStream(io.stdin, { maxBytes })
          : await readPlanFile(resolve(io.cwd, name), { maxBytes });
      inputs[index] = toInput(name === '-' ? stdinName : name, outcome, name, projectOf?.(name));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  return inputs;
}

function toInput(
  file: string,
  outcome: ReadOutcome,
  arg: string,
  project: ProjectSettings | undefined,
): Input {
  if (outcome.ok) return { ok: true, compiled: compilePlan(file, outcome.text, project) };
  const unreadable = (fatal: boolean, code: Finding['code'], params: MessageParams): Input => ({
    ok: false,
    file,
    fatal,
    finding: { code, path: [], offset: 0, params },
  });
  const problem = outcome.problem;
  switch (problem.kind) {
    case 'too-large':
      return unreadable(false, 'input-too-large', { size: problem.size, limit: problem.limit });
    case 'encoding': {
      // Placed at the first bad byte, in the plan's own language when its
      // `locale:` line could be read.
      const before = problem.before ?? '';
      return {
        ok: false,
        file,
        fatal: false,
        finding: {
          code: 'encoding',
          path: [],
          offset: before.length,
          params: { likely: problem.likely, offset: problem.offset },
        },
        text: before,
        ...(problem.locale ? { locale: problem.locale } : {}),
      };
    }
    case 'missing':
      return unreadable(true, 'input-unreadable', {
        problem: isGlob(arg) ? 'no-match' : 'missing',
      });
    case 'directory':
      return unreadable(true, 'input-unreadable', { problem: 'directory' });
    case 'unreadable':
      return unreadable(true, 'input-unreadable', {
        problem: 'unreadable',
        reason: problem.reason,
      });
  }
}

/** Whether an argument is a glob pattern rather than a file name. */
export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}
