/** The languages every label and message exists in. */
export const langs = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof langs)[number];

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
