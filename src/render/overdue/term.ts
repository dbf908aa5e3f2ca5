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
import { termTable } from '../formats/term-table.js';
import { terminalLine } from '../sanitize.js';
import { fitColumns } from './fit-columns.js';
import {
  type DayColumn,
  itemLightWord,
  itemRow,
  overdueHeader,
  usedDayColumns,
} from './item-cells.js';
import { displayWidth } from '../formats/text-width.js';
import { paintLightColumn } from './paint-lights.js';

export interface OverdueTermOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** Columns available; the title, lead and reasons columns shrink to fit. */
  readonly width: number;
}

export function renderOverdueTerm(list: OverdueList, options: OverdueTermOptions): string {
  const { lang } = options;
  const labels = overdueLabels(lang);
  const chalk = makeChalk(options.color);
  const date = formatDay(list.asOf, lang);
  const lines = [
    chalk.bold(terminalLine(list.title)),
    `${labels.heading} · ${labels.asOf(date)}`,
    '',
  ];
  if (list.items.length === 0) {
    lines.push(labels.nothing(date));
    return `${lines.join('\n')}\n`;
  }
  lines.push(overdueTermTable(list.items, options), '', labels.counts(list.counts));
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
 * The items as a terminal table. The report's most-urgent section uses it
 * too, without the reasons column when space is short.
 *
 * Each day figure some item has gets its own column, when the terminal has
 * room for them beside a readable title. When it has not, they are left
 * out: the reasons column names every figure anyway (`逾期 15 天`,
 * `10 天后到期`), so no number is ever shown without its meaning.
 */
export function overdueTermTable(
  items: readonly OverdueItem[],
  options: OverdueTermOptions,
): string {
  const used = usedDayColumns(items);
  const table = drawOverdueTable(items, options, used);
  if (used.length === 0 || displayWidth(table.slice(0, table.indexOf('\n'))) <= options.width) {
    const titleRoom = columnWidthAt(table, 3);
    if (titleRoom >= TITLE_MIN || used.length === 0) return table;
  }
  return drawOverdueTable(items, options, []);
}

/** The title keeps at least this much room before the day columns give way. */
const TITLE_MIN = 18;

/** The inner width of a column of a drawn box, from its top border. */
function columnWidthAt(table: string, column: number): number {
  const top = table.slice(0, table.indexOf('\n'));
  const parts = top.slice(1, -1).split('┬');
  return Math.max(0, displayWidth(parts[column] ?? '') - 2);
}

function drawOverdueTable(
  items: readonly OverdueItem[],
  options: OverdueTermOptions,
  days: readonly DayColumn[],
): string {
  const { lang } = options;
  const lightTexts = termLightTexts(lang);
  // Short day headers: figures side by side must leave the title room.
  const header = overdueHeader(lang, days, true);
  const rows = items.map((item) =>
    itemRow(
      item,
      lang,
      // Work done late has no light: 已办结, with the hollow dot.
      item.light === 'grey'
        ? `${lightDot.grey} ${itemLightWord(item, lang)}`
        : lightTexts[item.light],
      days,
    ),
  );
  const reasons = 6 + days.length;
  // Title first, then the reasons, then the lead; termTable still narrows
  // further if even the minimums do not fit.
  const fitted = fitColumns(header, rows, options.width, [
    { column: 3, min: TITLE_MIN },
    { column: reasons, min: 12 },
    { column: 4, min: 10 },
  ]);
  const table = termTable(fitted.header, fitted.rows, {
    width: options.width,
    align: [
      'left',
      'left',
      'left',
      'left',
      'left',
      'left',
      ...days.map((): 'right' => 'right'),
      'left',
    ],
    shrink: [false, false, false, true, true, false, ...days.map(() => false), true],
  });
  return paintLightColumn(table, lightTexts, makeChalk(options.color));
}
