/**
 * Reading a target the way plans write it: `>= 30%`, `30%以上`, `不低于30%`,
 * `50%以下`, `控制在30%以内`, `降至…以下`, `7.2天左右`, `2至3项`, `进入全国前400名`,
 * `CMI值从0.9提升到1.2左右`, `同比下降8%`, `超过国家中位数`, `实现`.
 *
 * The figure is the last number in the text; what stands right before it
 * (an operator or words such as 不低于, 控制在, 前) and right after its unit
 * (以上, 以下, 以内, 左右) say how to compare. Text before that is free: plans
 * often repeat the metric (`患者满意度达95%以上`). Chinese law and official
 * usage count 以上, 以下 and 以内 as including the figure; 超过 and 低于 do not.
 *
 * Matching runs on a key: NFKC (full-width `％ ＞ ＝ ～` and digits), quotes
 * and spaces dropped, ASCII lower case and traditional characters mapped to
 * simplified one for one, so a position in the key is a position in the
 * text the unit is taken from, and a zh-TW unit stays traditional.
 *
 * Nothing here throws or compiles a regular expression per call: plans of
 * 10,000 tasks are read on every command.
 */
import type { Figure } from './types.js';

export type Inequality = '>=' | '>' | '<=' | '<';

/** What a target's words say, before baseline, reference and tolerance apply. */
export type TargetReading =
  | {
      readonly form: 'compare';
      /** `reach`: a bare figure (`95%`, `= 95%`): which side reaches it depends on the baseline. */
      readonly op: Inequality | 'reach';
      readonly figure: Figure;
      readonly rank?: boolean;
      /** `从0.9提升到1.2`: the starting figure the text gives. */
      readonly from?: Figure;
    }
  | {
      readonly form: 'about';
      readonly figure: Figure;
      readonly direction?: 'up' | 'down';
      readonly from?: Figure;
    }
  | { readonly form: 'range'; readonly figure: Figure; readonly upper: Figure }
  | {
      /** A change against an unnamed figure: `同比下降8%`, `提高10个百分点`. */
      readonly form: 'relative';
      readonly sign: 1 | -1;
      /** How the change itself compares: `下降8%以上` is a drop of at least 8%. */
      readonly op: Inequality | '~';
      readonly change: Figure;
    }
  | {
      /** A level named in words: `超过国家中位数`, `达到同类医院水平`. */
      readonly form: 'level';
      readonly op: Inequality | 'reach' | '~';
    }
  | { readonly form: 'words' }
  | { readonly form: 'placeholder' }
  | {
      readonly form: 'unreadable';
      readonly contradictory?: boolean;
      readonly suggestion?: string;
    };

/** How a word before the figure (or after its unit) bears on the comparison. */
type Cue =
  | Inequality
  /** 提高到: at least; with 以下 after the figure, a contradiction. */
  | 'up'
  /** 降至: at most; with 以上 after the figure, a contradiction. */
  | 'down'
  /** 达到: at least, unless 以下 after the figure says otherwise. */
  | 'reach-up'
  /** 控制在: at most, unless 以上 after the figure says otherwise (控制在85%以上 is written). */
  | 'cap'
  /** `=`, 为, 保持在: the figure itself. */
  | 'reach'
  | 'about'
  | 'rank'
  | 'rel-up'
  | 'rel-down';

/** Words before the figure, in the key's spelling (simplified, lower case, no spaces). */
const prefixCues: Readonly<Record<string, Cue>> = {
  '>=': '>=',
  '≥': '>=',
  '≧': '>=',
  '>': '>',
  '<=': '<=',
  '≤': '<=',
  '≦': '<=',
  '<': '<',
  '=': 'reach',
  '==': 'reach',
  '~': 'about',
  '≈': 'about',
  约: 'about',
  大约: 'about',
  约为: 'about',
  不低于: '>=',
  不得低于: '>=',
  不少于: '>=',
  不得少于: '>=',
  不小于: '>=',
  至少: '>=',
  超过: '>',
  高于: '>',
  大于: '>',
  多于: '>',
  不超过: '<=',
  不得超过: '<=',
  不高于: '<=',
  不得高于: '<=',
  不大于: '<=',
  不多于: '<=',
  最多: '<=',
  至多: '<=',
  低于: '<',
  小于: '<',
  少于: '<',
  达到: 'reach-up',
  达: 'reach-up',
  提高到: 'up',
  提高至: 'up',
  提升到: 'up',
  提升至: 'up',
  增加到: 'up',
  增加至: 'up',
  增长到: 'up',
  增长至: 'up',
  增至: 'up',
  上升到: 'up',
  上升至: 'up',
  升至: 'up',
  扩大到: 'up',
  扩大至: 'up',
  控制在: 'cap',
  降至: 'down',
  降到: 'down',
  降低到: 'down',
  降低至: 'down',
  下降到: 'down',
  下降至: 'down',
  减少到: 'down',
  减少至: 'down',
  减至: 'down',
  缩短到: 'down',
  缩短至: 'down',
  压缩到: 'down',
  压缩至: 'down',
  压降至: 'down',
  为: 'reach',
  是: 'reach',
  保持在: 'reach',
  稳定在: 'reach',
  维持在: 'reach',
  前: 'rank',
  提高: 'rel-up',
  提升: 'rel-up',
  增长: 'rel-up',
  增加: 'rel-up',
  上升: 'rel-up',
  下降: 'rel-down',
  降低: 'rel-down',
  减少: 'rel-down',
  压缩: 'rel-down',
  缩短: 'rel-down',
  atleast: '>=',
  nolessthan: '>=',
  minimum: '>=',
  morethan: '>',
  over: '>',
  above: '>',
  atmost: '<=',
  nomorethan: '<=',
  upto: '<=',
  maximum: '<=',
  lessthan: '<',
  under: '<',
  below: '<',
  about: 'about',
  around: 'about',
  approximately: 'about',
  'approx.': 'about',
  top: 'rank',
};

