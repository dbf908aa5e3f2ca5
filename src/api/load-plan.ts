import { Readable } from 'node:stream';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { loadPlan as loadPlanFile } from '../pipeline/load-plan.js';
import { type JudgeOptions, judgeSettings, type ReadOptions, readSettings } from './settings.js';

export interface LoadPlanOptions extends JudgeOptions, ReadOptions {
  /** Refuse a plan with errors (`ok: false`) instead of handing it on with them; as a view's `--strict`. */
  readonly strict?: boolean;
}

/** A plan fit to build views from, or why not. */
export type PlanLoad =
  | {
      readonly ok: true;
      readonly plan: Plan;
      readonly file: string;
      readonly lang: Lang;
      /** Its errors: a view of a plan with errors should say so, as the CLI's views do. */
      readonly errors: readonly Diagnostic[];
    }
  | {
      readonly ok: false;
      readonly file: string;
      readonly lang: Lang;
      /**
       * Why: `config` (its project config has problems), `unreadable`
       * (missing, a folder, too large, not UTF-8), `unmodelled` (so broken
       * there is no plan to lay out) or `errors` (refused under `strict`).
       */
      readonly reason: 'config' | 'unreadable' | 'unmodelled' | 'errors';
      readonly diagnostics: readonly Diagnostic[];
    };

/**
 * Loads one plan for views, as `plan table` and the other views do: its
 * config found and applied, read, compiled, its errors found. A plan that
 * cannot be modelled is refused; a plan with errors is handed on with them
 * (a view should say so), or refused under `strict`.
 */
export async function loadPlan(path: string, options: LoadPlanOptions): Promise<PlanLoad> {
  const loaded = await loadPlanFile(path, {
    ...readSettings(options),
    ...judgeSettings(options),
    stdin: Readable.from([]),
  });
  const { file, lang } = loaded;
  if (loaded.kind === 'config-problem') {
    return { ok: false, file, lang, reason: 'config', diagnostics: loaded.diagnostics };
  }
  if (loaded.kind === 'unreadable') {
    return { ok: false, file, lang, reason: 'unreadable', diagnostics: loaded.diagnostics };
  }
  const { plan, errors } = loaded;
  if (!plan) return { ok: false, file, lang, reason: 'unmodelled', diagnostics: errors };
  if (options.strict === true && errors.length > 0) {
    return { ok: false, file, lang, reason: 'errors', diagnostics: errors };
  }
  return { ok: true, plan, file, lang, errors };
}
