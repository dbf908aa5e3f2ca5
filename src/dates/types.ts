/**
 * A calendar day, counted in days since 1970-01-01 in the proleptic Gregorian
 * calendar. It is a plain integer, not a moment in time: no time zone or
 * locale can shift it, and day arithmetic is ordinary integer arithmetic.
 */
export type Day = number;

/** How precisely a date was written: `2014` is a year, `2014-07` a month. */
export type Precision = 'year' | 'half' | 'quarter' | 'month' | 'day';

/** A date as written in a plan: a span of days at some precision. */
export interface FixedDate {
  readonly kind: 'fixed';
  readonly precision: Precision;
  /** The first day of the span: what the date means as a start. */
  readonly first: Day;
  /** The last day of the span: what the date means as an end or a due date. */
  readonly last: Day;
  /** The text as the plan wrote it, trimmed. */
  readonly written: string;
}

/** `ongoing` (长期坚持, 持续推进): a duty with no end, never due. */
export interface OngoingDate {
  readonly kind: 'ongoing';
  readonly written: string;
}

export type PlanDate = FixedDate | OngoingDate;

/** Why a written date could not be read. */
export type DateProblem =
  /** Not a date in any form the format accepts (`2014/07/16`, `明年`). */
  | { readonly kind: 'unreadable'; readonly suggestion?: string }
  /** The form is right but the day does not exist (`2023-02-30`, `2023-13`). */
  | { readonly kind: 'nonexistent' }
  /** A template leftover such as `20xx` or `20XX年12月`. */
  | { readonly kind: 'placeholder' };

export type DateParseResult =
  | { readonly ok: true; readonly date: PlanDate }
  | { readonly ok: false; readonly problem: DateProblem };

/** Output languages; dates print differently in each. */
export type DateLocale = 'zh-CN' | 'zh-TW' | 'en';