/** Words after the unit. */
const suffixCues: Readonly<Record<string, Cue>> = {
  及以上: '>=',
  或以上: '>=',
  以上: '>=',
  及以下: '<=',
  或以下: '<=',
  以下: '<=',
  以内: '<=',
  之内: '<=',
  内: '<=',
  左右: 'about',
  上下: 'about',
  ormore: '>=',
  orabove: '>=',
  orhigher: '>=',
  orless: '<=',
  orfewer: '<=',
  orbelow: '<=',
  orlower: '<=',
};

/** Slips of the input method, and what was meant. */
const prefixTypos: Readonly<Record<string, string>> = {
  '=>': '>=',
  '=<': '<=',
  不底于: '不低于',
  底于: '低于',
  控制再: '控制在',
  达倒: '达到',
};
const suffixTypos: Readonly<Record<string, string>> = {
  及一下: '及以下',
  一下: '以下',
  已下: '以下',
  已上: '以上',
  一上: '以上',
  已内: '以内',
  一内: '以内',
  左有: '左右',
  作右: '左右',
  佐右: '左右',
};

const byLength = (table: Readonly<Record<string, unknown>>): readonly string[] =>
  Object.keys(table).sort((a, b) => b.length - a.length);
const prefixWords = byLength(prefixCues);
const suffixWords = byLength(suffixCues);
const prefixTypoWords = byLength(prefixTypos);
const suffixTypoWords = byLength(suffixTypos);

/** Traditional characters that occur in target wording, mapped one for one. */
const simplified: ReadonlyMap<string, string> = new Map(
  [
    ...'於于過过達达內内約约級级現现實实順顺準准較较環环類类醫医國国數数為为壓压減减長长',
    ...'後后個个點点業业標标線线縣县進进際际間间鐘钟時时萬万億亿張张確确爭争別别擴扩縮缩',
    ...'穩稳維维預预計计値值與与區区項项陞升増增',
  ].reduce<[string, string][]>((pairs, char, index, chars) => {
    if (index % 2 === 0) pairs.push([char, chars[index + 1] ?? char]);
    return pairs;
  }, []),
);

const numberPattern = /\d+(?:\.\d+)?/g;
const thousands = /(\d),(?=\d{3}(?!\d))/g;
const digitSpaceDigit = /(\d)\s+(?=\d)/g;
const spaces = /\s+/g;
const quotes = /["'“”‘’「」『』]/g;
const trailingStops = /[。；;，,.]+$/u;
/** `x项`, `X%`, `xx`, `××`: a template's blank, like `20xx` in a date. */
const placeholderPattern = /(?:^|[^a-z])(?:x+|×+)(?![a-z])/;
const rangeBefore = /(\d+(?:\.\d+)?)(\D{0,8}?)(?:-|~|至|到|—|–|―|〜)$/u;
const fromBefore = /从(\d+(?:\.\d+)?)(\D{0,8})$/u;
const unitPattern = /^(?:%|‰|个百分点|百分点|[\p{L}/·]{0,8})$/u;
/** Characters that belong to comparison words, never to a unit. */
const notInUnit = /[以上下内左右前后约余多]/u;
/** A free text before the operator must end in words, not in a stray symbol or figure. */
const freeTextEnd = /(?:^|[\p{L}\p{M})）\]】:：])$/u;
/** Words that name a level to compare with instead of a figure. */
const levelWords = /中位数|中位值|平均|均值|median|average|mean|同比|环比/u;
const levelScope = /同类|同级|同期|全国|全省|国家|省级|市级|行业|上年|去年/u;
const levelNoun = /水平|值|数/u;
const directionWords = new RegExp(
  Object.keys(prefixCues)
    .filter((word) => /\p{L}/u.test(word) && word.length > 1)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'u',
);

