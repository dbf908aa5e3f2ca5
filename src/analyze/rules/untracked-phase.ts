import { formatIsoDay } from '../../dates/calendar.js';
import type { Finding } from '../../diagnostics/types.js';
import { assessPhase, lastDay, scheduleOptions } from '../schedule.js';
import type { Rule } from '../rule.js';

/**
 * A phase that has ended with no task under it and no status of its own:
 * nothing says whether its work was done, so it gets no light (see
 * assessPhase). Said once, at its end, only when that end has passed —
 * before then there is nothing to judge yet — with the way to track it.
 */
export const untrackedPhase: Rule = {
  code: 'untracked-phase',
  check: (plan, context) => {
    const findings: Finding[] = [];
    const options = scheduleOptions(plan, context);
    for (const phase of plan.phases) {
      const end = lastDay(phase.end);
      if (end === undefined || end >= context.today || !phase.end) continue;
      if (!assessPhase(phase, plan, options).untracked) continue;
      findings.push({
        code: 'untracked-phase',
        path: phase.end.path,
        params: { name: phase.name, end: formatIsoDay(end) },
      });
    }
    return findings;
  },
};
