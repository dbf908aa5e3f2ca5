import type { Rule } from '../rule.js';

/**
 * A task nobody leads. A parent whose sub-tasks all have leads is a heading,
 * not a piece of work, and is left alone.
 */
export const noLead: Rule = {
  code: 'no-lead',
  check: (plan) =>
    plan.allTasks
      .filter((task) => task.lead.length === 0)
      .filter(
        (task) =>
          task.children.length === 0 || task.children.some((child) => child.lead.length === 0),
      )
      .map((task) => ({
        code: 'no-lead',
        path: [...task.path, 'title'],
        at: 'key',
        params: { no: task.no, name: task.title },
      })),
};
