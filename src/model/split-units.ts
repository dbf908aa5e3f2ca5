/**
 * One string that names several units: `医务科/护理部`, `医务科、护理部`,
 * `医务科　护理部`, `医务科和护理部`. The model reads each part as a unit of
 * its own, and the `several-units` rule asks for a list instead.
 *
 * Where a string splits:
 * - on list marks, always: 、 ， , ； ; / ／ (a registered name that
 *   contains one is kept whole);
 * - on whitespace only between two Chinese characters and when every part
 *   is a unit (as below), so `District Health Bureau` and `县 卫生健康局`
 *   stay one name;
 * - on 和 与 與 及 以及 only when both sides are units: known to the registry,
 *   or ending as unit names end (科 部 室 局 委 办 处 厅 院 所 站 中心 …).
 *   `人力资源和社会保障局`, `发展和改革局` and `住房和城乡建设局` are one unit
 *   each, because 人力资源, 发展 and 住房 are not unit names.
 */

/** Anything a string could split on; most unit names have none, and stop here. */
const anySeparator = /[、，,；;/／\s和与與及]/u;
const listMarks = /[、，,；;/／]/u;
const listMarksGlobal = /[、，,；;/／]/gu;
/** A run of whitespace (U+3000 included) with a Han character on either side. */
const hanSpace = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const conjunctions = /以及|和|与|與|及/gu;
/** How the names of offices, hospitals and departments end. */
const unitEnding =
  /(?:科|部|室|局|委|办|辦|处|處|厅|廳|院|所|站|中心|组|組|队|隊|会|會|政府|署|司|馆|館|校|社|团|團|办公室|小组|小組)$/u;

/**
 * The units a string names, trimmed, in order. `isKnown` tells a registered id, name or alias,
 * so that one is never split and a part next to 和 counts as a unit.
 */
export function splitUnitText(text: string, isKnown: (name: string) => boolean): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (!anySeparator.test(trimmed) || isKnown(trimmed)) return [trimmed];
  const pieces = listMarks.test(trimmed) ? trimmed.split(listMarksGlobal) : [trimmed];
  const parts: string[] = [];
  for (const piece of pieces) {
    const spaced = piece.split(hanSpace).map((part) => part.trim());
    // A space is a separator only between units: `县 卫生健康局` is one
    // name with a stray space, which name comparison ignores.
    const names =
      spaced.length > 1 && !spaced.every((part) => looksLikeUnit(part, isKnown))
        ? [piece.trim()]
        : spaced;
    for (const name of names) {
      if (name !== '') parts.push(...splitOnConjunction(name, isKnown));
    }
  }
  return parts;
}

/**
 * `医务科和护理部` → 医务科, 护理部, trying each 和/与/及 from the left; a
 * split is taken only when the left part and the rest are both units (the
 * rest may split again: `医务科、护理部和药剂科` is three).
 */
function splitOnConjunction(name: string, isKnown: (name: string) => boolean): string[] {
  if (isKnown(name)) return [name];
  for (const match of name.matchAll(conjunctions)) {
    const left = name.slice(0, match.index).trim();
    const right = name.slice(match.index + match[0].length).trim();
    if (!looksLikeUnit(left, isKnown)) continue;
    const rest = splitOnConjunction(right, isKnown);
    if (rest.every((part) => looksLikeUnit(part, isKnown))) return [left, ...rest];
  }
  return [name];
}

function looksLikeUnit(name: string, isKnown: (name: string) => boolean): boolean {
  return name.length >= 2 && (isKnown(name) || unitEnding.test(name));
}
