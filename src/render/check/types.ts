import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/lang.js';

/** What `plan check` found in one run, over every file. */
export interface CheckReport {
  readonly diagnostics: readonly Diagnostic[];
  /** How many files were checked. */
  readonly files: number;
  /** Each file's text, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /** Every file checked, in order, clean ones too (JUnit and Checkstyle list them). */
  readonly checked?: readonly string[];
}

export interface CheckFormatOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** The tool's version, for SARIF. */
  readonly version: string;
  /** The directory `plan` runs in; SARIF makes absolute paths relative to it. */
  readonly cwd?: string;
  /**
   * The repository root (the folder holding `.git`, else `cwd`): SARIF,
   * GitHub annotations and GitLab name files relative to it.
   */
  readonly root?: string;
}

export type CheckFormatter = (report: CheckReport, options: CheckFormatOptions) => string;

export function countBySeverity(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else if (diagnostic.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
