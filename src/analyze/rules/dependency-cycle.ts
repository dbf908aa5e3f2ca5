import type { Finding } from '../../diagnostics/types.js';
import type { Task } from '../../model/types.js';
import type { Rule } from '../rule.js';

/**
 * Tasks that wait for each other in a circle can never start. Each circle is
 * reported once, at the dependency that closes it, naming every task on it.
 * Iterative depth-first search, so a long chain cannot overflow the stack.
 */
export const dependencyCycle: Rule = {
  code: 'dependency-cycle',
  check: (plan) => {
    const findings: Finding[] = [];
    const state = new Map<string, 'active' | 'done'>();
    const seenCycles = new Set<string>();
    for (const root of plan.allTasks) {
      if (!root.id || state.has(root.id)) continue;
      const stack: { task: Task; next: number }[] = [{ task: root, next: 0 }];
      state.set(root.id, 'active');
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const ref = frame.task.dependsOn[frame.next++];
        if (!ref) {
          state.set(frame.task.id!, 'done');
          stack.pop();
          continue;
        }
        const target = plan.taskById.get(ref.id);
        if (!target?.id) continue;
        const seen = state.get(target.id);
        if (seen === 'active') {
          const from = stack.findIndex((entry) => entry.task.id === target.id);
          const circle = [...stack.slice(from).map((entry) => entry.task.id!), target.id];
          const signature = [...circle.slice(0, -1)].sort().join('\u0000');
          if (!seenCycles.has(signature)) {
            seenCycles.add(signature);
            findings.push({
              code: 'dependency-cycle',
              path: ref.path,
              params: { circle: circle.join(' → ') },
            });
          }
        } else if (seen === undefined) {
          state.set(target.id, 'active');
          stack.push({ task: target, next: 0 });
        }
      }
    }
    return findings;
  },
};
