import { closest } from '../../diagnostics/suggest.js';
import type { Finding } from '../../diagnostics/types.js';
import type { Rule } from '../rule.js';

/**
 * A collective unit's member that the registry does not have. It is an
 * error like any unknown unit: the member's own checklist would silently
 * miss the group's tasks. Reported as `unknown-reference`, at the member.
 */
export const unknownMember: Rule = {
  code: 'unknown-reference',
  check: (plan) => {
    const findings: Finding[] = [];
    let candidates: string[] | undefined;
    for (const unit of plan.units) {
      for (const member of unit.members) {
        if (member.match !== 'none') continue;
        candidates ??= plan.units.flatMap((u) => [u.id, u.name, ...u.aliases]);
        const suggestion = closest(member.written, candidates);
        findings.push({
          code: 'unknown-reference',
          path: member.path,
          params: { kind: 'unit', name: member.written },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
    return findings;
  },
};
