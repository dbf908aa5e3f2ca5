import { normalizeName } from '../model/resolve-units.js';
import type { Plan, UnitRef } from '../model/types.js';

/**
 * One key per unit, however it was written: the registry id when the name
 * resolved, else the normalised name. Per-unit views group and filter by it.
 */
export function unitKey(ref: UnitRef): string {
  return ref.unit ? `id:${ref.unit.id}` : `name:${normalizeName(ref.written)}`;
}

/**
 * The key a `--unit` argument means: a registry id, name or alias, else the
 * name as given (for plans without a registry).
 */
export function unitQueryKey(plan: Plan, query: string): string {
  const wanted = normalizeName(query);
  const unit =
    plan.unitById.get(query) ??
    plan.units.find(
      (u) =>
        normalizeName(u.name) === wanted ||
        u.aliases.some((alias) => normalizeName(alias) === wanted),
    );
  return unit ? `id:${unit.id}` : `name:${wanted}`;
}

/** How a task or milestone involves a unit: it leads, it supports, or neither. */
export function unitRole(
  item: { lead: readonly UnitRef[]; support: readonly UnitRef[] },
  key: string,
): 'lead' | 'support' | undefined {
  if (item.lead.some((ref) => unitKey(ref) === key)) return 'lead';
  if (item.support.some((ref) => unitKey(ref) === key)) return 'support';
  return undefined;
}
