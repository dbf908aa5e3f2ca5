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
      fields.push(target.baseline?.date, target.reference?.date);
      for (const reading of target.actuals) fields.push(reading.date);
    }
  }
  for (const phase of plan.phases) {
    fields.push(phase.start, phase.end);
    for (const step of phase.steps) fields.push(step.start, step.end);
  }
  for (const task of plan.allTasks) {
    fields.push(
      task.inherited.start ? undefined : task.start,
      task.inherited.due ? undefined : task.due,
      task.doneOn,
    );
    // Loops, not push(...list): a list spread into arguments overflows the
    // stack past about 100,000 items, and a plan may hold that many.
    for (const update of task.updates) fields.push(update.date);
    for (const point of task.checkpoints ?? []) fields.push(point.date);
  }
  for (const milestone of plan.milestones) fields.push(milestone.due, milestone.doneOn);
  return fields.filter((field): field is DateField => field !== undefined);
}

/** Every unit reference the plan wrote, each once (inherited ones are not repeated). */
export function allUnitRefs(plan: Plan): UnitRef[] {
  const refs: UnitRef[] = [];
  for (const task of plan.allTasks) {
    if (!task.inherited.lead) for (const ref of task.lead) refs.push(ref);
    if (!task.inherited.support) for (const ref of task.support) refs.push(ref);
  }
  for (const milestone of plan.milestones) {
    for (const ref of milestone.lead) refs.push(ref);
    for (const ref of milestone.support) refs.push(ref);
  }
  return refs;
}
