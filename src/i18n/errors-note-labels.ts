/**
 * Words of the note a view puts at the top of its output when the plan it
 * renders has errors: how many there are, that judgements resting on them
 * may be wrong, where the first few are, and how many more.
 */
import { catalogueFor, type Lang } from './lang.js';

export interface ErrorsNoteLabels {
  /** `本方案有 2 处错误，据此作出的判断可能不准确：` */
  readonly lead: (count: number) => string;
  /** `第 12 行：结束时间 2014-06 早于开始时间 2016-04`, and the suggestion in parentheses. */
  readonly line: (line: number, message: string, suggestion?: string) => string;
  /** After the first few: `……等 20000 处` (all of them) / `… and 19995 more`. */
  readonly more: (total: number, shown: number) => string;
}

export function errorsNoteLabels(lang: Lang): ErrorsNoteLabels {
  return catalogueFor(lang).errorsNote;
}
