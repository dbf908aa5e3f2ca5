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
import { sharedLabels } from '../../i18n/labels.js';
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
  readonly daysLate: string;
  readonly reasons: string;
}

/** Plan text with its line breaks as `\n` and every other control character visible. */
export function plainText(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n?/g, '\n'));
}

/** A date at the precision it was written, in the language; the text as written if unread. */
export function formatDueField(field: DateField | null | undefined, lang: Lang): string {
  if (!field) return '';
  return field.date ? formatPlanDate(field.date, lang) : plainText(field.written);
}

export function itemCells(item: OverdueItem, lang: Lang): ItemCells {
  const shared = sharedLabels(lang);
  return {
    kind: shared.kind[item.kind],
    no: plainText(item.no ?? ''),
    title: plainText(item.title),
    lead: plainText(item.lead.join(shared.listSeparator)),
    due: formatDueField(item.due, lang),
    daysLate: item.daysLate === null ? '' : String(item.daysLate),
    reasons: explainReasons(item, lang),
  };
}

/** Every reason of an item with its figures, worst first: `逾期 15 天；落后序时进度 20 个百分点`. */
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
      return d.daysLate !== undefined ? explain.overdue(d.daysLate) : reasonLabel(reason, lang);
    case 'due-soon':
      return d.daysLeft !== undefined ? explain.dueSoon(d.daysLeft) : reasonLabel(reason, lang);
    case 'late-to-start':
      return d.daysLateToStart !== undefined
        ? explain.lateToStart(d.daysLateToStart)
        : reasonLabel(reason, lang);
    case 'behind-schedule':
      return d.pointsBehind !== undefined
        ? explain.behind(d.pointsBehind, d.progress, d.expectedProgress)
        : reasonLabel(reason, lang);
    case 'target-at-risk':
      return d.target !== undefined
        ? plainText(explain.targetAtRisk(d.target, d.actual))
        : targetAtRisk;
  }
}

/** A reason's name alone, without figures. */
export function reasonLabel(reason: OverdueReason, lang: Lang): string {
  return reason === 'target-at-risk'
    ? overdueLabels(lang).targetAtRisk
    : sharedLabels(lang).reason[reason];
}

/** The columns of every overdue table, in order: light, kind, 序号, item, lead, due, days late, why. */
export function overdueHeader(lang: Lang): string[] {
  const { column } = overdueLabels(lang);
  return [
    column.light,
    column.kind,
    column.no,
    column.title,
    column.lead,
    column.due,
    column.daysLate,
    column.reasons,
  ];
}

/** An item as a row under `overdueHeader`; each format words the light its own way. */
export function itemRow(item: OverdueItem, lang: Lang, light: string): string[] {
  const cells = itemCells(item, lang);
  return [
    light,
    cells.kind,
    cells.no,
    cells.title,
    cells.lead,
    cells.due,
    cells.daysLate,
    cells.reasons,
  ];
}
