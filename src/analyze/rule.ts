import type { Day } from '../dates/types.js';
import type { WarnSetting } from '../dates/warn-window.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Finding } from '../diagnostics/types.js';
import type { Plan } from '../model/types.js';

/** What every rule may know besides the plan. */
export interface RuleContext {
  readonly today: Day;
  /**
   * `--warn-days` as given (a number: calendar days; `5 workdays`: working
   * days); undefined when not given: the plan's `lights.due_soon_within`,
   * else 14 days, applies.
   */
  readonly warnDays?: WarnSetting | undefined;
}

/** One check of a resolved plan. A rule reports; it never prints or throws. */
export interface Rule {
  readonly code: DiagnosticCode;
  readonly check: (plan: Plan, context: RuleContext) => Finding[];
}
