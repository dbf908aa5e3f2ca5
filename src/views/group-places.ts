import type { IdRef, UnitRef } from '../model/types.js';
import { unitKey } from './units.js';

export type GroupBy = 'phase' | 'goal' | 'unit';

/** What an item needs to be placed in groups: a task or a milestone. */
interface Placeable {
  readonly phase?: IdRef;
  readonly goals: readonly IdRef[];
  readonly lead: readonly UnitRef[];
  readonly support: readonly UnitRef[];
}

/** The one unit a filtered view is about (`--unit`). */
interface OnlyUnit {
  readonly key: string;
  readonly name: string;
  /** The collective units it belongs to, by key (see `unitGroups`). */
  readonly groups: ReadonlyMap<string, string>;
}

/**
 * The groups an item goes into, by key: its phase (`phase:ID`), each goal it
 * serves (`goal:ID`), or each unit that leads or supports it (its
 * `unitKey`, with the name that first named it), once each. A collective
 * unit is a group of its own here, not its members. The checklist and the
 * grouped office tables both place items here, so the two never sort a
 * task differently. `onlyUnit` keeps just that unit's group, which also
 * holds the items of the collective units it belongs to.
 */
export function groupPlaces(
  item: Placeable,
  groupBy: GroupBy,
  onlyUnit?: OnlyUnit,
): { key: string; name?: string }[] {
  if (groupBy === 'phase') return item.phase ? [{ key: `phase:${item.phase.id}` }] : [];
  if (groupBy === 'goal') {
    return [...new Set(item.goals.map((goal) => goal.id))].map((id) => ({ key: `goal:${id}` }));
  }
  if (onlyUnit !== undefined) {
    const named = [...item.lead, ...item.support].some((ref) => {
      const key = unitKey(ref);
      return key === onlyUnit.key || onlyUnit.groups.has(key);
    });
    return named ? [{ key: onlyUnit.key, name: onlyUnit.name }] : [];
  }
  const places = new Map<string, string>();
  for (const ref of [...item.lead, ...item.support]) {
    const key = unitKey(ref);
    if (!places.has(key)) places.set(key, ref.name);
  }
  return [...places].map(([key, name]) => ({ key, name }));
}
