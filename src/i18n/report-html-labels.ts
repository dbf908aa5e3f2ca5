/**
 * Words of the printable report page (`plan report --format html`) beyond
 * those the other report formats share (`report-labels.ts`): the header's
 * field names, the sections only the page has, and the legend that lets a
 * black-and-white print tell the lights apart.
 */
import type { Lang } from './lang.js';

export interface ReportHtmlLabels {
  /** The line above the plan's title: what kind of document this is. */
  readonly kicker: string;
  /** The browser tab and the PDF's title. */
  readonly documentTitle: (title: string, asOf: string) => string;
  readonly meta: {
    readonly issuer: string;
    readonly documentNo: string;
    readonly issued: string;
    readonly period: string;
    readonly asOf: string;
  };
  /** A period's two ends, already in words. */
  readonly period: (start: string, end: string) => string;
  readonly section: {
    readonly summary: string;
    readonly timeline: string;
    readonly tasks: string;
  };
  /** Captions of the groups of summary cards. */
  readonly cards: {
    readonly status: string;
    readonly lights: string;
    readonly targets: string;
  };
}

const zhCN: ReportHtmlLabels = {
  kicker: '实施进展报告',
  documentTitle: (title, asOf) => `${title}（截至${asOf}）`,
  meta: {
    issuer: '印发单位',
    documentNo: '文号',
    issued: '印发日期',
    period: '实施期限',
    asOf: '统计截至',
  },
  period: (start, end) => `${start}—${end}`,
  section: { summary: '总体情况', timeline: '时间进度图', tasks: '重点任务分工表' },
  cards: { status: '任务状态', lights: '红黄绿灯', targets: '指标达成' },
};

const zhTW: ReportHtmlLabels = {
  kicker: '實施進展報告',
  documentTitle: (title, asOf) => `${title}（截至${asOf}）`,
  meta: {
    issuer: '印發單位',
    documentNo: '文號',
    issued: '印發日期',
    period: '實施期限',
    asOf: '統計截至',
  },
  period: (start, end) => `${start}—${end}`,
  section: { summary: '總體情況', timeline: '時間進度圖', tasks: '重點任務分工表' },
  cards: { status: '任務狀態', lights: '紅黃綠燈', targets: '指標達成' },
};

const en: ReportHtmlLabels = {
  kicker: 'Progress report',
  documentTitle: (title, asOf) => `${title} (as of ${asOf})`,
  meta: {
    issuer: 'Issuer',
    documentNo: 'Document no.',
    issued: 'Issued',
    period: 'Period',
    asOf: 'As of',
  },
  period: (start, end) => `${start} to ${end}`,
  section: { summary: 'Summary', timeline: 'Timeline', tasks: 'Task division table' },
  cards: { status: 'Tasks by status', lights: 'Traffic lights', targets: 'Targets' },
};

const labels: Record<Lang, ReportHtmlLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function reportHtmlLabels(lang: Lang): ReportHtmlLabels {
  return labels[lang];
}
