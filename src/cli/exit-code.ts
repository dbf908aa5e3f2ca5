import type { Diagnostic } from '../diagnostics/types.js';

/** Exit codes: 0 clean or warnings only, 1 problems, 2 usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export function checkExitCode(
  diagnostics: readonly Diagnostic[],
  options: { fatal: boolean; strict: boolean; maxWarnings: number | undefined },
): number {
  if (options.fatal) return EXIT_USAGE;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.strict && warnings > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}
