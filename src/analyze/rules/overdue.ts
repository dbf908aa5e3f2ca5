import type { Finding } from '../../diagnostics/types.js';
import { assessMilestone, assessPhase, scheduleOptions } from '../schedule.js';
import type { Rule } from '../rule.js';
import { scheduleFindings } from './schedule-findings.js';

/** Tasks, phases and milestones whose due date has passed unfinished. */
export const overdue: Rule = {
  code: 'overdue',
  check: (plan, context) => {
    const findings: Finding[] = scheduleFindings(plan, context, 'overdue', (state) =>
      state.daysOverdue !== undefined ? { days: state.daysOverdue } : undefined,
    );
    const options = scheduleOptions(plan, context);
    for (const phase of plan.phases) {
      const state = assessPhase(phase, plan, options);
      if (state.daysOverdue !== undefined && phase.end) {
        findings.push({
          code: 'overdue',
          path: phase.end.path,
          params: { kind: 'phase', name: phase.name, days: state.daysOverdue },
        });
      }
    }
    for (const milestone of plan.milestones) {
      const state = assessMilestone(milestone, options);
      if (state.daysOverdue !== undefined) {
        findings.push({
          code: 'overdue',
          path: milestone.due.path,
          params: { kind: 'milestone', name: milestone.title, days: state.daysOverdue },
        });
      }
    }
    return findings;
  },
};
