import { allDateFields } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/** `20xx`: a template's year left unfilled. */
export const placeholderDate: Rule = {
  code: 'placeholder-date',
  check: (plan) =>
    allDateFields(plan)
      .filter((field) => field.problem?.kind === 'placeholder')
      .map((field) => ({
        code: 'placeholder-date',
        path: field.path,
        ...(field.at ? { at: field.at } : {}),
        params: { value: field.written },
      })),
};
