import {
  createSuggestBudget,
  createSuggester,
  type SuggestBudget,
  type Suggester,
} from '../../diagnostics/suggest.js';
import type { Finding } from '../../diagnostics/types.js';
import type { IdRef, Plan } from '../../model/types.js';
import { allUnitRefs } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/**
 * A goal, phase, task or unit named but not defined. Units are checked only
 * when the plan keeps a `units:` registry; without one, unit names are free
 * text (and `unit-alias` looks for two spellings of one unit instead).
 * Suggestions share one budget per plan (see suggest.ts), so 20,000 unknown
 * names against 20,000 candidates stay near-linear.
 */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  check: (plan) => {
    const budget = createSuggestBudget();
    const goalIds = lazySuggester(() => plan.goals.map((goal) => goal.id), budget);
    const phaseNames = lazySuggester(
      () => plan.phases.flatMap((phase) => (phase.hasId ? [phase.id, phase.name] : [phase.name])),
      budget,
    );
    const taskIds = lazySuggester(() => plan.taskById.keys(), budget);
    const findings: Finding[] = [];
    const report = (kind: string, ref: IdRef, suggest: Suggester): void => {
      if (ref.found) return;
      const suggestion = suggest(ref.id);
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
    if (plan.units.length > 0)
      for (const finding of unknownUnits(plan, budget)) findings.push(finding);
    return findings;
  },
};

function unknownUnits(plan: Plan, budget: SuggestBudget): Finding[] {
  const suggest = lazySuggester(
    () => plan.units.flatMap((unit) => [unit.id, unit.name, ...unit.aliases]),
    budget,
  );
  return allUnitRefs(plan)
    .filter((ref) => ref.match === 'none')
    .map((ref) => {
      const suggestion = suggest(ref.written);
      return {
        code: 'unknown-reference',
        path: ref.path,
        params: { kind: 'unit', name: ref.written },
        ...(suggestion ? { suggestion } : {}),
      } satisfies Finding;
    });
}

/** A suggester whose candidates are gathered only if some reference is unknown. */
function lazySuggester(candidates: () => Iterable<string>, budget: SuggestBudget): Suggester {
  let suggester: Suggester | undefined;
  return (word) => {
    suggester ??= createSuggester(candidates(), budget);
    return suggester(word);
  };
}
