import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/lang.js';
import { errorsNote } from '../errors-note.js';
import { visibleControls } from '../table/visible-controls.js';
import { escapeInline, guardLineStart } from './markdown.js';

/**
 * The errors note of a Markdown view, a block quote to put under its title:
 *
 *     > **本计划有 2 处错误，相关判断可能不准确：**
 *     > - 第 12 行：结束时间 2014-06 早于开始时间 2016-04
 *
 * Messages quote plan text (an unknown unit's name), so each line is
 * escaped whole and its control characters made visible. Nothing for a
 * clean plan.
 */
export function markdownErrorsNote(
  errors: readonly Diagnostic[] | undefined,
  lang: Lang,
): string | undefined {
  const note = errorsNote(errors, lang);
  if (!note) return undefined;
  const text = (words: string): string => escapeInline(visibleControls(words));
  const items = note.more ? [...note.lines, note.more] : note.lines;
  return [
    `> **${text(note.lead)}**`,
    ...items.map((line) => `> - ${guardLineStart(text(line))}`),
  ].join('\n');
}
