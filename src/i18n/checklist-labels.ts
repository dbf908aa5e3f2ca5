/**
 * Words of `plan checklist`: the field names on each line, the group
 * headings for items without a group, and the words that say why an item
 * is not green (逾期 12 天 / overdue 12 days), so a printed list needs no
 * colour to be read.
 */
import type { RepeatKind } from '../model/types.js';
import type { Lang } from './lang.js';

export interface ChecklistLabels {
  /** `截至 2024年6月30日`: lights are judged as of this day. */
  readonly asOf: (day: string) => string;
  /** The unit line under the title with `--unit`. */
  readonly unitLine: (unit: string, leads: number, supports: number) => string;
  readonly role: { lead: string; support: string };
  /** The role before a title: `【牵头】`, `[lead] `. */
  readonly roleMark: (role: string) => string;
  /** The role through a collective unit the item names: `牵头（各临床科室）`. */
  readonly roleVia: (role: string, group: string) => string;
  /** Field names on an item line. */
  readonly field: { lead: string; support: string; due: string; progress: string; doneOn: string };
  /** `label：value`. */
  readonly pair: (label: string, value: string) => string;
  /** Between the fields of a line. */
  readonly fieldSeparator: string;
  /** `（…）` around the annotations that end a line. */
  readonly parens: (text: string) => string;
  /** Between annotations inside the parentheses. */
  readonly noteSeparator: string;
  readonly repeat: Record<RepeatKind, string>;
  /** Headings of the groups for items the grouping cannot place. */
  readonly other: { phase: string; goal: string; unit: string };
  readonly milestones: string;
  /** Before a milestone's title. */
  readonly milestone: string;
  /** `2014年8月—2016年3月`. */
  readonly span: (from: string, to: string) => string;
  readonly overdue: (days: number) => string;
  readonly dueSoon: (days: number) => string;
  readonly lateToStart: (days: number) => string;
  readonly behind: (points: number) => string;
  /** 逾期完成: done this many days after its due date. */
  readonly doneLate: (days: number) => string;
  /** A recurring task's list was cut: how many occurrences are not shown. */
  readonly earlier: (count: number) => string;
  readonly later: (count: number) => string;
  /** After a missed occurrence's date, and a dropped one's (recorded in `occurrences:`). */
  readonly missedOccurrence: string;
  readonly droppedOccurrence: string;
  /** stderr, when `--unit` leaves nothing. */
  readonly noItemsForUnit: (unit: string) => string;
}

const zhCN: ChecklistLabels = {
  asOf: (day) => `截至 ${day}`,
  unitLine: (unit, leads, supports) => `责任单位：${unit}（牵头 ${leads} 项，配合 ${supports} 项）`,
  role: { lead: '牵头', support: '配合' },
  roleMark: (role) => `【${role}】`,
  roleVia: (role, group) => `${role}（${group}）`,
  field: { lead: '牵头', support: '配合', due: '完成时限', progress: '进度', doneOn: '完成于' },
  pair: (label, value) => `${label}：${value}`,
  fieldSeparator: '；',
  parens: (text) => `（${text}）`,
  noteSeparator: '，',
  repeat: {
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
    'half-yearly': '每半年',
    yearly: '每年',
  },
  other: { phase: '其他（未分阶段）', goal: '其他（未关联目标）', unit: '其他（未明确责任单位）' },
  milestones: '时间节点',
  milestone: '节点',
  span: (from, to) => (from === to ? from : `${from}—${to}`),
  overdue: (days) => `逾期 ${days} 天`,
  dueSoon: (days) => (days === 0 ? '今天到期' : `${days} 天后到期`),
  lateToStart: (days) => `延迟启动 ${days} 天`,
  behind: (points) => `落后序时进度 ${points} 个百分点`,
  doneLate: (days) => `逾期 ${days} 天完成`,
  earlier: (count) => `……此前另有 ${count} 次未列出`,
  later: (count) => `……此后另有 ${count} 次未列出`,
  missedOccurrence: '（应报未报）',
  droppedOccurrence: '（已取消）',
  noItemsForUnit: (unit) => `提示：${unit} 没有牵头或配合的任务或节点。`,
};

