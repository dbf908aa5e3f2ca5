/**
 * The traffic-light rule (红黄绿灯) as one plain settings object, resolved
 * once from a `lights:` block (a plan's, and later a project config's) over
 * a named preset. The schedule assessment reads nothing else, so every view
 * and every check judges by the same rule.
 *
 * Offices publish different rules; the presets are the published ones,
 * quoted in docs/lights.md with their sources:
 * - yinchuan (default): green at or ahead of 序时进度; yellow 10–30 points
 *   behind, both edges included (“含10~30个百分点”); red more than 30 behind.
 * - sanya: shortfall relative to 序时进度 — yellow within 50% (“含50%”), red
 *   beyond; judged each month on figures to the last month end.
 * - xuancheng: 序时进度 = months elapsed ÷ months in the window, judged at the
 *   last month end; any shortfall is 未达序时进度 (yellow), no red line.
 * - suqian: 三色督办单 — blue for due soon, yellow for any shortfall, red only
 *   when overdue.
 */
import { defaultWarnWindow, parseWarnWindow, type WarnWindow } from '../dates/warn-window.js';
import type { Path } from '../parse/types.js';
import type { LightsInput, lightPresets } from '../schema/plan-schema.js';

export type LightPreset = (typeof lightPresets)[number];

export interface LightRule {
  /** The preset the rule started from (a block may override its fields). */
  readonly preset: LightPreset;
  /**
   * How the shortfall is measured: `points` = 序时进度 − progress, in
   * percentage points; `relative` = that gap as a percentage of 序时进度.
   */
  readonly shortfall: 'points' | 'relative';
  /** Shortfall at which yellow begins. */
  readonly yellow: number;
  /** Shortfall past which red begins; null: a shortfall alone is never red. */
  readonly red: number | null;
  /**
   * Whether both thresholds belong to the yellow band: inclusive (银川),
   * yellow is `yellow ≤ s ≤ red`; exclusive, `yellow < s < red`.
   */
  readonly inclusive: boolean;
  /** `day`: elapsed days; `month-end`: whole months elapsed, judged at the last month end. */
  readonly basis: 'day' | 'month-end';
  /** The colour of due soon: yellow, or blue (宿迁's 三色督办单). */
  readonly dueSoon: 'yellow' | 'blue';
  /** Missed occurrences of a recurring duty in a row, up to the latest, that make it yellow. */
  readonly missedYellow: number;
  /** …and red. */
  readonly missedRed: number;
  /** The due-soon window (`due_soon_within`); `--warn-days` overrides it. */
  readonly warn: WarnWindow;
}

export const lightPresetRules: Readonly<Record<LightPreset, LightRule>> = {
  yinchuan: {
    preset: 'yinchuan',
    shortfall: 'points',
    yellow: 10,
    red: 30,
    inclusive: true,
    basis: 'day',
    dueSoon: 'yellow',
    missedYellow: 1,
    missedRed: 2,
    warn: defaultWarnWindow,
  },
  sanya: {
    preset: 'sanya',
    shortfall: 'relative',
    yellow: 0,
    red: 50,
    inclusive: true,
    basis: 'month-end',
    dueSoon: 'yellow',
    missedYellow: 1,
    missedRed: 2,
    warn: defaultWarnWindow,
  },
  xuancheng: {
    preset: 'xuancheng',
    shortfall: 'points',
    yellow: 0,
    red: null,
    inclusive: true,
    basis: 'month-end',
    dueSoon: 'yellow',
    missedYellow: 1,
    missedRed: 2,
    warn: defaultWarnWindow,
  },
  suqian: {
    preset: 'suqian',
    shortfall: 'points',
    yellow: 0,
    red: null,
    inclusive: true,
    basis: 'day',
    dueSoon: 'blue',
    missedYellow: 1,
    missedRed: 2,
    warn: defaultWarnWindow,
  },
};

export const defaultLightRule: LightRule = lightPresetRules.yinchuan;

/**
 * A block over a base rule: its preset replaces the base, then each field it
 * sets replaces the preset's. A project config's rule can be the base of a
 * plan's block. An impossible block (red below yellow) still resolves — red
 * is raised to yellow — and `lightRuleProblems` reports it.
 */
export function resolveLightRule(
  block: LightsInput | undefined,
  base: LightRule = defaultLightRule,
): LightRule {
  if (!block) return base;
  const from = block.preset !== undefined ? lightPresetRules[block.preset] : base;
  const yellow = block.yellow ?? from.yellow;
  const red = block.red === undefined ? from.red : block.red === 'none' ? null : block.red;
  return {
    preset: from.preset,
    shortfall: block.shortfall ?? from.shortfall,
    yellow,
    red: red === null ? null : Math.max(red, yellow),
    inclusive: block.inclusive ?? from.inclusive,
    basis: block.basis ?? from.basis,
    dueSoon: block.due_soon ?? from.dueSoon,
    missedYellow: block.missed_yellow ?? from.missedYellow,
    missedRed: Math.max(
      block.missed_red ?? from.missedRed,
      block.missed_yellow ?? from.missedYellow,
    ),
    // An unreadable window keeps the base's; `lightRuleProblems` reports it.
    warn:
      block.due_soon_within !== undefined
        ? (parseWarnWindow(block.due_soon_within) ?? from.warn)
        : from.warn,
  };
}

export interface LightRuleProblem {
  readonly path: Path;
  readonly problem: 'red-below-yellow' | 'due-soon-within';
  readonly params: Readonly<Record<string, number | string>>;
}

/** What makes a block impossible, at the node to fix. */
export function lightRuleProblems(
  block: LightsInput | undefined,
  base: LightRule = defaultLightRule,
): LightRuleProblem[] {
  if (!block) return [];
  const problems: LightRuleProblem[] = [];
  const from = block.preset !== undefined ? lightPresetRules[block.preset] : base;
  const yellow = block.yellow ?? from.yellow;
  const red = block.red === undefined ? from.red : block.red === 'none' ? null : block.red;
  if (red !== null && red < yellow) {
    // Point at whichever of the two the block wrote: that is the one to fix.
    const path: Path = block.red !== undefined ? ['lights', 'red'] : ['lights', 'yellow'];
    problems.push({ path, problem: 'red-below-yellow', params: { red, yellow } });
  }
  const within = block.due_soon_within;
  if (within !== undefined && parseWarnWindow(within) === undefined) {
    problems.push({
      path: ['lights', 'due_soon_within'],
      problem: 'due-soon-within',
      params: { value: String(within) },
    });
  }
  return problems;
}

/**
 * The colour a shortfall earns under the rule. At or ahead of 序时进度
 * (s ≤ 0) is always green, whatever the thresholds.
 */
export function shortfallLight(rule: LightRule, shortfall: number): 'red' | 'yellow' | 'green' {
  if (shortfall <= 0) return 'green';
  if (rule.red !== null && (rule.inclusive ? shortfall > rule.red : shortfall >= rule.red))
    return 'red';
  if (rule.inclusive ? shortfall >= rule.yellow : shortfall > rule.yellow) return 'yellow';
  return 'green';
}
