/**
 * Words of `plan export`: the bracketed prefix that says what an event is
 * (a calendar shows only the summary at a glance, so the kind goes first)
 * and the labels of the description's lines.
 */
import type { RepeatKind } from '../model/types.js';
import { catalogueFor, type Lang } from './lang.js';

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

export function exportLabels(lang: Lang): ExportLabels {
  return catalogueFor(lang).export;
}