const zhTW: ChecklistLabels = {
  asOf: (day) => `截至 ${day}`,
  unitLine: (unit, leads, supports) => `責任單位：${unit}（牽頭 ${leads} 項，配合 ${supports} 項）`,
  role: { lead: '牽頭', support: '配合' },
  roleMark: (role) => `【${role}】`,
  roleVia: (role, group) => `${role}（${group}）`,
  field: { lead: '牽頭', support: '配合', due: '完成時限', progress: '進度', doneOn: '完成於' },
  pair: (label, value) => `${label}：${value}`,
  fieldSeparator: '；',
  parens: (text) => `（${text}）`,
  noteSeparator: '，',
  repeat: {
    weekly: '每週',
    monthly: '每月',
    quarterly: '每季度',
    'half-yearly': '每半年',
    yearly: '每年',
  },
  other: { phase: '其他（未分階段）', goal: '其他（未關聯目標）', unit: '其他（未明確責任單位）' },
  milestones: '時間節點',
  milestone: '節點',
  span: (from, to) => (from === to ? from : `${from}—${to}`),
  overdue: (days) => `逾期 ${days} 天`,
  dueSoon: (days) => (days === 0 ? '今天到期' : `${days} 天後到期`),
  lateToStart: (days) => `延遲啟動 ${days} 天`,
  behind: (points) => `落後序時進度 ${points} 個百分點`,
  doneLate: (days) => `逾期 ${days} 天完成`,
  earlier: (count) => `……此前另有 ${count} 次未列出`,
  later: (count) => `……此後另有 ${count} 次未列出`,
  missedOccurrence: '（應報未報）',
  droppedOccurrence: '（已取消）',
  noItemsForUnit: (unit) => `提示：${unit} 沒有牽頭或配合的任務或節點。`,
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: ChecklistLabels = {
  asOf: (day) => `As of ${day}`,
  unitLine: (unit, leads, supports) =>
    `Responsible unit: ${unit} (leads ${leads}, supports ${supports})`,
  role: { lead: 'lead', support: 'support' },
  roleMark: (role) => `[${role}] `,
  roleVia: (role, group) => `${role} via ${group}`,
  field: { lead: 'lead', support: 'support', due: 'due', progress: 'progress', doneOn: 'done' },
  pair: (label, value) => `${label}: ${value}`,
  fieldSeparator: '; ',
  parens: (text) => ` (${text})`,
  noteSeparator: ', ',
  repeat: {
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    'half-yearly': 'half-yearly',
    yearly: 'yearly',
  },
  other: {
    phase: 'Other (no phase)',
    goal: 'Other (no goal)',
    unit: 'Other (no responsible unit)',
  },
  milestones: 'Milestones',
  milestone: 'Milestone',
  span: (from, to) => (from === to ? from : `${from} – ${to}`),
  overdue: (days) => `overdue ${plural(days, 'day', 'days')}`,
  dueSoon: (days) => (days === 0 ? 'due today' : `due in ${plural(days, 'day', 'days')}`),
  lateToStart: (days) => `late to start by ${plural(days, 'day', 'days')}`,
  behind: (points) => `${plural(points, 'point', 'points')} behind schedule`,
  doneLate: (days) => `done ${plural(days, 'day', 'days')} late`,
  earlier: (count) => `… ${plural(count, 'earlier occurrence', 'earlier occurrences')} not listed`,
  later: (count) => `… ${plural(count, 'later occurrence', 'later occurrences')} not listed`,
  missedOccurrence: ' (missed)',
  droppedOccurrence: ' (dropped)',
  noItemsForUnit: (unit) => `note: ${unit} leads or supports no task or milestone.`,
};

const labels: Record<Lang, ChecklistLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function checklistLabels(lang: Lang): ChecklistLabels {
  return labels[lang];
}
