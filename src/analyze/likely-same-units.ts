/**
 * Which unit names, in a plan without a registry, are likely one unit
 * written two ways. Each name is compared after NFKC normalisation and
 * folding traditional characters to simplified ones (`foldScript`); then a
 * name is taken as another spelling of a longer one when
 *
 * - script: the two differ only in script (醫務科 / 医务科);
 * - place: the longer is the shorter under a place: its extra beginning
 *   ends in 省 市 县 区 州 盟 旗 镇 乡 or 院 (财政局 / 县财政局,
 *   财政局 / XX县财政局), but not 市场监督管理局 / 监督管理局;
 * - short: the shorter, three characters or more and ending as unit names
 *   end, begins the longer (综合办 / 综合办公室, 卫生健康委 /
 *   卫生健康委员会);
 * - abbreviation: the shorter, three characters or more, keeps the longer's
 *   first and last characters and takes the rest from it in order, as
 *   Chinese abbreviations do (总务科 / 总务后勤科, 心内科 / 心血管内科).
 *
 * Names of equal length are never matched except by script, so 医务科 /
 * 医保科 and 内科 / 外科 stay apart; two-character names are never taken as
 * abbreviations, so 内科 is not 内分泌科 and 儿科 is not 儿童保健科.
 *
 * The cost is linear in the number of names (times their length): every
 * test is a lookup in a set or in a small index keyed by a name's first,
 * last and one inner character, never a comparison of all pairs. An index
 * entry with very many names is skipped: a short name that could abbreviate
 * dozens of names abbreviates none of them in particular.
 */
import { foldScript } from '../model/fold-script.js';
import { normalizeName } from '../model/resolve-units.js';

export type LikenessKind = 'script' | 'place' | 'short' | 'abbreviation';

export interface LikelySame {
  /** Index into the names given: the spelling to change. */
  readonly index: number;
  /** Index of the spelling it is likely the same unit as. */
  readonly other: number;
  readonly kind: LikenessKind;
}

const placeEnding = /[省市县区州盟旗镇乡院]$/u;
const unitEnding = /(?:科|部|室|局|委|办|处|厅|院|所|站|中心|组|队|会|署|司|馆)$/u;
/** Beyond this many candidates an abbreviation is too ambiguous to report. */
const MAX_CANDIDATES = 32;

/**
 * `names` are distinct spellings in order of first appearance, with how
 * often each is written; the result names each spelling that is likely
 * another's at most once, in the order of `names`.
 */
export function likelySameUnits(
  names: readonly { readonly written: string; readonly count: number }[],
): LikelySame[] {
  const keys = names.map(({ written }) => foldScript(normalizeName(written)));
  // One spelling stands for each key: the most written, the first on a tie.
  const main = new Map<string, number>();
  keys.forEach((key, index) => {
    const best = main.get(key);
    if (best === undefined || names[index]!.count > names[best]!.count) main.set(key, index);
  });

  const found = new Map<number, LikelySame>();
  keys.forEach((key, index) => {
    const best = main.get(key)!;
    if (best !== index) found.set(index, { index, other: best, kind: 'script' });
  });

  const longerOf = new Map<string, { other: string; kind: LikenessKind }>();
  const note = (shorter: string, other: string, kind: LikenessKind): void => {
    if (!longerOf.has(shorter)) longerOf.set(shorter, { other, kind });
  };
  const distinct = [...main.keys()];
  for (const key of distinct) {
    const chars = [...key];
    for (let cut = 1; cut <= chars.length - 2; cut++) {
      if (!placeEnding.test(chars[cut - 1]!)) continue;
      const rest = chars.slice(cut).join('');
      if (main.has(rest)) note(rest, key, 'place');
    }
    for (let length = 3; length < chars.length; length++) {
      const head = chars.slice(0, length).join('');
      if (main.has(head) && unitEnding.test(head)) note(head, key, 'short');
    }
  }
  for (const [shorter, other] of abbreviations(distinct)) note(shorter, other, 'abbreviation');

  for (const [shorter, { other, kind }] of longerOf) {
    const index = main.get(shorter)!;
    if (!found.has(index)) found.set(index, { index, other: main.get(other)!, kind });
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** Each name of three characters or more that abbreviates a longer one, with that one. */
function abbreviations(keys: readonly string[]): Map<string, string> {
  const charsOf = new Map(keys.map((key) => [key, [...key]]));
  const index = new Map<string, string[]>();
  for (const [key, chars] of charsOf) {
    if (chars.length < 4) continue;
    const first = chars[0]!;
    const last = chars[chars.length - 1]!;
    const inner = new Set(chars.slice(1, -1));
    for (const char of inner) {
      const slot = first + char + last;
      const list = index.get(slot);
      if (!list) index.set(slot, [key]);
      else if (list.length <= MAX_CANDIDATES) list.push(key);
    }
  }
  const found = new Map<string, string>();
  for (const [key, chars] of charsOf) {
    if (chars.length < 3) continue;
    const candidates = index.get(chars[0]! + chars[1]! + chars[chars.length - 1]!);
    if (!candidates || candidates.length > MAX_CANDIDATES) continue;
    const longer = candidates.find(
      (other) =>
        charsOf.get(other)!.length > chars.length && isSubsequence(chars, charsOf.get(other)!),
    );
    if (longer !== undefined) found.set(key, longer);
  }
  return found;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at >= short.length;
}
