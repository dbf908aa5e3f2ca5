import { type Catalogue, en } from './catalogue/en.js';
import { zhCN } from './catalogue/zh-CN.js';
import { zhTW } from './catalogue/zh-TW.js';

/**
 * The languages of `plan`, each with its catalogue. Adding a language is one
 * file in ./catalogue/ and one line here. The catalogues are imported
 * statically: loading only the run's language with import() was measured
 * and saved no CPU time at start-up (V8 compiles the unused messages'
 * functions lazily), while it made every caller asynchronous.
 */
const catalogues = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
} satisfies Record<string, Catalogue>;

/** The languages every label and message exists in. */
export type Lang = keyof typeof catalogues;
export const langs = Object.keys(catalogues) as readonly Lang[];

/** The catalogue of `lang`. */
export function catalogueFor(lang: Lang): Catalogue {
  return catalogues[lang];
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
