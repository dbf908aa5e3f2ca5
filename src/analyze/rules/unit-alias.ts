import type { Finding } from '../../diagnostics/types.js';
import type { UnitRef } from '../../model/types.js';
import { normalizeName } from '../../model/resolve-units.js';
import { allUnitRefs } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/**
 * One unit written two ways splits its work in every per-unit view. With a
 * registry, a unit written by its name or an alias is pointed to its id.
 * Without one, two names where one is the other with a place prefix
 * (财政局 / 县财政局) are reported as likely the same unit.
 */
export const unitAlias: Rule = {
  code: 'unit-alias',
  check: (plan) => {
    const refs = allUnitRefs(plan);
    if (plan.units.length > 0) {
      return refs
        .filter((ref) => (ref.match === 'name' || ref.match === 'alias') && ref.unit)
        .map((ref) => ({
          code: 'unit-alias',
          path: ref.path,
          params: { written: ref.written, id: ref.unit!.id, name: ref.unit!.name },
          suggestion: ref.unit!.id,
        }));
    }
    return twoSpellings(refs);
  },
};

const placePrefix = /^(省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|院)/u;

function twoSpellings(refs: UnitRef[]): Finding[] {
  const firstByName = new Map<string, UnitRef>();
  for (const ref of refs) {
    const name = normalizeName(ref.written);
    if (!firstByName.has(name)) firstByName.set(name, ref);
  }
  const names = [...firstByName.keys()];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const ref of refs) {
    const name = normalizeName(ref.written);
    if (reported.has(name)) continue;
    const longer = names.find(
      (other) =>
        other !== name && other.endsWith(name) && placePrefix.test(other.slice(0, -name.length)),
    );
    if (!longer) continue;
    reported.add(name);
    findings.push({
      code: 'unit-alias',
      path: ref.path,
      params: { written: ref.written, other: firstByName.get(longer)!.written },
      suggestion: firstByName.get(longer)!.written,
    });
  }
  return findings;
}
