import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { RuleLevel } from '../../config/rule-levels.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import { checkRun, discoverRun } from '../../pipeline/check-run.js';
import { DEFAULT_MAX_BYTES } from '../../pipeline/defaults.js';
import { createRootFinder } from '../../pipeline/repo-root.js';
import { checkFormatters } from '../../render/check/formatters.js';
import type { CheckFormatter } from '../../render/check/types.js';
import { emit } from '../emit.js';
import { checkExitCode, EXIT_USAGE } from '../exit-code.js';
import { type CliIo, UsageError } from '../io.js';
import {
  addPlanInputOptions,
  type CommonOptions,
  parseCountOption,
  parseLangOption,
  parseWarnOption,
  parseRuleOption,
  parseTodayOption,
  pickFormat,
  useColor,
} from '../options.js';
import { fixBeforeCheck } from './fix.js';

interface CheckOptions extends CommonOptions {
  format: string;
  strict?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
  warnDays?: string;
  maxBytes?: string;
  ignorePattern: string[];
  stdinFilename?: string;
  outputFormat: string[];
  fix?: boolean;
  fixDryRun?: boolean;
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
  rule?: Partial<Record<DiagnosticCode, RuleLevel>>;
}

const formatters: Record<string, () => Promise<CheckFormatter>> = checkFormatters;

export async function runCheck(
  files: string[],
  options: CheckOptions,
  io: CliIo,
  version: string,
): Promise<number> {
  const loadFormatter = pickFormat(formatters, options.format);
  const extraOutputs = parseOutputFormats(options.outputFormat, options.output, io.cwd);
  const flagLang = parseLangOption(options.lang);
  const today = parseTodayOption(options.today);
  const warnDays = parseWarnOption(options.warnDays);
  const maxBytes = parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const maxWarnings =
    options.maxWarnings === undefined
      ? undefined
      : parseCountOption('--max-warnings', options.maxWarnings, 0);
  if (files.length === 0) throw new UsageError((m) => m.usage.noFiles);

  if (files.every((file) => file.length > 1 && file.startsWith('!'))) {
    throw new UsageError((m) => m.usage.onlyNegations);
  }
  const run = {
    cwd: io.cwd,
    maxBytes,
    today,
    warnDays,
    ignorePatterns: options.ignorePattern,
    ...(options.stdinFilename !== undefined ? { stdinName: options.stdinFilename } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.rule !== undefined ? { rules: options.rule } : {}),
    ...(flagLang !== undefined ? { lang: flagLang } : {}),
    env: io.env,
    stdin: io.stdin,
  };
  const found = await discoverRun(files, run);
  // --fix rewrites the files first and the check then reports what is left;
  // --fix-dry-run prints the diff instead of a report.
  const fixCode =
    options.fix || options.fixDryRun
      ? await fixBeforeCheck(found.names, options, options.fixDryRun === true, io)
      : 0;
  if (options.fixDryRun) return Math.max(fixCode, found.unmatched.length > 0 ? EXIT_USAGE : 0);
  const rootFound = createRootFinder()(io.cwd);
  const { reports, diagnostics, lang, sources, fatal } = await checkRun(found, run);
  const root = await rootFound;
  const shown = options.quiet
    ? diagnostics.filter(
        (d) => d.severity === 'error' || (options.strict && d.severity === 'warning'),
      )
    : diagnostics;
  // The exit code counts every diagnostic, shown or not: `--quiet` hides
  // warnings from the output, never from `--max-warnings` (as in ESLint).
  const exitCode = checkExitCode(diagnostics, {
    fatal,
    strict: options.strict === true,
    maxWarnings,
  });
  const report = {
    diagnostics: shown,
    files: reports.length,
    sources,
    checked: reports.map((r) => r.file),
  };
  const formatOptions = { lang, version, cwd: io.cwd, root: root ?? io.cwd };
  const formatter = await loadFormatter();
  const output = formatter(report, {
    ...formatOptions,
    color: useColor(options.color, io.env, options.output ? {} : io.stdout),
  });
  // Every file read is an input that -o must not overwrite, folders' files included.
  const inputs = [...files.filter((file) => !file.startsWith('!')), ...found.names];
  // Each output is written even when another fails; the failures then end
  // the run (exit 2), so CI still gets every report that could be made.
  const failures: unknown[] = [];
  const write = async (make: () => Promise<string>, file: string | undefined) => {
    try {
      await emit(await make(), file, io, inputs);
    } catch (error) {
      failures.push(error);
    }
  };
  await write(async () => output, options.output);
  for (const extra of extraOutputs) {
    await write(
      async () => (await extra.load())(report, { ...formatOptions, color: false }),
      extra.file,
    );
  }
  throwOutputFailures(failures);
  return Math.max(exitCode, fixCode);
}

/** One failed output ends the run as it would alone; several are each told, then exit 2. */
function throwOutputFailures(failures: readonly unknown[]): void {
  if (failures.length === 0) return;
  if (failures.length === 1 || !failures.every((f) => f instanceof UsageError)) throw failures[0];
  const [first, ...others] = failures as UsageError[];
  throw new UsageError(first!.words ?? first!.message, others);
}

/** Stands for standard output among the output files (no file has an empty path). */
const STANDARD_OUTPUT = '';
const stdoutNames = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** `--output-format junit=reports/junit.xml`, each checked before any work is done. */
function parseOutputFormats(
  values: readonly string[],
  output: string | undefined,
  cwd: string,
): { load: () => Promise<CheckFormatter>; file: string }[] {
  const outputs = values.map((value) => {
    const equals = value.indexOf('=');
    const format = equals < 0 ? '' : value.slice(0, equals);
    const file = equals < 0 ? '' : value.slice(equals + 1);
    if (format === '' || file === '') {
      throw new UsageError((m) => m.usage.outputFormatShape(value));
    }
    if (!Object.hasOwn(formatters, format)) {
      throw new UsageError((m) => m.usage.outputFormatName(Object.keys(formatters), format));
    }
    return { load: formatters[format]!, file };
  });
  // Standard output counts as a target too: two formats there would be mixed.
  const targets = [output, ...outputs.map((o) => o.file)].map((file) =>
    file === undefined || stdoutNames.has(file) ? STANDARD_OUTPUT : resolve(cwd, file),
  );
  const twice = targets.find((target, index) => targets.indexOf(target) !== index);
  if (twice !== undefined) {
    throw new UsageError((m) =>
      m.usage.twoOutputs(twice === STANDARD_OUTPUT ? m.usage.standardOutput : twice),
    );
  }
  return outputs;
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
    .option(
      '-f, --format <format>',
      'stylish, json, github, sarif, junit, checkstyle, gitlab or compact',
      'stylish',
    )
    .option(
      '--output-format <format=file>',
      'also write this format to this file (e.g. junit=reports/junit.xml); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--strict', 'warnings count as errors')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (hidden or not)')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files that match (gitignore syntax, like a .planignore line); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--stdin-filename <name>', 'the name standard input (-) is reported under')
    .option('--fix', 'apply the certain fixes in place first (as plan fix), then check')
    .option('--fix-dry-run', 'print the diff --fix would apply; write nothing, check nothing')
    .option(
      '--config <file>',
      'use this project config instead of the plan.config.yaml found from each plan upward',
    )
    .option('--no-config', 'use no project config')
    .option(
      '--rule <code:severity>',
      'set a code to off, info, warning or error, over the config (e.g. overdue:off); repeatable',
      parseRuleOption,
    );
  addPlanInputOptions(command);
  command.action(async (files: string[], options: CheckOptions) => {
    setExit(await runCheck(files, options, io, version));
  });
}
