import type { Command } from 'commander';
import { checkCompiled } from '../../compile.js';
import { toDiagnostics } from '../../diagnostics/to-diagnostics.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { chooseLang } from '../../i18n/lang.js';
import type { CheckFormatter } from '../../render/check/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from '../defaults.js';
import { emit } from '../emit.js';
import { checkExitCode } from '../exit-code.js';
import { expandInputs, type Input, readInputs } from '../inputs.js';
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

  const inputs = await readInputs(await expandInputs(files, io.cwd), io, maxBytes);
  // One language for the whole run: --lang, else the first plan's locale.
  const lang = chooseLang(flagLang, firstLocale(inputs), io.env);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const input of inputs) {
    if (!input.ok) {
      diagnostics.push(...toDiagnostics({ file: input.file, text: '' }, [input.finding], lang));
      continue;
    }
    const { compiled } = input;
    sources.set(compiled.file, compiled.text);
    diagnostics.push(
      ...toDiagnostics(compiled, checkCompiled(compiled, { today, warnDays }), lang),
    );
  }
  const shown = options.quiet
    ? diagnostics.filter(
        (d) => d.severity === 'error' || (options.strict && d.severity === 'warning'),
      )
    : diagnostics;
  const formatter = await loadFormatter();
  const output = formatter(
    { diagnostics: shown, files: inputs.length, sources },
    {
      lang,
      color: useColor(options.color, io.env, options.output ? {} : io.stdout),
      version,
      cwd: io.cwd,
    },
  );
  await emit(output, options.output, io, files);
  return checkExitCode(shown, {
    fatal: inputs.some((input) => !input.ok && input.fatal),
    strict: options.strict === true,
    maxWarnings,
  });
}

function firstLocale(inputs: readonly Input[]) {
  for (const input of inputs)
    if (input.ok && input.compiled.plan?.meta.locale) return input.compiled.plan.meta.locale;
  return undefined;
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
