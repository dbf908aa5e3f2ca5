import type { Finding } from '../../diagnostics/types.js';
import { readingVerdict } from '../target-state.js';
import type { Rule } from '../rule.js';

/**
 * A reading in another unit than its target (`21项` against `>= 20人`):
 * every such reading, not only the latest, since an old one is as wrong.
 * The target gets no light while its latest reading is one of them.
 */
export const targetUnitMismatch: Rule = {
  code: 'target-unit-mismatch',
  check: (plan) =>
    plan.goals.flatMap((goal) =>
      goal.targets.flatMap((target): Finding[] => {
        if (target.problems.some((problem) => problem.field === 'target')) return [];
        return target.actuals
          .filter((reading) => readingVerdict(target, reading) === 'unit-mismatch')
          .map((reading) => ({
            code: 'target-unit-mismatch',
            path: reading.path,
            params: {
              actual: reading.value.written,
              actualUnit: reading.value.unit,
              target: target.written,
              unit: target.figure?.unit ?? '',
            },
          }));
      }),
    ),
};
