import type { DateField, Plan, UnitRef } from './types.js';

/** Every date field the plan wrote, each once (inherited dues are not repeated). */
export function allDateFields(plan: Plan): DateField[] {
  const fields: (DateField | undefined)[] = [
    plan.meta.issued,
    plan.meta.periodStart,
    plan.meta.periodEnd,
  ];
  for (const goal of plan.goals) {
    fields.push(goal.due);
    for (const target of goal.targets) {
      if (target.due?.path.includes('targets')) fields.push(target.due);
      fields.push(target.baseline?.date, ...target.actuals.map((reading) => reading.date));
    }
  }
  for (const phase of plan.phases) {
    fields.push(phase.start, phase.end, ...phase.steps.flatMap((step) => [step.start, step.end]));
  }
  for (const task of plan.allTasks) {
    fields.push(task.start, task.inherited.due ? undefined : task.due, task.doneOn);
    fields.push(...task.updates.map((update) => update.date));
    if (task.checkpoints) fields.push(...task.checkpoints.map((point) => point.date));
  }
  for (const milestone of plan.milestones) fields.push(milestone.due, milestone.doneOn);
  return fields.filter((field): field is DateField => field !== undefined);
}

/** Every unit reference the plan wrote, each once (inherited ones are not repeated). */
export function allUnitRefs(plan: Plan): UnitRef[] {
  const refs: UnitRef[] = [];
  for (const task of plan.allTasks) {
    if (!task.inherited.lead) refs.push(...task.lead);
    if (!task.inherited.support) refs.push(...task.support);
  }
  for (const milestone of plan.milestones) refs.push(...milestone.lead, ...milestone.support);
  return refs;
}
