import type { Rule } from '../rule.js';
import { targetProblemFindings } from './target-problems.js';

const kinds = new Set(['placeholder'] as const);

/** `x项`, `XX%`: a template's blank left in a target, as `20xx` in a date. */
export const targetPlaceholder: Rule = {
  code: 'target-placeholder',
  check: (plan) => targetProblemFindings(plan, 'target-placeholder', kinds),
};
