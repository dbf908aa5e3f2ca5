/**
 * Words of the task-division table (分工表) beyond the shared column names:
 * the line that says which filters are on, the row count, and the notes
 * printed on stderr when a filter leaves nothing.
 */
import type { Lang } from './lang.js';

export interface TableLabels {
  /** Names of the filters, as the line above the table shows them. */
  readonly filter: { unit: string; phase: string; goal: string; status: string };
  /** `label：value`, with the colon each language uses. */
  readonly pair: (label: string, value: string) => string;
  /** Joins the filter pairs. */
  readonly pairSeparator: string;
  /** The line under the terminal table. */
  readonly count: (rows: number) => string;
  /** Under the terminal table: the columns left out for lack of width. */
  readonly leftOut: (columns: readonly string[]) => string;
  /** stderr: the unit is known (or named by a task) but leads and supports nothing that passes the filters. */
  readonly noRowsForUnit: (unit: string) => string;
  /** stderr: no unit of that name, id or alias in the plan. */
  readonly unknownUnit: (query: string, known: readonly string[]) => string;
  /** stderr: the filters together leave no row. */
  readonly noRows: string;
  /** In a member's extract, the member where the task names its group: `内科（各临床科室）`. */
  readonly viaGroup: (unit: string, group: string) => string;
}

const zhCN: TableLabels = {
  filter: { unit: '单位', phase: '阶段', goal: '目标', status: '状态' },
  pair: (label, value) => `${label}：${value}`,
  pairSeparator: '；',
  count: (rows) => `共 ${rows} 项任务`,
  leftOut: (columns) =>
    `（因宽度所限未显示：${columns.join('、')}；可用 --columns 或 --width 调整）`,
  noRowsForUnit: (unit) => `提示：${unit} 没有牵头或配合的任务（在所选条件下）。`,
  unknownUnit: (query, known) =>
    `提示：方案中没有名为“${query}”的单位${known.length > 0 ? `；已有单位：${known.join('、')}` : ''}。`,
  noRows: '提示：没有符合条件的任务。',
  viaGroup: (unit, group) => `${unit}（${group}）`,
};

const zhTW: TableLabels = {
  filter: { unit: '單位', phase: '階段', goal: '目標', status: '狀態' },
  pair: (label, value) => `${label}：${value}`,
  pairSeparator: '；',
  count: (rows) => `共 ${rows} 項任務`,
  leftOut: (columns) =>
    `（因寬度所限未顯示：${columns.join('、')}；可用 --columns 或 --width 調整）`,
  noRowsForUnit: (unit) => `提示：${unit} 沒有牽頭或配合的任務（在所選條件下）。`,
  unknownUnit: (query, known) =>
    `提示：方案中沒有名為「${query}」的單位${known.length > 0 ? `；已有單位：${known.join('、')}` : ''}。`,
  noRows: '提示：沒有符合條件的任務。',
  viaGroup: (unit, group) => `${unit}（${group}）`,
};

const en: TableLabels = {
  filter: { unit: 'Unit', phase: 'Phase', goal: 'Goal', status: 'Status' },
  pair: (label, value) => `${label}: ${value}`,
  pairSeparator: '; ',
  count: (rows) => `${rows} ${rows === 1 ? 'task' : 'tasks'}`,
  leftOut: (columns) => `(not shown for width: ${columns.join(', ')}; see --columns, --width)`,
  noRowsForUnit: (unit) => `note: ${unit} leads or supports no task (with these filters).`,
  unknownUnit: (query, known) =>
    `note: the plan has no unit called "${query}"${known.length > 0 ? `; its units: ${known.join(', ')}` : ''}.`,
  noRows: 'note: no task matches these filters.',
  viaGroup: (unit, group) => `${unit} (${group})`,
};

const labels: Record<Lang, TableLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function tableLabels(lang: Lang): TableLabels {
  return labels[lang];
}
