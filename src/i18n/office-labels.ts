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
  /** The light of a status cell in words, for a document printed without colour. */
  readonly lightLegend: string;
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
  lightLegend:
    '状态底色：红色为逾期或落后序时进度30个百分点以上，黄色为即将到期、未按时启动或落后10个百分点以上，绿色为正常推进，灰色为已完成或已取消。',
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
  lightLegend:
    '狀態底色：紅色為逾期或落後序時進度30個百分點以上，黃色為即將到期、未按時啟動或落後10個百分點以上，綠色為正常推進，灰色為已完成或已取消。',
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
  lightLegend:
    'Status shading: red, overdue or 30+ points behind schedule; yellow, due soon, late to start or 10+ points behind; green, on track; grey, done or dropped.',
  groupByIgnored: (format) =>
    `note: --group-by applies to xlsx and docx; the ${format} table is not grouped.`,
};

const labels: Record<Lang, OfficeLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function officeLabels(lang: Lang): OfficeLabels {
  return labels[lang];
}
