import type { Command } from 'commander';
import { wordFindings } from '../../diagnostics/to-diagnostics.js';
import { chooseLang } from '../../i18n/lang.js';
import type { CheckFormatter } from '../../render/check/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from '../defaults.js';
import { emit } from '../emit.js';
import { checkExitCode } from '../exit-code.js';
import { checkNames } from '../check-files.js';
import { expandInputs } from '../inputs.js';
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

  const names = await expandInputs(files, io.cwd);
  const reports = await checkNames(names, { cwd: io.cwd, maxBytes, today, warnDays }, io.stdin);
  // One language for the whole run: --lang, else the first plan's locale.
  const lang = chooseLang(flagLang, reports.find((report) => report.locale)?.locale, io.env);
  const diagnostics = reports.flatMap((report) => wordFindings(report.findings, lang));
  const sources = new Map<string, string>();
  for (const report of reports)
    if (report.text !== undefined) sources.set(report.file, report.text);
  const shown = options.quiet
    ? diagnostics.filter(
        (d) => d.severity === 'error' || (options.strict && d.severity === 'warning'),
      )
    : diagnostics;
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
  await emit(output, options.output, io, files);
  return checkExitCode(shown, {
    fatal: reports.some((report) => report.fatal),
    strict: options.strict === true,
    maxWarnings,
  });
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
    .argument('[files...]', 'plan files or globs; - reads standard input')
    .option('-f, --format <format>', 'stylish, json, github or sarif', 'stylish')
    .option('--strict', 'warnings count as errors')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this');
  addPlanInputOptions(command);
  command.action(async (files: string[], options: CheckOptions) => {
    setExit(await runCheck(files, options, io, version));
  });
}
