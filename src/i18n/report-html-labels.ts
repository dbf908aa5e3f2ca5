/**
 * Words of the printable report page (`plan report --format html`) beyond
 * those the other report formats share (`report-labels.ts`): the header's
 * field names, the sections only the page has, and the legend that lets a
 * black-and-white print tell the lights apart.
 */
import type { Lang } from './lang.js';

/** What an item of the overdue list is, as the note under the urgent list counts it. */
export type UrgentKind = 'leaf' | 'parent' | 'phase' | 'milestone' | 'target';

/** One light of the overdue list: its word (红灯), how many, and of which kinds. */
export interface UrgentLightCount {
  readonly light: string;
  readonly count: number;
  readonly kinds: readonly { readonly kind: UrgentKind; readonly count: number }[];
}

/** A light of the summary's cards: its word and how many leaf tasks carry it. */
export interface SummaryLightCount {
  readonly light: string;
  readonly count: number;
}

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
  /**
   * Under the urgent list: its lights by kind of item, and the summary's,
   * which count leaf tasks only, so that a reader sees why 红灯 3 here is
   * 红灯 2 there.
   */
  readonly urgentNote: (
    total: number,
    lights: readonly UrgentLightCount[],
    doneLate: number,
    summary: readonly SummaryLightCount[],
  ) => string;
}

const kindWords: Record<Lang, Record<UrgentKind, string>> = {
  'zh-CN': {
    leaf: '末级任务',
    parent: '有子任务的任务',
    phase: '阶段',
    milestone: '节点',
    target: '指标',
  },
  'zh-TW': {
    leaf: '末級任務',
    parent: '有子任務的任務',
    phase: '階段',
    milestone: '節點',
    target: '指標',
  },
  en: {
    leaf: 'leaf task',
    parent: 'task with sub-tasks',
    phase: 'phase',
    milestone: 'milestone',
    target: 'target',
  },
};

/** `leaf task` → `leaf tasks`; `task with sub-tasks` → `tasks with sub-tasks`. */
function plural(word: string, n: number): string {
  if (n === 1) return word;
  return word.startsWith('task with') ? word.replace('task with', 'tasks with') : `${word}s`;
}

/** `红灯 3 项（末级任务 2 项、指标 1 项）`, joined by `，`. */
function zhLights(lights: readonly UrgentLightCount[], lang: 'zh-CN' | 'zh-TW'): string {
  const unit = lang === 'zh-CN' ? '项' : '項';
  return lights
    .map(
      ({ light, count, kinds }) =>
        `${light} ${count} ${unit}（${kinds.map(({ kind, count: n }) => `${kindWords[lang][kind]} ${n} ${unit}`).join('、')}）`,
    )
    .join('，');
}

function zhNote(lang: 'zh-CN' | 'zh-TW'): ReportHtmlLabels['urgentNote'] {
  const cn = lang === 'zh-CN';
  const unit = cn ? '项' : '項';
  return (total, lights, doneLate, summary) =>
    [
      `全部 ${total} ${unit}中，${zhLights(lights, lang)}`,
      doneLate > 0
        ? `；另有逾期完成 ${doneLate} ${unit}，${cn ? '已办结，不亮灯' : '已辦結，不亮燈'}`
        : '',
      cn
        ? '。“总体情况”的灯号只计末级任务，不计阶段、节点、指标和有子任务的任务：'
        : '。「總體情況」的燈號只計末級任務，不計階段、節點、指標和有子任務的任務：',
      summary.map(({ light, count }) => `${light} ${count} ${unit}`).join('、'),
      '。',
    ].join('');
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
  urgentNote: zhNote('zh-CN'),
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
  urgentNote: zhNote('zh-TW'),
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
  urgentNote: (total, lights, doneLate, summary) =>
    [
      `Of all ${total} items: `,
      lights
        .map(
          ({ light, count, kinds }) =>
            `${light.toLowerCase()} ${count} (${kinds.map(({ kind, count: n }) => `${n} ${plural(kindWords.en[kind], n)}`).join(', ')})`,
        )
        .join('; '),
      doneLate > 0 ? `; ${doneLate} done late, finished, without a light` : '',
      ". The summary's lights count leaf tasks only, not phases, milestones, targets or tasks with sub-tasks: ",
      summary.map(({ light, count }) => `${light.toLowerCase()} ${count}`).join(', '),
      '.',
    ].join(''),
};

const labels: Record<Lang, ReportHtmlLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function reportHtmlLabels(lang: Lang): ReportHtmlLabels {
  return labels[lang];
}
