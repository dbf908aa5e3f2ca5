/**
 * The timeline in a terminal: a label column, the light of each item, a
 * rule, and a chart of bars on a time axis with today marked.
 *
 * Without colour every distinction is still in the characters: the light is
 * a letter or character in its own column (R/Y/G/-, 红/黄/绿/灰), phases,
 * steps and tasks have their own fill (▓ ▒ █), the part of a task's bar that
 * comes from its phase (no start given) is ░, recurring duties are ━ with ┿
 * on each due day, ongoing bars end in →, a milestone is ◆ and a task with
 * only a start ▸, items outside the range are an arrow at the edge (◀ ▶).
 * Colour adds the light's colour to the bar and today's to the today
 * marker, which an empty cell shows and a bar hides.
 *
 * Every line between the title and the legend has the same display width:
 * plan text is sanitised, then wrapped and padded by display width (a long
 * title takes several lines, never cut), and the chart is built cell by
 * cell with single-column characters.
 */
import type { ChalkInstance } from 'chalk';
import type { Light } from '../../analyze/schedule.js';
import { formatDay } from '../../dates/index.js';
import type { Lang } from '../../i18n/lang.js';
import { sharedLabels } from '../../i18n/labels.js';
import { lightName, timelineLabels } from '../../i18n/timeline-labels.js';
import { legendLights, type Timeline, type TimelineRow } from '../../views/timeline.js';
import { makeChalk, paintLight } from '../colors.js';
import { displayWidth, padToWidth } from '../formats/text-width.js';
import { wrapToWidth } from '../formats/wrap-text.js';
import { terminalLine } from '../sanitize.js';
import { axisLine, layoutAxis, todayLine } from './axis.js';
import {
  type ChartGeometry,
  chartGeometry,
  chartRoom,
  indentWidth,
  LIGHT_WIDTH,
  labelColumnWidth,
  labelLines,
  measureLabels,
} from './layout.js';

export interface TimelineTermOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** The width to fit, in columns. */
  readonly width: number;
}

/** Fill characters, one column each. */
export const glyph = {
  phase: '▓',
  step: '▒',
  task: '█',
  fromPhase: '░',
  recurring: '━',
  occurrence: '┿',
  milestone: '◆',
  startPoint: '▸',
  ongoing: '→',
  before: '◀',
  after: '▶',
  today: '┃',
} as const;

type CellStyle = Light | 'today' | 'step' | undefined;

/** One chart line, as parallel arrays: one object per cell costs too much at 10,000 rows. */
interface Cells {
  readonly ch: string[];
  readonly style: CellStyle[];
}

