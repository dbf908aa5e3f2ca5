/**
 * Characters that are there but not seen: a zero-width space (U+200B), a
 * word joiner (U+2060) and a byte-order mark (U+FEFF) in the middle of the
 * text, which Word and web pages carry along when text is copied. The
 * zero-width joiners (U+200C, U+200D) are left alone: they hold emoji
 * sequences together (👩‍⚕️) and are meant where they are. In a
 * key the key is not found; in a date the date is not read; in a title the
 * title cannot be searched for. None is ever meant, so each is named where
 * it is and removing it is a certain fix.
 *
 * One native regex pass over the text; a plan has none, or a few.
 */
import type { PasteArtefact } from './paste-scan.js';

const invisible = /[\u200b\u2060\ufeff]/g;
/** Apart from `invisible`: `replace` resets a regex's lastIndex, which the scan loop keeps. */
const everyInvisible = /[\u200b\u2060\ufeff]/g;

export function scanInvisibleChars(text: string): PasteArtefact[] {
  const found: PasteArtefact[] = [];
  invisible.lastIndex = 0;
  for (let match = invisible.exec(text); match; match = invisible.exec(text)) {
    // A byte-order mark at the very start is the encoding's, not the text's.
    if (match.index === 0 && match[0] === '\ufeff') continue;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    let lineEnd = text.indexOf('\n', match.index);
    if (lineEnd === -1) lineEnd = text.length;
    found.push({
      kind: 'invisible-char',
      offset: match.index,
      char: match[0],
      key: '',
      suggestion: text
        .slice(lineStart, lineEnd)
        .replace(/\r$/, '')
        .replace(everyInvisible, '')
        .trim(),
    });
  }
  return found;
}
