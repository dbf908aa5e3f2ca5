import type { Compiled } from '../compile.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Catalogue } from '../i18n/catalogue/en.js';
import { pathKey } from '../model/build-model.js';
import { locatePath } from '../parse/locate-path.js';
import { diagnosticCodes, type Severity, severityRank } from './codes.js';
import { editForFinding } from './fix-edit.js';
import { createLineIndex } from './line-index.js';
import type { Diagnostic, Finding } from './types.js';

/**
 * A finding placed in its file: where it is, but not yet in words. Placing
 * needs the source tree; wording needs only the language. Kept apart so that
 * a worker thread can place findings and the main thread word them all in
 * the one language of the run.
 */
export type PlacedFinding = Omit<Diagnostic, 'message' | 'severity'> & {
  readonly params: Finding['params'];
  /** A severity a project config gives the code, over the registry's. */
  readonly severity?: Severity;
};

/** Findings → diagnostics: each placed on its line and column and put into words. */
export function toDiagnostics(
  compiled: Pick<Compiled, 'file' | 'text' | 'root'>,
  findings: readonly Finding[],
  t: Catalogue,
): Diagnostic[] {
  return wordFindings(placeFindings(compiled, findings), t);
}

export function placeFindings(
  compiled: Pick<Compiled, 'file' | 'text' | 'root'>,
  findings: readonly Finding[],
): PlacedFinding[] {
  if (findings.length === 0) return [];
  const lines = createLineIndex(compiled.text);
  return findings.map((finding): PlacedFinding => {
    const span =
      finding.offset !== undefined
        ? { start: finding.offset, end: finding.offset }
        : locatePath(compiled.root, finding.path, finding.at ?? 'value');
    const start = lines.position(span.start);
    const end = lines.position(span.end);
    const edit = finding.fix ? editForFinding(compiled.text, compiled.root, finding) : undefined;
    return {
      code: finding.code,
      params: finding.params,
      file: compiled.file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      path: pathKey(finding.path),
      ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
      ...(finding.detail !== undefined ? { detail: finding.detail } : {}),
      ...(edit
        ? {
            fix: {
              range: { start: lines.position(edit.start), end: lines.position(edit.end) },
              text: edit.text,
            },
          }
        : {}),
    };
  });
}

/** `t`: the catalogue of the file's language (lang.ts's loadCatalogue). */
export function wordFindings(placed: readonly PlacedFinding[], t: Catalogue): Diagnostic[] {
  if (placed.length === 0) return [];
  return sortDiagnostics(
    placed.map(({ params, ...rest }) => ({
      ...rest,
      severity: rest.severity ?? diagnosticCodes[rest.code],
      message: diagnosticMessage(rest.code, params ?? {}, t),
    })),
  );
}

/** By file, line, column, then severity and code: the same input, the same order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
