/**
 * Words of the office formats of `plan table` (xlsx, docx): the heading over
 * the table, the as-of line, sheet names, the printed page footer, and the
 * note for formats that have no use for `--group-by`.
 */
import type { Lang } from './lang.js';

export interface OfficeLabels {
  /** The heading of the table in a document: 重点任务分工表. */
  readonly heading: string;
  /** `截至2024年6月30日`: the day the lights are judged as of. */
  readonly asOf: (day: string) => string;
  /** Between the parts of the line under the title (文号, issuer, as of). */
  readonly partSeparator: string;
  /** The name of the sheet with the whole table. */
  readonly allSheet: string;
  /** A printed page's footer, in Excel's header/footer codes (&P page, &N pages). */
  readonly pageFooter: string;
  /** A document page's footer around its page number and page count: `第 `, ` 页，共 `, ` 页`. */
  readonly pageOf: readonly [string, string, string];
  /** `注：` before the legend under a document's table. */
  readonly notePrefix: string;
  /** Before the legend of a status cell's shading (`light-legend.ts` words the rule). */
  readonly shading: string;
  /** stderr: `--group-by` has no effect on this format. */
  readonly groupByIgnored: (format: string) => string;
}

const zhCN: OfficeLabels = {
  heading: '重点任务分工表',
  asOf: (day) => `截至${day}`,
  partSeparator: '　',
  allSheet: '分工表',
  pageFooter: '&C第 &P 页，共 &N 页',
  pageOf: ['第 ', ' 页，共 ', ' 页'],
  notePrefix: '注：',
  shading: '状态底色即灯号。',
  groupByIgnored: (format) => `提示：--group-by 只用于 xlsx 和 docx，${format} 格式不分组。`,
};

const zhTW: OfficeLabels = {
  heading: '重點任務分工表',
  asOf: (day) => `截至${day}`,
  partSeparator: '　',
  allSheet: '分工表',
  pageFooter: '&C第 &P 頁，共 &N 頁',
  pageOf: ['第 ', ' 頁，共 ', ' 頁'],
  notePrefix: '註：',
  shading: '狀態底色即燈號。',
  groupByIgnored: (format) => `提示：--group-by 只用於 xlsx 和 docx，${format} 格式不分組。`,
};

const en: OfficeLabels = {
  heading: 'Key tasks and responsibilities',
  asOf: (day) => `As of ${day}`,
  partSeparator: ' · ',
  allSheet: 'Tasks',
  pageFooter: '&CPage &P of &N',
  pageOf: ['Page ', ' of ', ''],
  notePrefix: 'Note: ',
  shading: 'Status shading shows the light. ',
  groupByIgnored: (format) =>
    `note: --group-by applies to xlsx and docx; the ${format} table is not grouped.`,
};

const labels: Record<Lang, OfficeLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function officeLabels(lang: Lang): OfficeLabels {
  return labels[lang];
}