/** The text to match (`key`) and the text to take units from (`plain`), position for position. */
export function targetKey(written: string): { plain: string; key: string } {
  const plain = written
    .normalize('NFKC')
    .replace(quotes, '')
    .replace(thousands, '$1')
    .replace(digitSpaceDigit, '$1\u0001')
    .replace(spaces, '')
    .replace(trailingStops, '');
  let key = '';
  for (const char of plain) {
    const lower = char >= 'A' && char <= 'Z' ? char.toLowerCase() : char;
    key += simplified.get(lower) ?? lower;
  }
  return { plain, key };
}

export function parseTarget(value: string | number): TargetReading {
  if (typeof value === 'number') {
    return { form: 'compare', op: 'reach', figure: numberFigure(value) };
  }
  const { plain, key } = targetKey(value);
  if (key === '') return { form: 'unreadable' };
  if (placeholderPattern.test(key)) return { form: 'placeholder' };

  let last: RegExpExecArray | undefined;
  numberPattern.lastIndex = 0;
  for (let match = numberPattern.exec(key); match; match = numberPattern.exec(key)) last = match;
  if (!last) return readWords(key);

  const start = last.index;
  const end = start + last[0].length;
  const number = Number(last[0]);

  // After the figure: its unit, then 以上 / 以下 / 以内 / 左右.
  const rest = key.slice(end);
  const suffixTypo = suffixTypoWords.find((word) => rest.endsWith(word));
  if (suffixTypo) return misspelt(value, suffixTypo, suffixTypos[suffixTypo] ?? '');
  const suffix = suffixWords.find((word) => rest.endsWith(word));
  const unitKey = rest.slice(0, rest.length - (suffix?.length ?? 0));
  const unit = plain.slice(end, end + unitKey.length);
  if (!unitPattern.test(unitKey) || notInUnit.test(unitKey)) {
    // `30余项`, `30多项`: a little more than 30; the plain form is 30项以上.
    const more = /^[余多](.*)$/u.exec(unit);
    if (more && unitPattern.test(more[1] ?? '')) {
      return { form: 'unreadable', suggestion: `${last[0]}${more[1]}以上` };
    }
    return { form: 'unreadable' };
  }
  const figure: Figure = { written: `${last[0]}${unit}`, number, unit };

  // Before the figure: a range's lower end, or comparison words.
  let before = key.slice(0, start);
  const range = rangeBefore.exec(before);
  if (range && (range[2] === '' || range[2] === unitKey) && !suffix) {
    const lowNumber = Number(range[1]);
    if (lowNumber > number) return { form: 'unreadable', contradictory: true };
    const lower: Figure = { written: `${range[1]}${unit}`, number: lowNumber, unit };
    before = before.slice(0, range.index);
    const cues = takeCues(before);
    if (cues.cues.some((cue) => cue !== 'up' && cue !== 'reach-up' && cue !== 'cap')) {
      return { form: 'unreadable' };
    }
    return freeTextEnd.test(cues.free)
      ? { form: 'range', figure: lower, upper: figure }
      : { form: 'unreadable' };
  }

  const typo = prefixTypoWords.find((word) => before.endsWith(word));
  if (typo) return misspelt(value, typo, prefixTypos[typo] ?? '');
  const { cues, free } = takeCues(before);
  const from = fromFigure(free, plain, unitKey);
  if (!freeTextEnd.test(from ? free.slice(0, from.at) : free)) return { form: 'unreadable' };
  const suffixCue = suffix ? suffixCues[suffix] : undefined;
  return combine(cues, suffixCue, figure, from?.figure);
}

/** Takes comparison words off the end of the text before the figure. */
function takeCues(before: string): { cues: Cue[]; free: string } {
  const cues: Cue[] = [];
  let free = before;
  // Two words at most: `下降不超过`, `达到约`; more is not a target.
  for (let i = 0; i < 3; i++) {
    const word = prefixWords.find((candidate) => free.endsWith(candidate));
    if (!word) break;
    const cue = prefixCues[word];
    if (cue) cues.push(cue);
    free = free.slice(0, free.length - word.length);
  }
  return { cues, free };
}

