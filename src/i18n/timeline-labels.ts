/**
 * Words of the timeline view, and the names of its axis ticks, in each
 * language. Tick names are here rather than in the terminal renderer so
 * that every timeline format (terminal, SVG, Mermaid) names weeks, months
 * and quarters alike.
 */
import type { Light } from '../analyze/schedule.js';
import type { RepeatKind } from '../model/types.js';
import type { TimelineScale, TimelineTick } from '../dates/timeline-scale.js';
import { catalogueFor, type Lang } from './lang.js';
import { sharedLabels } from './labels.js';

/**
 * How much a tick name says: `full` first; `short` where room is tight;
 * `year` names only the year where it changes (at a yearly step, every
 * name), and the short name elsewhere.
 */
export const tickStyles = ['full', 'short', 'year'] as const;
export type TickStyle = (typeof tickStyles)[number];

export interface TimelineLabels {
  /** Header of the label column. */
  readonly item: string;
  readonly today: string;
  /** The title line: plan title, scale and the day lateness is judged by. */
  readonly title: (title: string, scale: TimelineScale, asOf: string) => string;
  /** A light without colour: one letter or character, at most two columns. */
  readonly lightMark: Record<Light, string>;
  readonly legend: string;
  readonly legendSeparator: string;
  readonly legendItem: {
    readonly fromPhase: string;
    readonly recurring: string;
    readonly ongoing: string;
    readonly startOnly: string;
    readonly outside: string;
  };
  /** Shown as the only row of a plan with nothing to draw. */
  readonly noItems: string;
  /** Said in the title when the range was cut to a bounded number of units. */
  readonly truncated: string;
  /**
   * After a recurring duty's label where its due days cannot be drawn
   * (Mermaid): how often, and how many fall in the range.
   */
  readonly recurringNote: (kind: RepeatKind, count: number) => string;
  /** A bar's two dates in its tooltip: `2024年3月—2024年6月`. */
  readonly range: (from: string, to: string) => string;
  /**
   * The name of an axis tick in the `full` or `short` style; `showYear` puts
   * the year in (at the first tick and where the year changes).
   */
  readonly tick: (
    tick: Pick<TimelineTick, 'year' | 'index'>,
    scale: TimelineScale,
    style: 'full' | 'short',
    showYear: boolean,
  ) => string;
  /** A tick named by its year alone (the `year` style): `2024年`. */
  readonly yearTick: (year: number) => string;
  /** Words only the Mermaid format needs. */
  readonly mermaid: {
    readonly otherSection: string;
    readonly omitted: (undated: number, outside: number) => string;
    readonly todayOutside: string;
    readonly vertNote: string;
    /** Mermaid's `axisFormat` (d3 time format) at each scale. */
    readonly axisFormat: Record<TimelineScale, string>;
  };
}

export function timelineLabels(lang: Lang): TimelineLabels {
  return catalogueFor(lang).timeline;
}

/**
 * Light names for the legend, from the shared catalogue so every view says
 * the same; the no-light mark stands for done or dropped work (已办结/已取消).
 */
export function lightName(lang: Lang, light: Light): string {
  const shared = sharedLabels(lang);
  return light === 'grey'
    ? `${shared.noLight.done}/${shared.noLight.dropped}`
    : shared.light[light];
}

/**
 * The name of an axis tick. `showYear` puts the year in (at the first tick
 * and where the year changes); the `short` style drops what the reader can
 * infer from the ticks around it.
 */
export function tickLabel(
  tick: Pick<TimelineTick, 'year' | 'index'>,
  scale: TimelineScale,
  lang: Lang,
  style: TickStyle,
  showYear: boolean,
): string {
  if (style === 'year') {
    const words = catalogueFor(lang).timeline;
    return showYear ? words.yearTick(tick.year) : words.tick(tick, scale, 'short', false);
  }
  return catalogueFor(lang).timeline.tick(tick, scale, style, showYear);
}
