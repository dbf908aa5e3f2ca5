import type { Finding } from '../../diagnostics/types.js';
import { assessMilestone, scheduleOptions } from '../schedule.js';
import type { Rule } from '../rule.js';
import { scheduleFindings } from './schedule-findings.js';

/** Due within the warning window (`--warn-days`). */
export const dueSoon: Rule = {
  code: 'due-soon',
  check: (plan, context) => {
    const findings: Finding[] = scheduleFindings(plan, context, 'due-soon', (state) =>
      state.daysLeft !== undefined ? { days: state.daysLeft } : undefined,
    );
    const options = scheduleOptions(plan, context);
    for (const milestone of plan.milestones) {
      const state = assessMilestone(milestone, options);
      if (state.daysLeft !== undefined) {
        findings.push({
          code: 'due-soon',
          path: milestone.due.path,
          params: { kind: 'milestone', name: milestone.title, days: state.daysLeft },
        });
      }
    }
    return findings;
  },
};
