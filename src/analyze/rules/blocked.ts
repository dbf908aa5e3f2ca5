import { latestNoteOf } from '../../model/latest-note.js';
import type { Rule } from '../rule.js';
import { scheduleFindings } from './schedule-findings.js';

/**
 * A blocked task: never green in any view, and named in `plan check` with
 * its latest note (进展情况), which is where an office says what blocks it.
 * A blocked task with dates in error is left to that error.
 */
export const blocked: Rule = {
  code: 'blocked',
  check: (plan, context) =>
    scheduleFindings(
      plan,
      context,
      'blocked',
      (state, task) =>
        state.reasons.includes('blocked') ? { note: latestNoteOf(task) ?? '' } : undefined,
      'status',
    ),
};
