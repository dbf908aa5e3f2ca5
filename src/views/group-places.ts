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

/**
 * The groups an item goes into, by key: its phase (`phase:ID`), each goal it
 * serves (`goal:ID`), or each unit that leads or supports it (its
 * `unitKey`, with the reference that first named it), once each. The
 * checklist and the grouped office tables both place items here, so the two
 * never sort a task differently. `onlyUnit` keeps just that unit's group.
 */
export function groupPlaces(
  item: Placeable,
  groupBy: GroupBy,
  onlyUnit?: string,
): { key: string; ref?: UnitRef }[] {
  if (groupBy === 'phase') return item.phase ? [{ key: `phase:${item.phase.id}` }] : [];
  if (groupBy === 'goal') {
    return [...new Set(item.goals.map((goal) => goal.id))].map((id) => ({ key: `goal:${id}` }));
  }
  const places = new Map<string, UnitRef>();
  for (const ref of [...item.lead, ...item.support]) {
    const key = unitKey(ref);
    if (onlyUnit !== undefined && key !== onlyUnit) continue;
    if (!places.has(key)) places.set(key, ref);
  }
  return [...places].map(([key, ref]) => ({ key, ref }));
}
