import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../pipeline/defaults.js';
import { discoverFiles } from '../../pipeline/discover.js';
import { STDIN_NAME } from '../../pipeline/inputs.js';
import { oneLine } from '../../render/sanitize.js';
import { EXIT_USAGE } from '../exit-code.js';
import type { FixSettings } from '../fix-files.js';
import { type CliIo, UsageError } from '../io.js';
import {
  addPlanInputOptions,
  type CommonOptions,
  parseCountOption,
  parseLangOption,
  parseWarnOption,
  parseTodayOption,
} from '../options.js';

interface FixOptions extends CommonOptions {
  dryRun?: boolean;
  maxBytes?: string;
  warnDays?: string;
  ignorePattern: string[];
}

/** `plan fix` and `plan check --fix`: the files the arguments name, fixed; the exit code. */
export async function runFix(
  files: readonly string[],
  options: FixOptions & { stdinFilename?: string },
  io: CliIo,
): Promise<number> {
  if (files.length === 0) throw new UsageError('no plan files given: try plan fix plan.yaml');
  const maxBytes = parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const found = await discoverFiles(files, {
    cwd: io.cwd,
    ignorePatterns: options.ignorePattern,
    maxBytes,
  });
  for (const pattern of found.unmatched)
    io.stderr.write(`plan: ${oneLine(pattern)}: no plan files\n`);
  const { fixFiles } = await loadFixer();
  const code = await fixFiles(found.names, fixSettings(options, options.dryRun === true, io), io);
  return found.unmatched.length > 0 ? EXIT_USAGE : code;
}

/**
 * `plan check --fix` / `--fix-dry-run`: the files the check found, fixed
 * first. `-o` stays the check's report, except in a dry run, where the diff
 * is the only output.
 */
export async function fixBeforeCheck(
  names: readonly string[],
  options: CommonOptions & { maxBytes?: string; warnDays?: string; stdinFilename?: string },
  dryRun: boolean,
  io: CliIo,
): Promise<number> {
  if (!dryRun && names.includes('-')) {
    throw new UsageError(
      '--fix cannot write back to standard input: plan fix - prints the fixed plan',
    );
  }
  const { fixFiles } = await loadFixer();
  return fixFiles(
    names,
    { ...fixSettings(options, dryRun, io), output: dryRun ? options.output : undefined },
    io,
  );
}

/** The fixer (and its diff) is loaded only when asked for: `plan check` starts without it. */
const loadFixer = () => import('../fix-files.js');

function fixSettings(
  options: CommonOptions & { maxBytes?: string; warnDays?: string; stdinFilename?: string },
  dryRun: boolean,
  io: CliIo,
): FixSettings {
  return {
    cwd: io.cwd,
    maxBytes: parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES),
    today: parseTodayOption(options.today),
    warnDays: parseWarnOption(options.warnDays),
    lang: parseLangOption(options.lang),
    dryRun,
    output: options.output,
    stdinName: options.stdinFilename ?? STDIN_NAME,
  };
}

export function addFixCommand(
  program: Command,
  io: CliIo,
  _version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('fix')
    .description(
      'apply the certain fixes in place (unit aliases, status words, date spellings, pasted full-width colons, one-candidate key typos), comments and layout kept',
    )
    .argument(
      '[files...]',
      'plan files, folders or globs; - reads standard input and prints the fixed plan',
    )
    .option('--dry-run', 'print a unified diff of the fixes; write nothing')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files that match (gitignore syntax); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    );
  addPlanInputOptions(command);
  command.action(async (files: string[], options: FixOptions) => {
    setExit(await runFix(files, options, io));
  });
}
