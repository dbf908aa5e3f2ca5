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

/** Characters a place name ends in: 省 市 县 区 州 盟 旗 镇 乡 院. */
const placeEndings = new Set([...'省市县区州盟旗镇乡院'].map((char) => char.charCodeAt(0)));
/** Characters unit names end in (中心 ends in 心, checked apart). */
const unitEndings = new Set(
  [...'科部室局委办处厅院所站组队会署司馆'].map((char) => char.charCodeAt(0)),
);
/** Beyond this many candidates an abbreviation is too ambiguous to report. */
const MAX_CANDIDATES = 16;

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

  // Names are compared by UTF-16 code unit: unit names are in the Basic
  // Multilingual Plane, and a cut through a surrogate pair only makes a
  // string that is no one's name.
  const longerOf = new Map<string, { other: string; kind: LikenessKind }>();
  const note = (shorter: string, other: string, kind: LikenessKind): void => {
    if (!longerOf.has(shorter)) longerOf.set(shorter, { other, kind });
  };
  for (const key of main.keys()) {
    for (let cut = 1; cut <= key.length - 2; cut++) {
      if (!placeEndings.has(key.charCodeAt(cut - 1))) continue;
      const rest = key.slice(cut);
      if (main.has(rest)) note(rest, key, 'place');
    }
    for (let length = 3; length < key.length; length++) {
      if (!endsAsUnitAt(key, length)) continue;
      const head = key.slice(0, length);
      if (main.has(head)) note(head, key, 'short');
    }
  }
  for (const [shorter, other] of abbreviations(main.keys())) note(shorter, other, 'abbreviation');

  for (const [shorter, { other, kind }] of longerOf) {
    const index = main.get(shorter)!;
    if (!found.has(index)) found.set(index, { index, other: main.get(other)!, kind });
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** Whether the first `length` characters of `name` end as unit names end. */
function endsAsUnitAt(name: string, length: number): boolean {
  const last = name.charCodeAt(length - 1);
  return unitEndings.has(last) || (last === XIN && name.charCodeAt(length - 2) === ZHONG);
}

const ZHONG = '中'.charCodeAt(0);
const XIN = '心'.charCodeAt(0);

/** Three characters as one number: the index's key. */
const slotOf = (first: number, inner: number, last: number): number =>
  (first * 65536 + inner) * 65536 + last;

/** Each name of three characters or more that abbreviates a longer one, with that one. */
function abbreviations(keys: Iterable<string>): Map<string, string> {
  const all = [...keys];
  const index = new Map<number, string[]>();
  for (const key of all) {
    if (key.length < 4) continue;
    const first = key.charCodeAt(0);
    const last = key.charCodeAt(key.length - 1);
    for (let at = 1; at < key.length - 1; at++) {
      const inner = key.charCodeAt(at);
      // Once per inner character, however often it occurs.
      if (key.lastIndexOf(key[at]!, at - 1) > 0) continue;
      const slot = slotOf(first, inner, last);
      const list = index.get(slot);
      if (!list) index.set(slot, [key]);
      else if (list.length <= MAX_CANDIDATES) list.push(key);
    }
  }
  const found = new Map<string, string>();
  for (const key of all) {
    if (key.length < 3) continue;
    const slot = slotOf(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(key.length - 1));
    const candidates = index.get(slot);
    if (!candidates || candidates.length > MAX_CANDIDATES) continue;
    for (const other of candidates) {
      if (other.length > key.length && isSubsequence(key, other)) {
        found.set(key, other);
        break;
      }
    }
  }
  return found;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (let i = 0; i < long.length && at < short.length; i++) {
    if (long.charCodeAt(i) === short.charCodeAt(at)) at++;
  }
  return at === short.length;
}