export function renderTimelineTerm(timeline: Timeline, options: TimelineTermOptions): string {
  const { lang, width } = options;
  const chalk = makeChalk(options.color);
  const labels = timelineLabels(lang);
  const labelWidth = labelColumnWidth(timeline.rows, width, lang);
  const geometry = chartGeometry(timeline, chartRoom(labelWidth, width));
  const { columns } = geometry;
  const axis = layoutAxis(timeline, geometry, lang);
  const todayColumn = timeline.todayInRange ? geometry.columnOf(timeline.today) : undefined;
  const gutter = labelWidth + 1 + LIGHT_WIDTH + 1;
  const total = gutter + 1 + columns;

  const lines: string[] = [];
  const title = labels.title(
    terminalLine(timeline.title),
    timeline.scale,
    formatDay(timeline.today, lang),
  );
  // The plan's title wraps like the labels: a long 实施方案 name is not cut.
  for (const line of wrapToWidth(
    timeline.truncated ? `${title} — ${labels.truncated}` : title,
    total,
  )) {
    lines.push(chalk.bold(line));
  }

  const todayText = todayLine(timeline, geometry, lang);
  lines.push(`${' '.repeat(gutter)}│${chalk.magenta(todayText)}`);
  lines.push(`${padToWidth(labels.item, gutter)}│${axisLine(axis, columns)}`);
  lines.push(`${'─'.repeat(gutter)}┼${ruleLine(axis.tickColumns, columns, todayColumn, chalk)}`);

  const rows = timeline.rows;
  const lights = lightCells(lang, chalk);
  if (rows.length === 0) {
    const cells = emptyCells(columns, todayColumn);
    lines.push(
      `${padToWidth(labels.noItems, labelWidth)} ${' '.repeat(LIGHT_WIDTH)} │${paintCells(cells, chalk)}`,
    );
  }
  const { texts, widths } = measureLabels(rows);
  // A long label wraps: its bar and light go on the first line, and the
  // further lines have an empty track (today's column still marked, so the
  // line of today runs on), which reads as more of the same label rather
  // than as another item, as a repeated bar would.
  const blankTrack = paintCells(emptyCells(columns, todayColumn), chalk);
  const noLight = ' '.repeat(LIGHT_WIDTH);
  rows.forEach((row, i) => {
    const indent = indentWidth(row.depth, labelWidth);
    const room = labelWidth - indent;
    const parts = labelLines(row, texts[i]!, widths[i]!, room);
    const cells = emptyCells(columns, todayColumn);
    drawRow(cells, row, timeline, geometry);
    parts.forEach((part, line) => {
      let label = ' '.repeat(indent) + padToWidth(part, room);
      if (row.kind === 'phase') label = chalk.bold(label);
      lines.push(
        line === 0
          ? `${label} ${lights[row.light ?? 'none']} │${paintCells(cells, chalk)}`
          : `${label} ${noLight} │${blankTrack}`,
      );
    });
  });
  lines.push(...legend(lang, chalk, total, legendLights(timeline)));
  return `${lines.join('\n')}\n`;
}

function filledCells(columns: number, ch: string): Cells {
  return { ch: new Array<string>(columns).fill(ch), style: new Array<CellStyle>(columns) };
}

function emptyCells(columns: number, todayColumn: number | undefined): Cells {
  const cells = filledCells(columns, ' ');
  // Today goes in first: a bar drawn over it hides it, an empty cell shows it.
  if (todayColumn !== undefined) {
    cells.ch[todayColumn] = glyph.today;
    cells.style[todayColumn] = 'today';
  }
  return cells;
}

function drawRow(cells: Cells, row: TimelineRow, timeline: Timeline, geometry: ChartGeometry) {
  const { columns, columnOf, lastColumnOf } = geometry;
  const style: CellStyle = row.kind === 'step' ? 'step' : row.light;
  const set = (column: number, ch: string): void => {
    if (column >= 0 && column < columns) {
      cells.ch[column] = ch;
      cells.style[column] = style;
    }
  };
  if (row.placement === 'before') return set(0, glyph.before);
  if (row.placement === 'after') return set(columns - 1, glyph.after);
  const fill = (from: number, to: number, ownFrom: number): void => {
    for (let column = from; column <= to; column++) set(column, fillGlyph(row, column < ownFrom));
  };
  const { extent } = row;
  switch (extent.kind) {
    case 'span': {
      const from = columnOf(Math.max(extent.start, timeline.from));
      const to = lastColumnOf(Math.min(extent.end, timeline.to));
      const ownFrom = extent.startFrom === 'phase' ? columnOf(extent.ownFrom) : from;
      fill(from, to, ownFrom);
      break;
    }
    case 'open': {
      const from = extent.start !== undefined ? columnOf(Math.max(extent.start, timeline.from)) : 0;
      fill(from, columns - 1, extent.startFrom === 'own' ? from : columns);
      set(columns - 1, glyph.ongoing);
      break;
    }
    case 'point':
      set(columnOf(extent.day), row.kind === 'milestone' ? glyph.milestone : glyph.startPoint);
      break;
    case 'none':
      break;
  }
  for (const day of row.occurrences) set(columnOf(day), glyph.occurrence);
}

function fillGlyph(row: TimelineRow, inferred: boolean): string {
  switch (row.kind) {
    case 'phase':
      return glyph.phase;
    case 'step':
      return glyph.step;
    default:
      if (row.repeat) return glyph.recurring;
      return inferred ? glyph.fromPhase : glyph.task;
  }
}

