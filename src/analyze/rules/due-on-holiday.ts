import type { DateField } from '../../model/types.js';
import { formatIsoDay } from '../../dates/index.js';
import { addWorkdays, holidayOn } from '../../dates/workdays.js';
import type { Finding } from '../../diagnostics/types.js';
import { isFinished } from '../schedule.js';
import type { Rule } from '../rule.js';

/**
 * A due date written to the day that falls in a public holiday (国庆 10月
 * 1日–7日): likely an oversight, and by the usual rule (民法典 第二百零三条:
 * a period ending on a statutory holiday ends on the day after it) it runs to
 * the next working day, which the message names (not as a suggestion: moving
 * a deadline is the office's decision, never a fix to apply). Only a task's own due
 * (an inherited one is reported where it is written) and a milestone's, not
 * finished work; a month or a quarter is not a day, so only `day` precision.
 * The holiday calendar is read only for the years such dates fall in.
 */
export const dueOnHoliday: Rule = {
  code: 'due-on-holiday',
  check: (plan) => {
    const findings: Finding[] = [];
    const look = (kind: 'task' | 'milestone', name: string, due: DateField | undefined) => {
      const date = due?.date;
      if (!due || date?.kind !== 'fixed' || date.precision !== 'day') return;
      const holiday = holidayOn(date.last);
      if (!holiday) return;
      const next = formatIsoDay(addWorkdays(date.last, 1));
      findings.push({
        code: 'due-on-holiday',
        path: due.path,
        params: {
          kind,
          name,
          value: formatIsoDay(date.last),
          holiday: holiday.en,
          holidayZh: holiday.zh,
          next,
        },
      });
    };
    for (const task of plan.allTasks)
      if (!task.inherited.due && !isFinished(task.status)) look('task', task.title, task.due);
    for (const milestone of plan.milestones)
      if (!isFinished(milestone.status)) look('milestone', milestone.title, milestone.due);
    return findings;
  },
};
