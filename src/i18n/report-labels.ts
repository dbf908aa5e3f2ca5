/**
 * Words of the one-page report (`plan report`) in each language. Statuses,
 * lights and target states come from `labels.ts`; the most urgent items use
 * the overdue list's words (`overdue-labels.ts`).
 */
import type { TargetNature } from '../model/types.js';
import { catalogueFor, type Lang } from './lang.js';

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
  /** A target as the plan wrote it, in the language's signs: `>= 90%` is `≥ 90%` in Chinese. */
  readonly targetValue: (written: string) => string;
  /** A reading that says only `achieved: true | false`. */
  readonly achieved: (yes: boolean) => string;
  /** The most-urgent heading with how many of how many are shown. */
  readonly urgentHeading: (shown: number, total: number) => string;
  readonly nothingUrgent: (date: string) => string;
}

export function reportLabels(lang: Lang): ReportLabels {
  return catalogueFor(lang).report;
}
