/**
 * The note a view puts at the top of its output when the plan has errors
 * (see `loadViewPlan`): the words and the bound, shared by every format.
 * Each output family lays the note out with its own helper (Markdown,
 * HTML, the office files) and escapes the plan text in it its own way;
 * JSON carries the errors themselves.
 *
 * The note is bounded: a plan with 20,000 errors gets the first few and a
 * count, not a header longer than the table. `plan check` (and stderr)
 * has them all.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import { suggestionText } from '../i18n/diagnostic-messages.js';
import { errorsNoteLabels } from '../i18n/errors-note-labels.js';
import type { Lang } from '../i18n/lang.js';
import { diagnosticJson } from './check/json.js';

/** How many errors a note lists before it only counts. */
export const ERRORS_SHOWN = 5;

/** A note in words, not yet escaped for any format. */
export interface ErrorsNote {
  /** `本方案有 2 处错误，据此作出的判断可能不准确：` */
  readonly lead: string;
  /** One line per error shown: `第 12 行：…`. */
  readonly lines: readonly string[];
  /** `……等 20000 处` when not every error is listed. */
  readonly more?: string;
}

/** The note for a plan's errors, or nothing for a clean plan. */
export function errorsNote(
  errors: readonly Diagnostic[] | undefined,
  lang: Lang,
): ErrorsNote | undefined {
  if (!errors || errors.length === 0) return undefined;
  const labels = errorsNoteLabels(lang);
  const shown = errors.slice(0, ERRORS_SHOWN);
  return {
    lead: labels.lead(errors.length),
    lines: shown.map((error) =>
      labels.line(
        error.line,
        error.message,
        error.suggestion !== undefined ? suggestionText(error.suggestion, lang) : undefined,
      ),
    ),
    ...(errors.length > shown.length ? { more: labels.more(errors.length, shown.length) } : {}),
  };
}

/**
 * The `errors` field of a view's JSON: every error, in the shape of
 * `plan check --format json`'s diagnostics, so one parser reads both. Not
 * bounded: JSON is for programs, which count.
 */
export function errorsJson(
  errors: readonly Diagnostic[] | undefined,
): ReturnType<typeof diagnosticJson>[] {
  return (errors ?? []).map(diagnosticJson);
}
