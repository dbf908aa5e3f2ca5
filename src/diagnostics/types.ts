import type { Path } from '../parse/types.js';
import type { DiagnosticCode, Severity } from './codes.js';

/** Values a message is filled in with. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A problem as a stage or rule finds it: what and where in the plan, not yet
 * placed on a line or put into words. Stages return findings; they never
 * print or throw on a user's mistake.
 */
export interface Finding {
  readonly code: DiagnosticCode;
  /** Where in the plan: `['tasks', 2, 'due']`. */
  readonly path: Path;
  /** Point at the key of the last path segment rather than its value. */
  readonly at?: 'key' | 'value';
  readonly params?: MessageParams;
  /** A replacement the user probably meant, such as the nearest known id. */
  readonly suggestion?: string;
  /** For findings that do not come from a node (read and parse problems). */
  readonly offset?: number;
  /** The parser's own words, untranslated: only for `--format json`. */
  readonly detail?: string;
  /** The change that certainly repairs it, for `plan fix`; only where no judgement is needed. */
  readonly fix?: FindingFix;
}

/**
 * How a finding is fixed. A `scalar` fix rewrites the key or value the
 * finding points at, in that scalar's own quoting, and only while it still
 * reads `expect` (a unit split out of `医务科/护理部` is never rewritten as a
 * whole). A `text` fix replaces a stretch of the text (UTF-16 offsets, end
 * exclusive) for findings that have no node, such as paste artefacts.
 */
export type FindingFix =
  | { readonly kind: 'scalar'; readonly value: string; readonly expect: string }
  | { readonly kind: 'text'; readonly start: number; readonly end: number; readonly text: string };

/** A fix placed in the file: 1-based lines and columns as a diagnostic's own, end exclusive. */
export interface DiagnosticFix {
  readonly range: {
    readonly start: { readonly line: number; readonly column: number };
    readonly end: { readonly line: number; readonly column: number };
  };
  readonly text: string;
}

/** A finding placed in a file and put into words: what every formatter prints. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `tasks[2].due`; empty for the whole file. */
  readonly path: string;
  readonly suggestion?: string;
  /** The parser's own words (English), for tools and bug reports; never in a human format. */
  readonly detail?: string;
  /** Present when `plan fix` can apply it: replace `range` with `text`. */
  readonly fix?: DiagnosticFix;
}
