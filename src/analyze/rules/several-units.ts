import type { Finding } from '../../diagnostics/types.js';
import { pathKey } from '../../model/build-model.js';
import type { UnitRef } from '../../model/types.js';
import { allUnitRefs } from '../../model/walk.js';
import type { Rule } from '../rule.js';

/**
 * A string that names several units (`医务科/护理部`, `医务科和护理部`) has
 * been read as several units (see `splitUnitText` for where a string
 * splits); a YAML list says so without leaving the reader to guess, and
 * keeps a name that contains 和 from being cut in two. Reported once per
 * string, with the list to write instead.
 */
export const severalUnits: Rule = {
  code: 'several-units',
  check: (plan) => {
    const findings: Finding[] = [];
    const refs = allUnitRefs(plan);
    let at = 0;
    while (at < refs.length) {
      const ref = refs[at]!;
      if (ref.splitFrom === undefined) {
        at++;
        continue;
      }
      // The parts of one string come one after another and share its path.
      const parts = partsOf(refs, at);
      at += parts.length;
      const list = parts.map((part) => part.written).join(', ');
      const inList = typeof ref.path[ref.path.length - 1] === 'number';
      findings.push({
        code: 'several-units',
        path: ref.path,
        params: {
          written: ref.splitFrom,
          parts: parts.map((part) => part.written).join('\n'),
        },
        suggestion: inList ? list : `[${list}]`,
      });
    }
    return findings;
  },
};

function partsOf(refs: readonly UnitRef[], start: number): UnitRef[] {
  const first = refs[start]!;
  const key = pathKey(first.path);
  const parts = [first];
  for (let i = start + 1; i < refs.length; i++) {
    const ref = refs[i]!;
    if (ref.splitFrom !== first.splitFrom || pathKey(ref.path) !== key) break;
    parts.push(ref);
  }
  return parts;
}
