import type { Catalogue } from './catalogue/en.js';

/**
 * The languages of `plan`, each with the loader of its catalogue. Adding a
 * language is one file in ./catalogue/ and one line here. Each loader is an
 * import() of its own file, so the bundler makes every language a chunk of
 * its own and a run loads only the language it speaks.
 */
const catalogueLoaders = {
  'zh-CN': async () => (await import('./catalogue/zh-CN.js')).zhCN,
  'zh-TW': async () => (await import('./catalogue/zh-TW.js')).zhTW,
  en: async () => (await import('./catalogue/en.js')).en,
} satisfies Record<string, () => Promise<Catalogue>>;

/** The languages every label and message exists in. */
export type Lang = keyof typeof catalogueLoaders;
export const langs = Object.keys(catalogueLoaders) as readonly Lang[];

/** The catalogue of `lang`; a second call for the same language costs nothing (modules load once). */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  return catalogueLoaders[lang]();
}
export function isLang(value: string): value is Lang {
  return (langs as readonly string[]).includes(value);
}

/**
 * The language of the environment, from LC_ALL, LC_MESSAGES or LANG as POSIX
 * orders them: `zh_CN.UTF-8` → zh-CN; `zh_TW`, `zh_HK` and `zh_Hant` → zh-TW.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = value.split('.')[0]!.replace('_', '-').toLowerCase();
  if (!tag || tag === 'c' || tag === 'posix') return undefined;
  if (tag.startsWith('zh')) return /tw|hk|mo|hant/.test(tag) ? 'zh-TW' : 'zh-CN';
  if (tag.startsWith('en')) return 'en';
  return undefined;
}

/** `--lang`, else the plan's `locale`, else the environment, else English. */
export function chooseLang(
  flag: Lang | undefined,
  planLocale: Lang | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  return flag ?? planLocale ?? langFromEnv(env) ?? 'en';
}
