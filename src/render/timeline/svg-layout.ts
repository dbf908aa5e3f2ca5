/**
 * Geometry of the SVG timeline, in px: the label column, the chart, where a
 * day is, and the bands above the rows. Kept apart from the drawing so that
 * choosing the scale (while the view model is built) and drawing measure
 * the same way, and so that tests can check the numbers.
 *
 * Unlike the terminal, where every unit gets a whole number of columns, the
 * SVG gives every day the same width: a day's x is
 * `chartLeft + (day - from) * pxPerDay`, so today's line and a bar's ends
 * sit exactly on their days, and a 31-day month is a little wider than
 * February, as on a wall calendar.
 */
import type { Day } from '../../dates/types.js';
import type { Lang } from '../../i18n/lang.js';
import { timelineLabels } from '../../i18n/timeline-labels.js';
import type { RowLabel, ScaleFit, Timeline } from '../../views/timeline.js';
import { rowLabelText } from './layout.js';
import { textWidth } from './svg-text.js';

export const DEFAULT_SVG_WIDTH = 1200;
/** Narrower than this leaves no room for a chart next to the labels. */
export const MIN_SVG_WIDTH = 480;
/** A scale fits when each of its units gets at least this many px. */
export const MIN_UNIT_PX = 24;

export const MARGIN = 16;
export const FONT_SIZE = 12;
export const TITLE_SIZE = 16;
export const AXIS_SIZE = 11;
export const ROW_HEIGHT = 22;
/** Indentation per level of nesting. */
export const INDENT_PX = 14;
/** Between the longest label and the chart. */
export const LABEL_GAP = 12;
/** The label column never takes more than this share of the width. */
const LABEL_SHARE = 0.4;
const MIN_LABEL_COLUMN = 120;

/** Heights of the bands from the top: title, today's label, years, ticks. */
export const TITLE_BAND = 34;
export const TODAY_BAND = 18;
export const YEAR_BAND = 16;
export const TICK_BAND = 18;
export const LEGEND_LINE = 20;

export interface MeasuredRows {
  /** Each row's label as shown (sanitised, with its kind's mark), uncut. */
  readonly texts: readonly string[];
  /** Each label's estimated width in px, without indentation. */
  readonly widths: readonly number[];
  /** The widest label with its indentation, in px. */
  readonly widest: number;
}

const measured = new WeakMap<readonly RowLabel[], MeasuredRows>();

/** Measures the labels once per rows array: scale selection and drawing both ask. */
export function measureRows(rows: readonly RowLabel[]): MeasuredRows {
  const known = measured.get(rows);
  if (known) return known;
  const texts = rows.map(rowLabelText);
  const widths = texts.map((text, i) => textWidth(text, FONT_SIZE, rows[i]!.kind === 'phase'));
  let widest = 0;
  widths.forEach((width, i) => {
    widest = Math.max(widest, rows[i]!.depth * INDENT_PX + width);
  });
  const result = { texts, widths, widest };
  measured.set(rows, result);
  return result;
}

/** The width actually used: what was asked for, but never below the minimum. */
export function svgWidth(width: number | undefined): number {
  return Math.max(MIN_SVG_WIDTH, Math.round(width ?? DEFAULT_SVG_WIDTH));
}

/** As wide as the widest label, within a share of the picture; longer labels are cut. */
export function labelColumnWidth(rows: readonly RowLabel[], width: number, lang: Lang): number {
  const labels = timelineLabels(lang);
  const header = textWidth(rows.length === 0 ? labels.noItems : labels.item, FONT_SIZE, true);
  const natural = Math.max(header, measureRows(rows).widest);
  const limit = Math.floor(width * LABEL_SHARE);
  return Math.ceil(Math.min(limit, Math.max(MIN_LABEL_COLUMN, natural)));
}

/** Where the chart starts and how wide it is. */
export function chartBox(
  rows: readonly RowLabel[],
  width: number,
  lang: Lang,
): { labelWidth: number; chartLeft: number; chartRight: number } {
  const labelWidth = labelColumnWidth(rows, width, lang);
  const chartLeft = MARGIN + labelWidth + LABEL_GAP;
  return { labelWidth, chartLeft, chartRight: width - MARGIN };
}

/** The `fits` test for `buildTimeline`: every unit gets `MIN_UNIT_PX` px. */
export function svgFits(width: number | undefined, lang: Lang): ScaleFit {
  const total = svgWidth(width);
  let cached: { rows: readonly RowLabel[]; room: number } | undefined;
  return (_scale, count, rows) => {
    if (cached?.rows !== rows) {
      const box = chartBox(rows, total, lang);
      cached = { rows, room: box.chartRight - box.chartLeft };
    }
    return count * MIN_UNIT_PX <= cached.room;
  };
}

export interface SvgGeometry {
  readonly width: number;
  readonly height: number;
  /** Left edge of the label column and its width. */
  readonly labelLeft: number;
  readonly labelWidth: number;
  readonly chartLeft: number;
  readonly chartRight: number;
  readonly pxPerDay: number;
  /** Baselines of the title, today's label, the year names and the tick names. */
  readonly titleY: number;
  readonly todayY: number;
  readonly yearY: number;
  readonly tickY: number;
  /** Top of the axis bands (where grid lines start) and of the first row. */
  readonly axisTop: number;
  readonly rowsTop: number;
  readonly rowsBottom: number;
  readonly legendTop: number;
  /** The x of the start of `day` (its left edge); not clamped. */
  readonly x: (day: Day) => number;
}

/** The geometry for `rowCount` rows (at least one: an empty plan says so in a row). */
export function svgGeometry(
  timeline: Timeline,
  width: number,
  lang: Lang,
  legendLines: number,
): SvgGeometry {
  const { labelWidth, chartLeft, chartRight } = chartBox(timeline.rows, width, lang);
  const days = timeline.to - timeline.from + 1;
  const pxPerDay = (chartRight - chartLeft) / days;
  const titleY = MARGIN + TITLE_SIZE;
  const axisTop = MARGIN + TITLE_BAND;
  const todayY = axisTop + TODAY_BAND - 5;
  const yearY = axisTop + TODAY_BAND + YEAR_BAND - 4;
  const tickY = axisTop + TODAY_BAND + YEAR_BAND + TICK_BAND - 5;
  const rowsTop = axisTop + TODAY_BAND + YEAR_BAND + TICK_BAND;
  const rowsBottom = rowsTop + Math.max(1, timeline.rows.length) * ROW_HEIGHT;
  const legendTop = rowsBottom + 14;
  const height = Math.ceil(legendTop + legendLines * LEGEND_LINE + MARGIN - 4);
  const from = timeline.from;
  return {
    width,
    height,
    labelLeft: MARGIN,
    labelWidth,
    chartLeft,
    chartRight,
    pxPerDay,
    titleY,
    todayY,
    yearY,
    tickY,
    axisTop,
    rowsTop,
    rowsBottom,
    legendTop,
    x: (day) => chartLeft + (day - from) * pxPerDay,
  };
}

/** A coordinate as written in the file: at most two decimals, no `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
