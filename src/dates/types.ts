/**
 * A calendar day, counted in days since 1970-01-01 in the proleptic Gregorian
 * calendar. It is a plain integer, not a moment in time: no time zone or
 * locale can shift it, and day arithmetic is ordinary integer arithmetic.
 */
export type Day = number;

/**
 * How precisely a date was written: `2014` is a year, `2014-07` a month.
 * A dekad (旬) is a third of a month: 上旬 the 1st–10th, 中旬 the 11th–20th,
 * 下旬 the 21st to the month's end.
 */
export type Precision = 'year' | 'half' | 'quarter' | 'month' | 'dekad' | 'day';

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
  | {
      readonly kind: 'unreadable';
      readonly suggestion?: string;
      /** The suggestion only respells the same date (`2023.6.30` → `2023-06-30`): `plan fix` applies it. */
      readonly respelling?: true;
    }
  /** The form is right but the day does not exist (`2023-02-30`, `2023-13`). */
  | { readonly kind: 'nonexistent' }
  /** A template leftover such as `20xx` or `20XX年12月`. */
  | { readonly kind: 'placeholder' }
  /** A form without a year (`6月底`) where the plan gives no one year to read it in. */
  | YearlessProblem;

/**
 * Why a date without a year could not be given one: the plan has no period
 * with both ends readable, its period spans several years, or the date is
 * one end of the period itself (which is what gives the year).
 */
export type YearlessReason = 'no-period' | 'period-spans-years' | 'in-period';

export interface YearlessProblem {
  readonly kind: 'yearless';
  readonly reason: YearlessReason;
  /** The date with its year written, when exactly one year puts it inside the period. */
  readonly suggestion?: string;
  /** The date with a year written, as an example of the full form, when no suggestion is certain. */
  readonly example?: string;
}

/**
 * What the plan says about the year of a date written without one (`6月底`,
 * `上半年`). Worked out once per plan from its `period` and passed in: the
 * reading of a date never depends on anything global.
 */
export type YearContext =
  /** The period lies within this one calendar year. */
  | { readonly kind: 'year'; readonly year: number }
  /** The period runs over several years, from `first` to `last`. */
  | { readonly kind: 'span'; readonly first: Day; readonly last: Day }
  /** No year to give; `exampleYear` only shapes the example in the message. */
  | {
      readonly kind: 'none';
      readonly reason: 'no-period' | 'in-period';
      readonly exampleYear?: number;
    };

export type DateParseResult =
  | { readonly ok: true; readonly date: PlanDate }
  | { readonly ok: false; readonly problem: DateProblem };

/** Output languages; dates print differently in each. */
export type DateLocale = 'zh-CN' | 'zh-TW' | 'en';
