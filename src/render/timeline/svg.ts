/**
 * The timeline as an SVG Gantt chart, for printing and for reports: a label
 * column (number and title, indented by depth, phases bold on a band), a
 * time axis with the year named where it changes, light grid lines, bars
 * coloured by light, today as a dashed line, and a legend, all in the
 * output language.
 *
 * What the bars say, so the picture reads the same as the terminal:
 * - phase: a tall outlined bar; step: a thin blue bar; task: a solid bar;
 *   the light's colour, grey when done or dropped;
 * - the part of a task's bar that comes from its phase (the task gives no
 *   start) is hatched: the plan never said the task starts there;
 * - ongoing (长期坚持): the bar runs to the right edge and ends in an arrow;
 * - recurring duties: a thin bar with a tick on each due day;
 * - milestone: a diamond on its due day; a task with only a start: ▸;
 * - outside the range: an arrow at the edge it lies beyond.
 *
 * The file stands alone: no scripts, no links, no web fonts, nothing that
 * reaches the network; a font stack that finds a CJK font on Windows, macOS
 * and Linux. Plan text is escaped for XML (and control characters made
 * visible), so any title gives a well-formed file. Labels are cut with `…`
 * to the label column by an estimate of their width (`svg-text.ts`) and keep
 * their full text in a `<title>`, which a viewer shows on hover. Output is
 * deterministic: ids come from row keys, numbers are rounded to 0.01 px.
 */
import type { Light } from '../../analyze/schedule.js';
import { formatDay, formatPlanDate } from '../../dates/index.js';
import type { Day } from '../../dates/types.js';
import { catalogueFor, type Lang } from '../../i18n/lang.js';
import { lightWord, sharedLabels } from '../../i18n/labels.js';
import { lightName, timelineLabels } from '../../i18n/timeline-labels.js';
import { legendLights, type Timeline, type TimelineRow } from '../../views/timeline.js';
import { dataLine } from '../sanitize.js';
import { escapeXml } from '../xml.js';
import { svgAxis } from './svg-axis.js';
import { rowIds } from './svg-ids.js';
import {
  AXIS_SIZE,
  FONT_SIZE,
  INDENT_PX,
  LEGEND_LINE,
  MARGIN,
  measureRows,
  num,
  ROW_HEIGHT,
  type SvgGeometry,
  svgGeometry,
  svgWidth,
  TITLE_SIZE,
} from './svg-layout.js';
import { textWidth, truncateToPx } from './svg-text.js';

export interface TimelineSvgOptions {
  readonly lang: Lang;
  /** Width of the picture in px (default 1200); the height follows from the rows. */
  readonly width?: number;
  /**
   * true (the default): a complete SVG file with an XML declaration;
   * false: an `<svg>` element to put inside an HTML page.
   */
  readonly standalone?: boolean;
}

export const lightColor: Readonly<Record<Light, string>> = {
  red: '#d93025',
  yellow: '#f2a600',
  blue: '#1a73e8',
  green: '#1e8e3e',
  grey: '#9aa0a6',
};
export const STEP_COLOR = '#5f8dd3';
export const TODAY_COLOR = '#a142f4';
const KIND_COLOR = '#80868b';
const TEXT_COLOR = '#202124';
const MUTED_COLOR = '#5f6368';
const GRID_COLOR = '#e3e5e8';
const YEAR_GRID_COLOR = '#a8adb3';
const PHASE_BAND = '#eceff3';
const ZEBRA = '#f8f9fa';
const ARROW = 8;

// Printing: the picture shrinks to the page width instead of being cut, and
// the colours of bars and bands are printed, not dropped as backgrounds.
// Every rule is scoped to the timeline's own class, so inlined in an HTML
// page it styles nothing else.
const style = [
  '<style>',
  'svg.plan-timeline{-webkit-print-color-adjust:exact;print-color-adjust:exact}',
  '@media print{svg.plan-timeline{max-width:100%;height:auto}}',
  '</style>',
].join('');

