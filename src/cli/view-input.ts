import { checkCompiled } from '../compile.js';
import type { Day } from '../dates/types.js';
import { dirname, resolve } from 'node:path';
import { codesOff, type FileConfig } from '../config/file-config.js';
import { toDiagnostics, wordFindings } from '../diagnostics/to-diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { chooseLang, type Lang, loadCatalogue } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from './defaults.js';
import { oneLine } from '../render/sanitize.js';
import { emit } from './emit.js';
import { EXIT_PROBLEMS, EXIT_USAGE } from './exit-code.js';
import { expandInputs, readInputs, STDIN_NAME } from './inputs.js';
import { type CliIo, ExitError, UsageError, writeTo } from './io.js';
import { createConfigLookup } from './project-config.js';
import {
  type CommonOptions,
  parseCountOption,
  parseLangOption,
  parseTodayOption,
  useColor,
} from './options.js';

/** Options every view command takes besides the common ones. */
export interface ViewOptions extends CommonOptions {
  format?: string;
  warnDays?: string;
  maxBytes?: string;
  width?: string;
  /** `--strict`: refuse a plan with errors instead of rendering it. */
  strict?: boolean;
}

/** Everything a view renders from: the plan and the run's settings. */
export interface ViewContext {
  readonly plan: Plan;
  readonly file: string;
  readonly lang: Lang;
  readonly today: Day;
  readonly warnDays: number;
  readonly color: boolean;
  /** Terminal width for terminal output: --width, else the terminal's, else `COLUMNS`, else 100. */
  readonly width: number;
  /**
   * The plan's errors, in file order; empty for a clean plan. A view names
   * them in its own header where the format has one (Markdown, HTML, Excel,
   * Word, JSON), and the CLI prints them on stderr.
   */
  readonly errors: readonly Diagnostic[];
  /** The errors as `plan check` prints them, for stderr; empty when there are none. */
  readonly errorReport: string;
}

/**
 * A view works on one plan. A plan that cannot be modelled (broken YAML, a
 * schema the repair could not get past) is refused: there is nothing to
 * lay out. A plan with errors that can be modelled is rendered, because an
 * office should not lose its 分工表 over one typo in the source document,
 * but never silently: the errors go to stderr, as `plan check` prints them,
 * and into the output's own header, so a judgement that rests on a wrong
 * date is not handed on as if it were sound. `--strict` refuses such a plan
 * (exit 1) as views did before.
 */
export async function loadViewPlan(
  files: readonly string[],
  options: ViewOptions,
  io: CliIo,
): Promise<ViewContext> {
  const flagLang = parseLangOption(options.lang);
  const today = parseTodayOption(options.today);
  const warnDays = parseCountOption('--warn-days', options.warnDays, DEFAULT_WARN_DAYS);
  const maxBytes = parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const names = await expandInputs(files, io.cwd);
  if (names.length !== 1) {
    const count = names.length;
    throw new UsageError((m) => (count === 0 ? m.usage.onePlan : m.usage.onePlanNotMany(count)));
  }
  // The project config found from the plan upward gives its light rule,
  // shared units and language to the views too, so a view judges a plan as
  // `plan check` does; a config with problems stops here, as it stops a check.
  const config = await viewConfig(names[0]!, io);
  const [input] = await readInputs(names, io, maxBytes, undefined, () => config);
  const lang0 = chooseLang(
    flagLang,
    (input?.ok ? input.compiled.locale : undefined) ?? config?.lang,
    io.env,
  );
  if (!input) throw new UsageError((m) => m.usage.onePlan);
  if (!input.ok) {
    const diagnostics = toDiagnostics(
      { file: input.file, text: '' },
      [input.finding],
      await loadCatalogue(lang0),
    );
    throw new ExitError(
      diagnostics.map((d) => `${oneLine(d.file)}: ${oneLine(d.message)}\n`).join(''),
      input.fatal ? EXIT_USAGE : EXIT_PROBLEMS,
    );
  }
  const { compiled } = input;
  const findings = checkCompiled(
    compiled,
    { today, warnDays },
    { errorsOnly: true, off: codesOff(config) },
  );
  const errors = toDiagnostics(compiled, findings, await loadCatalogue(lang0)).filter(
    (d) => d.severity === 'error',
  );
  const errorReport =
    errors.length > 0 || !compiled.plan
      ? await stylishErrors(errors, compiled.file, compiled.text, lang0, options, io)
      : '';
  if (!compiled.plan || (options.strict === true && errors.length > 0)) {
    throw new ExitError(errorReport, EXIT_PROBLEMS);
  }
  const width =
    options.width !== undefined
      ? parseCountOption('--width', options.width, 100)
      : (io.stdout.columns ?? envColumns(io.env) ?? 100);
  return {
    plan: compiled.plan,
    file: compiled.file,
    lang: lang0,
    today,
    warnDays,
    color: useColor(options.color, io.env, options.output ? {} : io.stdout),
    width: Math.max(40, width),
    errors,
    errorReport,
  };
}

/** The settings of the project config that governs the plan, if any. */
async function viewConfig(name: string, io: CliIo): Promise<FileConfig | undefined> {
  const lookup = createConfigLookup({ cwd: io.cwd });
  const config = await lookup(dirname(resolve(io.cwd, name === '-' ? STDIN_NAME : name)));
  if (config?.problems) {
    const lang = chooseLang(undefined, undefined, io.env);
    const { formatStylish } = await import('../render/check/stylish.js');
    const problems = config.problems;
    throw new ExitError(
      formatStylish(
        {
          diagnostics: wordFindings(problems.findings, await loadCatalogue(lang)),
          files: 1,
          sources: new Map([[problems.file, problems.text ?? '']]),
        },
        { lang, color: false, version: '' },
      ),
      EXIT_USAGE,
    );
  }
  return config?.settings;
}

/**
 * `COLUMNS`, which shells set for a terminal and users set for a pipe
 * (`COLUMNS=160 plan table … | less`); ignored unless a whole number.
 */
function envColumns(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const value = env.COLUMNS?.trim();
  return value !== undefined && /^\d{1,5}$/.test(value) && Number(value) > 0
    ? Number(value)
    : undefined;
}

/** The errors as `plan check` prints them: the same words, frames and summary line. */
async function stylishErrors(
  errors: readonly Diagnostic[],
  file: string,
  text: string,
  lang: Lang,
  options: ViewOptions,
  io: CliIo,
): Promise<string> {
  const { formatStylish } = await import('../render/check/stylish.js');
  return formatStylish(
    { diagnostics: errors, files: 1, sources: new Map([[file, text]]) },
    { lang, color: useColor(options.color, io.env, io.stderr), version: '' },
  );
}

/**
 * After the output: the errors of a plan rendered in spite of them, on
 * stderr, where they are the last thing a terminal shows.
 */
export async function writeViewErrors(context: ViewContext, io: CliIo): Promise<void> {
  await writeTo(io.stderr, context.errorReport);
}

/**
 * The end every view command shares: read the one plan, render it, write it
 * to stdout or `-o`, then name the plan's errors on stderr. A view exits 0
 * whether or not anything is late, and for a plan with errors it could
 * still render (but under `--strict`).
 */
export async function renderView(
  files: readonly string[],
  options: ViewOptions,
  io: CliIo,
  render: (context: ViewContext) => Promise<string | Uint8Array> | string | Uint8Array,
): Promise<number> {
  const context = await loadViewPlan(files, options, io);
  await emit(await render(context), options.output, io, files);
  await writeViewErrors(context, io);
  return 0;
}
