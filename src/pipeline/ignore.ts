/**
 * Which discovered files to leave out: `.planignore` in the current folder
 * and `--ignore-pattern` (both gitignore syntax), and `!pattern` arguments
 * (globs, like the other arguments). Patterns are relative to the current
 * folder; a file outside it is never ignored by them.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A compiled glob: picomatch, loaded only when there are patterns to match. */
type Matcher = (glob: string) => (path: string) => boolean;

interface IgnoreRule {
  readonly matches: (path: string) => boolean;
  /** `!pattern` in gitignore syntax: takes a file back in. */
  readonly negate: boolean;
  /** `pattern/`: matches directories only. */
  readonly dirOnly: boolean;
  /** An absolute glob is matched against absolute paths. */
  readonly absolute: boolean;
}

export const PLANIGNORE = '.planignore';

/** The rules of one gitignore line, or undefined for a blank line or a comment. */
function gitignoreRule(line: string, compile: Matcher): IgnoreRule | undefined {
  // Trailing spaces do not count unless escaped with a backslash.
  let text = line.replace(/(?<!\\)[ \t]+$/, '');
  if (text === '' || text.startsWith('#')) return undefined;
  const negate = text.startsWith('!');
  if (negate) text = text.slice(1);
  else if (text.startsWith('\\!') || text.startsWith('\\#')) text = text.slice(1);
  const dirOnly = text.endsWith('/');
  if (dirOnly) text = text.slice(0, -1);
  if (text === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the
  // folder of the ignore file; without one it matches at any depth.
  const anchored = text.includes('/');
  if (text.startsWith('/')) text = text.slice(1);
  const glob = anchored ? text : `**/${text}`;
  return {
    matches: compile(glob),
    negate,
    dirOnly,
    absolute: false,
  };
}

/** A `!pattern` argument: a glob like the arguments it takes files from. */
function globRule(pattern: string, compile: Matcher): IgnoreRule {
  const absolute = isAbsolute(pattern);
  const glob = absolute ? toSlashes(pattern) : pattern.replace(/^(\.\/)+/, '');
  return {
    matches: compile(glob),
    negate: false,
    dirOnly: false,
    absolute,
  };
}

export async function readPlanIgnore(cwd: string): Promise<string[]> {
  try {
    return (await readFile(resolve(cwd, PLANIGNORE), 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * A test for "leave this file out". As in git, the last rule that matches
 * decides, and a file in an ignored folder stays out whatever a later rule
 * says of the file itself.
 */
export async function ignoreTest(
  cwd: string,
  gitignoreLines: readonly string[],
  globs: readonly string[],
): Promise<(file: string) => boolean> {
  // Most runs have no patterns at all: the matcher is not even loaded then,
  // which keeps it out of every command's start-up.
  if (globs.length === 0 && gitignoreLines.every((line) => /^\s*(#|$)/.test(line))) {
    return () => false;
  }
  const { default: picomatch } = await import('picomatch');
  const compile: Matcher = (glob) => picomatch(glob, { dot: true, windows: false });
  const rules = [
    ...gitignoreLines.flatMap((line) => gitignoreRule(line, compile) ?? []),
    ...globs.map((glob) => globRule(glob, compile)),
  ];
  if (rules.length === 0) return () => false;
  const decide = (rel: string, abs: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const rule of rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.absolute ? rule.matches(abs) : rel !== '' && rule.matches(rel)) {
        ignored = !rule.negate;
      }
    }
    return ignored;
  };
  // Files share folders: each folder is decided once.
  const folders = new Map<string, boolean>();
  return (file) => {
    const abs = toSlashes(resolve(cwd, file));
    const fromCwd = toSlashes(relative(cwd, resolve(cwd, file)));
    const inside = !fromCwd.startsWith('../') && fromCwd !== '..' && !isAbsolute(fromCwd);
    const rel = inside ? fromCwd : '';
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      let ignored = folders.get(folder);
      if (ignored === undefined) {
        ignored = decide(folder, '', true);
        folders.set(folder, ignored);
      }
      if (ignored) return true;
    }
    return decide(rel, abs, false);
  };
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
