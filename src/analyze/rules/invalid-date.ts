import type { DateProblem } from '../../dates/types.js';
import { allDateFields } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/**
 * A date that cannot be read, a day that does not exist, or a date without
 * a year (`6月底`) in a plan whose period gives no one year: the message
 * says why, and shows the date with a year as an example when no single
 * year can be suggested.
 */
export const invalidDate: Rule = {
  code: 'invalid-date',
  check: (plan) => {
    const period = {
      periodStart: plan.meta.periodStart?.written ?? '',
      periodEnd: plan.meta.periodEnd?.written ?? '',
    };
    return allDateFields(plan).flatMap((field) => {
      const problem = field.problem;
      if (!problem || problem.kind === 'placeholder') return [];
      const suggestion = suggestionOf(problem);
      return [
        {
          code: 'invalid-date',
          path: field.path,
          ...(field.at ? { at: field.at } : {}),
          params: {
            problem: problem.kind,
            value: field.written,
            ...(problem.kind === 'yearless' ? { reason: problem.reason, ...period } : {}),
            ...(problem.kind === 'yearless' && problem.example !== undefined
              ? { example: problem.example }
              : {}),
          },
          ...(suggestion !== undefined ? { suggestion } : {}),
          ...(suggestion !== undefined && problem.kind === 'unreadable' && problem.respelling
            ? { fix: { kind: 'scalar', value: suggestion, expect: field.written } }
            : {}),
        },
      ];
    });
  },
};

function suggestionOf(problem: DateProblem): string | undefined {
  return problem.kind === 'unreadable' || problem.kind === 'yearless'
    ? problem.suggestion
    : undefined;
}
