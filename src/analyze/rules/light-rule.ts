import type { Finding } from '../../diagnostics/types.js';
import { lightRuleProblems } from '../../model/light-rule.js';
import { lastDay } from '../schedule.js';
import type { Rule } from '../rule.js';

/**
 * A light rule or checkpoints that cannot be: a red line below the yellow
 * one (nothing could ever be yellow), or 形象进度 that falls from one
 * checkpoint to a later one. Both are schema errors the zod schema cannot
 * express, reported at the node to fix.
 */
export const lightRule: Rule = {
  code: 'schema',
  check: (plan) => {
    const findings: Finding[] = lightRuleProblems(plan.lights).map((problem) => ({
      code: 'schema',
      path: problem.path,
      params: { problem: problem.problem, ...problem.params },
    }));
    for (const task of plan.allTasks) {
      const points = (task.checkpoints ?? [])
        .map((point) => ({ point, day: lastDay(point.date) }))
        .filter(
          (entry): entry is { point: typeof entry.point; day: number } => entry.day !== undefined,
        )
        .sort((a, b) => a.day - b.day);
      for (let i = 1; i < points.length; i++) {
        const before = points[i - 1]!.point;
        const point = points[i]!.point;
        if (point.progress >= before.progress) continue;
        findings.push({
          code: 'schema',
          path: point.path,
          params: {
            problem: 'checkpoints-decreasing',
            date: point.date.written,
            value: point.progress,
            previousDate: before.date.written,
            previous: before.progress,
          },
        });
      }
    }
    return findings;
  },
};
