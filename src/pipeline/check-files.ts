/**
 * `plan check` over many files: each file is read, compiled, checked and its
 * findings placed; the caller then puts every finding into the run's one
 * language. The reports come back in the order of the names.
 *
 * On one thread: worker threads were measured on 200 plans on the 2-core
 * machine and made the run slower, each thread loading and compiling the
 * whole pipeline again (docs/decisions.md).
 */
import { type Compiled, checkCompiled } from '../compile.js';
import { applyProjectRules } from '../config/apply-rules.js';
import { codesOff, type FileConfig } from '../config/file-config.js';
import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import { type PlacedFinding, placeFindings } from '../diagnostics/place-findings.js';
import type { Lang } from '../i18n/lang.js';
import { readInputs } from './inputs.js';

export interface CheckSettings {
  readonly cwd: string;
  readonly maxBytes: number;
  readonly today: Day;
  readonly warnDays?: WarnSetting | undefined;
  /** `--stdin-filename`. */
  readonly stdinName?: string;
  /** The project configs of the run (with `--rule` over them). */
  readonly configs?: readonly FileConfig[];
  /** Each name's config, as an index into `configs`; a name not listed has none. */
  readonly configOf?: Readonly<Record<string, number>>;
}

/** One file's outcome, as plain data. */
export interface FileReport {
  readonly file: string;
  /** The text, for code frames; absent when the file could not be read. */
  readonly text?: string;
  readonly findings: PlacedFinding[];
  readonly locale?: Lang;
  /** A missing file or a directory: the run ends with exit 2. */
  readonly fatal: boolean;
}

export async function checkNames(
  names: readonly string[],
  settings: CheckSettings,
  stdin: NodeJS.ReadableStream,
): Promise<FileReport[]> {
  const configOf = (name: string): FileConfig | undefined => {
    const index = settings.configOf?.[name];
    return index === undefined ? undefined : settings.configs?.[index];
  };
  const inputs = await readInputs(
    names,
    { stdin, cwd: settings.cwd },
    settings.maxBytes,
    settings.stdinName,
    configOf,
  );
  return inputs.map((input, index): FileReport => {
    const config = configOf(names[index]!);
    if (!input.ok) {
      const placed = placeFindings({ file: input.file, text: input.text ?? '' }, [input.finding]);
      return {
        file: input.file,
        findings: applyProjectRules(input.file, '', placed, config),
        ...(input.locale ? { locale: input.locale } : {}),
        fatal: input.fatal,
      };
    }
    return checkCompiledFile(input.compiled, settings, config);
  });
}

/**
 * One compiled plan checked as `plan check` checks it: the rules its config
 * leaves on, its findings placed, the config's levels and the file's
 * suppressions applied.
 */
export function checkCompiledFile(
  compiled: Compiled,
  settings: Pick<CheckSettings, 'today' | 'warnDays'>,
  config: FileConfig | undefined,
): FileReport {
  const findings = checkCompiled(
    compiled,
    { today: settings.today, warnDays: settings.warnDays },
    { off: codesOff(config) },
  );
  const locale = compiled.locale ?? config?.lang;
  return {
    file: compiled.file,
    text: compiled.text,
    findings: applyProjectRules(
      compiled.file,
      compiled.text,
      placeFindings(compiled, findings),
      config,
    ),
    ...(locale ? { locale } : {}),
    fatal: false,
  };
}

/** A glob or folder that gave no file to check: reported by its name, and the run ends with exit 2. */
export function unmatchedReport(pattern: string): FileReport {
  const finding = {
    code: 'input-unreadable',
    path: [],
    offset: 0,
    params: { problem: 'no-match' },
  } as const;
  return {
    file: pattern,
    findings: placeFindings({ file: pattern, text: '' }, [finding]),
    fatal: true,
  };
}
