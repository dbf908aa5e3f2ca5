/**
 * Words of the overdue list (`plan overdue`, and the most urgent items of
 * `plan report`) in each language. Shared words (statuses, lights, kinds,
 * reasons) come from `labels.ts`; these are the list's own.
 */
import { zhCompare } from './catalogue/format.js';
import type { Lang } from './lang.js';

export interface OverdueLabels {
  /** The list's heading: 逾期与预警事项. */
  readonly heading: string;
  /** The heading with the plan's title, for a document that stands alone. */
  readonly headingFor: (title: string) => string;
  /** `as of 2024-06-30`, given the day already in words. */
  readonly asOf: (date: string) => string;
  /** The counts line under the table; blue and done late are named only when there are any. */
  readonly counts: (counts: OverdueCountsIn) => string;
  /** The date and the counts in one sentence, under a document's heading. */
  readonly summary: (date: string, counts: OverdueCountsIn) => string;
  /** What an empty list says. */
  readonly nothing: (date: string) => string;
  readonly column: {
    readonly light: string;
    readonly kind: string;
    readonly no: string;
    readonly title: string;
    readonly lead: string;
    readonly due: string;
    readonly daysOverdue: string;
    readonly daysLeft: string;
    readonly daysLateToStart: string;
    readonly daysDoneLate: string;
    readonly reasons: string;
  };
  /** The day columns' headers where room is short (the terminal); the figures are days. */
  readonly dayColumnShort: {
    readonly daysOverdue: string;
    readonly daysLeft: string;
    readonly daysLateToStart: string;
    readonly daysDoneLate: string;
  };
  /** The reason no shared label covers. */
  readonly targetAtRisk: string;
  /** One reason with its figures, for the reasons column. */
  readonly explain: {
    readonly overdue: (days: number) => string;
    readonly dueSoon: (daysLeft: number) => string;
    /**
     * A duty's missed occurrences: `periods` names them all, or when there
     * are more than a cell can hold, the latest few of `count`.
     */
    readonly missed: (periods: string, count: number, all: boolean) => string;
    readonly lateToStart: (days: number) => string;
    readonly behind: (
      points: number,
      progress?: number,
      expected?: number,
      fromSubTasks?: boolean,
      relative?: number,
    ) => string;
    readonly blocked: (note?: string) => string;
    readonly doneLate: (days: number) => string;
    readonly targetAtRisk: (target: string, actual?: string) => string;
  };
  /** Joins the reasons of one item. */
  readonly reasonSeparator: string;
  /** A column's heading before its value, where a narrow terminal lists items instead of a table. */
  readonly field: (heading: string, value: string) => string;
  /** Between two such fields on one line. */
  readonly fieldSeparator: string;
}

export interface OverdueCountsIn {
  readonly total: number;
  readonly red: number;
  readonly yellow: number;
  readonly blue?: number;
  readonly doneLate?: number;
}

/** `，蓝灯 2 项，逾期完成 1 项`: the parts only some lists have. */
const extraCounts = (
  { blue = 0, doneLate = 0 }: OverdueCountsIn,
  blueWord: string,
  doneLateWord: string,
  item: string,
): string =>
  (blue > 0 ? `，${blueWord} ${blue} ${item}` : '') +
  (doneLate > 0 ? `，${doneLateWord} ${doneLate} ${item}` : '');

const zhCN: OverdueLabels = {
  heading: '逾期与预警事项',
  headingFor: (title) => `逾期与预警事项：${title}`,
  asOf: (date) => `截至${date}`,
  counts: (c) =>
    `共 ${c.total} 项：红灯 ${c.red} 项，黄灯 ${c.yellow} 项${extraCounts(c, '蓝灯', '逾期完成', '项')}`,
  summary: (date, c) =>
    `截至${date}，共 ${c.total} 项：红灯 ${c.red} 项，黄灯 ${c.yellow} 项${extraCounts(c, '蓝灯', '逾期完成', '项')}。`,
  nothing: (date) => `截至${date}，没有逾期或需要预警的事项。`,
  column: {
    light: '灯号',
    kind: '类型',
    no: '序号',
    title: '事项',
    lead: '牵头单位',
    due: '完成时限',
    daysOverdue: '逾期天数',
    daysLeft: '剩余天数',
    daysLateToStart: '延迟启动天数',
    daysDoneLate: '逾期完成天数',
    reasons: '情况',
  },
  dayColumnShort: {
    daysOverdue: '逾期天数',
    daysLeft: '剩余天数',
    daysLateToStart: '延迟启动',
    daysDoneLate: '逾期完成',
  },
  targetAtRisk: '指标有风险',
  explain: {
    overdue: (days) => `逾期 ${days} 天`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? '今天到期' : `${daysLeft} 天后到期`),
    missed: (periods, count, all) =>
      all ? `${periods}应报未报` : `应报未报 ${count} 期，最近为${periods}`,
    lateToStart: (days) => `延迟启动 ${days} 天`,
    behind: (points, progress, expected, fromSubTasks, relative) =>
      (progress !== undefined && expected !== undefined
        ? `进度 ${progress}%${fromSubTasks ? '（按子任务平均）' : ''}，落后序时进度（${expected}%）${points} 个百分点`
        : `落后序时进度 ${points} 个百分点`) +
      (relative !== undefined ? `，差距为序时进度的 ${relative}%` : ''),
    blocked: (note) => (note ? `受阻：${note}` : '受阻，未记录原因'),
    doneLate: (days) => `逾期 ${days} 天完成`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `指标有风险（最新值 ${actual}，目标 ${zhCompare(target)}）`
        : `指标有风险（目标 ${zhCompare(target)}）`,
  },
  reasonSeparator: '；',
  field: (heading, value) => `${heading}：${value}`,
  fieldSeparator: '　',
};

