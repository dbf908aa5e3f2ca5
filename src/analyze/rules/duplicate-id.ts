import type { Finding } from '../../diagnostics/types.js';
import type { Path } from '../../parse/types.js';
import type { Rule } from '../rule.js';

/**
 * Two goals, phases, tasks or milestones with one id. The second and later
 * ones are reported, each naming where the first is. (Two units with one id
 * are two equal keys in `units:`, which the YAML parser reports.)
 */
export const duplicateId: Rule = {
  code: 'duplicate-id',
  check: (plan) => [
    ...duplicates(
      'goal',
      plan.goals.map((goal) => ({ id: goal.id, path: goal.path })),
    ),
    ...duplicates(
      'phase',
      plan.phases
        .filter((phase) => phase.hasId)
        .map((phase) => ({ id: phase.id, path: phase.path })),
    ),
    ...duplicates(
      'task',
      plan.allTasks.flatMap((task) =>
        task.id !== undefined ? [{ id: task.id, path: task.path }] : [],
      ),
    ),
    ...duplicates(
      'milestone',
      plan.milestones.flatMap((item) =>
        item.id !== undefined ? [{ id: item.id, path: item.path }] : [],
      ),
    ),
  ],
};

function duplicates(kind: string, items: { id: string; path: Path }[]): Finding[] {
  const first = new Map<string, Path>();
  const findings: Finding[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      findings.push({
        code: 'duplicate-id',
        path: [...item.path, 'id'],
        params: { kind, id: item.id, first: printPath(earlier) },
      });
    } else {
      first.set(item.id, item.path);
    }
  }
  return findings;
}

function printPath(path: Path): string {
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .slice(1);
}
