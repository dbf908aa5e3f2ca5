import type { Rule } from '../rule.js';

/** A goal that no task or milestone serves will not be reached by the plan. */
export const goalWithoutTasks: Rule = {
  code: 'goal-without-tasks',
  check: (plan) => {
    const served = new Set<string>();
    for (const item of [...plan.allTasks, ...plan.milestones]) {
      for (const ref of item.goals) served.add(ref.id);
    }
    return plan.goals
      .filter((goal) => !served.has(goal.id))
      .map((goal) => ({
        code: 'goal-without-tasks',
        path: [...goal.path, 'id'],
        params: { id: goal.id },
      }));
  },
};
