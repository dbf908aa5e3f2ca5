import type { Finding } from '../../diagnostics/types.js';
import { assessTarget } from '../target-state.js';
import type { Rule } from '../rule.js';

/** A target whose latest reading falls short when its due date is near or past. */
export const targetAtRisk: Rule = {
  code: 'target-at-risk',
  check: (plan, context) =>
    plan.goals.flatMap((goal) =>
      goal.targets.flatMap((target): Finding[] => {
        const state = assessTarget(target, context);
        if (state.state !== 'at-risk') return [];
        return [
          {
            code: 'target-at-risk',
            path: [...target.path, 'metric'],
            params: {
              metric: target.metric,
              target: target.written,
              actual: state.latest?.value.written ?? '',
            },
          },
        ];
      }),
    ),
};
