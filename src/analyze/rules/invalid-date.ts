import { allDateFields } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/** A date that cannot be read, or a day that does not exist. */
export const invalidDate: Rule = {
  code: 'invalid-date',
  check: (plan) =>
    allDateFields(plan).flatMap((field) => {
      const problem = field.problem;
      if (!problem || problem.kind === 'placeholder') return [];
      return [
        {
          code: 'invalid-date',
          path: field.path,
          ...(field.at ? { at: field.at } : {}),
          params: { problem: problem.kind, value: field.written },
          ...(problem.kind === 'unreadable' && problem.suggestion
            ? { suggestion: problem.suggestion }
            : {}),
        },
      ];
    }),
};
