import type { Path } from '../parse/types.js';
import type { Unit, UnitRef } from './types.js';

export type UnitResolver = (written: string, path: Path) => UnitRef;

/**
 * Looks a unit up by id, then by full name, then by alias. Names are compared
 * after NFKC normalisation, so full-width and half-width forms of the same
 * text (（） and ()) are one name.
 */
export function createUnitResolver(units: readonly Unit[]): UnitResolver {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const byName = new Map<string, Unit>();
  const byAlias = new Map<string, Unit>();
  for (const unit of units) {
    if (!byName.has(normalizeName(unit.name))) byName.set(normalizeName(unit.name), unit);
    for (const alias of unit.aliases) {
      if (!byAlias.has(normalizeName(alias))) byAlias.set(normalizeName(alias), unit);
    }
  }
  return (written, path) => {
    const idMatch = byId.get(written);
    if (idMatch) return { written, unit: idMatch, match: 'id', name: idMatch.name, path };
    const key = normalizeName(written);
    const nameMatch = byName.get(key);
    if (nameMatch) return { written, unit: nameMatch, match: 'name', name: nameMatch.name, path };
    const aliasMatch = byAlias.get(key);
    if (aliasMatch)
      return { written, unit: aliasMatch, match: 'alias', name: aliasMatch.name, path };
    return { written, match: 'none', name: written, path };
  };
}

export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
