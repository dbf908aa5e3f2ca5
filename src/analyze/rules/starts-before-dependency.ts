import type { Finding } from '../../diagnostics/types.js';
import { firstDay, lastDay } from '../schedule.js';
import type { Rule } from '../rule.js';

/** A task that starts before a task it waits for is due to be finished. */
export const startsBeforeDependency: Rule = {
  code: 'starts-before-dependency',
  check: (plan) =>
    plan.allTasks.flatMap((task): Finding[] => {
      const start = firstDay(task.start);
      // An inherited start was not chosen for this task: no finding on it.
      if (start === undefined || !task.start || task.inherited.start) return [];
      return task.dependsOn.flatMap((ref): Finding[] => {
        const dependency = plan.taskById.get(ref.id);
        const due = lastDay(dependency?.due);
        if (!dependency || due === undefined || start >= due) return [];
        return [
          {
            code: 'starts-before-dependency',
            path: task.start!.path,
            params: {
              start: task.start!.date?.written ?? '',
              dependency: dependency.id ?? dependency.no,
              due: dependency.due?.date?.written ?? '',
            },
          },
        ];
      });
    }),
};
