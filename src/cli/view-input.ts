import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/defaults.js';
import { expandInputs } from '../pipeline/inputs.js';
import { loadPlan } from '../pipeline/load-plan.js';
import { oneLine } from '../render/sanitize.js';
import { emit } from './emit.js';
import { EXIT_PROBLEMS, EXIT_USAGE } from './exit-code.js';
import { type CliIo, ExitError, UsageError, writeTo } from './io.js';
import {
  type CommonOptions,
  parseCountOption,
  parseLangOption,
  parseWarnOption,
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
  readonly warnDays?: WarnSetting | undefined;
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
  const warnDays = parseWarnOption(options.warnDays);
  const maxBytes = parseCountOption('--max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const names = await expandInputs(files, io.cwd);
  if (names.length !== 1) {
    const count = names.length;
    throw new UsageError((m) => (count === 0 ? m.usage.onePlan : m.usage.onePlanNotMany(count)));
  }
  const loaded = await loadPlan(names[0]!, {
    cwd: io.cwd,
    maxBytes,
    today,
    warnDays,
    ...(flagLang !== undefined ? { lang: flagLang } : {}),
    env: io.env,
    stdin: io.stdin,
  });
  // A config with problems stops here, as it stops a check.
  if (loaded.kind === 'config-problem') {
    const { formatStylish } = await import('../render/check/stylish.js');
    throw new ExitError(
      formatStylish(
        {
          diagnostics: loaded.diagnostics,
          files: 1,
          sources: new Map([[loaded.file, loaded.text]]),
        },
        { lang: loaded.lang, color: false, version: '' },
      ),
      EXIT_USAGE,
    );
  }
  if (loaded.kind === 'unreadable') {
    throw new ExitError(
      loaded.diagnostics.map((d) => `${oneLine(d.file)}: ${oneLine(d.message)}\n`).join(''),
      loaded.fatal ? EXIT_USAGE : EXIT_PROBLEMS,
    );
  }
  const { errors, lang: lang0 } = loaded;
  const errorReport =
    errors.length > 0 || !loaded.plan
      ? await stylishErrors(errors, loaded.file, loaded.text, lang0, options, io)
      : '';
  if (!loaded.plan || (options.strict === true && errors.length > 0)) {
    throw new ExitError(errorReport, EXIT_PROBLEMS);
  }
  const width =
    options.width !== undefined
      ? parseCountOption('--width', options.width, 100)
      : (io.stdout.columns ?? envColumns(io.env) ?? 100);
  return {
    plan: loaded.plan,
    file: loaded.file,
    lang: lang0,
    today,
    warnDays,
    color: useColor(options.color, io.env, options.output ? {} : io.stdout),
    width: Math.max(40, width),
    errors,
    errorReport,
  };
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
