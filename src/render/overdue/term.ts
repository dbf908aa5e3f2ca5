/**
 * `plan overdue` in the terminal: the plan's title, the date it is judged
 * by, one table worst first with coloured lights, and the counts.
 */
import type { Light } from '../../analyze/schedule.js';
import { formatDay } from '../../dates/index.js';
import { sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { overdueLabels } from '../../i18n/overdue-labels.js';
import type { OverdueItem, OverdueList } from '../../views/overdue-items.js';
import { lightDot, makeChalk } from '../colors.js';
import { drawBox } from '../formats/box.js';
import {
  fitColumnWidths,
  longestPieces,
  measureColumns,
  type TermColumn,
} from '../formats/term-table.js';
import { wrapToWidth } from '../formats/wrap-text.js';
import { terminalLine } from '../sanitize.js';
import { itemLightWord, itemRow, overdueHeader, usedDayColumns } from './item-cells.js';
import { paintLightColumn } from './paint-lights.js';
import { overdueTermStacked } from './term-stacked.js';

export interface OverdueTermOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** Columns available; the title, lead and reasons columns wrap to fit. */
  readonly width: number;
}

export function renderOverdueTerm(list: OverdueList, options: OverdueTermOptions): string {
  const { lang } = options;
  const labels = overdueLabels(lang);
  const chalk = makeChalk(options.color);
  const date = formatDay(list.asOf, lang);
  const lines = [
    ...wrapToWidth(terminalLine(list.title), options.width).map((line) => chalk.bold(line)),
    ...wrapToWidth(`${labels.heading} · ${labels.asOf(date)}`, options.width),
    '',
  ];
  if (list.items.length === 0) {
    lines.push(labels.nothing(date));
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    overdueTermItems(list.items, options),
    '',
    ...wrapToWidth(labels.counts(list.counts), options.width),
  );
  return `${lines.join('\n')}\n`;
}

/** Light labels with their dot, as the terminal tables show them. */
export function termLightTexts(lang: Lang): Record<Light, string> {
  const shared = sharedLabels(lang);
  return {
    red: `${lightDot.red} ${shared.light.red}`,
    yellow: `${lightDot.yellow} ${shared.light.yellow}`,
    blue: `${lightDot.blue} ${shared.light.blue}`,
    green: `${lightDot.green} ${shared.light.green}`,
    grey: `${lightDot.grey} ${shared.light.grey}`,
  };
}

/**
 * The items as a terminal table, a rule between the lights (red, then
 * yellow …), or listed one block each where the terminal is too narrow for
 * a readable table (see `tableReadable`). The report's most-urgent section
 * uses it too, so both say the same items the same way at every width.
 *
 * Each day figure some item has gets its own column, when the terminal has
 * room for them beside a readable title. When it has not, they are left
 * out: the reasons column names every figure anyway (`逾期 15 天`,
 * `10 天后到期`), so no number is ever shown without its meaning. The
 * title, the reasons and the lead unit wrap, in that order of room; the
 * light, kind, 序号, date and figures never do.
 */
export function overdueTermItems(
  items: readonly OverdueItem[],
  options: OverdueTermOptions,
): string {
  const layout = layOutOverdueTable(items, options);
  return tableReadable(layout)
    ? drawOverdueTable(layout, options)
    : overdueTermStacked(layout, options);
}

/** The table's cells and the widths chosen for them, before it is drawn. */
export interface OverdueTableLayout {
  readonly items: readonly OverdueItem[];
  readonly lightTexts: Record<Light, string>;
  /** The shown columns' headers and cells (day columns left out when they give way). */
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly columns: readonly TermColumn[];
  /** Each shown column's room, and the room its widest cell would take. */
  readonly widths: readonly number[];
  readonly natural: readonly number[];
}

