import type { Finding } from '../../diagnostics/types.js';
import { dueDays, MAX_DUTY_OCCURRENCES, matchesAnOccurrence } from '../occurrences.js';
import type { Rule } from '../rule.js';

/**
 * A `repeat:` the schema cannot judge alone: a weekday or `within` that
 * cannot be read, working days (not yet supported), an `occurrences:` entry
 * for a period outside the duty's window, or a duty whose window
 * holds more than MAX_DUTY_OCCURRENCES occurrences (a weekly duty over two
 * centuries is a typo, and listing it would stall every view). Counting
 * stops one past the limit, so the check costs at most that many steps.
 */
export const repeatForm: Rule = {
  code: 'schema',
  check: (plan) => {
    const findings: Finding[] = [];
    for (const task of plan.allTasks) {
      const rule = task.recurrence;
      if (!rule) continue;
      for (const problem of rule.problems) {
        findings.push({
          code: 'schema',
          path: problem.path,
          params: { problem: `repeat-${problem.problem}`, value: problem.value },
          ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
        });
      }
      for (const exception of rule.exceptions) {
        const date = exception.period.date;
        if (date?.kind !== 'fixed' || matchesAnOccurrence(rule, date.first, date.last)) continue;
        findings.push({
          code: 'schema',
          path: exception.period.path,
          params: { problem: 'occurrence-outside', value: exception.period.written },
        });
      }
      if (rule.from === undefined || rule.to === undefined) continue;
      const count = dueDays(rule, rule.from, rule.to, MAX_DUTY_OCCURRENCES + 1).length;
      if (count > MAX_DUTY_OCCURRENCES) {
        findings.push({
          code: 'schema',
          path: rule.path,
          params: { problem: 'repeat-too-many', limit: MAX_DUTY_OCCURRENCES },
        });
      }
    }
    return findings;
  },
};
