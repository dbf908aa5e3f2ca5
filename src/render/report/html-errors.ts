import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/lang.js';
import { errorsNote } from '../errors-note.js';
import { escapeHtml } from '../html.js';

/**
 * The errors note of an HTML page: a box under the header, red-bordered
 * and printed with the page (the stylesheet keeps its colours and never
 * splits it), so a supervisor holding the paper sees that some judgements
 * rest on errors. Messages quote plan text and are escaped. Empty for a
 * clean plan.
 */
export function htmlErrorsNote(errors: readonly Diagnostic[] | undefined, lang: Lang): string {
  const note = errorsNote(errors, lang);
  if (!note) return '';
  const items = note.more ? [...note.lines, note.more] : note.lines;
  return [
    '<section class="errors" role="alert">',
    `<p><strong>${escapeHtml(note.lead)}</strong></p>`,
    '<ul>',
    ...items.map((line) => `<li>${escapeHtml(line)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

/** The box's style, added to the page's one stylesheet when there is a box. */
export const errorsNoteCss =
  '.errors{border:2px solid #c62828;border-radius:4px;background:#fdecea;padding:6px 14px;margin:0 0 14px;break-inside:avoid}\n.errors p{margin:2px 0;color:#8e0000}\n.errors ul{margin:2px 0 4px;padding-left:1.4em}';
