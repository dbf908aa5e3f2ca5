/**
 * Words the views share, in each language: statuses, traffic lights, kinds
 * of item, target states and the task-division table's columns. View-specific
 * words live beside each view's renderer, in `src/i18n/<view>-labels.ts`.
 */
import type { Light, Reason } from '../analyze/schedule.js';
import type { TargetStatus } from '../analyze/target-state.js';
import type { TaskStatus } from '../model/types.js';
import { catalogueFor, type Lang } from './lang.js';

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

export function sharedLabels(lang: Lang): SharedLabels {
  return catalogueFor(lang).shared;
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
  const labels = sharedLabels(lang);
  if (state.light !== 'grey') return labels.light[state.light];
  if (state.unjudged) return labels.noLight.unjudged;
  if (state.untracked) return labels.noLight.untracked;
  return status === 'dropped' ? labels.noLight.dropped : labels.noLight.done;
}