function combine(
  cues: readonly Cue[],
  suffix: Cue | undefined,
  figure: Figure,
  from: Figure | undefined,
): TargetReading {
  const all = suffix ? [...cues, suffix] : [...cues];
  const withFrom = from ? { from } : {};
  const relative = all.find((cue) => cue === 'rel-up' || cue === 'rel-down');
  const inequalities = all.filter(isInequality);
  const atLeast = inequalities.some((op) => op === '>=' || op === '>');
  const atMost = inequalities.some((op) => op === '<=' || op === '<');
  if (atLeast && atMost) return { form: 'unreadable', contradictory: true };

  if (relative) {
    const op = inequalities[0] ?? (all.includes('about') ? '~' : '>=');
    return { form: 'relative', sign: relative === 'rel-up' ? 1 : -1, op, change: figure };
  }
  const up = all.includes('up') || all.includes('reach-up');
  const down = all.includes('down') || all.includes('cap');
  const rank = all.includes('rank');
  if (
    (up && down) ||
    (rank && atLeast) ||
    (all.includes('up') && atMost) ||
    (all.includes('down') && atLeast)
  ) {
    return { form: 'unreadable', contradictory: true };
  }
  const explicit = inequalities[0];
  if (explicit) {
    return { form: 'compare', op: explicit, figure, ...(rank ? { rank } : {}), ...withFrom };
  }
  if (rank) return { form: 'compare', op: '<=', figure, rank: true };
  if (all.includes('about')) {
    const direction = up
      ? { direction: 'up' as const }
      : down
        ? { direction: 'down' as const }
        : {};
    return { form: 'about', figure, ...direction, ...withFrom };
  }
  if (up) return { form: 'compare', op: '>=', figure, ...withFrom };
  if (down) return { form: 'compare', op: '<=', figure, ...withFrom };
  return { form: 'compare', op: 'reach', figure, ...withFrom };
}

function isInequality(cue: Cue): cue is Inequality {
  return cue === '>=' || cue === '>' || cue === '<=' || cue === '<';
}

/** No figure: a level named in words (not computable), or words to be met (实现). */
function readWords(key: string): TargetReading {
  const level = levelWords.test(key) || (levelScope.test(key) && levelNoun.test(key));
  if (!level) {
    // An operator with nothing to compare with: `>=`, `以上`.
    return /^[<>=~≥≤≧≦≈]+$/u.test(key) ? { form: 'unreadable' } : { form: 'words' };
  }
  const word = directionWords.exec(key)?.[0];
  const cue = word ? prefixCues[word] : undefined;
  if (cue === undefined || cue === 'reach' || cue === 'rank') return { form: 'level', op: 'reach' };
  if (cue === 'about') return { form: 'level', op: '~' };
  if (cue === 'up' || cue === 'reach-up' || cue === 'rel-up') return { form: 'level', op: '>=' };
  if (cue === 'down' || cue === 'cap' || cue === 'rel-down') return { form: 'level', op: '<=' };
  return { form: 'level', op: cue };
}

/** `从0.9` before the comparison: where the figure starts from, and where `从` stands. */
function fromFigure(
  free: string,
  plain: string,
  unitKey: string,
): { figure: Figure; at: number } | undefined {
  const match = fromBefore.exec(free);
  if (!match || (match[2] !== '' && match[2] !== unitKey)) return undefined;
  const digits = match[1] ?? '';
  const unitStart = match.index + 1 + digits.length;
  const unit = plain.slice(unitStart, unitStart + (match[2]?.length ?? 0));
  return { figure: { written: `${digits}${unit}`, number: Number(digits), unit }, at: match.index };
}

/** The written text with the slip corrected, for the diagnostic's suggestion. */
function misspelt(written: string, wrong: string, right: string): TargetReading {
  const trimmed = written.trim();
  const at = trimmed.lastIndexOf(wrong);
  return at === -1
    ? { form: 'unreadable', suggestion: right }
    : {
        form: 'unreadable',
        suggestion: `${trimmed.slice(0, at)}${right}${trimmed.slice(at + wrong.length)}`,
      };
}

function numberFigure(value: number): Figure {
  return { written: String(value), number: value, unit: '' };
}

/** A reading's unit is the letters (or % ‰) right after its number: `92%>` is 92 %. */
const unitEnd = /[^%‰\p{L}/·]/u;

/**
 * A reading or baseline: `95%`, `7.2天`, `约92%`, `92%左右` → the first
 * number and its unit; `实现` → words only. Lenient, unlike a target: a
 * reading is a fact, and the words around its number do not change it.
 */
export function parseFigure(value: string | number): Figure {
  if (typeof value === 'number') return numberFigure(value);
  const written = value.trim();
  const { plain, key } = targetKey(written);
  numberPattern.lastIndex = 0;
  const match = numberPattern.exec(key);
  if (!match) return { written, unit: '' };
  const end = match.index + match[0].length;
  let rest = key.slice(end);
  const cut = unitEnd.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  const suffix = suffixWords.find((word) => rest.endsWith(word));
  const length = rest.length - (suffix?.length ?? 0);
  return { written, number: Number(match[0]), unit: plain.slice(end, end + length) };
}
