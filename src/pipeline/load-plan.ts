/**
 * One plan loaded for a view: its project config found from its folder
 * upward (so a view judges it as `plan check` does), read, compiled, and
 * its errors found and put into words. Whether to refuse a plan with errors
 * is the caller's choice; this says what there is.
 */
import { dirname, resolve } from 'node:path';
import { checkCompiled } from '../compile.js';
import { codesOff } from '../config/file-config.js';
import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { chooseLang, type Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { readInputs, STDIN_NAME } from './inputs.js';
import { createConfigLookup } from './project-config.js';
import { toDiagnostics, wordFindings } from './word-findings.js';

export interface LoadPlanOptions {
  readonly cwd: string;
  readonly maxBytes: number;
  /** The day the rules judge by (only error rules run, but some depend on it). */
  readonly today: Day;
  readonly warnDays?: WarnSetting | undefined;
  /** A language over the plan's `locale` and the config's `lang`. */
  readonly lang?: Lang;
  /** Where `LANG`/`LC_ALL` are read when nothing else names a language; `{}` for none. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, read for the name `-`. */
  readonly stdin: NodeJS.ReadableStream;
}

/** What loading found. */
export type LoadedPlan =
  /** The project config governing the plan has problems: nothing was read. */
  | {
      readonly kind: 'config-problem';
      readonly file: string;
      readonly text: string;
      readonly diagnostics: readonly Diagnostic[];
      readonly lang: Lang;
    }
  /** The plan could not be read (missing, a folder, too large, not UTF-8). */
  | {
      readonly kind: 'unreadable';
      readonly file: string;
      readonly diagnostics: readonly Diagnostic[];
      /** Missing files and folders are usage errors (exit 2); the rest problems (exit 1). */
      readonly fatal: boolean;
      readonly lang: Lang;
    }
  /** Read and compiled; `plan` is absent when it could not be modelled at all. */
  | {
      readonly kind: 'compiled';
      readonly file: string;
      readonly text: string;
      readonly plan?: Plan;
      /** Its errors, in file order; empty for a clean plan. */
      readonly errors: readonly Diagnostic[];
      readonly lang: Lang;
    };

export async function loadPlan(name: string, options: LoadPlanOptions): Promise<LoadedPlan> {
  const lookup = createConfigLookup({ cwd: options.cwd });
  const loaded = await lookup(dirname(resolve(options.cwd, name === '-' ? STDIN_NAME : name)));
  if (loaded?.problems) {
    const lang = chooseLang(undefined, undefined, options.env);
    const problems = loaded.problems;
    return {
      kind: 'config-problem',
      file: problems.file,
      text: problems.text ?? '',
      diagnostics: wordFindings(problems.findings, lang),
      lang,
    };
  }
  const config = loaded?.settings;
  const [input] = await readInputs([name], options, options.maxBytes, undefined, () => config);
  if (!input) throw new Error('no input read');
  const lang = chooseLang(
    options.lang,
    (input.ok ? input.compiled.locale : input.locale) ?? config?.lang,
    options.env,
  );
  if (!input.ok) {
    return {
      kind: 'unreadable',
      file: input.file,
      diagnostics: toDiagnostics(
        { file: input.file, text: input.text ?? '' },
        [input.finding],
        lang,
      ),
      fatal: input.fatal,
      lang,
    };
  }
  const { compiled } = input;
  // Views only need to know whether the plan has errors: the rules that can
  // only warn are skipped, which on a large plan are most of the work.
  const findings = checkCompiled(
    compiled,
    { today: options.today, warnDays: options.warnDays },
    { errorsOnly: true, off: codesOff(config) },
  );
  const errors = toDiagnostics(compiled, findings, lang).filter((d) => d.severity === 'error');
  return {
    kind: 'compiled',
    file: compiled.file,
    text: compiled.text,
    ...(compiled.plan ? { plan: compiled.plan } : {}),
    errors,
    lang,
  };
}
