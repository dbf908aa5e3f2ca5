import type { Finding } from '../../diagnostics/types.js';
import { readingVerdict } from '../target-state.js';
import type { Rule } from '../rule.js';

/**
 * A reading that says nothing comparable: no figure for a numeric target
 * (`待统计` against `>= 95%`), or neither `value` nor `achieved`.
 */
export const actualUnreadable: Rule = {
  code: 'actual-unreadable',
  check: (plan) =>
    plan.goals.flatMap((goal) =>
      goal.targets.flatMap((target): Finding[] => {
        if (target.problems.some((problem) => problem.field === 'target')) return [];
        const found: Finding[] = [];
        for (const reading of target.actuals) {
          const empty = reading.value.written === '' && reading.achieved === undefined;
          if (!empty && readingVerdict(target, reading) !== 'no-number') continue;
          found.push({
            code: 'actual-unreadable',
            path: reading.path,
            params: {
              actual: reading.value.written,
              target: target.written,
              problem: empty ? 'empty' : 'no-number',
            },
          });
        }
        return found;
      }),
    ),
};
