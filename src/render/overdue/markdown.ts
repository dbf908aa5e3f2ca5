/**
 * `plan overdue --format md`: a heading, the date and counts, and one GFM
 * table. `markdownTable` escapes every cell, so plan text can neither leave
 * its cell nor carry HTML.
 */
import type { Light } from '../../analyze/schedule.js';
import { formatDay } from '../../dates/index.js';
import { sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { overdueLabels } from '../../i18n/overdue-labels.js';
import type { OverdueItem, OverdueList } from '../../views/overdue-items.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { escapeInline, markdownTable } from '../formats/markdown.js';
import { markdownErrorsNote } from '../formats/markdown-errors.js';
import { itemLightWord, itemRow, overdueHeader, plainText, usedDayColumns } from './item-cells.js';

export interface OverdueMarkdownOptions {
  readonly lang: Lang;
  /** The plan's errors, named under the heading. */
  readonly errors?: readonly Diagnostic[];
}

/** Coloured circles read as traffic lights on GitHub and in print alike. */
const lightEmoji: Record<Light, string> = {
  red: '🔴',
  yellow: '🟡',
  blue: '🔵',
  green: '🟢',
  grey: '⚪',
};

export function markdownLightText(light: Light, lang: Lang): string {
  return `${lightEmoji[light]} ${sharedLabels(lang).light[light]}`;
}

/** An item's light: a circle and the colour, or for work done late just 已办结. */
function itemLightText(item: OverdueItem, lang: Lang): string {
  return item.light === 'grey' ? itemLightWord(item, lang) : markdownLightText(item.light, lang);
}

export function renderOverdueMarkdown(list: OverdueList, options: OverdueMarkdownOptions): string {
  const { lang } = options;
  const labels = overdueLabels(lang);
  const date = formatDay(list.asOf, lang);
  // Only plan text is escaped; our own words carry no Markdown.
  const out = [`# ${labels.headingFor(escapeInline(plainText(list.title)))}`, ''];
  const errors = markdownErrorsNote(options.errors, lang);
  if (errors) out.push(errors, '');
  if (list.items.length === 0) {
    out.push(labels.nothing(date));
    return `${out.join('\n')}\n`;
  }
  out.push(labels.summary(date, list.counts), '', overdueMarkdownTable(list.items, lang));
  return `${out.join('\n')}\n`;
}

/**
 * The items as one GFM table; the report's most-urgent section uses it too.
 * Of the four day columns, those empty in every row are left out.
 */
export function overdueMarkdownTable(items: readonly OverdueItem[], lang: Lang): string {
  const days = usedDayColumns(items);
  return markdownTable(
    overdueHeader(lang, days),
    items.map((item) => itemRow(item, lang, itemLightText(item, lang), days)),
    ['left', 'left', 'left', 'left', 'left', 'left', ...days.map((): 'right' => 'right'), 'left'],
  );
}
