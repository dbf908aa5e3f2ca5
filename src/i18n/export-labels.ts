/**
 * Words of `plan export`: the bracketed prefix that says what an event is
 * (a calendar shows only the summary at a glance, so the kind goes first)
 * and the labels of the description's lines.
 */
import type { RepeatKind } from '../model/types.js';
import type { Lang } from './lang.js';

export type ExportEventKind = 'task' | 'milestone' | 'phase' | 'step';

export interface ExportLabels {
  /** `[到期]`, `[Due]` … */
  readonly prefix: Record<ExportEventKind, string>;
  readonly field: {
    readonly plan: string;
    readonly phase: string;
    readonly period: string;
    readonly repeat: string;
    readonly doneOn: string;
    readonly notes: string;
  };
  readonly repeat: Record<RepeatKind, string>;
  /** How many times a recurring duty falls due: `共 12 次`. */
  readonly times: (count: number) => string;
  /** One line of the description: `牵头单位：县卫生健康局`. */
  readonly line: (label: string, value: string) => string;
  /** A span of dates: `2014年8月—2016年3月`. */
  readonly range: (from: string, to: string) => string;
  /** A span with only a start, or only an end: `2024年3月起`, `截至2024年6月`. */
  readonly from: (date: string) => string;
  readonly until: (date: string) => string;
  /** Text with an aside: `完成方案制定（2023年3月31日）`, `每月（共 12 次）`. */
  readonly aside: (text: string, aside: string) => string;
  /** The notice when recurring tasks' occurrences were not all listed. */
  readonly cut: (tasks: number, perTask: number, total: number) => string;
  /** Duties with no end that a calendar rule cannot repeat for ever: listed a year ahead. */
  readonly bounded: (tasks: number) => string;
}

const zhCN: ExportLabels = {
  prefix: { task: '[到期]', milestone: '[节点]', phase: '[阶段]', step: '[步骤]' },
  field: {
    plan: '方案',
    phase: '阶段',
    period: '时间',
    repeat: '重复',
    doneOn: '完成日期',
    notes: '备注',
  },
  repeat: {
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
    'half-yearly': '每半年',
    yearly: '每年',
  },
  times: (count) => `共 ${count} 次`,
  line: (label, value) => `${label}：${value}`,
  range: (from, to) => `${from}—${to}`,
  from: (date) => `${date}起`,
  until: (date) => `截至${date}`,
  aside: (text, aside) => `${text}（${aside}）`,
  bounded: (tasks) =>
    `plan export：${tasks} 项周期性任务没有截止日期，日历无法无限重复其到期日，已列出今后一年的到期日；请在此之前重新导出，或写明其截止日期（due）或方案期间（period）`,
  cut: (tasks, perTask, total) =>
    `plan export：${tasks} 项周期性任务的到期日未全部列出（每项最多 ${perTask} 次，合计最多 ${total} 次）`,
};

const zhTW: ExportLabels = {
  prefix: { task: '[到期]', milestone: '[節點]', phase: '[階段]', step: '[步驟]' },
  field: {
    plan: '方案',
    phase: '階段',
    period: '時間',
    repeat: '重複',
    doneOn: '完成日期',
    notes: '備註',
  },
  repeat: {
    weekly: '每週',
    monthly: '每月',
    quarterly: '每季',
    'half-yearly': '每半年',
    yearly: '每年',
  },
  times: (count) => `共 ${count} 次`,
  line: (label, value) => `${label}：${value}`,
  range: (from, to) => `${from}—${to}`,
  from: (date) => `${date}起`,
  until: (date) => `截至${date}`,
  aside: (text, aside) => `${text}（${aside}）`,
  bounded: (tasks) =>
    `plan export：${tasks} 項週期性任務沒有截止日期，行事曆無法無限重複其到期日，已列出今後一年的到期日；請在此之前重新匯出，或寫明其截止日期（due）或方案期間（period）`,
  cut: (tasks, perTask, total) =>
    `plan export：${tasks} 項週期性任務的到期日未全部列出（每項最多 ${perTask} 次，合計最多 ${total} 次）`,
};

const en: ExportLabels = {
  prefix: { task: '[Due]', milestone: '[Milestone]', phase: '[Phase]', step: '[Step]' },
  field: {
    plan: 'Plan',
    phase: 'Phase',
    period: 'Period',
    repeat: 'Repeats',
    doneOn: 'Done on',
    notes: 'Notes',
  },
  repeat: {
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    'half-yearly': 'half-yearly',
    yearly: 'yearly',
  },
  times: (count) => (count === 1 ? '1 time' : `${count} times`),
  line: (label, value) => `${label}: ${value}`,
  range: (from, to) => `${from} – ${to}`,
  from: (date) => `from ${date}`,
  until: (date) => `until ${date}`,
  aside: (text, aside) => `${text} (${aside})`,
  bounded: (tasks) =>
    `plan export: ${tasks} recurring ${tasks === 1 ? 'task has' : 'tasks have'} no end date that a calendar can repeat to for ever; their due dates are listed for the next year: export again before then, or give ${tasks === 1 ? 'it a due date' : 'them due dates'} or the plan a period`,
  cut: (tasks, perTask, total) =>
    `plan export: the occurrences of ${tasks} recurring tasks are not all listed (at most ${perTask} per task, ${total} in all)`,
};

const labels: Record<Lang, ExportLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function exportLabels(lang: Lang): ExportLabels {
  return labels[lang];
}
