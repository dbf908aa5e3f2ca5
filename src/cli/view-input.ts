import { checkCompiled } from '../compile.js';
import type { Day } from '../dates/types.js';
import { toDiagnostics } from '../diagnostics/to-diagnostics.js';
import { chooseLang, type Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from './defaults.js';
import { oneLine } from '../render/sanitize.js';
import { emit } from './emit.js';
import { EXIT_PROBLEMS, EXIT_USAGE } from './exit-code.js';
import { expandInputs, readInputs } from './inputs.js';
import { type CliIo, ExitError, UsageError } from './io.js';
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
}

/** Everything a view renders from: the plan and the run's settings. */
export interface ViewContext {
  readonly plan: Plan;
  readonly file: string;
  readonly lang: Lang;
  readonly today: Day;
  readonly warnDays: number;
  readonly color: boolean;
  /** Terminal width for terminal output: --width, else the terminal's, else 100. */
  readonly width: number;
}

/**
 * A view works on one plan. A plan with errors is not rendered: a table
 * built from a plan with a misread date would look right and be wrong. The
 * errors are printed instead, as `plan check` prints them, and the run ends
 * with exit 1.
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
    throw new UsageError(
      names.length === 0
        ? 'give one plan file (or - for standard input)'
        : `give one plan file, not ${names.length}`,
    );
  }
  const [input] = await readInputs(names, io, maxBytes);
  const lang0 = chooseLang(
    flagLang,
    input?.ok ? input.compiled.plan?.meta.locale : undefined,
    io.env,
  );
  if (!input) throw new UsageError('give one plan file');
  if (!input.ok) {
    const diagnostics = toDiagnostics({ file: input.file, text: '' }, [input.finding], lang0);
    throw new ExitError(
      diagnostics.map((d) => `${oneLine(d.file)}: ${oneLine(d.message)}\n`).join(''),
      input.fatal ? EXIT_USAGE : EXIT_PROBLEMS,
    );
  }
  const { compiled } = input;
  const findings = checkCompiled(compiled, { today, warnDays }, { errorsOnly: true });
  const errors = toDiagnostics(compiled, findings, lang0).filter((d) => d.severity === 'error');
  if (!compiled.plan || errors.length > 0) {
    const { formatStylish } = await import('../render/check/stylish.js');
    const text = formatStylish(
      { diagnostics: errors, files: 1, sources: new Map([[compiled.file, compiled.text]]) },
      { lang: lang0, color: useColor(options.color, io.env, io.stderr), version: '' },
    );
    throw new ExitError(text, EXIT_PROBLEMS);
  }
  const width =
    options.width !== undefined
      ? parseCountOption('--width', options.width, 100)
      : (io.stdout.columns ?? 100);
  return {
    plan: compiled.plan,
    file: compiled.file,
    lang: lang0,
    today,
    warnDays,
    color: useColor(options.color, io.env, options.output ? {} : io.stdout),
    width: Math.max(40, width),
  };
}

/**
 * The end every view command shares: read the one plan, render it, write it
 * to stdout or `-o`. A view exits 0 whether or not anything is late.
 */
export async function renderView(
  files: readonly string[],
  options: ViewOptions,
  io: CliIo,
  render: (context: ViewContext) => Promise<string | Uint8Array> | string | Uint8Array,
): Promise<number> {
  const context = await loadViewPlan(files, options, io);
  await emit(await render(context), options.output, io, files);
  return 0;
}
