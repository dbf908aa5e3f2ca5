import { unpublishedYears } from '../../dates/workdays.js';
import type { Finding } from '../../diagnostics/types.js';
import { dueOf, MAX_DUTY_OCCURRENCES, periodEnds } from '../occurrences.js';
import type { Rule } from '../rule.js';

/**
 * A working-day duty (`within: 10 workdays`) with an occurrence in a year
 * whose holiday arrangement the State Council has not yet published: its
 * working days are counted Monday to Friday for now, and the dates may move
 * when the notice comes out. One finding per duty, at its `within`, naming
 * the years. An open window is looked at as far as tracking looks (a year
 * past today), so a duty with no end is not reported for ever.
 */
export const calendarNotPublished: Rule = {
  code: 'calendar-not-published',
  check: (plan, context) => {
    const findings: Finding[] = [];
    for (const task of plan.allTasks) {
      const rule = task.recurrence;
      if (!rule?.workdays || rule.from === undefined) continue;
      const last = rule.to ?? context.today + 400;
      const ends = periodEnds(rule, rule.from, last, MAX_DUTY_OCCURRENCES + 1);
      if (ends.length === 0 || ends.length > MAX_DUTY_OCCURRENCES) continue;
      // From the first period's end to the last due: the days counted over.
      const years = unpublishedYears(ends[0]!, dueOf(rule, ends.at(-1)!));
      if (years.length === 0) continue;
      findings.push({
        code: 'calendar-not-published',
        path: [...rule.path, 'within'],
        params: { name: task.title, years: years.join(',') },
      });
    }
    return findings;
  },
};
