/**
 * Words of the one-page report (`plan report`) in each language. Statuses,
 * lights and target states come from `labels.ts`; the most urgent items use
 * the overdue list's words (`overdue-labels.ts`).
 */
import type { TargetNature } from '../model/types.js';
import type { Lang } from './lang.js';

export interface ReportLabels {
  readonly asOf: (date: string) => string;
  readonly issued: (date: string) => string;
  readonly period: (start: string, end: string) => string;
  readonly section: {
    readonly status: string;
    readonly lights: string;
    readonly units: string;
    readonly goals: string;
    readonly urgent: string;
  };
  /** Under the counts: what was counted. */
  readonly countedLeaves: (leaves: number, all: number) => string;
  /** Under the lights: finished work carries none; what was done, what was dropped, what was done late. */
  readonly unlit: (done: number, dropped: number, doneLate: number) => string;
  readonly total: string;
  readonly unitColumn: {
    readonly unit: string;
    readonly leads: string;
    readonly supports: string;
    readonly open: string;
    readonly overdue: string;
    readonly doneLate: string;
  };
  readonly targetColumn: {
    readonly light: string;
    readonly metric: string;
    readonly baseline: string;
    readonly latest: string;
    readonly target: string;
    readonly nature: string;
    readonly status: string;
  };
  readonly nature: Record<TargetNature, string>;
  /** A goal's heading: `G1 构建… (due 2025)`. */
  readonly goal: (id: string, title: string, due: string | undefined) => string;
  readonly noTargets: string;
  readonly noGoals: string;
  readonly noUnits: string;
  readonly noTasks: string;
  /** A reading with its date: `24% (2023-12)`. */
  readonly reading: (value: string, date: string | undefined) => string;
  /** After a target that names its figure in words: `超过国家中位数（参照值 18.5%）`. */
  readonly withReference: (target: string, reference: string) => string;
  /** A reading that says only `achieved: true | false`. */
  readonly achieved: (yes: boolean) => string;
  /** The most-urgent heading with how many of how many are shown. */
  readonly urgentHeading: (shown: number, total: number) => string;
  readonly nothingUrgent: (date: string) => string;
}

const zhCN: ReportLabels = {
  asOf: (date) => `截至${date}`,
  issued: (date) => `${date}印发`,
  period: (start, end) => `实施期限：${start}—${end}`,
  section: {
    status: '任务状态',
    lights: '红黄绿灯',
    units: '各单位任务',
    goals: '目标与指标',
    urgent: '最紧急事项',
  },
  unlit: (done, dropped, doneLate) =>
    `已办结 ${done} 项${doneLate > 0 ? `（其中逾期完成 ${doneLate} 项）` : ''}、已取消 ${dropped} 项，不亮灯。`,
  countedLeaves: (leaves, all) =>
    leaves === all
      ? `共 ${leaves} 项任务。`
      : `按末级任务计 ${leaves} 项（共 ${all} 项任务，有子任务的任务按其子任务计）。`,
  total: '合计',
  unitColumn: {
    unit: '单位',
    leads: '牵头',
    supports: '配合',
    open: '未完成',
    overdue: '逾期',
    doneLate: '逾期完成',
  },
  targetColumn: {
    light: '灯号',
    metric: '指标',
    baseline: '基期值',
    latest: '最新值',
    target: '目标值',
    nature: '属性',
    status: '状态',
  },
  nature: { binding: '约束性', expected: '预期性', advocated: '倡导性' },
  goal: (id, title, due) => `${id} ${title}${due ? `（${due}）` : ''}`,
  noTargets: '（未设量化指标）',
  noGoals: '方案未列目标。',
  noUnits: '任务未明确责任单位。',
  noTasks: '方案未列任务。',
  reading: (value, date) => (date ? `${value}（${date}）` : value),
  withReference: (target, reference) => `${target}（参照值 ${reference}）`,
  achieved: (yes) => (yes ? '已实现' : '未实现'),
  urgentHeading: (shown, total) =>
    shown === total
      ? `最紧急事项（共 ${total} 项）`
      : `最紧急事项（前 ${shown} 项，共 ${total} 项）`,
  nothingUrgent: (date) => `截至${date}，没有逾期或需要预警的事项。`,
};

