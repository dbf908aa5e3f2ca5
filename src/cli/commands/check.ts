import type { Command } from 'commander';
import { wordFindings } from '../../diagnostics/to-diagnostics.js';
import { chooseLang } from '../../i18n/lang.js';
import type { CheckFormatter } from '../../render/check/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from '../defaults.js';
import { emit } from '../emit.js';
import { checkExitCode } from '../exit-code.js';
import { checkNames, unmatchedReport } from '../check-files.js';
import { discoverFiles } from '../discover.js';
import { STDIN_NAME } from '../inputs.js';
import { type CliIo, UsageError } from '../io.js';
import {
  addPlanInputOptions,
  type CommonOptions,
  parseCountOption,
  parseLangOption,
  parseTodayOption,
  pickFormat,
  useColor,
} from '../options.js';

interface CheckOptions extends CommonOptions {
  format: string;
  strict?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
  warnDays?: string;
  maxBytes?: string;
  ignorePattern: string[];
  stdinFilename?: string;
}

const formatters: Record<string, () => Promise<CheckFormatter>> = {
  stylish: async () => (await import('../../render/check/stylish.js')).formatStylish,
  json: async () => (await import('../../render/check/json.js')).formatJson,
  github: async () => (await import('../../render/check/github.js')).formatGithub,
  sarif: async () => (await import('../../render/check/sarif.js')).formatSarif,
};

export async function runCheck(
  files: string[],
  options: CheckOptions,
  io: CliIo,
  version: string,
): Promise<number> {
  const loadFormatter = pickFormat(formatters, options.format);
  const flagLang = parseLangOption(options.lang);
  const today = parseTodayOption(options.today);
  const warnDays = parseCountOption('--warn-days', options.warnDays, DEFAULT_WARN_DAYS);
  const maxBytes = parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const maxWarnings =
    options.maxWarnings === undefined
      ? undefined
      : parseCountOption('--max-warnings', options.maxWarnings, 0);
  if (files.length === 0) throw new UsageError('no plan files given: try plan check plan.yaml');

  if (files.every((file) => file.length > 1 && file.startsWith('!'))) {
    throw new UsageError('only !patterns given: name the plans or folders they leave files out of');
  }
  const stdinName = options.stdinFilename ?? STDIN_NAME;
  const found = await discoverFiles(files, {
    cwd: io.cwd,
    ignorePatterns: options.ignorePattern,
    maxBytes,
  });
  const reports = [
    ...found.unmatched.map(unmatchedReport),
    ...(await checkNames(
      found.names,
      { cwd: io.cwd, maxBytes, today, warnDays, stdinName },
      io.stdin,
    )),
  ];
  // Each file's messages are in its own language (its locale, else the
  // environment's); the run's own lines follow the first plan that says.
  const lang = chooseLang(flagLang, reports.find((report) => report.locale)?.locale, io.env);
  const diagnostics = reports.flatMap((report) =>
    wordFindings(report.findings, chooseLang(flagLang, report.locale, io.env)),
  );
  const sources = new Map<string, string>();
  for (const report of reports)
    if (report.text !== undefined) sources.set(report.file, report.text);
  const shown = options.quiet
    ? diagnostics.filter(
        (d) => d.severity === 'error' || (options.strict && d.severity === 'warning'),
      )
    : diagnostics;
  // The exit code counts every diagnostic, shown or not: `--quiet` hides
  // warnings from the output, never from `--max-warnings` (as in ESLint).
  const exitCode = checkExitCode(diagnostics, {
    fatal: reports.some((report) => report.fatal),
    strict: options.strict === true,
    maxWarnings,
  });
  const formatter = await loadFormatter();
  const output = formatter(
    { diagnostics: shown, files: reports.length, sources },
    {
      lang,
      color: useColor(options.color, io.env, options.output ? {} : io.stdout),
      version,
      cwd: io.cwd,
    },
  );
  // Every file read is an input that -o must not overwrite, folders' files included.
  await emit(output, options.output, io, [
    ...files.filter((file) => !file.startsWith('!')),
    ...found.names,
  ]);
  return exitCode;
}

export function addCheckCommand(
  program: Command,
  io: CliIo,
  version: string,
  setExit: (code: number) => void,
): void {
  const command = program
    .command('check')
    .description('check plans: parse, validate and lint; print every problem')
    .argument(
      '[files...]',
      'plan files, folders (walked for plans) or globs; !glob leaves files out; - reads standard input',
    )
    .option('-f, --format <format>', 'stylish, json, github or sarif', 'stylish')
    .option('--strict', 'warnings count as errors')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (hidden or not)')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files that match (gitignore syntax, like a .planignore line); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--stdin-filename <name>', 'the name standard input (-) is reported under');
  addPlanInputOptions(command);
  command.action(async (files: string[], options: CheckOptions) => {
    setExit(await runCheck(files, options, io, version));
  });
}
