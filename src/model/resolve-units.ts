import type { Path } from '../parse/types.js';
import { foldScript } from './fold-script.js';
import type { Unit, UnitRef } from './types.js';

export type UnitResolver = (written: string, path: Path) => UnitRef;

export interface UnitLookup {
  readonly resolve: UnitResolver;
  /** Whether the text is a registered id, name or alias (in either script). */
  readonly isKnown: (written: string) => boolean;
}

/**
 * Looks a unit up by id, then by full name, then by alias, then by a name
 * or alias in the other script (醫務科 for 医务科). Names are compared after
 * NFKC normalisation, so full-width and half-width forms of the same text
 * (（） and ()) are one name.
 */
export function createUnitLookup(units: readonly Unit[]): UnitLookup {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const byName = new Map<string, Unit>();
  const byAlias = new Map<string, Unit>();
  const byFolded = new Map<string, Unit>();
  for (const unit of units) {
    const name = normalizeName(unit.name);
    if (!byName.has(name)) byName.set(name, unit);
    for (const alias of unit.aliases) {
      if (!byAlias.has(normalizeName(alias))) byAlias.set(normalizeName(alias), unit);
    }
  }
  // Script variants come after every exact name and alias, so a unit
  // registered in both scripts is always found as written.
  for (const unit of units) {
    for (const written of [unit.name, ...unit.aliases]) {
      const folded = foldScript(normalizeName(written));
      if (!byFolded.has(folded)) byFolded.set(folded, unit);
    }
  }
  const resolve: UnitResolver = (written, path) => {
    const idMatch = byId.get(written);
    if (idMatch) return { written, unit: idMatch, match: 'id', name: idMatch.name, path };
    const key = normalizeName(written);
    const nameMatch = byName.get(key);
    if (nameMatch) return { written, unit: nameMatch, match: 'name', name: nameMatch.name, path };
    const aliasMatch = byAlias.get(key);
    if (aliasMatch)
      return { written, unit: aliasMatch, match: 'alias', name: aliasMatch.name, path };
    if (byFolded.size > 0) {
      const variant = byFolded.get(foldScript(key));
      if (variant) return { written, unit: variant, match: 'variant', name: variant.name, path };
    }
    return { written, match: 'none', name: written, path };
  };
  const isKnown = (written: string): boolean => {
    if (units.length === 0) return false;
    if (byId.has(written)) return true;
    const key = normalizeName(written);
    return byName.has(key) || byAlias.has(key) || byFolded.has(foldScript(key));
  };
  return { resolve, isKnown };
}

export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
