/**
 * A diagnostic in words: its code's message in the run's catalogue, fed the
 * finding's params. `v` reads one as text, so a missing param shows as empty
 * rather than `undefined`.
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { MessageParams } from '../diagnostics/types.js';
import type { Catalogue } from './catalogue/en.js';
import { catalogueFor, type Lang } from './lang.js';

export function diagnosticMessage(
  code: DiagnosticCode,
  params: MessageParams,
  t: Catalogue,
): string {
  const read = (name: string): string => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  };
  return t.diagnostics[code](params, read);
}

/** "did you mean …?" for renderers that hold only the language: the catalogue's `didYouMean`. */
export function suggestionText(suggestion: string, lang: Lang): string {
  return catalogueFor(lang).didYouMean(suggestion);
}
