import type { Command } from 'commander';
import { wordFindings } from '../../diagnostics/to-diagnostics.js';
import { chooseLang, loadCatalogue } from '../../i18n/lang.js';
import type { CheckFormatter } from '../../render/check/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from '../defaults.js';
import { emit } from '../emit.js';
import { checkExitCode, EXIT_USAGE } from '../exit-code.js';
import { discoverFiles } from '../discover.js';
import { fixBeforeCheck } from './fix.js';
import { STDIN_NAME } from '../inputs.js';
import { type CliIo, UsageError } from '../io.js';
import { dirname, resolve } from 'node:path';
import type { RuleLevel } from '../../config/rule-levels.js';
import { type FileConfig, withCliRules } from '../../config/file-config.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import { type CheckSettings, checkNames, unmatchedReport } from '../check-files.js';
import { createConfigLookup, type LoadedConfig } from '../project-config.js';
import { createRootFinder } from '../repo-root.js';
import {
  addPlanInputOptions,
  type CommonOptions,
  parseCountOption,
  parseLangOption,
  parseRuleOption,
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
  outputFormat: string[];
  fix?: boolean;
  fixDryRun?: boolean;
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
  rule?: Partial<Record<DiagnosticCode, RuleLevel>>;
}

const formatters: Record<string, () => Promise<CheckFormatter>> = {
  stylish: async () => (await import('../../render/check/stylish.js')).formatStylish,
  json: async () => (await import('../../render/check/json.js')).formatJson,
  github: async () => (await import('../../render/check/github.js')).formatGithub,
  sarif: async () => (await import('../../render/check/sarif.js')).formatSarif,
  junit: async () => (await import('../../render/check/junit.js')).formatJunit,
  checkstyle: async () => (await import('../../render/check/checkstyle.js')).formatCheckstyle,
  gitlab: async () => (await import('../../render/check/gitlab.js')).formatGitlab,
  compact: async () => (await import('../../render/check/compact.js')).formatCompact,
};

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
  const warnDays = parseCountOption('--warn-days', options.warnDays, DEFAULT_WARN_DAYS);
  const maxBytes = parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const maxWarnings =
    options.maxWarnings === undefined
      ? undefined
      : parseCountOption('--max-warnings', options.maxWarnings, 0);
  if (files.length === 0) throw new UsageError((m) => m.usage.noFiles);

  if (files.every((file) => file.length > 1 && file.startsWith('!'))) {
    throw new UsageError((m) => m.usage.onlyNegations);
  }
  const stdinName = options.stdinFilename ?? STDIN_NAME;
  const lookup = createConfigLookup({
    cwd: io.cwd,
    ...(options.config !== undefined ? { config: options.config } : {}),
  });
  const fullName = (name: string) => resolve(io.cwd, name === '-' ? stdinName : name);
  const configFor = (name: string) => lookup(dirname(fullName(name)));
  const found = await discoverFiles(files, {
    cwd: io.cwd,
    ignorePatterns: options.ignorePattern,
    maxBytes,
    configIgnored: async (name) => (await configFor(name))?.ignored(fullName(name)) ?? false,
  });
  // --fix rewrites the files first and the check then reports what is left;
  // --fix-dry-run prints the diff instead of a report.
  const fixCode =
    options.fix || options.fixDryRun
      ? await fixBeforeCheck(found.names, options, options.fixDryRun === true, io)
      : 0;
  if (options.fixDryRun) return Math.max(fixCode, found.unmatched.length > 0 ? EXIT_USAGE : 0);
  const [loaded, root] = await Promise.all([
    Promise.all(found.names.map(configFor)),
    createRootFinder()(io.cwd),
  ]);
  const broken = [...new Set(loaded)].flatMap((config) => config?.problems ?? []);
  const reports =
    broken.length > 0
      ? // A config with problems ends the run before any plan is checked: its
        // rules would give every plan wrong results.
        broken
      : [
          ...found.unmatched.map(unmatchedReport),
          ...(await checkNames(
            found.names,
            {
              cwd: io.cwd,
              maxBytes,
              today,
              warnDays,
              stdinName,
              ...configSettings(found.names, loaded, options.rule ?? {}),
            },
            io.stdin,
          )),
        ];
  // Each file's messages are in its own language (its locale, else the
  // environment's); the run's own lines follow the first plan that says.
  const lang = chooseLang(flagLang, reports.find((report) => report.locale)?.locale, io.env);
  const worded = await Promise.all(
    reports.map(async (report) =>
      wordFindings(
        report.findings,
        await loadCatalogue(chooseLang(flagLang, report.locale, io.env)),
      ),
    ),
  );
  const diagnostics = worded.flat();
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

/**
 * Each file's config as plain data for the workers: the configs of the run,
 * each with `--rule` over it, and an index per name. Nothing when there is
 * neither a config nor a `--rule`, so a plain run stays as it was.
 */
function configSettings(
  names: readonly string[],
  loaded: readonly (LoadedConfig | undefined)[],
  cliRules: Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>,
): Pick<CheckSettings, 'configs' | 'configOf'> {
  const hasCliRules = Object.keys(cliRules).length > 0;
  if (!hasCliRules && loaded.every((config) => config === undefined)) return {};
  const indexOf = new Map<LoadedConfig | undefined, number>();
  const configs: FileConfig[] = [];
  const configOf: Record<string, number> = {};
  names.forEach((name, at) => {
    const config = loaded[at];
    let index = indexOf.get(config);
    if (index === undefined) {
      index = configs.length;
      configs.push(withCliRules(config?.settings, cliRules));
      indexOf.set(config, index);
    }
    configOf[name] = index;
  });
  return { configs, configOf };
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
