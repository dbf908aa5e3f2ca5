import { defaultLightRule } from '../../model/light-rule.js';
import type { Rule } from '../rule.js';
import { scheduleOptions } from '../schedule.js';
import { scheduleFindings } from './schedule-findings.js';

/**
 * Progress trails the pro-rata schedule (序时进度) past the light rule's
 * yellow line (银川: 10 points). The message gives the figures compared,
 * says when progress is the mean of sub-tasks, and, under a relative rule,
 * the shortfall as a share of 序时进度.
 */
export const behindSchedule: Rule = {
  code: 'behind-schedule',
  check: (plan, context) => {
    const relative =
      (scheduleOptions(plan, context).rule ?? defaultLightRule).shortfall === 'relative';
    return scheduleFindings(
      plan,
      context,
      'behind-schedule',
      (state) =>
        state.pointsBehind !== undefined
          ? {
              points: state.pointsBehind,
              progress: state.progress ?? 0,
              expected: state.expectedProgress ?? 0,
              ...(state.progressFrom === 'sub-tasks' ? { from: 'sub-tasks' } : {}),
              ...(relative && state.shortfall !== undefined ? { relative: state.shortfall } : {}),
            }
          : undefined,
      'progress',
    );
  },
};
