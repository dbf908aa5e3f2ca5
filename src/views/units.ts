import { createUnitLookup, normalizeName } from '../model/resolve-units.js';
import type { Plan, UnitRef } from '../model/types.js';

/**
 * One key per unit, however it was written: the registry id when the name
 * resolved, else the normalised name. Per-unit views group and filter by it.
 */
export function unitKey(ref: UnitRef): string {
  return ref.unit ? `id:${ref.unit.id}` : `name:${normalizeName(ref.written)}`;
}

/**
 * The key a `--unit` argument means: a registry id, name or alias (in
 * either script), else the name as given (for plans without a registry).
 */
export function unitQueryKey(plan: Plan, query: string): string {
  const ref = createUnitLookup(plan.units).resolve(query, []);
  return ref.unit ? `id:${ref.unit.id}` : `name:${normalizeName(query)}`;
}

/**
 * The collective units the unit of `key` belongs to (各临床科室 for 内科),
 * by key, with their names: a member's own list includes their tasks.
 */
export function unitGroups(plan: Plan, key: string): ReadonlyMap<string, string> {
  const groups = key.startsWith('id:') ? plan.groupsOf.get(key.slice(3)) : undefined;
  return new Map((groups ?? []).map((group) => [`id:${group.id}`, group.name]));
}

const noGroups: ReadonlyMap<string, string> = new Map();

/** How a unit takes part in an item, and through which collective unit if not by name. */
export interface UnitPart {
  readonly role: 'lead' | 'support';
  /** The collective unit's name, when the item names the group and not the unit. */
  readonly via?: string;
}

/**
 * How a task or milestone involves a unit: it leads, it supports, or
 * neither. A unit takes part through each collective unit it belongs to
 * (`groups`, from `unitGroups`); leading through a group outranks
 * supporting by name, as the group's lead is the member's lead.
 */
export function unitPart(
  item: { lead: readonly UnitRef[]; support: readonly UnitRef[] },
  key: string,
  groups: ReadonlyMap<string, string> = noGroups,
): UnitPart | undefined {
  const lead = partIn(item.lead, key, groups);
  if (lead) return lead === true ? { role: 'lead' } : { role: 'lead', via: lead };
  const support = partIn(item.support, key, groups);
  if (support) return support === true ? { role: 'support' } : { role: 'support', via: support };
  return undefined;
}

/** `true` when the unit is named, a group's name when only the group is, else undefined. */
function partIn(
  refs: readonly UnitRef[],
  key: string,
  groups: ReadonlyMap<string, string>,
): true | string | undefined {
  let via: string | undefined;
  for (const ref of refs) {
    const refKey = unitKey(ref);
    if (refKey === key) return true;
    via ??= groups.get(refKey);
  }
  return via;
}

/** How a task or milestone involves a unit: it leads, it supports, or neither. */
export function unitRole(
  item: { lead: readonly UnitRef[]; support: readonly UnitRef[] },
  key: string,
  groups?: ReadonlyMap<string, string>,
): 'lead' | 'support' | undefined {
  return unitPart(item, key, groups)?.role;
}
