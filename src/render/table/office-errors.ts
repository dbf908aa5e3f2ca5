import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/lang.js';
import { errorsNote } from '../errors-note.js';
import { officeText } from './office-cells.js';

/**
 * The errors note of an office file (xlsx, docx) as its lines, made safe
 * for XML: the lead sentence, then one line per error shown and the count
 * of the rest. The workbook puts them in a note row above the header, the
 * document in a paragraph before the table. Nothing for a clean plan.
 */
export function officeErrorsLines(
  errors: readonly Diagnostic[] | undefined,
  lang: Lang,
): string[] | undefined {
  const note = errorsNote(errors, lang);
  if (!note) return undefined;
  return [note.lead, ...note.lines, ...(note.more ? [note.more] : [])].map((line) =>
    // A message may span lines only by accident; each note line is one.
    officeText(line.replace(/\r\n|\r|\n/g, ' ')),
  );
}
