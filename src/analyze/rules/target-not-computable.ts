import type { Finding } from '../../diagnostics/types.js';
import type { Rule } from '../rule.js';

/**
 * A target without an absolute figure (`超过国家中位数`, `同比下降8%`) and no
 * `reference:` to supply one. It gets no light; this says why, and how to
 * give it one. Targets that could not be read are the error rules' to report.
 */
export const targetNotComputable: Rule = {
  code: 'target-not-computable',
  check: (plan) =>
    plan.goals.flatMap((goal) =>
      goal.targets.flatMap((target): Finding[] =>
        (target.notComputable === 'no-figure' || target.notComputable === 'relative') &&
        // An unreadable reference is reported as such; "give a reference" would repeat it.
        !target.problems.some((problem) => problem.field === 'reference')
          ? [
              {
                code: 'target-not-computable',
                path: [...target.path, 'target'],
                params: {
                  metric: target.metric,
                  target: target.written,
                  why: target.notComputable,
                },
              },
            ]
          : [],
      ),
    ),
};
