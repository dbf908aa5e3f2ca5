/**
 * The candidate closest to `word`, if it is close enough to be a likely typo:
 * within a third of the word's length in edits (at least one, at most three).
 * Case and width differences count as no edit, so `Finance` finds `finance`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(word);
  const budget = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    if (Math.abs(folded.length - wanted.length) > budget) continue;
    const distance = editDistance(wanted, folded);
    if (
      distance < bestDistance ||
      (distance === bestDistance && best !== undefined && candidate < best)
    ) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= budget) return best;
  return containing(wanted, candidates);
}

/**
 * Chinese names are often shortened (督导检查 for 督导检查阶段) or prefixed
 * (县财政局 for 财政局): the one candidate that contains the word, or that
 * the word contains, is a likely meaning even when it is many edits away.
 */
function containing(wanted: string, candidates: Iterable<string>): string | undefined {
  if (wanted.length < 2) return undefined;
  const matches = new Set<string>();
  for (const candidate of candidates) {
    const folded = fold(candidate);
    if (folded.length >= 2 && (folded.includes(wanted) || wanted.includes(folded)))
      matches.add(candidate);
  }
  return matches.size === 1 ? [...matches][0] : undefined;
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_\s]/g, '');
}

/** Levenshtein distance with transpositions counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1]!;
}
