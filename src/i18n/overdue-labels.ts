/**
 * Words of the overdue list (`plan overdue`, and the most urgent items of
 * `plan report`) in each language. Shared words (statuses, lights, kinds,
 * reasons) come from `labels.ts`; these are the list's own.
 */
import { catalogueFor, type Lang } from './lang.js';

export interface OverdueLabels {
  /** The list's heading: 逾期与预警事项. */
  readonly heading: string;
  /** The heading with the plan's title, for a document that stands alone. */
  readonly headingFor: (title: string) => string;
  /** `as of 2024-06-30`, given the day already in words. */
  readonly asOf: (date: string) => string;
  /** The counts line under the table; blue and done late are named only when there are any. */
  readonly counts: (counts: OverdueCountsIn) => string;
  /** The date and the counts in one sentence, under a document's heading. */
  readonly summary: (date: string, counts: OverdueCountsIn) => string;
  /** What an empty list says. */
  readonly nothing: (date: string) => string;
  readonly column: {
    readonly light: string;
    readonly kind: string;
    readonly no: string;
    readonly title: string;
    readonly lead: string;
    readonly due: string;
    readonly daysOverdue: string;
    readonly daysLeft: string;
    readonly daysLateToStart: string;
    readonly daysDoneLate: string;
    readonly reasons: string;
  };
  /** The day columns' headers where room is short (the terminal); the figures are days. */
  readonly dayColumnShort: {
    readonly daysOverdue: string;
    readonly daysLeft: string;
    readonly daysLateToStart: string;
    readonly daysDoneLate: string;
  };
  /** The reason no shared label covers. */
  readonly targetAtRisk: string;
  /** One reason with its figures, for the reasons column. */
  readonly explain: {
    readonly overdue: (days: number) => string;
    readonly dueSoon: (daysLeft: number) => string;
    /**
     * A duty's missed occurrences: `periods` names them all, or when there
     * are more than a cell can hold, the latest few of `count`.
     */
    readonly missed: (periods: readonly string[], count: number, all: boolean) => string;
    readonly lateToStart: (days: number) => string;
    readonly behind: (
      points: number,
      progress?: number,
      expected?: number,
      fromSubTasks?: boolean,
      relative?: number,
    ) => string;
    readonly blocked: (note?: string) => string;
    readonly doneLate: (days: number) => string;
    readonly targetAtRisk: (target: string, actual?: string) => string;
  };
  /** Joins the reasons of one item. */
  readonly reasonSeparator: string;
  /** A column's heading before its value, where a narrow terminal lists items instead of a table. */
  readonly field: (heading: string, value: string) => string;
  /** Between two such fields on one line. */
  readonly fieldSeparator: string;
}

export interface OverdueCountsIn {
  readonly total: number;
  readonly red: number;
  readonly yellow: number;
  readonly blue?: number;
  readonly doneLate?: number;
}

export function overdueLabels(lang: Lang): OverdueLabels {
  return catalogueFor(lang).overdue;
}
