import type { Rule } from '../rule.js';
import { targetProblemFindings } from './target-problems.js';

const kinds = new Set(['unreadable', 'contradictory'] as const);

/**
 * A target, tolerance or reference that cannot be read (`50%一下`, suggesting
 * `50%以下`), or whose words pull two ways (`不超过30%以上`, `3-2项`).
 */
export const targetUnreadable: Rule = {
  code: 'target-unreadable',
  check: (plan) => targetProblemFindings(plan, 'target-unreadable', kinds),
};
