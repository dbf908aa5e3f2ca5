import type { Finding, MessageParams } from '../../diagnostics/types.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Plan, Task } from '../../model/types.js';
import type { RuleContext } from '../rule.js';
import { type ItemState, assessTask, scheduleOptions } from '../schedule.js';

/**
 * The shared walk of the schedule rules: assess each task as of today and
 * report `code` where `pick` finds something. A finding points at the task's
 * own due date, or at its title when the due date is inherited (pointing at
 * the parent's line would blame the wrong task).
 */
export function scheduleFindings(
  plan: Plan,
  context: RuleContext,
  code: DiagnosticCode,
  pick: (state: ItemState, task: Task) => MessageParams | undefined,
  field: 'due' | 'start' | 'progress' | 'status' = 'due',
): Finding[] {
  const findings: Finding[] = [];
  const options = scheduleOptions(plan, context);
  for (const task of plan.allTasks) {
    const params = pick(assessTask(task, options), task);
    if (!params) continue;
    findings.push({
      code,
      path: pathFor(task, field),
      params: { kind: 'task', name: task.title, no: task.no, ...params },
    });
  }
  return findings;
}

function pathFor(task: Task, field: 'due' | 'start' | 'progress' | 'status'): Finding['path'] {
  if (field === 'due')
    return task.due && !task.inherited.due ? task.due.path : [...task.path, 'title'];
  if (field === 'start' && task.start && !task.inherited.start) return task.start.path;
  if (field === 'progress' && task.progress !== undefined) return [...task.path, 'progress'];
  if (field === 'status') return [...task.path, 'status'];
  return [...task.path, 'title'];
}