const zhTW: ReportLabels = {
  asOf: (date) => `截至${date}`,
  issued: (date) => `${date}印發`,
  period: (start, end) => `實施期限：${start}—${end}`,
  section: {
    status: '任務狀態',
    lights: '紅黃綠燈',
    units: '各單位任務',
    goals: '目標與指標',
    urgent: '最緊急事項',
  },
  unlit: (done, dropped, doneLate) =>
    `已辦結 ${done} 項${doneLate > 0 ? `（其中逾期完成 ${doneLate} 項）` : ''}、已取消 ${dropped} 項，不亮燈。`,
  countedLeaves: (leaves, all) =>
    leaves === all
      ? `共 ${leaves} 項任務。`
      : `按末級任務計 ${leaves} 項（共 ${all} 項任務，有子任務的任務按其子任務計）。`,
  total: '合計',
  unitColumn: {
    unit: '單位',
    leads: '牽頭',
    supports: '配合',
    open: '未完成',
    overdue: '逾期',
    doneLate: '逾期完成',
  },
  targetColumn: {
    light: '燈號',
    metric: '指標',
    baseline: '基期值',
    latest: '最新值',
    target: '目標值',
    nature: '屬性',
    status: '狀態',
  },
  nature: { binding: '約束性', expected: '預期性', advocated: '倡導性' },
  goal: (id, title, due) => `${id} ${title}${due ? `（${due}）` : ''}`,
  noTargets: '（未設量化指標）',
  noGoals: '方案未列目標。',
  noUnits: '任務未明確責任單位。',
  noTasks: '方案未列任務。',
  reading: (value, date) => (date ? `${value}（${date}）` : value),
  withReference: (target, reference) => `${target}（參照值 ${reference}）`,
  achieved: (yes) => (yes ? '已實現' : '未實現'),
  urgentHeading: (shown, total) =>
    shown === total
      ? `最緊急事項（共 ${total} 項）`
      : `最緊急事項（前 ${shown} 項，共 ${total} 項）`,
  nothingUrgent: (date) => `截至${date}，沒有逾期或需要預警的事項。`,
};

const en: ReportLabels = {
  asOf: (date) => `As of ${date}`,
  issued: (date) => `issued ${date}`,
  period: (start, end) => `period ${start} to ${end}`,
  section: {
    status: 'Tasks by status',
    lights: 'Traffic lights',
    units: 'Units',
    goals: 'Goals and targets',
    urgent: 'Most urgent',
  },
  unlit: (done, dropped, doneLate) =>
    `No light for finished work: ${done} done${doneLate > 0 ? ` (${doneLate} of them late)` : ''}, ${dropped} dropped.`,
  countedLeaves: (leaves, all) =>
    leaves === all
      ? `${leaves} ${leaves === 1 ? 'task' : 'tasks'}.`
      : `${leaves} leaf tasks counted (of ${all} tasks; a task with sub-tasks counts as its sub-tasks).`,
  total: 'Total',
  unitColumn: {
    unit: 'Unit',
    leads: 'Leads',
    supports: 'Supports',
    open: 'Open',
    overdue: 'Overdue',
    doneLate: 'Done late',
  },
  targetColumn: {
    light: 'Light',
    metric: 'Metric',
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    nature: 'Nature',
    status: 'Status',
  },
  nature: { binding: 'binding', expected: 'expected', advocated: 'advocated' },
  goal: (id, title, due) => `${id} ${title}${due ? ` (due ${due})` : ''}`,
  noTargets: '(no quantified targets)',
  noGoals: 'The plan lists no goals.',
  noUnits: 'No task names a responsible unit.',
  noTasks: 'The plan lists no tasks.',
  reading: (value, date) => (date ? `${value} (${date})` : value),
  withReference: (target, reference) => `${target} (reference ${reference})`,
  achieved: (yes) => (yes ? 'achieved' : 'not achieved'),
  urgentHeading: (shown, total) =>
    shown === total ? `Most urgent (${total})` : `Most urgent (${shown} of ${total})`,
  nothingUrgent: (date) => `Nothing overdue or at risk as of ${date}.`,
};

const labels: Record<Lang, ReportLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function reportLabels(lang: Lang): ReportLabels {
  return labels[lang];
}
