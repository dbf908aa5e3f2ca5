/**
 * Finding and loading `plan.config.yaml` for `plan check`: from each plan's
 * folder upward, stopping at the repository root (the folder holding
 * `.git`), or the one file `--config` names, or none (`--no-config`). Each
 * folder is asked once and each config read once per run, so a run of 200
 * plans in a few folders costs a few file-system calls, not 200 walks.
 *
 * A config with problems is reported as a file of its own, its findings
 * placed in its text; the run then ends with 2 before any plan is checked,
 * as ESLint and knip end on a broken config.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ConfigInput } from '../config/config-schema.js';
import type { FileConfig } from '../config/file-config.js';
import { CONFIG_FILE } from '../config/rule-levels.js';
import type { Finding } from '../diagnostics/types.js';
import { placeFindings } from '../diagnostics/place-findings.js';
import { parseYaml } from '../parse/parse-yaml.js';
import type { SourceNode } from '../parse/types.js';
import type { UnitEntryInput } from '../schema/plan-schema.js';
import type { FileReport } from './check-files.js';
import { ignoreTest } from './ignore.js';
import { exists } from './repo-root.js';

export interface LoadedConfig {
  /** The config's name as reported: relative to the working folder. */
  readonly file: string;
  /** Its folder: `units` and `ignore` are relative to it. */
  readonly dir: string;
  /** Its settings, when it has no problem. */
  readonly settings?: FileConfig;
  /** Its problems, as a file report that ends the run with 2. */
  readonly problems?: FileReport;
  /** Whether `ignore` leaves out a file (by absolute path). */
  readonly ignored: (absolute: string) => boolean;
}

export interface ConfigLookupOptions {
  readonly cwd: string;
  /** `--config FILE`, or false for `--no-config`. */
  readonly config?: string | false;
}

/** The config that governs the plans of a folder (absolute), if any. */
export type ConfigLookup = (folder: string) => Promise<LoadedConfig | undefined>;

export function createConfigLookup({ cwd, config }: ConfigLookupOptions): ConfigLookup {
  if (config === false) return async () => undefined;
  const loaded = new Map<string, Promise<LoadedConfig>>();
  const load = (path: string): Promise<LoadedConfig> => {
    let entry = loaded.get(path);
    if (entry === undefined) {
      entry = loadConfig(path, cwd);
      loaded.set(path, entry);
    }
    return entry;
  };
  if (config !== undefined) {
    const path = resolve(cwd, config);
    return () => load(path);
  }
  const found = new Map<string, Promise<string | undefined>>();
  const find = (folder: string): Promise<string | undefined> => {
    let answer = found.get(folder);
    if (answer === undefined) {
      answer = (async () => {
        const candidate = join(folder, CONFIG_FILE);
        if (await exists(candidate)) return candidate;
        const parent = dirname(folder);
        if (parent === folder || (await exists(join(folder, '.git')))) return undefined;
        return find(parent);
      })();
      found.set(folder, answer);
    }
    return answer;
  };
  return async (folder) => {
    const path = await find(folder);
    return path === undefined ? undefined : load(path);
  };
}

async function loadConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const file = displayName(path, cwd);
  const dir = dirname(path);
  const never = () => false;
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    const finding: Finding = {
      code: 'config',
      path: [],
      offset: 0,
      params: { problem: 'missing', file },
    };
    return { file, dir, ignored: never, problems: report(file, '', undefined, [finding]) };
  }
  // The validator (and the config's zod schema) is loaded only when a
  // config exists: most runs have none, and it would cost every start-up.
  const { unitsRegistryProblem, validateConfig } = await import('../config/validate-config.js');
  const validated = validateConfig(text);
  if (!validated.config) {
    return {
      file,
      dir,
      ignored: never,
      problems: report(file, text, validated.root, validated.findings),
    };
  }
  const config = validated.config;
  const [units, patterns] = await Promise.all([
    readUnits(config, dir, unitsRegistryProblem),
    checkPatterns(config.ignore ?? []),
  ]);
  const findings = [...units.findings, ...patterns];
  if (findings.length > 0) {
    return { file, dir, ignored: never, problems: report(file, text, validated.root, findings) };
  }
  const ignore = config.ignore ?? [];
  return {
    file,
    dir,
    ignored: ignore.length > 0 ? await ignoreTest(dir, ignore, []) : never,
    settings: {
      rules: config.rules ?? {},
      ...(config.lights ? { lights: config.lights } : {}),
      ...(units.registry ? { units: units.registry } : {}),
      ...(config.lang ? { lang: config.lang } : {}),
    },
  };
}

function report(
  file: string,
  text: string,
  root: SourceNode | undefined,
  findings: readonly Finding[],
): FileReport {
  return {
    file,
    text,
    findings: placeFindings({ file, text, ...(root ? { root } : {}) }, findings),
    fatal: true,
  };
}

/** The shared units registry the config names, read and checked. */
async function readUnits(
  config: ConfigInput,
  dir: string,
  registryProblem: (value: unknown) => string | undefined,
): Promise<{ registry?: Record<string, UnitEntryInput>; findings: Finding[] }> {
  if (config.units === undefined) return { findings: [] };
  const name = config.units;
  const problem = (params: Finding['params']): { findings: Finding[] } => ({
    findings: [{ code: 'config', path: ['units'], params }],
  });
  let text: string;
  try {
    text = (await readFile(resolve(dir, name), 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return problem({ problem: 'units-missing', file: name });
  }
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    return problem({ problem: 'units-invalid', file: name, detail: parsed.error.reason });
  }
  const detail = registryProblem(parsed.value);
  if (detail !== undefined) return problem({ problem: 'units-invalid', file: name, detail });
  return { registry: parsed.value as Record<string, UnitEntryInput>, findings: [] };
}

/** `ignore` patterns that cannot be parsed (an unclosed `[`, `{` or `(`). */
async function checkPatterns(patterns: readonly string[]): Promise<Finding[]> {
  if (patterns.length === 0) return [];
  const { default: picomatch } = await import('picomatch');
  return patterns.flatMap((pattern, index): Finding[] => {
    try {
      picomatch.makeRe(pattern.replace(/^!/, ''), { strictBrackets: true });
      return [];
    } catch (error) {
      // picomatch says `Missing closing: "]"`: the bracket is what to name.
      const missing = /Missing closing: "(.)"/.exec(String(error))?.[1] ?? '';
      return [
        {
          code: 'config',
          path: ['ignore', index],
          params: { problem: 'pattern', pattern, missing },
        },
      ];
    }
  });
}

function displayName(path: string, cwd: string): string {
  const name = relative(cwd, path);
  return name === '' || isAbsolute(name) ? path : name.replace(/\\/g, '/');
}
