import { isAbsolute, relative } from 'node:path';
import { suggestionText } from '../../i18n/diagnostic-messages.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { CheckReport } from './types.js';

/**
 * A file as CI tools want it: relative to the directory `plan` ran in, with
 * forward slashes, so reports from a checkout line up with the repository.
 * Names given relative (and `<stdin>`) are kept as given, less a leading `./`.
 */
export function relativeFile(file: string, cwd: string | undefined): string {
  const relativeName = cwd && isAbsolute(file) ? relative(cwd, file) : file;
  return relativeName.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * Every file checked, in the order checked, with its diagnostics (none for a
 * clean file). Formats that list clean files too (JUnit, Checkstyle) need
 * the names; `report.checked` has them, else the files with text or findings.
 */
export function diagnosticsByFile(report: CheckReport): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of report.checked ?? report.sources.keys()) byFile.set(file, []);
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

/** The message with its suggestion worded, as CI tools show one line per problem. */
export function messageWithSuggestion(d: Diagnostic, lang: Lang): string {
  return d.suggestion !== undefined
    ? `${d.message} (${suggestionText(d.suggestion, lang)})`
    : d.message;
}
