/**
 * Public holidays by the names `chinese-days` gives (`Spring Festival`,
 * `春节`), as an official text writes them. The package's Chinese names are
 * short (清明, 端午); a notice writes 清明节, and zh-TW its own characters.
 * A name not listed here (a one-off day such as 2015's 抗战胜利纪念日) keeps
 * the package's own words.
 */
import type { Lang } from './lang.js';

const names: Record<string, { readonly 'zh-CN': string; readonly 'zh-TW': string }> = {
  "New Year's Day": { 'zh-CN': '元旦', 'zh-TW': '元旦' },
  'Spring Festival': { 'zh-CN': '春节', 'zh-TW': '春節' },
  'Tomb-sweeping Day': { 'zh-CN': '清明节', 'zh-TW': '清明節' },
  'Labour Day': { 'zh-CN': '劳动节', 'zh-TW': '勞動節' },
  'Dragon Boat Festival': { 'zh-CN': '端午节', 'zh-TW': '端午節' },
  'Mid-autumn Festival': { 'zh-CN': '中秋节', 'zh-TW': '中秋節' },
  'National Day': { 'zh-CN': '国庆节', 'zh-TW': '國慶節' },
  'Anti-Fascist 70th Day': { 'zh-CN': '抗战胜利纪念日', 'zh-TW': '抗戰勝利紀念日' },
};

/** `en` and `zh` as the package gives them; the name in `lang`. */
export function holidayName(en: string, zh: string, lang: Lang): string {
  if (lang === 'en') return en;
  return names[en]?.[lang] ?? zh;
}
