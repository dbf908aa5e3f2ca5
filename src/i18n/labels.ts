/**
 * Words the views share, in each language: statuses, traffic lights, kinds
 * of item, target states and the task-division table's columns. View-specific
 * words live beside each view's renderer, in `src/i18n/<view>-labels.ts`.
 */
import type { Light, Reason } from '../analyze/schedule.js';
import type { TargetStatus } from '../analyze/target-state.js';
import type { TaskStatus } from '../model/types.js';
import type { Lang } from './lang.js';

export type ItemKind = 'task' | 'phase' | 'step' | 'milestone' | 'target' | 'goal';

/**
 * Columns of the task-division table (分工表): the default ones in their
 * order, then the supervision columns `--columns` can add — the light and
 * the four day figures, each its own column (never one signed number).
 */
export const tableColumns = [
  'no',
  'title',
  'lead',
  'support',
  'leader',
  'owner',
  'phase',
  'start',
  'due',
  'status',
  'progress',
  'note',
  'light',
  'days-overdue',
  'days-left',
  'days-late-to-start',
  'days-done-late',
] as const;
export type TableColumn = (typeof tableColumns)[number];

/** The columns shown unless `--columns` chooses: the 分工表 as offices hand it out. */
export const defaultTableColumns: readonly TableColumn[] = tableColumns.slice(0, 12);

/** The columns that hold a count of days, right-aligned and numeric in spreadsheets. */
export const dayTableColumns: ReadonlySet<TableColumn> = new Set([
  'days-overdue',
  'days-left',
  'days-late-to-start',
  'days-done-late',
]);

export interface SharedLabels {
  readonly status: Record<TaskStatus, string>;
  /** `grey` is no light: see `noLight` for what each case says instead. */
  readonly light: Record<Light, string>;
  /** What an item without a light says: done (已办结), dropped (已取消), or dates in error. */
  readonly noLight: {
    readonly done: string;
    readonly dropped: string;
    readonly unjudged: string;
    /** A phase with no tasks and no status: nothing to judge it by. */
    readonly untracked: string;
  };
  readonly kind: Record<ItemKind, string>;
  readonly reason: Record<Reason, string>;
  readonly target: Record<TargetStatus, string>;
  readonly column: Record<TableColumn, string>;
  /** `3 days` / `3 天`. */
  readonly days: (n: number) => string;
  /** Joins a list of unit names. */
  readonly listSeparator: string;
  /** A parent's progress when it is the mean of its leaf tasks': `45%（子任务平均）`. */
  readonly meanOfSubTasks: (progress: string) => string;
  /** A recurring duty's progress: occurrences reported of those due (已报 6/7 期). */
  readonly reportedOf: (reported: number, due: number) => string;
  readonly none: string;
}

const zhCN: SharedLabels = {
  status: { todo: '未开始', doing: '进行中', done: '已完成', blocked: '受阻', dropped: '已取消' },
  light: { red: '红灯', yellow: '黄灯', blue: '蓝灯', green: '绿灯', grey: '不亮灯' },
  noLight: { done: '已办结', dropped: '已取消', unjudged: '日期有误', untracked: '无任务' },
  kind: {
    task: '任务',
    phase: '阶段',
    step: '步骤',
    milestone: '节点',
    target: '指标',
    goal: '目标',
  },
  reason: {
    overdue: '逾期',
    'missed-occurrence': '应报未报',
    'behind-schedule': '落后序时进度',
    blocked: '受阻',
    'late-to-start': '延迟启动',
    'due-soon': '即将到期',
    'done-late': '逾期完成',
  },
  target: {
    met: '已达标',
    'on-track': '推进中',
    'at-risk': '有风险',
    'not-computable': '无法判定',
    unknown: '暂无数据',
  },
  column: {
    no: '序号',
    title: '重点任务',
    lead: '牵头单位',
    support: '配合单位',
    leader: '责任领导',
    owner: '责任人',
    phase: '阶段',
    start: '开始时间',
    due: '完成时限',
    status: '状态',
    progress: '进度',
    note: '进展情况',
    light: '灯号',
    'days-overdue': '逾期天数',
    'days-left': '剩余天数',
    'days-late-to-start': '延迟启动天数',
    'days-done-late': '逾期完成天数',
  },
  days: (n) => `${n} 天`,
  listSeparator: '、',
  meanOfSubTasks: (progress) => `${progress}（子任务平均）`,
  reportedOf: (reported, due) => `已报 ${reported}/${due} 期`,
  none: '—',
};

