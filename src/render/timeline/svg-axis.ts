/**
 * The SVG timeline's axis: a row of year names where the year changes, a
 * row of unit names (months, weeks or quarters, without the year, which
 * the row above gives) and the grid lines under them. Every unit is named
 * when the names fit inside their units; otherwise every k-th unit on a
 * calendar boundary (every quarter's first month, every year's first
 * quarter …), with the smallest k that fits, as in the terminal.
 */
import type { Lang } from '../../i18n/lang.js';
import { tickLabel } from '../../i18n/timeline-labels.js';
import type { Timeline, TimelineScale } from '../../views/timeline.js';
import { AXIS_SIZE, type SvgGeometry } from './svg-layout.js';
import { textWidth } from './svg-text.js';

const steps: Record<TimelineScale, readonly number[]> = {
  week: [1, 2, 4, 13, 26, 52],
  month: [1, 2, 3, 6, 12],
  quarter: [1, 2, 4],
};

/** Space between a unit's left edge and its name, and after the name. */
const PAD = 3;

export interface SvgAxisLabel {
  readonly x: number;
  readonly text: string;
}

export interface SvgAxis {
  readonly years: readonly SvgAxisLabel[];
  readonly ticks: readonly SvgAxisLabel[];
  /** Unit boundaries inside the chart, and which of them start a year. */
  readonly lines: readonly { readonly x: number; readonly year: boolean }[];
}

export function svgAxis(timeline: Timeline, geometry: SvgGeometry, lang: Lang): SvgAxis {
  const { ticks, scale } = timeline;
  const { x, chartRight } = geometry;
  const lines = ticks.map((tick, i) => ({ x: x(tick.start), year: i > 0 && tick.newYear }));

  const names = ticks.map((tick) => tickLabel(tick, scale, lang, 'short', false));
  const widths = names.map((name) => textWidth(name, AXIS_SIZE));
  const named = (i: number): SvgAxisLabel => ({ x: x(ticks[i]!.start) + PAD, text: names[i]! });
  const ends = (i: number): number => x(ticks[i]!.start) + PAD + widths[i]! + PAD;
  let chosen: SvgAxisLabel[] | undefined;
  for (const step of steps[scale]) {
    const picked = ticks.flatMap((tick, i) => ((tick.index - 1) % step === 0 ? [i] : []));
    // A name must end before the next picked unit starts; the last one is
    // dropped when it would run off the chart, rather than failing the step.
    while (picked.length > 0 && ends(picked.at(-1)!) > chartRight + PAD) picked.pop();
    if (
      picked.every((i, k) => k + 1 >= picked.length || ends(i) <= x(ticks[picked[k + 1]!]!.start))
    ) {
      chosen = picked.map(named);
      break;
    }
  }
  // Last resort: left to right, skipping any name that would touch the one before.
  if (!chosen) {
    chosen = [];
    let free = Number.NEGATIVE_INFINITY;
    ticks.forEach((tick, i) => {
      if (x(tick.start) < free || ends(i) > chartRight + PAD) return;
      chosen!.push(named(i));
      free = ends(i);
    });
  }

  // Year names from the right: when two collide, the later one (the year
  // the chart goes on into) is kept.
  const years: SvgAxisLabel[] = [];
  let limit = chartRight;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const tick = ticks[i]!;
    if (!tick.newYear) continue;
    const text = tickLabel(tick, scale, lang, 'year', true);
    const left = x(tick.start) + PAD;
    if (left + textWidth(text, AXIS_SIZE, true) + PAD > limit) continue;
    years.unshift({ x: left, text });
    limit = left;
  }
  return { years, ticks: chosen, lines };
}