export function layOutOverdueTable(
  items: readonly OverdueItem[],
  options: OverdueTermOptions,
): OverdueTableLayout {
  const { lang } = options;
  const lightTexts = termLightTexts(lang);
  const used = usedDayColumns(items);
  // Short day headers: figures side by side must leave the title room.
  const header = overdueHeader(lang, used, true).map(terminalLine);
  const rows = items.map((item) =>
    itemRow(item, lang, itemLightText(item, lang, lightTexts), used).map(terminalLine),
  );
  const natural = measureColumns(header, rows);
  const columns = overdueColumns(used.length);
  const longest = longestPieces(header, rows);
  const widths = fitColumnWidths(natural, columns, options.width, longest);
  const all = { items, lightTexts, header, rows, columns, widths, natural };
  if (used.length === 0) return all;
  const days = new Set(used.map((_, i) => DAYS + i));
  const without = (_cell: unknown, index: number): boolean => !days.has(index);
  const narrower = natural.filter(without);
  // Without the figures, the reasons (last) move up to where they began.
  const widthsWithout = fitColumnWidths(narrower, overdueColumns(0), options.width, (column) =>
    longest(column < DAYS ? column : column + used.length),
  );
  // The figures earn their room only if no text has to wrap for them
  // (and the title keeps a readable width): the reasons say them anyway.
  const text: [number, number][] = [
    [TITLE, TITLE],
    [LEAD, LEAD],
    [natural.length - 1, narrower.length - 1],
  ];
  const wrapsForDays = text.some(
    ([w, wo]) => widths[w]! < natural[w]! && widthsWithout[wo]! >= narrower[wo]!,
  );
  if (!wrapsForDays && widths[TITLE]! >= Math.min(TITLE_MIN, natural[TITLE]!)) return all;
  return {
    items,
    lightTexts,
    header: header.filter(without),
    rows: rows.map((row) => row.filter(without)),
    columns: overdueColumns(0),
    widths: widthsWithout,
    natural: narrower,
  };
}

export function drawOverdueTable(layout: OverdueTableLayout, options: OverdueTermOptions): string {
  const { items } = layout;
  const table = drawBox(layout.header, layout.rows, {
    widths: layout.widths,
    align: layout.columns.map((column) => column.align ?? 'left'),
    groupStart: (row) => items[row]!.light !== items[row - 1]!.light,
  });
  return paintLightColumn(table, layout.lightTexts, makeChalk(options.color));
}

/** An item's light as the terminal shows it: work done late has none, 已办结 with the hollow dot. */
export function itemLightText(
  item: OverdueItem,
  lang: Lang,
  lightTexts: Readonly<Record<Light, string>>,
): string {
  return item.light === 'grey'
    ? `${lightDot.grey} ${itemLightWord(item, lang)}`
    : lightTexts[item.light];
}

/**
 * Whether the table leaves its text readable: the unit column at least
 * `LEAD_READABLE` wide and the reasons at least `REASONS_READABLE` (or as
 * wide as their longest cell, when that is less). Below either, a
 * supervisor reads `县卫/生健/康局` and a reason over eleven lines, and
 * `plan overdue` lists the items instead.
 */
export function tableReadable(layout: Pick<OverdueTableLayout, 'widths' | 'natural'>): boolean {
  const { widths, natural } = layout;
  const reasons = widths.length - 1;
  return (
    widths[LEAD]! >= Math.min(LEAD_READABLE, natural[LEAD]!) &&
    widths[reasons]! >= Math.min(REASONS_READABLE, natural[reasons]!)
  );
}

/** Below these widths the terminal list is stacked instead of a table (see `tableReadable`). */
export const LEAD_READABLE = 8;
export const REASONS_READABLE = 14;

/** Where the title and the first day figure sit in `overdueHeader`. */
const TITLE = 3;
const LEAD = 4;
const DAYS = 6;
/** The title keeps at least this much room before the day columns give way. */
const TITLE_MIN = 18;

function overdueColumns(days: number): TermColumn[] {
  return [
    {},
    {},
    {},
    { weight: 4, min: 12 },
    { weight: 2, min: 8 },
    {},
    ...Array.from({ length: days }, (): TermColumn => ({ align: 'right' })),
    { weight: 3, min: 10 },
  ];
}
