/**
 * One run of `plan check`, without the command line: arguments → the files
 * to check (folders walked, globs expanded, ignores applied) → each file's
 * project config → every file checked → every finding in words. The CLI and
 * the library both run it, so a program gets the diagnostics `plan check`
 * prints, byte for byte once formatted.
 *
 * Split in two, discovering and checking, because `plan check --fix`
 * rewrites the discovered files between the two.
 */
import { dirname, resolve } from 'node:path';
import { type FileConfig, withCliRules } from '../config/file-config.js';
import type { RuleLevel } from '../config/rule-levels.js';
import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { chooseLang, type Lang } from '../i18n/lang.js';
import { type CheckSettings, checkNames, type FileReport, unmatchedReport } from './check-files.js';
import { discoverFiles } from './discover.js';
import { STDIN_NAME } from './inputs.js';
import { createConfigLookup, type LoadedConfig } from './project-config.js';
import { wordFindings } from './word-findings.js';

export interface CheckRunOptions {
  /** The folder names are relative to. */
  readonly cwd: string;
  /** Larger files are refused (`input-too-large`). */
  readonly maxBytes: number;
  /** The day lateness is judged by. */
  readonly today: Day;
  /** Days before a due date that `due-soon` starts. */
  readonly warnDays?: WarnSetting | undefined;
  /** gitignore-style patterns that leave files out, over `.planignore`. */
  readonly ignorePatterns?: readonly string[];
  /** The name standard input (`-`) is reported under. */
  readonly stdinName?: string;
  /** A project config file to use for every plan, or false for none; by default each plan's is found from its folder upward. */
  readonly config?: string | false;
  /** Codes set to a level over the config (`--rule`). */
  readonly rules?: Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>;
  /** A language for every message, over each plan's `locale` (`--lang`). */
  readonly lang?: Lang;
  /** Where `LANG`/`LC_ALL` are read when neither `lang` nor a plan's locale says; `{}` for none. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, read for the name `-`. */
  readonly stdin: NodeJS.ReadableStream;
}

/** The files a run will check, and how to find each one's config. */
export interface DiscoveredRun {
  readonly names: readonly string[];
  /** Globs and folders that gave no file: each is reported, and the run is fatal. */
  readonly unmatched: readonly string[];
  readonly configFor: (name: string) => Promise<LoadedConfig | undefined>;
}

/** What a run found, every file's findings in words. */
export interface CheckRun {
  /** One per file, in the order of the names; a broken config's report alone when one is broken. */
  readonly reports: readonly FileReport[];
  /** Every diagnostic, each file's in its own language, sorted within each file. */
  readonly diagnostics: Diagnostic[];
  /** The run's own language: `lang`, else the one every file speaks, else the environment's. */
  readonly lang: Lang;
  /** Each file's text, for code frames. */
  readonly sources: Map<string, string>;
  /** Whether a missing file, a folder or a broken config ends the run with exit 2. */
  readonly fatal: boolean;
}

/** Arguments → the files to check, as `plan check` finds them. */
export async function discoverRun(
  files: readonly string[],
  options: CheckRunOptions,
): Promise<DiscoveredRun> {
  const stdinName = options.stdinName ?? STDIN_NAME;
  const lookup = createConfigLookup({
    cwd: options.cwd,
    ...(options.config !== undefined ? { config: options.config } : {}),
  });
  const fullName = (name: string) => resolve(options.cwd, name === '-' ? stdinName : name);
  const configFor = (name: string) => lookup(dirname(fullName(name)));
  const found = await discoverFiles(files, {
    cwd: options.cwd,
    ignorePatterns: options.ignorePatterns ?? [],
    maxBytes: options.maxBytes,
    configIgnored: async (name) => (await configFor(name))?.ignored(fullName(name)) ?? false,
  });
  return { names: found.names, unmatched: found.unmatched, configFor };
}

/** Every discovered file checked, and its findings put into words. */
export async function checkRun(
  discovered: DiscoveredRun,
  options: CheckRunOptions,
): Promise<CheckRun> {
  const { names } = discovered;
  const loaded = await Promise.all(names.map(discovered.configFor));
  const broken = [...new Set(loaded)].flatMap((config) => config?.problems ?? []);
  const reports =
    broken.length > 0
      ? // A config with problems ends the run before any plan is checked: its
        // rules would give every plan wrong results.
        broken
      : [
          ...discovered.unmatched.map(unmatchedReport),
          ...(await checkNames(
            names,
            {
              cwd: options.cwd,
              maxBytes: options.maxBytes,
              today: options.today,
              warnDays: options.warnDays,
              stdinName: options.stdinName ?? STDIN_NAME,
              ...configSettings(names, loaded, options.rules ?? {}),
            },
            options.stdin,
          )),
        ];
  // Each file's messages are in its own language (its locale, else the
  // environment's). The run's own lines (the summary) speak the language
  // every file speaks; where files differ, the environment's, as the CLI's
  // own words do.
  const { lang: flagLang, env } = options;
  const fileLangs = reports.map((report) => chooseLang(flagLang, report.locale, env));
  const lang = fileLangs.every((each) => each === fileLangs[0])
    ? (fileLangs[0] ?? chooseLang(flagLang, undefined, env))
    : chooseLang(flagLang, undefined, env);
  const diagnostics = reports.flatMap((report, index) =>
    wordFindings(report.findings, fileLangs[index]!),
  );
  const sources = new Map<string, string>();
  for (const report of reports)
    if (report.text !== undefined) sources.set(report.file, report.text);
  return {
    reports,
    diagnostics,
    lang,
    sources,
    fatal: reports.some((report) => report.fatal),
  };
}

/**
 * Each file's config as plain data for the workers: the configs of the run,
 * each with `--rule` over it, and an index per name. Nothing when there is
 * neither a config nor a `--rule`, so a plain run stays as it was.
 */
function configSettings(
  names: readonly string[],
  loaded: readonly (LoadedConfig | undefined)[],
  cliRules: Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>,
): Pick<CheckSettings, 'configs' | 'configOf'> {
  const hasCliRules = Object.keys(cliRules).length > 0;
  if (!hasCliRules && loaded.every((config) => config === undefined)) return {};
  const indexOf = new Map<LoadedConfig | undefined, number>();
  const configs: FileConfig[] = [];
  const configOf: Record<string, number> = {};
  names.forEach((name, at) => {
    const config = loaded[at];
    let index = indexOf.get(config);
    if (index === undefined) {
      index = configs.length;
      configs.push(withCliRules(config?.settings, cliRules));
      indexOf.set(config, index);
    }
    configOf[name] = index;
  });
  return { configs, configOf };
}
