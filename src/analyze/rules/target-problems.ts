import type { Finding } from '../../diagnostics/types.js';
import type { Plan, Target, TargetProblem } from '../../model/types.js';
import type { Path } from '../../parse/types.js';

/**
 * The problems found in reading targets, as findings of one code: the
 * unreadable and the placeholder rules share this, each taking its kinds.
 */
export function targetProblemFindings(
  plan: Plan,
  code: 'target-unreadable' | 'target-placeholder',
  kinds: ReadonlySet<TargetProblem['kind']>,
): Finding[] {
  const found: Finding[] = [];
  for (const goal of plan.goals) {
    for (const target of goal.targets) {
      for (const problem of target.problems) {
        if (!kinds.has(problem.kind)) continue;
        found.push({
          code,
          path: problemPath(target, problem),
          params: { field: problem.field, value: problem.written, problem: problem.kind },
          ...(problem.suggestion !== undefined ? { suggestion: problem.suggestion } : {}),
        });
      }
    }
  }
  return found;
}

function problemPath(target: Target, problem: TargetProblem): Path {
  if (problem.field === 'reference' && target.reference) return target.reference.path;
  return [...target.path, problem.field];
}
