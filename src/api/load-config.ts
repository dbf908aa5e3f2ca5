import { dirname, resolve } from 'node:path';
import type { FileConfig } from '../config/file-config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { chooseLang, type Lang } from '../i18n/lang.js';
import { createConfigLookup, type LoadedConfig } from '../pipeline/project-config.js';
import { wordFindings } from '../pipeline/word-findings.js';

export interface LoadConfigOptions {
  /** The folder names are relative to and reported relative to; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * What `path` names: `'config'` (default), the config file itself; or
   * `'plan'`, a plan whose config is found from its folder upward, stopping
   * at the repository root, as `plan check` finds it.
   */
  readonly from?: 'config' | 'plan';
  /** The language of the config's problems; default English. */
  readonly lang?: Lang;
}

export interface ProjectConfig {
  /** The config's name, relative to `cwd`; absent when none governs the plan. */
  readonly file?: string;
  /** Its settings, to pass to `compilePlan`; absent when it has problems or there is none. */
  readonly settings?: FileConfig;
  /** Its problems; `plan check` refuses to check anything (exit 2) while there are any. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads a project config (`plan.config.yaml`), or with `from: 'plan'` finds
 * the one that governs a plan from its folder upward. Its `settings` go to
 * `compilePlan`; its `diagnostics` are its problems (a config with any is
 * not used by `plan check`, which stops with exit 2).
 */
export async function loadConfig(
  path: string,
  options: LoadConfigOptions = {},
): Promise<ProjectConfig> {
  const cwd = options.cwd ?? process.cwd();
  const full = resolve(cwd, path);
  const lookup =
    options.from === 'plan'
      ? createConfigLookup({ cwd })
      : createConfigLookup({ cwd, config: full });
  const loaded: LoadedConfig | undefined = await lookup(dirname(full));
  if (loaded === undefined) return { diagnostics: [] };
  const lang = chooseLang(options.lang, undefined, {});
  return {
    file: loaded.file,
    ...(loaded.settings ? { settings: loaded.settings } : {}),
    diagnostics: loaded.problems ? wordFindings(loaded.problems.findings, lang) : [],
  };
}
