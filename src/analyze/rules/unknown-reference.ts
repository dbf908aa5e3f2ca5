import { closest } from '../../diagnostics/suggest.js';
import type { Finding } from '../../diagnostics/types.js';
import type { IdRef, Plan } from '../../model/types.js';
import { allUnitRefs } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/**
 * A goal, phase, task or unit named but not defined. Units are checked only
 * when the plan keeps a `units:` registry; without one, unit names are free
 * text (and `unit-alias` looks for two spellings of one unit instead).
 */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  check: (plan) => {
    const goalIds = plan.goals.map((goal) => goal.id);
    const phaseNames = plan.phases.flatMap((phase) =>
      phase.hasId ? [phase.id, phase.name] : [phase.name],
    );
    const taskIds = [...plan.taskById.keys()];
    const findings: Finding[] = [];
    const report = (kind: string, ref: IdRef, candidates: string[]): void => {
      if (ref.found) return;
      const suggestion = closest(ref.id, candidates);
      findings.push({
        code: 'unknown-reference',
        path: ref.path,
        params: { kind, name: ref.id },
        ...(suggestion ? { suggestion } : {}),
      });
    };
    const items = [...plan.allTasks.filter((task) => !task.inherited.goals), ...plan.milestones];
    for (const item of items) for (const ref of item.goals) report('goal', ref, goalIds);
    const withPhase = [
      ...plan.allTasks.filter((task) => !task.inherited.phase),
      ...plan.milestones,
    ];
    for (const item of withPhase) if (item.phase) report('phase', item.phase, phaseNames);
    for (const task of plan.allTasks)
      for (const ref of task.dependsOn) report('task', ref, taskIds);
    if (plan.units.length > 0) findings.push(...unknownUnits(plan));
    return findings;
  },
};

function unknownUnits(plan: Plan): Finding[] {
  const candidates = plan.units.flatMap((unit) => [unit.id, unit.name, ...unit.aliases]);
  return allUnitRefs(plan)
    .filter((ref) => ref.match === 'none')
    .map((ref) => {
      const suggestion = closest(ref.written, candidates);
      return {
        code: 'unknown-reference',
        path: ref.path,
        params: { kind: 'unit', name: ref.written },
        ...(suggestion ? { suggestion } : {}),
      } satisfies Finding;
    });
}
