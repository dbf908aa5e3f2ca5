import type { Catalogue } from '../../src/i18n/catalogue/en.js';
import { type Lang, langs, loadCatalogue } from '../../src/i18n/lang.js';

/** Every language's catalogue, loaded as a run loads one: for tests that word findings synchronously. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = Object.fromEntries(
  await Promise.all(langs.map(async (lang) => [lang, await loadCatalogue(lang)] as const)),
) as Record<Lang, Catalogue>;