export function renderTimelineSvg(timeline: Timeline, options: TimelineSvgOptions): string {
  const { lang } = options;
  const width = svgWidth(options.width);
  const labels = timelineLabels(lang);
  const legend = layoutLegend(lang, width, legendLights(timeline));
  const g = svgGeometry(timeline, width, lang, legend.lines);
  const out: string[] = [];

  const titleText = labels.title(
    dataLine(timeline.title),
    timeline.scale,
    formatDay(timeline.today, lang),
  );
  const fullTitle = timeline.truncated ? `${titleText} — ${labels.truncated}` : titleText;

  if (options.standalone !== false) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="plan-timeline" width="${width}" height="${g.height}" viewBox="0 0 ${width} ${g.height}" font-family="${escapeXml(catalogueFor(lang).fonts.svg)}" font-size="${FONT_SIZE}" fill="${TEXT_COLOR}" role="img">`,
    `<title>${escapeXml(fullTitle)}</title>`,
    style,
    defs(g),
    `<rect width="${width}" height="${g.height}" fill="#fff"/>`,
  );
  const title = truncateToPx(fullTitle, width - 2 * MARGIN, TITLE_SIZE, true);
  out.push(
    `<text class="tl-title" x="${MARGIN}" y="${g.titleY}" font-size="${TITLE_SIZE}" font-weight="bold">${titleTag(title, fullTitle)}${escapeXml(title.text)}</text>`,
  );

  // Parts are joined rather than spread into push(): a 30,000-row part
  // spread into arguments overflows the stack.
  const parts = [
    out,
    axis(timeline, g, lang),
    rows(timeline, g, lang),
    today(timeline, g, lang),
    drawLegend(legend, g),
    ['</svg>'],
  ];
  return `${parts
    .filter((part) => part.length > 0)
    .map((part) => part.join('\n'))
    .join('\n')}\n`;
}

function titleTag(cut: { cut: boolean }, full: string): string {
  return cut.cut ? `<title>${escapeXml(full)}</title>` : '';
}

/** Hatching for the part of a bar taken from the phase, one per light; the row stripes. */
function defs(g: SvgGeometry): string {
  const hatches = (Object.keys(lightColor) as Light[]).map(
    (light) =>
      `<pattern id="tl-hatch-${light}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${lightColor[light]}" fill-opacity="0.18"/><rect width="2.5" height="6" fill="${lightColor[light]}"/></pattern>`,
  );
  // One rectangle filled with this draws every other row's stripe: a
  // 10,000-row chart does not need 5,000 more elements for it.
  const zebra = `<pattern id="tl-zebra" width="8" height="${2 * ROW_HEIGHT}" patternUnits="userSpaceOnUse" y="${g.rowsTop}"><rect y="${ROW_HEIGHT}" width="8" height="${ROW_HEIGHT}" fill="${ZEBRA}"/></pattern>`;
  return `<defs>${hatches.join('')}${zebra}</defs>`;
}

function axis(timeline: Timeline, g: SvgGeometry, lang: Lang): string[] {
  const out: string[] = ['<g class="tl-axis">'];
  const { years, ticks, lines } = svgAxis(timeline, g, lang);
  const top = g.axisTop + 18;
  out.push(
    `<rect class="tl-stripes" x="${MARGIN / 2}" y="${g.rowsTop}" width="${num(g.width - MARGIN)}" height="${g.rowsBottom - g.rowsTop}" fill="url(#tl-zebra)"/>`,
  );
  const path = (xs: number[]): string =>
    xs.map((x) => `M${num(x)} ${top}V${g.rowsBottom}`).join('');
  const unitLines = lines.filter((l) => !l.year).map((l) => l.x);
  const yearLines = lines.filter((l) => l.year).map((l) => l.x);
  unitLines.push(g.chartRight);
  out.push(
    `<path class="tl-grid" d="${path(unitLines)}" stroke="${GRID_COLOR}" stroke-width="1"/>`,
  );
  if (yearLines.length > 0) {
    out.push(
      `<path class="tl-grid-year" d="${path(yearLines)}" stroke="${YEAR_GRID_COLOR}" stroke-width="1"/>`,
    );
  }
  for (const label of years) {
    out.push(
      `<text class="tl-year" x="${num(label.x)}" y="${g.yearY}" font-size="${AXIS_SIZE}" font-weight="bold">${escapeXml(label.text)}</text>`,
    );
  }
  for (const label of ticks) {
    out.push(
      `<text class="tl-tick" x="${num(label.x)}" y="${g.tickY}" font-size="${AXIS_SIZE}" fill="${MUTED_COLOR}">${escapeXml(label.text)}</text>`,
    );
  }
  const header = timelineLabels(lang).item;
  out.push(
    `<text class="tl-header" x="${MARGIN}" y="${g.tickY}" font-weight="bold">${escapeXml(header)}</text>`,
    `<path class="tl-rule" d="M${MARGIN / 2} ${g.rowsTop}H${num(g.width - MARGIN / 2)}" stroke="${YEAR_GRID_COLOR}"/>`,
    `<path class="tl-chart-edge" d="M${num(g.chartLeft)} ${top}V${g.rowsBottom}" stroke="${YEAR_GRID_COLOR}"/>`,
    '</g>',
  );
  return out;
}

function rows(timeline: Timeline, g: SvgGeometry, lang: Lang): string[] {
  const out: string[] = ['<g class="tl-rows">'];
  if (timeline.rows.length === 0) {
    out.push(
      `<text class="tl-empty" x="${MARGIN}" y="${g.rowsTop + ROW_HEIGHT / 2 + 4}" fill="${MUTED_COLOR}">${escapeXml(timelineLabels(lang).noItems)}</text>`,
    );
  }
  const { texts, widths } = measureRows(timeline.rows);
  const ids = rowIds(timeline.rows.map((row) => row.key));
  const shared = sharedLabels(lang);
  timeline.rows.forEach((row, i) => {
    const top = g.rowsTop + i * ROW_HEIGHT;
    const phase = row.kind === 'phase';
    const indent = Math.min(row.depth * INDENT_PX, Math.floor(g.labelWidth / 3));
    const full = texts[i]!;
    const room = g.labelWidth - indent;
    const label = widths[i]! <= room ? { text: full } : truncateToPx(full, room, FONT_SIZE, phase);
    const attrs = row.light ? ` data-light="${row.light}"` : '';
    out.push(`<g class="tl-row tl-${row.kind}" id="tl-${ids[i]}" data-kind="${row.kind}"${attrs}>`);
    if (phase) {
      out.push(
        `<rect x="${MARGIN / 2}" y="${top}" width="${num(g.width - MARGIN)}" height="${ROW_HEIGHT}" fill="${PHASE_BAND}"/>`,
      );
    }
    out.push(
      `<text class="tl-label" x="${MARGIN + indent}" y="${top + ROW_HEIGHT / 2 + 4}"${phase ? ' font-weight="bold"' : ''}><title>${escapeXml(full)}</title>${escapeXml(label.text)}</text>`,
    );
    const bar = drawBar(row, top + ROW_HEIGHT / 2, timeline, g);
    if (bar.length > 0) {
      out.push(`<g class="tl-bar"><title>${escapeXml(tooltip(row, full, lang, shared))}</title>`);
      for (const line of bar) out.push(line);
      out.push('</g>');
    }
    out.push('</g>');
  });
  out.push('</g>');
  return out;
}

/** What hovering a bar shows: the label, the dates as written, status, light and why. */
function tooltip(
  row: TimelineRow,
  label: string,
  lang: Lang,
  shared: ReturnType<typeof sharedLabels>,
): string {
  const [from, to] = [row.startDate, row.endDate].map((date) => date && formatPlanDate(date, lang));
  const dates =
    from !== undefined && to !== undefined
      ? timelineLabels(lang).range(from, to)
      : (from ?? to ?? '');
  const state = [
    row.status !== undefined ? shared.status[row.status] : undefined,
    row.state !== undefined
      ? lightWord(lang, row.state, row.status)
      : row.light !== undefined
        ? lightName(lang, row.light)
        : undefined,
    ...(row.state?.reasons ?? []).map((reason) => shared.reason[reason]),
  ].filter((part) => part !== undefined);
  return [label, dates, state.join(shared.listSeparator)].filter((line) => line !== '').join('\n');
}

function colorOf(row: TimelineRow): string {
  if (row.kind === 'step' || row.light === undefined) return STEP_COLOR;
  return lightColor[row.light];
}

function hatchOf(row: TimelineRow): string {
  return `url(#tl-hatch-${row.light ?? 'grey'})`;
}

/** The shapes of one row's bar, centred on `y`; none for an undated row. */
function drawBar(row: TimelineRow, y: number, timeline: Timeline, g: SvgGeometry): string[] {
  const color = colorOf(row);
  const { x, chartLeft, chartRight } = g;
  if (row.placement === 'before') return [edgeArrow(chartLeft, y, -1, color)];
  if (row.placement === 'after') return [edgeArrow(chartRight, y, 1, color)];
  const out: string[] = [];
  const height = barHeight(row);
  const rect = (x0: number, x1: number, fill: string): void => {
    const w = Math.max(2, x1 - x0);
    const left = Math.min(x0, chartRight - w);
    out.push(
      `<rect x="${num(left)}" y="${num(y - height / 2)}" width="${num(w)}" height="${height}"${barPaint(row, fill, color)}/>`,
    );
  };
  const clampDay = (day: Day): Day => Math.min(timeline.to, Math.max(timeline.from, day));
  const { extent } = row;
  switch (extent.kind) {
    case 'span': {
      const x0 = x(clampDay(extent.start));
      const x1 = x(clampDay(extent.end) + 1);
      if (extent.startFrom === 'phase' && extent.ownFrom > extent.start) {
        const own = Math.max(x0, Math.min(x1, x(clampDay(extent.ownFrom))));
        if (own > x0) rect(x0, own, hatchOf(row));
        if (x1 > own) rect(own, x1, color);
      } else rect(x0, x1, color);
      break;
    }
    case 'open': {
      const x0 = extent.start !== undefined ? x(clampDay(extent.start)) : chartLeft;
      const end = chartRight - ARROW;
      if (end > x0) rect(x0, end, extent.startFrom === 'own' ? color : hatchOf(row));
      out.push(
        `<path class="tl-ongoing" d="M${num(end)} ${num(y - height / 2 - 3)}L${num(chartRight)} ${num(y)}L${num(end)} ${num(y + height / 2 + 3)}Z" fill="${color}"/>`,
      );
      break;
    }
    case 'point': {
      const cx = x(extent.day) + g.pxPerDay / 2;
      out.push(
        row.kind === 'milestone' ? diamond(cx, y, 7, color) : startMark(x(extent.day), y, color),
      );
      break;
    }
    case 'none':
      return [];
  }
  if (row.occurrences.length > 0) {
    const d = row.occurrences
      .map((day) => `M${num(x(day) + g.pxPerDay / 2)} ${num(y - 7)}v14`)
      .join('');
    out.push(`<path class="tl-due" d="${d}" stroke="${color}" stroke-width="2"/>`);
  }
  return out;
}

function barHeight(row: TimelineRow): number {
  switch (row.kind) {
    case 'phase':
      return 14;
    case 'step':
      return 8;
    default:
      return row.repeat ? 6 : 12;
  }
}

/** Phases are outlined over a pale fill; other bars are solid (or hatched). */
function barPaint(row: TimelineRow, fill: string, color: string): string {
  if (row.kind === 'phase') {
    return ` fill="${fill}" fill-opacity="${fill === color ? 0.3 : 1}" stroke="${color}" stroke-width="1.5"`;
  }
  if (fill !== color) return ` fill="${fill}" stroke="${color}" stroke-width="0.75"`;
  return ` fill="${fill}"`;
}

function diamond(cx: number, cy: number, r: number, color: string): string {
  return `<path class="tl-milestone" d="M${num(cx)} ${num(cy - r)}L${num(cx + r)} ${num(cy)}L${num(cx)} ${num(cy + r)}L${num(cx - r)} ${num(cy)}Z" fill="${color}" stroke="#fff" stroke-width="1"/>`;
}

function startMark(x: number, y: number, color: string): string {
  return `<path class="tl-start" d="M${num(x)} ${num(y - 6)}L${num(x + 9)} ${num(y)}L${num(x)} ${num(y + 6)}Z" fill="${color}"/>`;
}

/** ◀ at the left edge (direction -1) or ▶ at the right edge (+1). */
function edgeArrow(edge: number, y: number, direction: 1 | -1, color: string): string {
  const base = edge - direction * 9;
  return `<path class="tl-outside" d="M${num(base)} ${num(y - 6)}L${num(edge)} ${num(y)}L${num(base)} ${num(y + 6)}Z" fill="${color}"/>`;
}

/** The dashed line on today, named above the chart; an arrow at the edge when today is outside. */
function today(timeline: Timeline, g: SvgGeometry, lang: Lang): string[] {
  const text = `${timelineLabels(lang).today} ${formatDay(timeline.today, lang)}`;
  const width = textWidth(text, AXIS_SIZE, true);
  const label = (x: number, anchor: 'start' | 'end', content: string): string =>
    `<text class="tl-today-label" x="${num(x)}" y="${g.todayY}" font-size="${AXIS_SIZE}" font-weight="bold" fill="${TODAY_COLOR}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(content)}</text>`;
  if (timeline.today < timeline.from) {
    return ['<g class="tl-today">', label(g.chartLeft, 'start', `◀ ${text}`), '</g>'];
  }
  if (timeline.today > timeline.to) {
    return ['<g class="tl-today">', label(g.chartRight, 'end', `${text} ▶`), '</g>'];
  }
  const x = g.x(timeline.today);
  const named =
    x + 4 + width <= g.chartRight ? label(x + 4, 'start', text) : label(x - 4, 'end', text);
  return [
    '<g class="tl-today">',
    `<line class="tl-today-line" x1="${num(x)}" y1="${g.axisTop + 4}" x2="${num(x)}" y2="${g.rowsBottom}" stroke="${TODAY_COLOR}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    named,
    '</g>',
  ];
}

interface LegendItem {
  readonly swatch: (x: number, y: number) => string;
  readonly text: string;
  readonly width: number;
}

interface LegendLayout {
  readonly title: string;
  readonly lines: number;
  readonly placed: readonly { item: LegendItem; x: number; line: number }[];
}

const SWATCH = 22;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

function layoutLegend(lang: Lang, width: number, lights: readonly Light[]): LegendLayout {
  const labels = timelineLabels(lang);
  const kinds = sharedLabels(lang).kind;
  const bar =
    (fill: string, height: number, extra = '') =>
    (x: number, y: number): string =>
      `<rect x="${num(x)}" y="${num(y - height / 2)}" width="${SWATCH}" height="${height}" fill="${fill}"${extra}/>`;
  const item = (text: string, swatch: (x: number, y: number) => string): LegendItem => ({
    swatch,
    text,
    width: SWATCH + SWATCH_GAP + textWidth(text, FONT_SIZE),
  });
  const items = [
    ...lights.map((light) => item(lightName(lang, light), bar(lightColor[light], 12))),
    item(
      kinds.phase,
      bar(KIND_COLOR, 14, ` fill-opacity="0.3" stroke="${KIND_COLOR}" stroke-width="1.5"`),
    ),
    item(kinds.step, bar(STEP_COLOR, 8)),
    item(kinds.task, bar(KIND_COLOR, 12)),
    item(
      labels.legendItem.fromPhase,
      bar('url(#tl-hatch-grey)', 12, ` stroke="${lightColor.grey}" stroke-width="0.75"`),
    ),
    item(
      labels.legendItem.recurring,
      (x, y) =>
        `${bar(KIND_COLOR, 6)(x, y)}<path d="M${num(x + 5)} ${num(y - 7)}v14M${num(x + 16)} ${num(y - 7)}v14" stroke="${KIND_COLOR}" stroke-width="2"/>`,
    ),
    item(
      labels.legendItem.ongoing,
      (x, y) =>
        `<rect x="${num(x)}" y="${num(y - 6)}" width="${SWATCH - ARROW}" height="12" fill="${KIND_COLOR}"/><path d="M${num(x + SWATCH - ARROW)} ${num(y - 9)}L${num(x + SWATCH)} ${num(y)}L${num(x + SWATCH - ARROW)} ${num(y + 9)}Z" fill="${KIND_COLOR}"/>`,
    ),
    item(kinds.milestone, (x, y) => diamond(x + SWATCH / 2, y, 7, KIND_COLOR)),
    item(labels.legendItem.startOnly, (x, y) => startMark(x + 6, y, KIND_COLOR)),
    item(
      labels.today,
      (x, y) =>
        `<path d="M${num(x + SWATCH / 2)} ${num(y - 9)}V${num(y + 9)}" stroke="${TODAY_COLOR}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    ),
    item(
      labels.legendItem.outside,
      (x, y) => `${edgeArrow(x, y, -1, KIND_COLOR)}${edgeArrow(x + SWATCH, y, 1, KIND_COLOR)}`,
    ),
  ];
  const title = labels.legend.trim();
  const start = MARGIN + textWidth(title, FONT_SIZE, true) + SWATCH_GAP * 2;
  const right = width - MARGIN;
  const placed: { item: LegendItem; x: number; line: number }[] = [];
  let x = start;
  let line = 0;
  for (const entry of items) {
    if (x + entry.width > right && x > start) {
      line++;
      x = start;
    }
    placed.push({ item: entry, x, line });
    x += entry.width + ITEM_GAP;
  }
  return { title, lines: line + 1, placed };
}

function drawLegend(legend: LegendLayout, g: SvgGeometry): string[] {
  const out = ['<g class="tl-legend">'];
  const baseline = (line: number): number => g.legendTop + line * LEGEND_LINE + 14;
  out.push(
    `<text x="${MARGIN}" y="${baseline(0)}" font-weight="bold">${escapeXml(legend.title)}</text>`,
  );
  for (const { item, x, line } of legend.placed) {
    const y = baseline(line) - 4;
    out.push(
      item.swatch(x, y),
      `<text x="${num(x + SWATCH + SWATCH_GAP)}" y="${baseline(line)}">${escapeXml(item.text)}</text>`,
    );
  }
  out.push('</g>');
  return out;
}
