/**
 * Lines the CLI prints about a run rather than a plan: the closing line of
 * `plan check`, what `plan fix` did to each file, and the severity words of
 * the stylish check output. The words are in each language's catalogue.
 */
import { catalogueFor, type Lang } from './lang.js';

export interface CheckCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** What `plan fix` did to one file, or why it left it alone. */
export type FixNote =
  | { readonly kind: 'fixed'; readonly count: number }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'left'; readonly count: number; readonly parses: boolean }
  | {
      readonly kind: 'refused';
      readonly reason: 'reads-worse' | 'symlink' | 'read-only' | 'hard-links' | 'changed';
    };

export interface UiWords {
  /** The closing line of `plan check`: files checked and problems found by severity. */
  readonly checkSummary: (counts: CheckCounts, files: number) => string;
  /** One line of `plan fix` about one file. */
  readonly fixNote: (file: string, note: FixNote) => string;
  /** A diagnostic's severity in the stylish output, padded to one width where the words differ. */
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
}

/** The closing line of `plan check`. */
export function checkSummary(counts: CheckCounts, files: number, lang: Lang): string {
  return catalogueFor(lang).ui.checkSummary(counts, files);
}

/** One line of `plan fix` about one file. */
export function fixNote(file: string, note: FixNote, lang: Lang): string {
  return catalogueFor(lang).ui.fixNote(file, note);
}
