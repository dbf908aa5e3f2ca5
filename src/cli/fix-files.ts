/**
 * `plan fix` (and `plan check --fix`) over files: each is read, fixed in
 * memory (src/fix), and written back in place only when that is safe: never
 * through a symbolic link, never over a read-only file, a file with other
 * hard links or one that changed while it was being fixed, and never onto
 * any other path unless `-o` names it. Each file's outcome is one line on
 * standard error, in its own language; a dry run prints a unified diff.
 */
import { access, constants, lstat, open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import { placeFindings } from '../diagnostics/place-findings.js';
import { wordFindings } from '../pipeline/word-findings.js';
import { fixPlanText } from '../fix/fix-plan.js';
import { unifiedDiff } from '../fix/unified-diff.js';
import { chooseLang, type Lang } from '../i18n/lang.js';
import { type FixNote, fixNote } from '../i18n/ui.js';
import { readPlanFile } from '../read/index.js';
import { oneLine } from '../render/sanitize.js';
import { emit } from './emit.js';
import { EXIT_USAGE } from './exit-code.js';
import { readInputs } from '../pipeline/inputs.js';
import { type CliIo, UsageError, writeOutputFile, writeTo } from './io.js';

export interface FixSettings {
  readonly cwd: string;
  readonly maxBytes: number;
  readonly today: Day;
  readonly warnDays?: WarnSetting | undefined;
  /** `--lang`; otherwise each file's notes are in its own language. */
  readonly lang: Lang | undefined;
  /** Print a diff; write nothing (but `-o`, which then gets the diff). */
  readonly dryRun: boolean;
  /** `-o`: the fixed text (or the diff) goes there instead of back into the file. */
  readonly output: string | undefined;
  readonly stdinName: string;
}

/** Exit codes: 0 fixed or nothing to fix, 1 a file was left alone for safety, 2 unreadable input. */
export const EXIT_REFUSED = 1;

export async function fixFiles(
  names: readonly string[],
  settings: FixSettings,
  io: CliIo,
): Promise<number> {
  if (settings.output !== undefined && !settings.dryRun && names.length > 1) {
    throw new UsageError('-o takes the fixed text of one plan: give one file, or leave -o out');
  }
  let exitCode = 0;
  let diffs = '';
  for (const name of names) {
    const outcome = await fixOne(name, settings, io);
    exitCode = Math.max(exitCode, outcome.exitCode);
    diffs += outcome.diff;
    for (const line of outcome.notes) await writeTo(io.stderr, `plan: ${oneLine(line)}\n`);
  }
  if (settings.dryRun) await emit(diffs, settings.output, io, [...names]);
  return exitCode;
}

interface FileOutcome {
  readonly exitCode: number;
  readonly diff: string;
  readonly notes: string[];
}

async function fixOne(name: string, settings: FixSettings, io: CliIo): Promise<FileOutcome> {
  const [input] = await readInputs([name], io, settings.maxBytes, settings.stdinName);
  if (!input!.ok) {
    const { file, finding, fatal } = input!;
    const [diagnostic] = wordFindings(
      placeFindings({ file, text: '' }, [finding]),
      chooseLang(settings.lang, undefined, io.env),
    );
    return {
      exitCode: fatal ? EXIT_USAGE : EXIT_REFUSED,
      diff: '',
      notes: [`${file}: ${diagnostic?.message ?? finding.code}`],
    };
  }
  const { compiled } = input!;
  const file = compiled.file;
  const lang = chooseLang(settings.lang, compiled.locale, io.env);
  const say = (note: FixNote): string => fixNote(file, note, lang);
  const result = fixPlanText(file, compiled.text, settings);
  if (result.refused) {
    return {
      exitCode: EXIT_REFUSED,
      diff: '',
      notes: [say({ kind: 'refused', reason: 'reads-worse' })],
    };
  }
  const left = result.left.errors + result.left.warnings;
  const closing =
    left > 0 || !result.parses ? [say({ kind: 'left', count: left, parses: result.parses })] : [];
  if (settings.dryRun) {
    const label = name === '-' ? settings.stdinName : name;
    return {
      exitCode: 0,
      diff: unifiedDiff(`a/${label}`, `b/${label}`, compiled.text, result.text),
      notes: [],
    };
  }
  if (name === '-' || settings.output !== undefined) {
    // Standard input has no file to write back to: the text goes to stdout or -o.
    await emit(result.text, settings.output, io, name === '-' ? [] : [name]);
    const done = result.fixed > 0 ? { kind: 'fixed', count: result.fixed } : { kind: 'nothing' };
    return { exitCode: 0, diff: '', notes: [say(done as FixNote), ...closing] };
  }
  if (result.fixed === 0)
    return { exitCode: 0, diff: '', notes: [say({ kind: 'nothing' }), ...closing] };
  const path = resolve(settings.cwd, name);
  const refusal = await whyNotWritable(path, compiled.text, settings.maxBytes);
  if (refusal) {
    return { exitCode: EXIT_REFUSED, diff: '', notes: [say({ kind: 'refused', reason: refusal })] };
  }
  const bom = (await startsWithBom(path)) ? '\ufeff' : '';
  await writeOutputFile(name, bom + result.text, settings.cwd, []);
  return {
    exitCode: 0,
    diff: '',
    notes: [say({ kind: 'fixed', count: result.fixed }), ...closing],
  };
}

type Refusal = Extract<FixNote, { kind: 'refused' }>['reason'];

/**
 * Why the file must not be rewritten in place. A symbolic link would be
 * replaced by a plain file, or its target changed behind a name the user
 * did not give; a rename parts a file from its other hard links; and a file
 * that changed since it was read would lose that change.
 */
async function whyNotWritable(
  path: string,
  textRead: string,
  maxBytes: number,
): Promise<Refusal | undefined> {
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.nlink > 1) return 'hard-links';
  if ((stats.mode & 0o222) === 0) return 'read-only';
  try {
    await access(path, constants.W_OK);
  } catch {
    return 'read-only';
  }
  const again = await readPlanFile(path, { maxBytes });
  if (!again.ok || again.text !== textRead) return 'changed';
  return undefined;
}

/** A UTF-8 BOM, which reading dropped, is written back so that the file's first bytes stay. */
async function startsWithBom(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    return bytesRead === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } finally {
    await handle.close();
  }
}
