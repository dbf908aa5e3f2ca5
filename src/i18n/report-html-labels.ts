/**
 * Words of the printable report page (`plan report --format html`) beyond
 * those the other report formats share (`report-labels.ts`): the header's
 * field names, the sections only the page has, and the legend that lets a
 * black-and-white print tell the lights apart.
 */
import { catalogueFor, type Lang } from './lang.js';

/** What an item of the overdue list is, as the note under the urgent list counts it. */
export type UrgentKind = 'leaf' | 'parent' | 'phase' | 'milestone' | 'target';

/** One light of the overdue list: its word (红灯), how many, and of which kinds. */
export interface UrgentLightCount {
  readonly light: string;
  readonly count: number;
  readonly kinds: readonly { readonly kind: UrgentKind; readonly count: number }[];
}

/** A light of the summary's cards: its word and how many leaf tasks carry it. */
export interface SummaryLightCount {
  readonly light: string;
  readonly count: number;
}

export interface ReportHtmlLabels {
  /** The line above the plan's title: what kind of document this is. */
  readonly kicker: string;
  /** The browser tab and the PDF's title. */
  readonly documentTitle: (title: string, asOf: string) => string;
  readonly meta: {
    readonly issuer: string;
    readonly documentNo: string;
    readonly issued: string;
    readonly period: string;
    readonly asOf: string;
  };
  /** A period's two ends, already in words. */
  readonly period: (start: string, end: string) => string;
  readonly section: {
    readonly summary: string;
    readonly timeline: string;
    readonly tasks: string;
  };
  /** Captions of the groups of summary cards. */
  readonly cards: {
    readonly status: string;
    readonly lights: string;
    readonly targets: string;
  };
  /**
   * Under the urgent list: its lights by kind of item, and the summary's,
   * which count leaf tasks only, so that a reader sees why 红灯 3 here is
   * 红灯 2 there.
   */
  readonly urgentNote: (
    total: number,
    lights: readonly UrgentLightCount[],
    doneLate: number,
    summary: readonly SummaryLightCount[],
  ) => string;
}

export function reportHtmlLabels(lang: Lang): ReportHtmlLabels {
  return catalogueFor(lang).reportHtml;
}
