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

/** What `plan fix` did to one file, or why it left it alone. */
export type FixNote =
  | { readonly kind: 'fixed'; readonly count: number }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'left'; readonly count: number; readonly parses: boolean }
  | {
      readonly kind: 'refused';
      readonly reason: 'reads-worse' | 'symlink' | 'read-only' | 'hard-links' | 'changed';
    };

const refusalEn: Record<Extract<FixNote, { kind: 'refused' }>['reason'], string> = {
  'reads-worse': 'the fixed text would read worse (no longer parse, or more errors)',
  symlink: 'it is a symbolic link; fix the file it points to',
  'read-only': 'it is read-only',
  'hard-links': 'it has other hard links, which a rewrite would part from it',
  changed: 'it changed while it was being fixed',
};
const refusalZhCN: typeof refusalEn = {
  'reads-worse': '修复后的文本不如原文（无法解析，或错误增多）',
  symlink: '该文件是符号链接，请对其指向的文件运行 plan fix',
  'read-only': '该文件为只读',
  'hard-links': '该文件另有硬链接，改写后将与之分离',
  changed: '修复期间该文件已被改动',
};
const refusalZhTW: typeof refusalEn = {
  'reads-worse': '修正後的文字不如原文（無法解析，或錯誤增多）',
  symlink: '該檔案是符號連結，請對其指向的檔案執行 plan fix',
  'read-only': '該檔案為唯讀',
  'hard-links': '該檔案另有硬連結，改寫後將與之分離',
  changed: '修正期間該檔案已被變更',
};

/** One line of `plan fix` about one file. */
export function fixNote(file: string, note: FixNote, lang: Lang): string {
  if (lang === 'en') {
    const plural = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;
    switch (note.kind) {
      case 'fixed':
        return `fixed ${plural(note.count)} in ${file}`;
      case 'nothing':
        return `nothing to fix in ${file}`;
      case 'left':
        return note.parses
          ? `${file}: ${plural(note.count)} left for a person to fix: run plan check ${file}`
          : `${file} still does not parse: only the certain fixes were made; run plan check ${file} for the rest`;
      case 'refused':
        return `not fixing ${file}: ${refusalEn[note.reason]}; nothing was written`;
    }
  }
  if (lang === 'zh-TW') {
    switch (note.kind) {
      case 'fixed':
        return `已修正 ${file} 中的 ${note.count} 個問題`;
      case 'nothing':
        return `${file} 沒有可自動修正的問題`;
      case 'left':
        return note.parses
          ? `${file} 尚有 ${note.count} 個問題需人工處理，請執行 plan check ${file} 檢視`
          : `${file} 仍有 YAML 語法錯誤，僅作了可確定的修正；其餘問題請執行 plan check ${file} 檢視`;
      case 'refused':
        return `未修正 ${file}：${refusalZhTW[note.reason]}，未寫入任何內容`;
    }
  }
  switch (note.kind) {
    case 'fixed':
      return `已修复 ${file} 中的 ${note.count} 个问题`;
    case 'nothing':
      return `${file} 没有可自动修复的问题`;
    case 'left':
      return note.parses
        ? `${file} 尚有 ${note.count} 个问题需人工处理，请运行 plan check ${file} 查看`
        : `${file} 仍有 YAML 语法错误，仅作了可确定的修复；其余问题请运行 plan check ${file} 查看`;
    case 'refused':
      return `未修复 ${file}：${refusalZhCN[note.reason]}，未写入任何内容`;
  }
}
