import type { Finding } from '../../diagnostics/types.js';
import type { IdRef, Task } from '../../model/types.js';
import type { Rule } from '../rule.js';

/** A circle longer than this is named by its first tasks, `…` and its last. */
export const MAX_CIRCLE_NAMES = 10;

/**
 * Tasks that wait for each other in a circle can never start. Tasks tangled
 * in circles form strongly connected groups; each group is reported once,
 * naming one shortest circle through its first task (in document order) and,
 * when the group holds more tasks than that circle, how many it holds. The
 * diagnostic points at the dependency that closes the named circle.
 *
 * Reporting every circle found by a depth-first search is quadratic: 20,000
 * tasks that each depend on the next and on the first hold 20,000 circles of
 * up to 20,000 tasks. Tarjan's algorithm finds the groups in one pass, and a
 * breadth-first search inside each group finds its circle; both iterative,
 * so a long chain cannot overflow the stack.
 */
export const dependencyCycle: Rule = {
  code: 'dependency-cycle',
  check: (plan) => {
    const nodes = plan.allTasks.filter((task) => task.id !== undefined);
    const order = new Map<Task, number>();
    for (const [index, task] of nodes.entries()) order.set(task, index);
    const targetOf = (ref: IdRef): Task | undefined => {
      const target = plan.taskById.get(ref.id);
      return target && order.has(target) ? target : undefined;
    };
    const findings: Finding[] = [];
    for (const group of stronglyConnected(nodes, order, targetOf)) {
      const first = group.reduce((a, b) => (order.get(a)! < order.get(b)! ? a : b));
      const circle = shortestCircle(first, new Set(group), targetOf);
      if (!circle) continue;
      findings.push({
        code: 'dependency-cycle',
        path: circle.closing.path,
        params: {
          circle: nameCircle(circle.tasks.map((task) => task.id!)),
          ...(group.length > circle.tasks.length ? { tasks: group.length } : {}),
        },
      });
    }
    return findings;
  },
};

/**
 * Tarjan's strongly connected components, iteratively. Returns the groups
 * that hold a circle: two or more tasks, or one task that depends on itself.
 */
function stronglyConnected(
  nodes: readonly Task[],
  order: ReadonlyMap<Task, number>,
  targetOf: (ref: IdRef) => Task | undefined,
): Task[][] {
  const index = new Int32Array(nodes.length).fill(-1);
  const low = new Int32Array(nodes.length);
  const onStack = new Uint8Array(nodes.length);
  const stack: number[] = [];
  const groups: Task[][] = [];
  let counter = 0;
  for (let root = 0; root < nodes.length; root++) {
    if (index[root] !== -1) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const v = frame.node;
      const refs = nodes[v]!.dependsOn;
      if (frame.next < refs.length) {
        const target = targetOf(refs[frame.next++]!);
        if (!target) continue;
        const w = order.get(target)!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push({ node: w, next: 0 });
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[v]!);
      if (low[v] !== index[v]) continue;
      const group: Task[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        group.push(nodes[w]!);
      } while (w !== v);
      const task = nodes[v]!;
      if (group.length > 1 || task.dependsOn.some((ref) => targetOf(ref) === task))
        groups.push(group);
    }
  }
  return groups;
}

/**
 * The shortest circle from `first` back to itself inside its group, by a
 * breadth-first search over dependencies; each task is visited once.
 */
function shortestCircle(
  first: Task,
  group: ReadonlySet<Task>,
  targetOf: (ref: IdRef) => Task | undefined,
): { tasks: Task[]; closing: IdRef } | undefined {
  const cameFrom = new Map<Task, Task>();
  const queue: Task[] = [first];
  for (let head = 0; head < queue.length; head++) {
    const task = queue[head]!;
    for (const ref of task.dependsOn) {
      const target = targetOf(ref);
      if (!target || !group.has(target)) continue;
      if (target === first) {
        const tasks = [task];
        for (let at = task; at !== first; ) {
          at = cameFrom.get(at)!;
          tasks.push(at);
        }
        return { tasks: tasks.reverse(), closing: ref };
      }
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, task);
      queue.push(target);
    }
  }
  return undefined;
}

/** `A → B → C → A`; a long circle keeps its first tasks and its last. */
function nameCircle(ids: readonly string[]): string {
  const shown =
    ids.length > MAX_CIRCLE_NAMES
      ? [...ids.slice(0, MAX_CIRCLE_NAMES - 1), '…', ids[ids.length - 1]!]
      : ids;
  return [...shown, ids[0]!].join(' → ');
}
