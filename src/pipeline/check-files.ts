/**
 * `plan check` over many files, on every core. Each file is read, compiled,
 * checked and its findings placed in a worker thread or in the main one;
 * the main thread then puts every finding into the run's one language. The
 * reports come back in the order of the names, whichever thread ends first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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
  /** The project configs of the run (with `--rule` over them), plain data for the workers. */
  readonly configs?: readonly FileConfig[];
  /** Each name's config, as an index into `configs`; a name not listed has none. */
  readonly configOf?: Readonly<Record<string, number>>;
}

/** One file's outcome, in a form that crosses threads (plain data). */
export interface FileReport {
  readonly file: string;
  /** The text, for code frames; absent when the file could not be read. */
  readonly text?: string;
  readonly findings: PlacedFinding[];
  readonly locale?: Lang;
  /** A missing file or a directory: the run ends with exit 2. */
  readonly fatal: boolean;
}

/** Files per worker below which a thread costs more than it saves. */
const MIN_FILES_PER_THREAD = 8;

export async function checkNames(
  names: readonly string[],
  settings: CheckSettings,
  stdin: NodeJS.ReadableStream,
): Promise<FileReport[]> {
  const threads = Math.min(
    availableParallelism(),
    Math.floor(names.length / MIN_FILES_PER_THREAD),
    4,
  );
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  // Threads only from the bundle (dist/), where the worker file exists, and
  // never with standard input, which only the main thread can read.
  if (threads < 2 || names.includes('-') || !import.meta.url.endsWith('/dist/cli.js')) {
    return checkNamesHere(names, settings, stdin);
  }
  const chunk = Math.ceil(names.length / threads);
  const parts = Array.from({ length: threads }, (_, i) => names.slice(i * chunk, (i + 1) * chunk));
  const [own, ...others] = parts;
  const running = others.map((part) => inWorker(workerUrl, part, settings));
  const results = [
    await checkNamesHere(own ?? [], settings, stdin),
    ...(await Promise.all(running)),
  ];
  return results.flat();
}

export async function checkNamesHere(
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

function inWorker(
  url: URL,
  names: readonly string[],
  settings: CheckSettings,
): Promise<FileReport[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: { names, settings } });
    worker.once('message', (reports: FileReport[]) => resolve(reports));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`check worker stopped with code ${code}`));
    });
  });
}
