import type { Finding } from '../../diagnostics/types.js';
import type { Rule } from '../rule.js';
import { looksLikeFraction } from '../schedule.js';

/**
 * `progress: 0.5` where 50 was meant: progress is 0–100, and a spreadsheet
 * exported as a fraction reads as half a per cent, which would make every
 * light on the task red. A hint, not an error: 0.5% can be meant.
 */
export const progressFraction: Rule = {
  code: 'progress-fraction',
  check: (plan) => {
    const findings: Finding[] = [];
    const hint = (progress: number, path: Finding['path']): void => {
      const meant = Math.round(progress * 1000) / 10;
      findings.push({
        code: 'progress-fraction',
        path,
        params: { progress, meant },
        suggestion: String(meant),
      });
    };
    for (const task of plan.allTasks) {
      if (looksLikeFraction(task.progress, task.status))
        hint(task.progress!, [...task.path, 'progress']);
      for (const update of task.updates) {
        if (looksLikeFraction(update.progress, task.status))
          hint(update.progress!, [...update.path, 'progress']);
      }
    }
    return findings;
  },
};
