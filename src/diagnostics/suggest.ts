/**
 * Did-you-mean suggestions: the candidate closest to a written word, if it is
 * close enough to be a likely typo: within a third of the word's length in
 * edits (at least one, at most three). Case and width differences count as no
 * edit, so `Finance` finds `finance`.
 *
 * A plan may hold 20,000 unknown names against a registry of 20,000 units, so
 * comparing every word with every candidate is quadratic (minutes). A
 * `Suggester` folds its candidates once and files them by length (a word is
 * compared only with candidates whose length is within its edit budget),
 * remembers its answer per distinct word, stops a comparison as soon as it
 * cannot be close enough, and shares a `SuggestBudget` of comparisons across
 * one file: once that is spent, further words get no suggestion. Which words
 * get one depends only on the file, never on timing.
 */

/** Comparisons one file may spend on suggestions. */
export const SUGGEST_COMPARISONS = 400_000;

export interface SuggestBudget {
  remaining: number;
}

export function createSuggestBudget(comparisons = SUGGEST_COMPARISONS): SuggestBudget {
  return { remaining: comparisons };
}

export type Suggester = (word: string) => string | undefined;

/**
 * A suggestion and whether it is the only one at its distance: `plan fix`
 * applies only a unique one (`stauts` → `status`), never a tie broken by
 * alphabetical order.
 */
export interface Suggestion {
  readonly text: string;
  readonly unique: boolean;
}

export type RankedSuggester = (word: string) => Suggestion | undefined;

interface Candidate {
  readonly text: string;
  readonly folded: string;
}

export function createSuggester(
  candidates: Iterable<string>,
  budget: SuggestBudget = createSuggestBudget(),
): Suggester {
  const ranked = createRankedSuggester(candidates, budget);
  return (word) => ranked(word)?.text;
}

export function createRankedSuggester(
  candidates: Iterable<string>,
  budget: SuggestBudget = createSuggestBudget(),
): RankedSuggester {
  const all: Candidate[] = [];
  const byLength = new Map<number, Candidate[]>();
  const seen = new Set<string>();
  for (const text of candidates) {
    if (seen.has(text)) continue;
    seen.add(text);
    const candidate = { text, folded: fold(text) };
    all.push(candidate);
    const list = byLength.get(candidate.folded.length);
    if (list) list.push(candidate);
    else byLength.set(candidate.folded.length, [candidate]);
  }
  const answers = new Map<string, Suggestion | undefined>();
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    const answer = suggest(fold(word), all, byLength, budget);
    answers.set(word, answer);
    return answer;
  };
}

/** One word against a list of candidates, with a budget of its own. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return createSuggester(candidates)(word);
}

function suggest(
  wanted: string,
  all: readonly Candidate[],
  byLength: ReadonlyMap<number, readonly Candidate[]>,
  budget: SuggestBudget,
): Suggestion | undefined {
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  for (let length = wanted.length - allowed; length <= wanted.length + allowed; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      if (budget.remaining <= 0) return undefined;
      budget.remaining--;
      const distance = boundedDistance(wanted, candidate.folded, Math.min(allowed, bestDistance));
      // The bound is the best distance so far, so a tie comes back as that
      // distance exactly and is seen here.
      if (distance === bestDistance && best !== undefined) tied = true;
      if (distance < bestDistance) tied = false;
      if (
        distance < bestDistance ||
        (distance === bestDistance && best !== undefined && candidate.text < best)
      ) {
        best = candidate.text;
        bestDistance = distance;
      }
    }
  }
  if (best !== undefined && bestDistance <= allowed) return { text: best, unique: !tied };
  const contained = containing(wanted, all, budget);
  // `containing` answers only when exactly one candidate fits.
  return contained === undefined ? undefined : { text: contained, unique: true };
}

/**
 * Chinese names are often shortened (督导检查 for 督导检查阶段) or prefixed
 * (县财政局 for 财政局): the one candidate that contains the word, or that
 * the word contains, is a likely meaning even when it is many edits away.
 */
function containing(
  wanted: string,
  all: readonly Candidate[],
  budget: SuggestBudget,
): string | undefined {
  if (wanted.length < 2) return undefined;
  let match: string | undefined;
  for (const { text, folded } of all) {
    if (budget.remaining <= 0) return undefined;
    budget.remaining--;
    if (folded.length >= 2 && (folded.includes(wanted) || wanted.includes(folded))) {
      if (match !== undefined && match !== text) return undefined;
      match = text;
    }
  }
  return match;
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_\s]/g, '');
}

/** Levenshtein distance with transpositions counted as one edit. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

// Three rows of the distance table, reused by every comparison.
let rows = new Int32Array(0);

/**
 * The distance between `a` and `b`, or `max + 1` as soon as it is known to
 * be more than `max` (every entry of a row is past it).
 */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows.length < cols * 3) rows = new Int32Array(cols * 3);
  let before = 0; // row i - 2
  let previous = cols; // row i - 1
  let current = cols * 2; // row i
  for (let j = 0; j < cols; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + 1,
        rows[previous + j - 1]! + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, rows[before + j - 2]! + 1);
      }
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(rows[previous + cols - 1]!, max + 1);
}
