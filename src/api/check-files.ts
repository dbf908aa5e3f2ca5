import { Readable } from 'node:stream';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import { checkRun, discoverRun } from '../pipeline/check-run.js';
import { countBySeverity } from '../render/check/types.js';
import {
  type JudgeOptions,
  judgeSettings,
  type ReadOptions,
  type RuleLevels,
  readSettings,
} from './settings.js';

export interface CheckFilesOptions extends JudgeOptions, ReadOptions {
  /**
   * A project config for every plan, or `false` for none. By default each
   * plan's `plan.config.yaml` is found from its folder upward, as `plan check` does.
   */
  readonly config?: string | false;
  /** Codes set to a level over the config, as `--rule overdue:off`. */
  readonly rules?: RuleLevels;
  /** gitignore-style patterns that leave files out, as `--ignore-pattern`. */
  readonly ignorePatterns?: readonly string[];
}

/** The counts `plan check --format json` ends with. */
export interface CheckSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface CheckFilesResult {
  /** Every diagnostic, sorted by file, line and column; each file's in its own language. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every file checked, in order, clean ones included. */
  readonly files: readonly string[];
  readonly summary: CheckSummary;
  /** Each file's text, for code frames (pass to a formatter as `sources`). */
  readonly sources: ReadonlyMap<string, string>;
  /** The run's language: `lang`, else the one every file speaks (its `locale`, else the environment's), else the environment's. */
  readonly lang: Lang;
  /**
   * What `plan check` would exit with (without `--strict` or
   * `--max-warnings`): 2 when a file is missing, a glob matched nothing or a
   * config is broken; 1 when there is an error; else 0.
   */
  readonly exitCode: 0 | 1 | 2;
}

/**
 * Checks plan files as `plan check FILES…` does: folders walked for plans,
 * globs expanded, `!pattern`, `.planignore` and each plan's
 * `plan.config.yaml` applied; the same diagnostics, in the same order.
 * Never rejects over a problem in a plan: that is a diagnostic. Rejects
 * only on a bad option (a `today` that is not a day).
 *
 * @example
 * const { diagnostics, exitCode } = await checkFiles(['plans/'], { today: '2024-06-30' });
 */
export async function checkFiles(
  files: readonly string[],
  options: CheckFilesOptions,
): Promise<CheckFilesResult> {
  const judge = judgeSettings(options);
  const read = readSettings(options);
  const run = {
    ...read,
    ...judge,
    ...(options.ignorePatterns !== undefined ? { ignorePatterns: options.ignorePatterns } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
    // A library has no standard input of its own: `-` reads nothing.
    stdin: Readable.from([]),
  };
  const { reports, diagnostics, lang, sources, fatal } = await checkRun(
    await discoverRun(files, run),
    run,
  );
  const counts = countBySeverity(diagnostics);
  return {
    diagnostics,
    files: reports.map((report) => report.file),
    summary: { files: reports.length, ...counts },
    sources,
    lang,
    exitCode: fatal ? 2 : counts.errors > 0 ? 1 : 0,
  };
}
