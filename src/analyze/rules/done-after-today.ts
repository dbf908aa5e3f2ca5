import { formatIsoDay } from '../../dates/index.js';
import type { Finding } from '../../diagnostics/types.js';
import type { DateField } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { firstDay } from '../schedule.js';

/**
 * `done_on` after today: work cannot have been finished on a day that has
 * not come. Usually a typo in the year, or a planned date put in the wrong
 * field; either way the done-late count would be wrong.
 */
export const doneAfterToday: Rule = {
  code: 'done-after-today',
  check: (plan, context) => {
    const findings: Finding[] = [];
    const today = formatIsoDay(context.today);
    const check = (field: DateField | undefined): void => {
      const first = firstDay(field);
      if (!field || first === undefined || first <= context.today) return;
      findings.push({
        code: 'done-after-today',
        path: field.path,
        params: { value: field.written, today },
      });
    };
    for (const task of plan.allTasks) check(task.doneOn);
    for (const milestone of plan.milestones) check(milestone.doneOn);
    return findings;
  },
};
