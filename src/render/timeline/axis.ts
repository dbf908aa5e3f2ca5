/**
 * The terminal timeline's axis: which ticks get a name, in which style, and
 * the line above it that points at today. Names go on unit starts, every
 * k-th unit on a calendar boundary (every quarter's first month, every
 * year's first quarter), with the smallest k whose names fit without
 * touching; the year is named where it changes. Only when no k fits the
 * full names are the short ones tried.
 */
import { formatDay } from '../../dates/index.js';
import type { Lang } from '../../i18n/lang.js';
import { tickLabel, tickStyles, timelineLabels } from '../../i18n/timeline-labels.js';
import type { Timeline, TimelineScale, TimelineTick } from '../../views/timeline.js';
import { displayWidth, truncateToWidth } from '../formats/text-width.js';
import type { ChartGeometry } from './layout.js';

const steps: Record<TimelineScale, readonly number[]> = {
  week: [1, 2, 4, 13, 26, 52],
  month: [1, 2, 3, 6, 12],
  quarter: [1, 2, 4],
};

export interface AxisLabel {
  readonly column: number;
  readonly text: string;
}

export interface Axis {
  readonly labels: readonly AxisLabel[];
  /** Columns of the ticks marked on the rule under the names. */
  readonly tickColumns: readonly number[];
}

export function layoutAxis(timeline: Timeline, geometry: ChartGeometry, lang: Lang): Axis {
  const { ticks, scale } = timeline;
  const labels = chooseLabels(ticks, scale, geometry, lang);
  const tickColumns =
    geometry.perUnit >= 2 ? ticks.map((_, i) => i * geometry.perUnit) : labels.map((l) => l.column);
  return { labels, tickColumns };
}

function chooseLabels(
  ticks: readonly TimelineTick[],
  scale: TimelineScale,
  geometry: ChartGeometry,
  lang: Lang,
): AxisLabel[] {
  // The richer style at a coarser step beats the short one at a finer step:
  // the short style may drop the year, and a reader needs the year.
  for (const style of tickStyles) {
    for (const step of steps[scale]) {
      const placed = placeEvery(ticks, scale, geometry, lang, step, style);
      if (placed) return placed;
    }
  }
  return placeGreedily(ticks, scale, geometry, lang);
}

function placeEvery(
  ticks: readonly TimelineTick[],
  scale: TimelineScale,
  geometry: ChartGeometry,
  lang: Lang,
  step: number,
  style: (typeof tickStyles)[number],
): AxisLabel[] | undefined {
  const placed: AxisLabel[] = [];
  let year: number | undefined;
  ticks.forEach((tick, i) => {
    if ((tick.index - 1) % step !== 0) return;
    placed.push({
      column: i * geometry.perUnit,
      text: tickLabel(tick, scale, lang, style, tick.year !== year),
    });
    year = tick.year;
  });
  // A name that would run off the right edge is dropped rather than failing
  // the step: a range ending just after a new year should not lose every year.
  while (
    placed.length > 0 &&
    placed.at(-1)!.column + displayWidth(placed.at(-1)!.text) > geometry.columns
  )
    placed.pop();
  if (placed.length === 0) return undefined;
  for (const [i, label] of placed.entries()) {
    const next = placed[i + 1];
    // One blank column between names.
    if (next && label.column + displayWidth(label.text) > next.column - 1) return undefined;
  }
  return placed;
}

/** Last resort: the short names, left to right, skipping any that would touch. */
function placeGreedily(
  ticks: readonly TimelineTick[],
  scale: TimelineScale,
  geometry: ChartGeometry,
  lang: Lang,
): AxisLabel[] {
  const placed: AxisLabel[] = [];
  let free = 0;
  let year: number | undefined;
  ticks.forEach((tick, i) => {
    const column = i * geometry.perUnit;
    if (column < free) return;
    const text = tickLabel(tick, scale, lang, 'short', tick.year !== year);
    if (column + displayWidth(text) > geometry.columns) return;
    placed.push({ column, text });
    year = tick.year;
    free = column + displayWidth(text) + 1;
  });
  return placed;
}

/** The names on one line of `columns` columns. */
export function axisLine(axis: Axis, columns: number): string {
  let line = '';
  let used = 0;
  for (const { column, text } of axis.labels) {
    line += ' '.repeat(Math.max(0, column - used)) + text;
    used = Math.max(used, column) + displayWidth(text);
  }
  return line + ' '.repeat(Math.max(0, columns - used));
}

/**
 * The line that names today above its column: `today 2024-06-30 ▼` where
 * there is room on the left, `▼ today …` on the right, or an arrow at the
 * edge when today is outside the range.
 */
export function todayLine(timeline: Timeline, geometry: ChartGeometry, lang: Lang): string {
  const { columns } = geometry;
  const word = timelineLabels(lang).today;
  const texts = [`${word} ${formatDay(timeline.today, lang)}`, word];
  const padded = (text: string): string => {
    const cut = truncateToWidth(text, columns);
    return cut + ' '.repeat(Math.max(0, columns - displayWidth(cut)));
  };
  if (timeline.today < timeline.from) return padded(`◀ ${texts[0]}`);
  if (timeline.today > timeline.to) {
    const text = truncateToWidth(`${texts[0]} ▶`, columns);
    return ' '.repeat(Math.max(0, columns - displayWidth(text))) + text;
  }
  const at = geometry.columnOf(timeline.today);
  for (const text of texts) {
    const width = displayWidth(text);
    if (at >= width + 1) return padded(`${' '.repeat(at - width - 1)}${text} ▼`);
    if (at + 2 + width <= columns) return padded(`${' '.repeat(at)}▼ ${text}`);
  }
  return padded(`${' '.repeat(at)}▼`);
}
