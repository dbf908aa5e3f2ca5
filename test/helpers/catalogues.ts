import type { Catalogue } from '../../src/i18n/catalogue/en.js';
import { catalogueFor, type Lang, langs } from '../../src/i18n/lang.js';

/** Every language's catalogue, for tests that word findings in each. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = Object.fromEntries(
  langs.map((lang) => [lang, catalogueFor(lang)] as const),
) as Record<Lang, Catalogue>;
