import type { Finding } from '../../diagnostics/types.js';
import type { DateField, Phase } from '../../model/types.js';
import { firstDay, lastDay } from '../schedule.js';
import type { Rule } from '../rule.js';

/**
 * A task's or step's dates fall outside its phase. Phases may overlap on
 * purpose, but work placed in a phase is expected inside that phase's span.
 * Inherited due dates are checked on the task that wrote them, once.
 */
export const outsidePhase: Rule = {
  code: 'outside-phase',
  check: (plan) => {
    const findings: Finding[] = [];
    for (const phase of plan.phases) {
      for (const step of phase.steps)
        findings.push(...outside(phase, step.start, step.end, 'step'));
    }
    for (const task of plan.allTasks) {
      if (!task.phase?.found || task.inherited.phase) continue;
      const phase = plan.phaseById.get(task.phase.id);
      if (!phase) continue;
      findings.push(
        ...outside(
          phase,
          task.inherited.start ? undefined : task.start,
          task.inherited.due ? undefined : task.due,
          'task',
        ),
      );
    }
    return findings;
  },
};

function outside(
  phase: Phase,
  start: DateField | undefined,
  end: DateField | undefined,
  kind: string,
): Finding[] {
  const phaseFirst = firstDay(phase.start);
  const phaseLast = lastDay(phase.end);
  // A phase that ends before it starts is already an error; measuring its
  // work against it would only repeat that error once per task.
  if (phaseFirst !== undefined && phaseLast !== undefined && phaseLast < phaseFirst) return [];
  const findings: Finding[] = [];
  const check = (field: DateField | undefined): void => {
    const first = firstDay(field);
    const last = lastDay(field);
    if (!field || first === undefined || last === undefined) return;
    const before = phaseFirst !== undefined && last < phaseFirst;
    const after = phaseLast !== undefined && first > phaseLast;
    if (before || after) {
      findings.push({
        code: 'outside-phase',
        path: field.path,
        params: {
          kind,
          date: field.date?.written ?? '',
          phase: phase.name,
          phaseStart: phase.start?.date?.written ?? '',
          phaseEnd: phase.end?.date?.written ?? '',
        },
      });
    }
  };
  check(start);
  check(end);
  return findings;
}