function ruleLine(
  tickColumns: readonly number[],
  columns: number,
  todayColumn: number | undefined,
  chalk: ChalkInstance,
): string {
  const cells = filledCells(columns, '─');
  for (const column of tickColumns) if (column < columns) cells.ch[column] = '┬';
  if (todayColumn !== undefined) {
    cells.ch[todayColumn] = '╂';
    cells.style[todayColumn] = 'today';
  }
  return paintCells(cells, chalk);
}

/** Joins cells, painting runs of one style together to keep the output small. */
function paintCells(cells: Cells, chalk: ChalkInstance): string {
  if (chalk.level === 0) return cells.ch.join('');
  let out = '';
  let start = 0;
  for (let i = 1; i <= cells.ch.length; i++) {
    if (i < cells.ch.length && cells.style[i] === cells.style[start]) continue;
    out += paint(chalk, cells.style[start], cells.ch.slice(start, i).join(''));
    start = i;
  }
  return out;
}

function paint(chalk: ChalkInstance, style: CellStyle, text: string): string {
  switch (style) {
    case undefined:
      return text;
    case 'today':
      return chalk.magenta(text);
    case 'step':
      return chalk.cyan(text);
    default:
      return paintLight(chalk, style, text);
  }
}

/** The light in two columns: a coloured dot, or without colour a letter. */
function lightCells(lang: Lang, chalk: ChalkInstance): Record<Light | 'none', string> {
  const cell = (light: Light): string =>
    chalk.level > 0
      ? paintLight(chalk, light, padToWidth(light === 'grey' ? '○' : '●', LIGHT_WIDTH))
      : padToWidth(timelineLabels(lang).lightMark[light], LIGHT_WIDTH);
  return {
    red: cell('red'),
    yellow: cell('yellow'),
    blue: cell('blue'),
    green: cell('green'),
    grey: cell('grey'),
    none: ' '.repeat(LIGHT_WIDTH),
  };
}

/** The legend, wrapped at item boundaries to the width of the chart lines. */
function legend(
  lang: Lang,
  chalk: ChalkInstance,
  width: number,
  lights: readonly Light[],
): string[] {
  const labels = timelineLabels(lang);
  const kinds = sharedLabels(lang).kind;
  const items: { text: string; width: number }[] = [
    ...lights.map((light) => {
      const mark =
        chalk.level > 0
          ? paintLight(chalk, light, light === 'grey' ? '○' : '●')
          : labels.lightMark[light];
      const plainMark = chalk.level > 0 ? '●' : labels.lightMark[light];
      const name = lightName(lang, light);
      return { text: `${mark} ${name}`, width: displayWidth(`${plainMark} ${name}`) };
    }),
    ...[
      `${glyph.phase} ${kinds.phase}`,
      `${glyph.step} ${kinds.step}`,
      `${glyph.task} ${kinds.task}`,
      `${glyph.fromPhase} ${labels.legendItem.fromPhase}`,
      `${glyph.recurring}${glyph.occurrence} ${labels.legendItem.recurring}`,
      `${glyph.ongoing} ${labels.legendItem.ongoing}`,
      `${glyph.milestone} ${kinds.milestone}`,
      `${glyph.startPoint} ${labels.legendItem.startOnly}`,
    ].map((text) => ({ text, width: displayWidth(text) })),
    {
      text: `${chalk.magenta(glyph.today)} ${labels.today}`,
      width: displayWidth(`${glyph.today} ${labels.today}`),
    },
    {
      text: `${glyph.before}${glyph.after} ${labels.legendItem.outside}`,
      width: displayWidth(`${glyph.before}${glyph.after} ${labels.legendItem.outside}`),
    },
  ];
  const lines: string[] = [];
  let line = labels.legend;
  let used = displayWidth(line);
  const sep = labels.legendSeparator;
  for (const item of items) {
    const start = line === labels.legend ? '' : sep;
    const needed = displayWidth(start) + item.width;
    if (used + needed > width && line !== labels.legend) {
      lines.push(line);
      line = ' '.repeat(displayWidth(labels.legend)) + item.text;
      used = displayWidth(labels.legend) + item.width;
      continue;
    }
    line += start + item.text;
    used += needed;
  }
  lines.push(line);
  return lines;
}
