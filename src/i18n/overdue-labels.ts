/**
 * Words of the overdue list (`plan overdue`, and the most urgent items of
 * `plan report`) in each language. Shared words (statuses, lights, kinds,
 * reasons) come from `labels.ts`; these are the list's own.
 */
import type { Lang } from './lang.js';

export interface OverdueLabels {
  /** The list's heading: 逾期与预警事项. */
  readonly heading: string;
  /** The heading with the plan's title, for a document that stands alone. */
  readonly headingFor: (title: string) => string;
  /** `as of 2024-06-30`, given the day already in words. */
  readonly asOf: (date: string) => string;
  /** The counts line under the table. */
  readonly counts: (counts: { total: number; red: number; yellow: number }) => string;
  /** The date and the counts in one sentence, under a document's heading. */
  readonly summary: (
    date: string,
    counts: { total: number; red: number; yellow: number },
  ) => string;
  /** What an empty list says. */
  readonly nothing: (date: string) => string;
  readonly column: {
    readonly light: string;
    readonly kind: string;
    readonly no: string;
    readonly title: string;
    readonly lead: string;
    readonly due: string;
    readonly daysLate: string;
    readonly reasons: string;
  };
  /** The reason no shared label covers. */
  readonly targetAtRisk: string;
  /** One reason with its figures, for the reasons column. */
  readonly explain: {
    readonly overdue: (days: number) => string;
    readonly dueSoon: (daysLeft: number) => string;
    readonly lateToStart: (days: number) => string;
    readonly behind: (points: number, progress?: number, expected?: number) => string;
    readonly targetAtRisk: (target: string, actual?: string) => string;
  };
  /** Joins the reasons of one item. */
  readonly reasonSeparator: string;
}

const zhCN: OverdueLabels = {
  heading: '逾期与预警事项',
  headingFor: (title) => `逾期与预警事项：${title}`,
  asOf: (date) => `截至${date}`,
  counts: ({ total, red, yellow }) => `共 ${total} 项：红灯 ${red} 项，黄灯 ${yellow} 项`,
  summary: (date, { total, red, yellow }) =>
    `截至${date}，共 ${total} 项：红灯 ${red} 项，黄灯 ${yellow} 项。`,
  nothing: (date) => `截至${date}，没有逾期或需要预警的事项。`,
  column: {
    light: '灯号',
    kind: '类型',
    no: '序号',
    title: '事项',
    lead: '牵头单位',
    due: '完成时限',
    daysLate: '逾期天数',
    reasons: '情况',
  },
  targetAtRisk: '指标有风险',
  explain: {
    overdue: (days) => `逾期 ${days} 天`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? '今天到期' : `${daysLeft} 天后到期`),
    lateToStart: (days) => `应启动未启动（已过 ${days} 天）`,
    behind: (points, progress, expected) =>
      progress !== undefined && expected !== undefined
        ? `落后序时进度 ${points} 个百分点（进度 ${progress}%，应达 ${expected}%）`
        : `落后序时进度 ${points} 个百分点`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `指标有风险（最新 ${actual}，目标 ${target}）`
        : `指标有风险（目标 ${target}）`,
  },
  reasonSeparator: '；',
};

const zhTW: OverdueLabels = {
  heading: '逾期與預警事項',
  headingFor: (title) => `逾期與預警事項：${title}`,
  asOf: (date) => `截至${date}`,
  counts: ({ total, red, yellow }) => `共 ${total} 項：紅燈 ${red} 項，黃燈 ${yellow} 項`,
  summary: (date, { total, red, yellow }) =>
    `截至${date}，共 ${total} 項：紅燈 ${red} 項，黃燈 ${yellow} 項。`,
  nothing: (date) => `截至${date}，沒有逾期或需要預警的事項。`,
  column: {
    light: '燈號',
    kind: '類型',
    no: '序號',
    title: '事項',
    lead: '牽頭單位',
    due: '完成時限',
    daysLate: '逾期天數',
    reasons: '情況',
  },
  targetAtRisk: '指標有風險',
  explain: {
    overdue: (days) => `逾期 ${days} 天`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? '今天到期' : `${daysLeft} 天後到期`),
    lateToStart: (days) => `應啟動未啟動（已過 ${days} 天）`,
    behind: (points, progress, expected) =>
      progress !== undefined && expected !== undefined
        ? `落後序時進度 ${points} 個百分點（進度 ${progress}%，應達 ${expected}%）`
        : `落後序時進度 ${points} 個百分點`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `指標有風險（最新 ${actual}，目標 ${target}）`
        : `指標有風險（目標 ${target}）`,
  },
  reasonSeparator: '；',
};

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

const en: OverdueLabels = {
  heading: 'Overdue and at-risk items',
  headingFor: (title) => `Overdue and at-risk items: ${title}`,
  asOf: (date) => `as of ${date}`,
  counts: ({ total, red, yellow }) =>
    `${total} ${total === 1 ? 'item' : 'items'}: ${red} red, ${yellow} yellow`,
  summary: (date, { total, red, yellow }) =>
    `As of ${date}: ${total} ${total === 1 ? 'item' : 'items'}, ${red} red, ${yellow} yellow.`,
  nothing: (date) => `Nothing overdue or at risk as of ${date}.`,
  column: {
    light: 'Light',
    kind: 'Kind',
    no: 'No.',
    title: 'Item',
    lead: 'Lead',
    due: 'Due',
    daysLate: 'Days late',
    reasons: 'Why',
  },
  targetAtRisk: 'target at risk',
  explain: {
    overdue: (n) => `overdue by ${days(n)}`,
    dueSoon: (daysLeft) => (daysLeft === 0 ? 'due today' : `due in ${days(daysLeft)}`),
    lateToStart: (n) => `late to start by ${days(n)}`,
    behind: (points, progress, expected) =>
      progress !== undefined && expected !== undefined
        ? `${points} points behind schedule (${progress}% done, ${expected}% expected)`
        : `${points} points behind schedule`,
    targetAtRisk: (target, actual) =>
      actual !== undefined
        ? `target at risk (latest ${actual}, target ${target})`
        : `target at risk (target ${target})`,
  },
  reasonSeparator: '; ',
};

const labels: Record<Lang, OverdueLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function overdueLabels(lang: Lang): OverdueLabels {
  return labels[lang];
}
