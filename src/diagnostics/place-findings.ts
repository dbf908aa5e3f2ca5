import { locatePath } from '../parse/locate-path.js';
import { pathKey } from '../parse/path-key.js';
import type { SourceNode } from '../parse/types.js';
import { type Severity, severityRank } from './codes.js';
import { editForFinding } from './fix-edit.js';
import { createLineIndex } from './line-index.js';
import type { Diagnostic, Finding } from './types.js';

/**
 * A finding placed in its file: where it is, but not yet in words. Placing
 * needs the source tree; wording needs only the language. Kept apart so that
 * a worker thread can place findings and the main thread word them all in
 * the one language of the run, and so that this stage needs no message
 * catalogue: the words are put in by `pipeline/word-findings.ts`.
 */
export type PlacedFinding = Omit<Diagnostic, 'message' | 'severity'> & {
  readonly params: Finding['params'];
  /** A severity a project config gives the code, over the registry's. */
  readonly severity?: Severity;
};

/** What placing needs of a file: its name, its text and, when it parsed, its source tree. */
export interface PlaceableFile {
  readonly file: string;
  readonly text: string;
  readonly root?: SourceNode;
}

/** Each finding on its line and column (and its fix as a range), not yet in words. */
export function placeFindings(
  compiled: PlaceableFile,
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

/**
 * By file, line, column, then severity and code; findings alike in all of
 * these keep the order their rule gave them (the sort is stable, and rules
 * run in a fixed order): a duty's missed reports stay in date order, where
 * sorting by message put 1月16日 before 1月2日. The same input, the same order.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
