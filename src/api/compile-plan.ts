import { compilePlan as compileText } from '../compile.js';
import type { FileConfig } from '../config/file-config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { chooseLang, type Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { checkCompiledFile } from '../pipeline/check-files.js';
import { wordFindings } from '../pipeline/word-findings.js';
import { normalizeLineEnds } from '../read/line-ends.js';
import { type JudgeOptions, judgeSettings } from './settings.js';

export interface CompilePlanOptions extends JudgeOptions {
  /** The name diagnostics are reported under; default `<input>`. */
  readonly file?: string;
  /** A project config's settings (from `loadConfig`): shared units, light rule, rule levels, language. */
  readonly config?: FileConfig;
}

export interface CompiledPlan {
  readonly file: string;
  /** The resolved plan, when the text parsed and validated well enough to model. */
  readonly plan?: Plan;
  /** Every diagnostic `plan check` gives for this text, sorted by line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** The language of the messages. */
  readonly lang: Lang;
}

/**
 * Compiles one plan's text: parse, validate, model, then every rule, as
 * `plan check` does for a file. Pure: reads no file, no clock, no
 * environment. `plan` is there whenever the text could be modelled, errors
 * or not; refuse it yourself when `diagnostics` has an error.
 *
 * @example
 * const { plan, diagnostics } = compilePlan(text, { file: 'plan.yaml', today: '2024-06-30' });
 */
export function compilePlan(text: string, options: CompilePlanOptions): CompiledPlan {
  const { today, warnDays, lang: flagLang, env } = judgeSettings(options);
  const file = options.file ?? '<input>';
  // As a file read from disk: lines ended by a lone CR are counted as lines.
  const compiled = compileText(file, normalizeLineEnds(text), options.config);
  const report = checkCompiledFile(compiled, { today, warnDays }, options.config);
  const lang = chooseLang(flagLang, report.locale, env);
  return {
    file,
    ...(compiled.plan ? { plan: compiled.plan } : {}),
    diagnostics: wordFindings(report.findings, lang),
    lang,
  };
}
