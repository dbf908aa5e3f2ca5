import type { Finding } from '../../diagnostics/types.js';
import { normalizeName } from '../../model/resolve-units.js';
import type { UnitRef } from '../../model/types.js';
import { allUnitRefs } from '../../model/walk.js';
import { likelySameUnits } from '../likely-same-units.js';
import type { Rule } from '../rule.js';

/**
 * One unit written two ways splits its work in every per-unit view.
 *
 * With a registry, a unit's id and its registered name are equally good
 * (plans copy names from the document, and should not drown in warnings
 * for it); an alias or a name in the other script is pointed to the
 * registered name, or the id. Without a registry, spellings that are likely
 * one unit are reported at the first place the less usual one is written:
 * see `likelySameUnits` for what counts as likely, and what never does.
 */
export const unitAlias: Rule = {
  code: 'unit-alias',
  check: (plan) => {
    const refs = allUnitRefs(plan);
    if (plan.units.length > 0) {
      const findings: Finding[] = [];
      const byId = prefersIds(refs);
      for (const ref of refs) {
        if ((ref.match !== 'alias' && ref.match !== 'variant') || !ref.unit) continue;
        const spelling = byId ? ref.unit.id : ref.unit.name;
        findings.push({
          code: 'unit-alias',
          path: ref.path,
          params: {
            problem: ref.match,
            written: ref.written,
            id: ref.unit.id,
            name: ref.unit.name,
          },
          suggestion: spelling,
          // Certain: the registry itself says which unit this is. A part of
          // `医务科/护理部` does not read as the whole scalar, and is left.
          fix: { kind: 'scalar', value: spelling, expect: ref.written },
        });
      }
      return findings;
    }
    return twoSpellings(refs);
  },
};

/**
 * Whether an alias is best rewritten as the unit's id rather than its
 * registered name: as the plan itself mostly writes its units. Both are
 * equally valid; a plan that writes `lead: health` everywhere would read
 * oddly with one `县卫生健康局`. A tie keeps the name, as the document wrote.
 */
function prefersIds(refs: readonly UnitRef[]): boolean {
  let ids = 0;
  let names = 0;
  for (const ref of refs) {
    if (ref.match === 'id') ids++;
    else if (ref.match === 'name') names++;
  }
  return ids > names;
}

function twoSpellings(refs: readonly UnitRef[]): Finding[] {
  const spellings = new Map<string, { written: string; count: number; first: UnitRef }>();
  // Spellings that NFKC makes equal (（） and ()) are one spelling, as
  // everywhere else units are compared.
  for (const ref of refs) {
    const key = normalizeName(ref.written);
    const seen = spellings.get(key);
    if (seen) seen.count++;
    else spellings.set(key, { written: ref.written, count: 1, first: ref });
  }
  const names = [...spellings.values()];
  return likelySameUnits(names).map(({ index, other, kind }) => {
    const name = names[index]!;
    const main = names[other]!;
    return {
      code: 'unit-alias',
      path: name.first.path,
      params: { problem: kind, written: name.written, other: main.written },
      suggestion: main.written,
    };
  });
}
