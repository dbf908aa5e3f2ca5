import type { Finding } from '../../diagnostics/types.js';
import type { DateField } from '../../model/types.js';
import { firstDay, lastDay } from '../schedule.js';
import type { Rule } from '../rule.js';

/**
 * A plan period, phase, step or task whose end comes before its start. Spans
 * overlap when they share a day (`start: 2023-06`, `due: 2023-06-10` is fine),
 * so the test is the end's last day against the start's first day.
 */
export const endBeforeStart: Rule = {
  code: 'end-before-start',
  check: (plan) => {
    const pairs: [DateField | undefined, DateField | undefined][] = [
      [plan.meta.periodStart, plan.meta.periodEnd],
      ...plan.phases.flatMap((phase) => [
        [phase.start, phase.end] as [DateField | undefined, DateField | undefined],
        ...phase.steps.map(
          (step) => [step.start, step.end] as [DateField | undefined, DateField | undefined],
        ),
      ]),
      // A sub-task with both dates from its parent repeats the parent's
      // pair: reported once, at the parent.
      ...plan.allTasks
        .filter((task) => !(task.inherited.start && task.inherited.due))
        .map((task) => [task.start, task.due] as [DateField | undefined, DateField | undefined]),
    ];
    return pairs.flatMap(([start, end]): Finding[] => {
      const first = firstDay(start);
      const last = lastDay(end);
      if (!start || !end || first === undefined || last === undefined || last >= first) return [];
      return [
        {
          code: 'end-before-start',
          path: end.path,
          params: { start: start.date?.written ?? '', end: end.date?.written ?? '' },
        },
      ];
    });
  },
};
