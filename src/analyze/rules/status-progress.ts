import type { Finding } from '../../diagnostics/types.js';
import type { Rule } from '../rule.js';
import { looksLikeFraction } from '../schedule.js';

/** Status and progress that contradict each other; one of them is stale. */
export const statusProgress: Rule = {
  code: 'status-progress',
  check: (plan) =>
    plan.allTasks.flatMap((task): Finding[] => {
      const progress = task.progress;
      const at = (field: string, problem: string): Finding[] => [
        {
          code: 'status-progress',
          path: [...task.path, field],
          params: { problem, status: task.status, progress: progress ?? '' },
        },
      ];
      if (progress !== undefined) {
        // Done at 1 (or 0.5) is progress written as a fraction: progress-fraction says so.
        if (task.status === 'done' && progress < 100 && !looksLikeFraction(progress, task.status))
          return at('progress', 'done-incomplete');
        if ((task.status === 'todo' || task.status === 'doing') && progress >= 100)
          return at('status', 'complete-open');
        if (task.status === 'todo' && progress > 0) return at('status', 'todo-started');
      }
      if (task.doneOn && task.status !== 'done' && task.status !== 'dropped')
        return at('done_on', 'done-on-open');
      return [];
    }),
};
