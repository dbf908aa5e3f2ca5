import type { Finding } from '../../diagnostics/types.js';
import { assessTask, scheduleOptions } from '../schedule.js';
import type { Rule } from '../rule.js';

/**
 * A past occurrence of a recurring duty with no report in its window: one
 * finding per occurrence, naming its period, at the task's `repeat`. The
 * light it earns (one missed: yellow; two in a row: red, by default) comes
 * from the schedule assessment like every other light.
 */
export const missedOccurrence: Rule = {
  code: 'missed-occurrence',
  check: (plan, context) => {
    const findings: Finding[] = [];
    const options = scheduleOptions(plan, context);
    for (const task of plan.allTasks) {
      if (!task.recurrence) continue;
      const state = assessTask(task, options);
      for (const occurrence of state.missed ?? []) {
        findings.push({
          code: 'missed-occurrence',
          path: task.recurrence.path,
          params: {
            name: task.title,
            no: task.no,
            period: occurrence.period,
            days: context.today - occurrence.due,
          },
        });
      }
    }
    return findings;
  },
};
