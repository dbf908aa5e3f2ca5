import { isAbsolute, relative, resolve } from 'node:path';
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
 * A file as code hosts want it: relative to the repository root (the folder
 * holding `.git`, found from the working folder), with forward slashes, so a
 * run from a subfolder still names `plans/a.yaml`, never `../plans/a.yaml`.
 * Without a root (or for `<stdin>`), as `relativeFile` gives it.
 */
export function repositoryFile(
  file: string,
  cwd: string | undefined,
  root: string | undefined,
): string {
  if (root === undefined || cwd === undefined || file.startsWith('<')) {
    return relativeFile(file, cwd);
  }
  const fromRoot = relative(root, resolve(cwd, file)).replace(/\\/g, '/');
  // A file outside the repository keeps the name it was given.
  if (fromRoot.startsWith('../') || fromRoot === '..' || isAbsolute(fromRoot)) {
    return relativeFile(file, cwd);
  }
  return fromRoot;
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
