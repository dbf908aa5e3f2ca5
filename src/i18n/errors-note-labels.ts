/**
 * Words of the note a view puts at the top of its output when the plan it
 * renders has errors: how many there are, that judgements resting on them
 * may be wrong, where the first few are, and how many more.
 */
import type { Lang } from './lang.js';

export interface ErrorsNoteLabels {
  /** `本计划有 2 处错误，相关判断可能不准确：` */
  readonly lead: (count: number) => string;
  /** `第 12 行：结束时间 2014-06 早于开始时间 2016-04`, and the suggestion in parentheses. */
  readonly line: (line: number, message: string, suggestion?: string) => string;
  /** After the first few: `……等 20000 处` (all of them) / `… and 19995 more`. */
  readonly more: (total: number, shown: number) => string;
}

const zhCN: ErrorsNoteLabels = {
  lead: (count) => `本计划有 ${count} 处错误，相关判断可能不准确：`,
  line: (line, message, suggestion) =>
    `第 ${line} 行：${message}${suggestion ? `（${suggestion}）` : ''}`,
  more: (total) => `……等 ${total} 处`,
};

const zhTW: ErrorsNoteLabels = {
  lead: (count) => `本計畫有 ${count} 處錯誤，相關判斷可能不準確：`,
  line: (line, message, suggestion) =>
    `第 ${line} 行：${message}${suggestion ? `（${suggestion}）` : ''}`,
  more: (total) => `……等 ${total} 處`,
};

const en: ErrorsNoteLabels = {
  lead: (count) =>
    `This plan has ${count} ${count === 1 ? 'error' : 'errors'}; judgements that rest on ${count === 1 ? 'it' : 'them'} may be wrong:`,
  line: (line, message, suggestion) =>
    `Line ${line}: ${message}${suggestion ? ` (${suggestion})` : ''}`,
  more: (total, shown) => `… and ${total - shown} more`,
};

const byLang: Record<Lang, ErrorsNoteLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function errorsNoteLabels(lang: Lang): ErrorsNoteLabels {
  return byLang[lang];
}