const zhTW: SharedLabels = {
  status: { todo: '未開始', doing: '進行中', done: '已完成', blocked: '受阻', dropped: '已取消' },
  light: { red: '紅燈', yellow: '黃燈', blue: '藍燈', green: '綠燈', grey: '不亮燈' },
  noLight: { done: '已辦結', dropped: '已取消', unjudged: '日期有誤', untracked: '無任務' },
  kind: {
    task: '任務',
    phase: '階段',
    step: '步驟',
    milestone: '節點',
    target: '指標',
    goal: '目標',
  },
  reason: {
    overdue: '逾期',
    'missed-occurrence': '應報未報',
    'behind-schedule': '落後序時進度',
    blocked: '受阻',
    'late-to-start': '延遲啟動',
    'due-soon': '即將到期',
    'done-late': '逾期完成',
  },
  target: {
    met: '已達標',
    'on-track': '推進中',
    'at-risk': '有風險',
    'not-computable': '無法判定',
    unknown: '暫無資料',
  },
  column: {
    no: '序號',
    title: '重點任務',
    lead: '牽頭單位',
    support: '配合單位',
    leader: '責任領導',
    owner: '責任人',
    phase: '階段',
    start: '開始時間',
    due: '完成時限',
    status: '狀態',
    progress: '進度',
    note: '進展情況',
    light: '燈號',
    'days-overdue': '逾期天數',
    'days-left': '剩餘天數',
    'days-late-to-start': '延遲啟動天數',
    'days-done-late': '逾期完成天數',
  },
  days: (n) => `${n} 天`,
  listSeparator: '、',
  meanOfSubTasks: (progress) => `${progress}（子任務平均）`,
  reportedOf: (reported, due) => `已報 ${reported}/${due} 期`,
  none: '—',
};

const en: SharedLabels = {
  status: {
    todo: 'to do',
    doing: 'in progress',
    done: 'done',
    blocked: 'blocked',
    dropped: 'dropped',
  },
  light: { red: 'red', yellow: 'yellow', blue: 'blue', green: 'green', grey: 'no light' },
  noLight: { done: 'done', dropped: 'dropped', unjudged: 'dates in error', untracked: 'no tasks' },
  kind: {
    task: 'task',
    phase: 'phase',
    step: 'step',
    milestone: 'milestone',
    target: 'target',
    goal: 'goal',
  },
  reason: {
    overdue: 'overdue',
    'missed-occurrence': 'missed report',
    'behind-schedule': 'behind schedule',
    blocked: 'blocked',
    'late-to-start': 'late to start',
    'due-soon': 'due soon',
    'done-late': 'done late',
  },
  target: {
    met: 'met',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'not-computable': 'not computable',
    unknown: 'no data',
  },
  column: {
    no: 'No.',
    title: 'Task',
    lead: 'Lead',
    support: 'Support',
    leader: 'Leader',
    owner: 'Owner',
    phase: 'Phase',
    start: 'Start',
    due: 'Due',
    status: 'Status',
    progress: 'Progress',
    note: 'Latest progress',
    light: 'Light',
    'days-overdue': 'Days overdue',
    'days-left': 'Days left',
    'days-late-to-start': 'Days late to start',
    'days-done-late': 'Days done late',
  },
  days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  listSeparator: ', ',
  meanOfSubTasks: (progress) => `${progress} (mean of sub-tasks)`,
  reportedOf: (reported, due) => `reported ${reported} of ${due}`,
  none: '—',
};

const shared: Record<Lang, SharedLabels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function sharedLabels(lang: Lang): SharedLabels {
  return shared[lang];
}

/**
 * An item's light in words: the colour, or for an item without one what it
 * is instead (已办结 / 已取消), never "grey".
 */
export function lightWord(
  lang: Lang,
  state: {
    readonly light: Light;
    readonly unjudged?: true | undefined;
    readonly untracked?: true | undefined;
  },
  status?: TaskStatus,
): string {
  const labels = shared[lang];
  if (state.light !== 'grey') return labels.light[state.light];
  if (state.unjudged) return labels.noLight.unjudged;
  if (state.untracked) return labels.noLight.untracked;
  return status === 'dropped' ? labels.noLight.dropped : labels.noLight.done;
}
