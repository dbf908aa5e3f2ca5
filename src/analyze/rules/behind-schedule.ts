import { reportedProgress } from '../schedule.js';
import type { Rule } from '../rule.js';
import { scheduleFindings } from './schedule-findings.js';

/** Progress trails the pro-rata schedule (序时进度) by 10 points or more. */
export const behindSchedule: Rule = {
  code: 'behind-schedule',
  check: (plan, context) =>
    scheduleFindings(
      plan,
      context,
      'behind-schedule',
      (state, task) =>
        state.pointsBehind !== undefined
          ? {
              points: state.pointsBehind,
              progress: reportedProgress(task) ?? 0,
              expected: state.expectedProgress ?? 0,
            }
          : undefined,
      'progress',
    ),
};
