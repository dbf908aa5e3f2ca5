import type { Lang } from './lang.js';

/** The closing line of `plan check`. */
export function checkSummary(
  counts: { errors: number; warnings: number; infos: number },
  files: number,
  lang: Lang,
): string {
  const { errors, warnings, infos } = counts;
  const total = errors + warnings + infos;
  if (lang === 'en') {
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const checked = plural(files, 'file');
    if (total === 0) return `${checked} checked, no problems`;
    return `${checked} checked: ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  }
  if (lang === 'zh-TW') {
    if (total === 0) return `已檢查 ${files} 個檔案，沒有發現問題`;
    return `已檢查 ${files} 個檔案，共 ${total} 個問題（${errors} 個錯誤，${warnings} 個警告，${infos} 個提示）`;
  }
  if (total === 0) return `已检查 ${files} 个文件，没有发现问题`;
  return `已检查 ${files} 个文件，共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
}
