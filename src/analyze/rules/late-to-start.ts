import type { Rule } from '../rule.js';
import { scheduleFindings } from './schedule-findings.js';

/** Its start has passed and it is still `todo`. */
export const lateToStart: Rule = {
  code: 'late-to-start',
  check: (plan, context) =>
    scheduleFindings(
      plan,
      context,
      'late-to-start',
      (state) =>
        state.daysLateToStart !== undefined ? { days: state.daysLateToStart } : undefined,
      'start',
    ),
};
