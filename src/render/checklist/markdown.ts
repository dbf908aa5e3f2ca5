import type { ItemState } from '../../analyze/schedule.js';
import { type ChecklistLabels, checklistLabels } from '../../i18n/checklist-labels.js';
import { type SharedLabels, sharedLabels } from '../../i18n/labels.js';
import type { ChecklistItem, ChecklistView } from '../../views/checklist-groups.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { escapeInline } from '../formats/markdown.js';
import { markdownErrorsNote } from '../formats/markdown-errors.js';
import { visibleControls } from '../table/visible-controls.js';

/**
 * A GitHub task list: the plan title, the day the lights are judged by,
 * then one `##` section per group. Each line carries the master 序号, the
 * title, who leads and supports, the due date and, when the item is not
 * on track, why, in words as well as a coloured dot, so the list reads
 * the same printed in black and white. Sub-tasks and the occurrences of a
 * recurring task are nested list items.
 *
 * Every piece of plan text (titles, numbers, unit names) is escaped, so none
 * can turn into markup, links or HTML; the tool's own words and dates are
 * left as they are, so the source stays readable (`due: 2024-06`, not
 * `due: 2024\-06`). None of them can start a block: every line begins with
 * a heading mark or a list marker of ours.
 */
export function renderChecklistMarkdown(
  view: ChecklistView,
  options: { readonly errors?: readonly Diagnostic[] } = {},
): string {
  const labels = checklistLabels(view.lang);
  const shared = sharedLabels(view.lang);
  const out: string[] = [`# ${inline(view.title)}`, ''];
  const errors = markdownErrorsNote(options.errors, view.lang);
  if (errors) out.push(errors, '');
  out.push(labels.asOf(view.asOf));
  if (view.unit) {
    out.push('', labels.unitLine(inline(view.unit.name), view.unit.leads, view.unit.supports));
  }
  for (const group of view.groups) {
    // Group titles are plan text (phase names, goal titles, unit names) but
    // for the "other" and "milestones" headings, which are ours.
    const title =
      group.kind === 'other' || group.kind === 'milestones' ? group.title : inline(group.title);
    const heading = group.span !== undefined ? title + labels.parens(group.span) : title;
    out.push('', `## ${heading}`, '');
    for (const item of group.items) writeItem(out, item, 0, labels, shared);
  }
  return `${out.join('\n')}\n`;
}

/** Plain text → inline Markdown with no markup and no control characters. */
function inline(text: string): string {
  return escapeInline(visibleControls(text));
}

function writeItem(
  out: string[],
  item: ChecklistItem,
  depth: number,
  labels: ChecklistLabels,
  shared: SharedLabels,
): void {
  const indent = '  '.repeat(depth);
  out.push(`${indent}- [${item.checked ? 'x' : ' '}] ${itemMarkdown(item, labels, shared)}`);
  const inner = '  '.repeat(depth + 1);
  if (item.occurrencesBefore > 0) {
    out.push(`${inner}- ${labels.earlier(item.occurrencesBefore)}`);
  }
  for (const occurrence of item.occurrences) {
    const mark =
      occurrence.status === 'missed'
        ? labels.missedOccurrence
        : occurrence.status === 'dropped'
          ? labels.droppedOccurrence
          : '';
    out.push(`${inner}- [${occurrence.checked ? 'x' : ' '}] ${occurrence.text}${mark}`);
  }
  if (item.occurrencesAfter > 0) {
    out.push(`${inner}- ${labels.later(item.occurrencesAfter)}`);
  }
  for (const child of item.children) writeItem(out, child, depth + 1, labels, shared);
}

/** One item's line after the box: `1.2 【牵头】title — 牵头：…；完成时限：… 🔴（逾期 12 天）`. */
export function itemMarkdown(
  item: ChecklistItem,
  labels: ChecklistLabels,
  shared: SharedLabels,
): string {
  // `[lead]` stays as written: it could only be a link if the document
  // defined one, and plan text never starts a line, so it cannot.
  // A role through a collective unit names it: 【牵头（各临床科室）】.
  const roleWords = item.role
    ? item.via !== undefined
      ? labels.roleVia(labels.role[item.role], item.via)
      : labels.role[item.role]
    : undefined;
  const role = roleWords !== undefined ? inline(labels.roleMark(roleWords)) : '';
  const title = inline(item.title);
  const head =
    item.kind === 'milestone'
      ? labels.pair(labels.milestone, role + title)
      : `${inline(item.no ?? '')} ${role}${title}`;
  const units = (names: readonly string[]) => names.map(inline).join(shared.listSeparator);
  const fields: string[] = [];
  // A sub-task listed under the parent it inherits its units from leaves
  // them to the parent's line; its indent says whose they are.
  if (item.lead.length > 0 && !item.leadAsParent) {
    fields.push(labels.pair(labels.field.lead, units(item.lead)));
  }
  if (item.support.length > 0 && !item.supportAsParent) {
    fields.push(labels.pair(labels.field.support, units(item.support)));
  }
  if (item.due !== undefined) fields.push(labels.pair(labels.field.due, item.due));
  if (item.repeat) fields.push(labels.repeat[item.repeat]);
  if (!item.checked && item.progress !== undefined) {
    fields.push(labels.pair(labels.field.progress, `${item.progress}%`));
  }
  if (item.checked && item.doneOn !== undefined) {
    fields.push(labels.pair(labels.field.doneOn, item.doneOn));
  }
  let text = fields.length > 0 ? `${head} — ${fields.join(labels.fieldSeparator)}` : head;

  const notes = reasonWords(item.state, labels);
  if (item.status === 'blocked' || item.status === 'dropped')
    notes.push(shared.status[item.status]);
  // The dot is for the eye; the words in parentheses carry the meaning.
  if (item.state.light === 'red') text += ' 🔴';
  if (item.state.light === 'yellow') text += ' 🟡';
  if (item.state.light === 'blue') text += ' 🔵';
  if (notes.length > 0) text += labels.parens(notes.join(labels.noteSeparator));
  return text;
}

/** Why an item is not green, worst first, with its figures. */
function reasonWords(state: ItemState, labels: ChecklistLabels): string[] {
  const words: string[] = [];
  for (const reason of state.reasons) {
    if (reason === 'overdue' && state.daysOverdue !== undefined)
      words.push(labels.overdue(state.daysOverdue));
    if (reason === 'behind-schedule' && state.pointsBehind !== undefined) {
      words.push(labels.behind(state.pointsBehind));
    }
    if (reason === 'late-to-start' && state.daysLateToStart !== undefined) {
      words.push(labels.lateToStart(state.daysLateToStart));
    }
    if (reason === 'due-soon' && state.daysLeft !== undefined)
      words.push(labels.dueSoon(state.daysLeft));
    if (reason === 'done-late' && state.daysDoneLate !== undefined)
      words.push(labels.doneLate(state.daysDoneLate));
  }
  return words;
}
