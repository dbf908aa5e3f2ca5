/**
 * A target's state as of a day, from its latest reading: met, on track (not
 * met, due date still far), at risk (not met, due date within the warning
 * window or past), not computable, or unknown (no reading). `plan check`,
 * the report and the overdue list all read it from here.
 *
 * Only met, on track and at risk carry a light. A target with no reading
 * shows 暂无数据 and no light; one that cannot be judged (no absolute figure,
 * a target that could not be read, a reading in another unit, a reading with
 * no figure) shows no light either: a light on a guess would mislead.
 *
 * Comparisons allow a billionth of the figure for binary fractions, so that
 * `7.2天左右` at ±5% takes 7.56 (7.2 + 0.36 is 7.5600000000000005 in floating
 * point) and still refuses 7.57.
 */
import { targetKey } from '../model/parse-target.js';
import type { Measurement, Target, TargetKind } from '../model/types.js';
import { dueSoonLimit, type Light, lastDay, type ScheduleOptions } from './schedule.js';

export type TargetStatus = 'met' | 'on-track' | 'at-risk' | 'not-computable' | 'unknown';

export const targetStatuses: readonly TargetStatus[] = [
  'met',
  'on-track',
  'at-risk',
  'not-computable',
  'unknown',
];

/** Why a target is not computable. */
export type NotComputableWhy =
  /** No absolute figure and no `reference:` (超过国家中位数). */
  | 'no-figure'
  /** A change without the figure it starts from (同比下降8%). */
  | 'relative'
  /** The target, its tolerance or its reference could not be read. */
  | 'problem'
  /** The latest reading is in another unit (21项 against 20人). */
  | 'unit-mismatch'
  /** The latest reading has no figure to compare (待统计 against >= 95%). */
  | 'no-number';

export interface TargetState {
  readonly state: TargetStatus;
  /** Null when there is nothing to light: no data, or not computable. */
  readonly light: Light | null;
  /** The latest reading, if any. */
  readonly latest?: Measurement;
  readonly kind: TargetKind;
  /** The figure compared with (a range's lower end), when there is one. */
  readonly value?: number;
  /** A range's upper end. */
  readonly upper?: number;
  readonly unit: string;
  readonly why?: NotComputableWhy;
}

/** How one reading compares with its target. */
export type ReadingVerdict = 'met' | 'short' | 'unit-mismatch' | 'no-number';

/** Words that say a worded target (`实现`) has been reached, in the key's spelling. */
const achievedWords =
  /^(实现|已实现|完成|已完成|达到|已达到|达标|已达标|通过|已通过|顺利通过|是|yes|true|achieved|done|met|passed)$/u;

const EPSILON = 1e-9;

export function assessTarget(target: Target, options: ScheduleOptions): TargetState {
  const figure = target.figure;
  const base = {
    kind: target.kind,
    ...(figure?.number !== undefined ? { value: figure.number } : {}),
    ...(target.upper?.number !== undefined ? { upper: target.upper.number } : {}),
    unit: figure?.unit ?? '',
  };
  const latest = latestReading(target);
  const withLatest = latest ? { latest } : {};
  if (target.kind === 'not-computable') {
    return {
      ...base,
      state: 'not-computable',
      light: null,
      why: target.notComputable ?? 'no-figure',
      ...withLatest,
    };
  }
  if (target.problems.some((problem) => problem.field === 'target')) {
    return { ...base, state: 'not-computable', light: null, why: 'problem', ...withLatest };
  }
  if (!latest) return { ...base, state: 'unknown', light: null };
  const verdict = readingVerdict(target, latest);
  if (verdict === 'unit-mismatch' || verdict === 'no-number') {
    return { ...base, state: 'not-computable', light: null, why: verdict, latest };
  }
  if (verdict === 'met') return { ...base, state: 'met', light: 'green', latest };
  const due = lastDay(target.due);
  const near = due !== undefined && due <= dueSoonLimit(options);
  return near
    ? { ...base, state: 'at-risk', light: 'red', latest }
    : { ...base, state: 'on-track', light: 'green', latest };
}

/**
 * Whether a reading meets its target. A worded target is met only when the
 * reading says so: `achieved: true`, its own words, or 实现 / 已完成 / 通过.
 * A bare number is read in the target's unit.
 */
export function readingVerdict(target: Target, reading: Measurement): ReadingVerdict {
  const { value } = reading;
  if (reading.achieved !== undefined && (target.kind === 'words' || value.number === undefined)) {
    return reading.achieved ? 'met' : 'short';
  }
  const words = targetKey(value.written).key;
  if (target.kind === 'words') {
    return words === targetKey(target.written).key || achievedWords.test(words) ? 'met' : 'short';
  }
  const figure = target.figure;
  if (!figure || figure.number === undefined) return 'short';
  if (value.number === undefined) return achievedWords.test(words) ? 'met' : 'no-number';
  if (!sameUnit(figure.unit, value.unit)) return 'unit-mismatch';
  return meets(target, figure.number, value.number) ? 'met' : 'short';
}

function meets(target: Target, goal: number, actual: number): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(goal));
  switch (target.kind) {
    case 'at-least':
      return target.op === '>' ? actual > goal + slack : actual >= goal - slack;
    case 'at-most':
      return target.op === '<' ? actual < goal - slack : actual <= goal + slack;
    case 'range': {
      const upper = target.upper?.number ?? goal;
      return actual >= goal - slack && actual <= upper + EPSILON * Math.max(1, Math.abs(upper));
    }
    case 'about': {
      const tolerance = target.tolerance;
      const allowed =
        (tolerance?.relative === false
          ? tolerance.amount
          : Math.abs(goal) * (tolerance?.amount ?? 0.05)) + slack;
      if (target.direction === 'up') return actual >= goal - allowed;
      if (target.direction === 'down') return actual <= goal + allowed;
      return Math.abs(actual - goal) <= allowed;
    }
    default:
      return false;
  }
}

/** Units agree when spelt alike in either script; a bare number takes the target's. */
export function sameUnit(target: string, reading: string): boolean {
  if (target === '' || reading === '' || target === reading) return true;
  return targetKey(target).key === targetKey(reading).key;
}

/** The reading with the latest date; undated readings count as written last. */
export function latestReading(target: Target): Measurement | undefined {
  let best: Measurement | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const reading of target.actuals) {
    const day = lastDay(reading.date) ?? Number.MAX_SAFE_INTEGER;
    if (day >= bestDay) {
      best = reading;
      bestDay = day;
    }
  }
  return best;
}