const zhTW: OverdueLabels = {
  heading: '逾期與預警事項',
  headingFor: (title) => `逾期與預警事項：${title}`,
  asOf: (date) => `截至${date}`,
  counts: (c) =>
    `共 ${c.total} 項：紅燈 ${c.red} 項，黃燈 ${c.yellow} 項${extraCounts(c, '藍燈', '逾期完成', '項')}`,
  summary: (date, c) =>
    `截至${date}，共 ${c.total} 項：紅燈 ${c.red} 項，黃燈 ${c.yellow} 項${extraCounts(c, '藍燈', '逾期完成', '項')}。`,
  nothing: (date) => `截至${date}，沒有逾期或需要預警的事項。`,
  column: {
    light: '燈號',
    kind: '類型',
    no: '序號',
    title: '事項',
    lead: '牽頭單位',
    due: '完成時限',
    daysOverdue: '逾期天數',
    daysLeft: '剩餘天數',
    daysLateToStart: '延遲啟動天數',
    daysDoneLate: '逾期完成天數',
    reasons: '情況',
  },
  dayColumnShort: {
    daysOverdue: '逾期天數',
    daysLeft: '剩餘天數',
    daysLateToStart: '延遲啟動',
    daysDoneLate: '逾期完成',
  },
  targetAtRisk: '指標有風險',
  explain: {
    overdue: (days) => `逾期 ${days} 天`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? '今天到期' : `${daysLeft} 天後到期`),
    missed: (periods, count, all) =>
      all ? `${periods}應報未報` : `應報未報 ${count} 期，最近為${periods}`,
    lateToStart: (days) => `延遲啟動 ${days} 天`,
    behind: (points, progress, expected, fromSubTasks, relative) =>
      (progress !== undefined && expected !== undefined
        ? `進度 ${progress}%${fromSubTasks ? '（按子任務平均）' : ''}，落後序時進度（${expected}%）${points} 個百分點`
        : `落後序時進度 ${points} 個百分點`) +
      (relative !== undefined ? `，差距為序時進度的 ${relative}%` : ''),
    blocked: (note) => (note ? `受阻：${note}` : '受阻，未記錄原因'),
    doneLate: (days) => `逾期 ${days} 天完成`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `指標有風險（最新值 ${actual}，目標 ${zhCompare(target)}）`
        : `指標有風險（目標 ${zhCompare(target)}）`,
  },
  reasonSeparator: '；',
  field: (heading, value) => `${heading}：${value}`,
  fieldSeparator: '　',
};

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

const extraEn = ({ blue = 0, doneLate = 0 }: OverdueCountsIn): string =>
  (blue > 0 ? `, ${blue} blue` : '') + (doneLate > 0 ? `, ${doneLate} done late` : '');

const en: OverdueLabels = {
  heading: 'Overdue and at-risk items',
  headingFor: (title) => `Overdue and at-risk items: ${title}`,
  asOf: (date) => `as of ${date}`,
  counts: (c) =>
    `${c.total} ${c.total === 1 ? 'item' : 'items'}: ${c.red} red, ${c.yellow} yellow${extraEn(c)}`,
  summary: (date, c) =>
    `As of ${date}: ${c.total} ${c.total === 1 ? 'item' : 'items'}, ${c.red} red, ${c.yellow} yellow${extraEn(c)}.`,
  nothing: (date) => `Nothing overdue or at risk as of ${date}.`,
  column: {
    light: 'Light',
    kind: 'Kind',
    no: 'No.',
    title: 'Item',
    lead: 'Lead',
    due: 'Due',
    daysOverdue: 'Days overdue',
    daysLeft: 'Days left',
    daysLateToStart: 'Days late to start',
    daysDoneLate: 'Days done late',
    reasons: 'Why',
  },
  dayColumnShort: {
    daysOverdue: 'Overdue',
    daysLeft: 'Left',
    daysLateToStart: 'Late start',
    daysDoneLate: 'Done late',
  },
  targetAtRisk: 'target at risk',
  explain: {
    overdue: (n) => `overdue by ${days(n)}`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? 'due today' : `due in ${days(daysLeft)}`),
    missed: (periods, count, all) =>
      all ? `missed: ${periods}` : `missed ${count} reports, the latest ${periods}`,
    lateToStart: (n) => `late to start by ${days(n)}`,
    behind: (points, progress, expected, fromSubTasks, relative) =>
      (progress !== undefined && expected !== undefined
        ? `${points} points behind schedule (${progress}% done${fromSubTasks ? ', mean of sub-tasks' : ''}, ${expected}% expected)`
        : `${points} points behind schedule`) +
      (relative !== undefined ? `, a shortfall of ${relative}% of the expected` : ''),
    blocked: (note) => (note ? `blocked: ${note}` : 'blocked, no reason recorded'),
    doneLate: (n) => `done ${days(n)} late`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `target at risk (latest ${actual}, target ${target})`
        : `target at risk (target ${target})`,
  },
  reasonSeparator: '; ',
  field: (heading, value) => `${heading}: ${value}`,
  fieldSeparator: '  ',
};

const labels: Record<Lang, OverdueLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function overdueLabels(lang: Lang): OverdueLabels {
  return labels[lang];
}
