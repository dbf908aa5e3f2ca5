/**
 * Geometry of the terminal timeline: how wide the label column is, how many
 * columns each unit of the scale gets, and which column a day falls in.
 * Kept apart from the renderer so that scale selection (which happens while
 * the view model is built) and drawing measure exactly the same way.
 *
 * A line is `label │ light │ chart`: the label column, a space, the light
 * (two columns), a space, the rule, then the chart. Each unit of the scale
 * gets the same whole number of columns, so tick labels sit on unit starts
 * and every line has the same width.
 */
import type { Lang } from '../../i18n/lang.js';
import { timelineLabels } from '../../i18n/timeline-labels.js';
import type { Day } from '../../dates/types.js';
import {
  type RowLabel,
  type ScaleFit,
  type Timeline,
  type TimelineScale,
  tickIndexOf,
} from '../../views/timeline.js';
import { terminalLine } from '../sanitize.js';
import { displayWidth } from '../formats/text-width.js';
import { wrapToWidth } from '../formats/wrap-text.js';

/** Columns between the label column and the chart: space, light (2), space, rule. */
export const GUTTER = 5;
export const LIGHT_WIDTH = 2;
/** Columns per level of nesting. */
export const INDENT = 2;

/** A scale fits when each unit can have this many columns. */
export const MIN_COLUMNS_PER_UNIT: Record<TimelineScale, number> = {
  week: 2,
  month: 2,
  quarter: 2,
};

/**
 * At most one column per day of the shortest unit: finer would draw a
 * one-day task wider than its day.
 */
const MAX_COLUMNS_PER_UNIT: Record<TimelineScale, number> = { week: 7, month: 28, quarter: 90 };

/** The label of a row as the terminal shows it, without its indentation. */
export function rowLabelText(row: RowLabel): string {
  const { mark, text } = rowLabelParts(row);
  return mark + text;
}

/**
 * A row's label in two parts: the mark that leads it (`■ 1 `, `· `, `◆ `,
 * a task's number and a space) and the text after it, so that a wrapped
 * label can hang its further lines under the text.
 */
export function rowLabelParts(row: RowLabel): { mark: string; text: string } {
  const text = terminalLine(row.label);
  const number = terminalLine(row.number);
  switch (row.kind) {
    case 'phase':
      return { mark: `■ ${number} `, text };
    case 'step':
      return { mark: '· ', text };
    case 'milestone':
      return { mark: '◆ ', text };
    case 'task':
      return { mark: number ? `${number} ` : '', text };
  }
}

/** Indentation in columns, capped so deep nesting leaves room for the text. */
export function indentWidth(depth: number, labelWidth: number): number {
  return Math.min(depth * INDENT, Math.floor(labelWidth / 3));
}

interface MeasuredLabels {
  readonly texts: readonly string[];
  /** The display width of each text, without indentation. */
  readonly widths: readonly number[];
  /** The widest label with its indentation, whole. */
  readonly widest: number;
}

// Scale selection and drawing both measure the same rows (`buildTimeline`
// hands the renderer the very array `fits` saw); measuring 10,000 labels
// once instead of four times is worth a cache.
const measured = new WeakMap<readonly RowLabel[], MeasuredLabels>();

/** The label text of every row, sanitised, its width, and the widest with its indentation. */
export function measureLabels(rows: readonly RowLabel[]): MeasuredLabels {
  const known = measured.get(rows);
  if (known) return known;
  const texts = rows.map(rowLabelText);
  const widths = texts.map(displayWidth);
  let widest = 0;
  widths.forEach((w, i) => {
    widest = Math.max(widest, rows[i]!.depth * INDENT + w);
  });
  const result = { texts, widths, widest };
  measured.set(rows, result);
  return result;
}

/**
 * As wide as the longest label, within 40% of the line: longer titles wrap
 * onto further lines (`labelLines`), the chart keeps the rest.
 */
export function labelColumnWidth(rows: readonly RowLabel[], width: number, lang: Lang): number {
  const labels = timelineLabels(lang);
  const limit = Math.max(12, Math.floor(width * 0.4));
  const natural = Math.max(
    displayWidth(labels.item),
    rows.length === 0 ? displayWidth(labels.noItems) : measureLabels(rows).widest,
  );
  return Math.min(natural, limit);
}

/** Columns left for the chart. */
export function chartRoom(labelWidth: number, width: number): number {
  return Math.max(1, width - labelWidth - GUTTER);
}

/** The `fits` test for `buildTimeline`: the units fit the chart at their minimum width. */
export function termFits(width: number, lang: Lang): ScaleFit {
  let cached: { rows: readonly RowLabel[]; room: number } | undefined;
  return (scale, units, rows) => {
    if (cached?.rows !== rows) {
      cached = { rows, room: chartRoom(labelColumnWidth(rows, width, lang), width) };
    }
    return units * MIN_COLUMNS_PER_UNIT[scale] <= cached.room;
  };
}

export interface ChartGeometry {
  /** Columns per unit of the scale. */
  readonly perUnit: number;
  /** Chart width in columns. */
  readonly columns: number;
  /** The column a day falls in; days outside the range clamp to the edges. */
  readonly columnOf: (day: Day) => number;
  /** The last column a bar ending on `day` covers. */
  readonly lastColumnOf: (day: Day) => number;
}

/**
 * Each unit gets `perUnit` columns and splits them over its days, so that
 * a 31-day month and a 28-day one are equally wide. When even one column
 * per unit does not fit, the chart is wider than asked: cutting the range
 * would hide items without saying so.
 */
export function chartGeometry(timeline: Timeline, room: number): ChartGeometry {
  const { ticks, from, to, scale } = timeline;
  const units = Math.max(1, ticks.length);
  const perUnit = Math.max(1, Math.min(MAX_COLUMNS_PER_UNIT[scale], Math.floor(room / units)));
  const columns = units * perUnit;
  const columnOf = (day: Day): number => {
    if (day <= from) return 0;
    if (day >= to) return columns - 1;
    const index = tickIndexOf(ticks, day);
    const tick = ticks[index]!;
    const length = tick.end - tick.start + 1;
    return index * perUnit + Math.floor(((day - tick.start) * perUnit) / length);
  };
  const lastColumnOf = (day: Day): number =>
    day >= to ? columns - 1 : Math.max(columnOf(day), columnOf(day + 1) - 1);
  return { perUnit, columns, columnOf, lastColumnOf };
}

/**
 * A row's label in lines of at most `room` columns, nothing cut: a title is
 * what the officer reads. Further lines hang under the text after the mark
 * (the task's number), unless the mark is so wide that the text would be
 * squeezed, when they start at the mark's column like the first.
 */
export function labelLines(row: RowLabel, whole: string, width: number, room: number): string[] {
  if (width <= room) return [whole];
  const { mark, text } = rowLabelParts(row);
  const hang = displayWidth(mark);
  if (hang === 0 || hang * 3 > room) return wrapToWidth(whole, room);
  const lines = wrapToWidth(text, room - hang);
  const indent = ' '.repeat(hang);
  return lines.map((line, i) => (i === 0 ? mark : indent) + line);
}
