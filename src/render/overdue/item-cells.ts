/**
 * One overdue item as the words of a table row, in a language: what the
 * term, Markdown and CSV renderers (and the report's most-urgent table)
 * share. Cells are plain text; each renderer escapes them for its medium.
 *
 * Control characters in plan text are made visible here, for every text
 * format: a Markdown or CSV file is `cat` to a terminal as often as it is
 * opened in a browser or a spreadsheet, and an ESC in a title must not clear
 * the screen there either. Only JSON keeps the text exactly (JSON escapes
 * controls itself).
 */
import { formatPlanDate } from '../../dates/index.js';
import { lightWord, sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { overdueLabels } from '../../i18n/overdue-labels.js';
import type { DateField } from '../../model/types.js';
import type { OverdueItem, OverdueReason } from '../../views/overdue-items.js';
import { sanitizeForTerminal } from '../sanitize.js';

export interface ItemCells {
  readonly kind: string;
  readonly no: string;
  readonly title: string;
  readonly lead: string;
  readonly due: string;
  readonly daysOverdue: string;
  readonly daysLeft: string;
  readonly daysLateToStart: string;
  readonly daysDoneLate: string;
  readonly reasons: string;
}

/** The four day figures, each its own column: never one signed number. */
export const dayColumns = ['daysOverdue', 'daysLeft', 'daysLateToStart', 'daysDoneLate'] as const;
export type DayColumn = (typeof dayColumns)[number];

/** Plan text with its line breaks as `\n` and every other control character visible. */
export function plainText(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n?/g, '\n'));
}

/** A date at the precision it was written, in the language; the text as written if unread. */
export function formatDueField(field: DateField | null | undefined, lang: Lang): string {
  if (!field) return '';
  return field.date ? formatPlanDate(field.date, lang) : plainText(field.written);
}

const dayText = (days: number | null): string => (days === null ? '' : String(days));

export function itemCells(item: OverdueItem, lang: Lang): ItemCells {
  const shared = sharedLabels(lang);
  return {
    kind: shared.kind[item.kind],
    no: plainText(item.no ?? ''),
    title: plainText(item.title),
    lead: plainText(item.lead.join(shared.listSeparator)),
    due: formatDueField(item.due, lang),
    daysOverdue: dayText(item.daysOverdue),
    daysLeft: dayText(item.daysLeft),
    daysLateToStart: dayText(item.daysLateToStart),
    daysDoneLate: dayText(item.daysDoneLate),
    reasons: explainReasons(item, lang),
  };
}

/** An item's light in words: the colour, or 已办结 for work done late. */
export function itemLightWord(item: OverdueItem, lang: Lang): string {
  return lightWord(lang, item, item.status ?? undefined);
}

/**
 * The day columns a short table shows: those with a figure in some row. A
 * spreadsheet (CSV) keeps all four, so its columns never move.
 */
export function usedDayColumns(items: readonly OverdueItem[]): DayColumn[] {
  return dayColumns.filter((column) => items.some((item) => item[column] !== null));
}

/** Every reason of an item with its figures, worst first: `逾期 15 天；进度 40%，落后序时进度（57%）17 个百分点`. */
export function explainReasons(item: OverdueItem, lang: Lang): string {
  const labels = overdueLabels(lang);
  return item.reasons
    .map((reason) => explainReason(item, reason, lang))
    .join(labels.reasonSeparator);
}

function explainReason(item: OverdueItem, reason: OverdueReason, lang: Lang): string {
  const { explain, targetAtRisk } = overdueLabels(lang);
  const d = item.details;
  switch (reason) {
    case 'overdue':
      return item.daysOverdue !== null
        ? explain.overdue(item.daysOverdue)
        : reasonLabel(reason, lang);
    case 'due-soon':
      return item.daysLeft !== null ? explain.dueSoon(item.daysLeft) : reasonLabel(reason, lang);
    case 'missed-occurrence':
      return d.missed && d.missed.length > 0
        ? explainMissed(d.missed, lang)
        : reasonLabel(reason, lang);
    case 'late-to-start':
      return item.daysLateToStart !== null
        ? explain.lateToStart(item.daysLateToStart)
        : reasonLabel(reason, lang);
    case 'behind-schedule':
      return d.pointsBehind !== undefined
        ? explain.behind(
            d.pointsBehind,
            d.progress,
            d.expectedProgress,
            d.progressFrom === 'sub-tasks',
            d.relativeShortfall,
          )
        : reasonLabel(reason, lang);
    case 'blocked':
      return plainText(explain.blocked(d.note));
    case 'done-late':
      return item.daysDoneLate !== null
        ? explain.doneLate(item.daysDoneLate)
        : reasonLabel(reason, lang);
    case 'target-at-risk':
      return d.target !== undefined
        ? plainText(explain.targetAtRisk(d.target, d.actual))
        : targetAtRisk;
  }
}

/** Missed periods a cell can name in full; past this, the latest `MISSED_NAMED_LATEST`. */
const MISSED_NAMED = 4;
const MISSED_NAMED_LATEST = 3;

/** `2024年4月、6月应报未报`; a weekly duty missed for months names its latest few. */
function explainMissed(missed: readonly string[], lang: Lang): string {
  const all = missed.length <= MISSED_NAMED;
  const named = all ? missed : missed.slice(-MISSED_NAMED_LATEST);
  return overdueLabels(lang).explain.missed(named, missed.length, all);
}

/** A reason's name alone, without figures. */
export function reasonLabel(reason: OverdueReason, lang: Lang): string {
  return reason === 'target-at-risk'
    ? overdueLabels(lang).targetAtRisk
    : sharedLabels(lang).reason[reason];
}

/**
 * The columns of every overdue table, in order: light, kind, 序号, item,
 * lead, due, the day columns given (default: all four), why.
 */
export function overdueHeader(
  lang: Lang,
  days: readonly DayColumn[] = dayColumns,
  short = false,
): string[] {
  const { column, dayColumnShort } = overdueLabels(lang);
  return [
    column.light,
    column.kind,
    column.no,
    column.title,
    column.lead,
    column.due,
    ...days.map((day) => (short ? dayColumnShort[day] : column[day])),
    column.reasons,
  ];
}

/** An item as a row under `overdueHeader`; each format words the light its own way. */
export function itemRow(
  item: OverdueItem,
  lang: Lang,
  light: string,
  days: readonly DayColumn[] = dayColumns,
): string[] {
  const cells = itemCells(item, lang);
  return [
    light,
    cells.kind,
    cells.no,
    cells.title,
    cells.lead,
    cells.due,
    ...days.map((day) => cells[day]),
    cells.reasons,
  ];
}
