/**
 * A unified diff (as `diff -u` and `git diff` print it) of a plan and its
 * fixed text, for `plan fix --dry-run`. Fixes never add or remove a line
 * break, so the two texts have the same lines and line i of one pairs with
 * line i of the other: no alignment search is needed, and the cost is
 * linear. Texts whose lines differ in number (never from `plan fix`) get one
 * hunk that replaces the whole file, which is still a correct diff.
 */

/** Unchanged lines shown around each change, as `diff -u`. */
const CONTEXT = 3;

export function unifiedDiff(
  oldName: string,
  newName: string,
  before: string,
  after: string,
): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const header = `--- ${oldName}\n+++ ${newName}\n`;
  if (a.lines.length !== b.lines.length || a.finalNewline !== b.finalNewline) {
    return header + hunk(a, b, 0, a.lines.length, 0, b.lines.length);
  }
  let out = header;
  const changed: number[] = [];
  for (let i = 0; i < a.lines.length; i++) if (a.lines[i] !== b.lines[i]) changed.push(i);
  let i = 0;
  while (i < changed.length) {
    // Changes closer than twice the context share one hunk.
    let j = i;
    while (j + 1 < changed.length && changed[j + 1]! - changed[j]! <= 2 * CONTEXT) j++;
    const from = Math.max(0, changed[i]! - CONTEXT);
    const to = Math.min(a.lines.length, changed[j]! + CONTEXT + 1);
    out += pairedHunk(a, b, from, to);
    i = j + 1;
  }
  return out;
}

interface Lines {
  readonly lines: readonly string[];
  /** Whether the text ends with a line break. */
  readonly finalNewline: boolean;
}

function splitLines(text: string): Lines {
  const lines = text.split('\n');
  const finalNewline = text.endsWith('\n');
  if (finalNewline || text === '') lines.pop();
  return { lines, finalNewline };
}

/** Lines `from`..`to` of two texts with the same lines: context, then each changed line's old and new. */
function pairedHunk(a: Lines, b: Lines, from: number, to: number): string {
  let body = '';
  let k = from;
  while (k < to) {
    if (a.lines[k] === b.lines[k]) {
      body += ` ${a.lines[k]}\n${noNewline(a, k)}`;
      k++;
      continue;
    }
    // A run of changed lines: all old ones, then all new ones.
    let end = k;
    while (end < to && a.lines[end] !== b.lines[end]) end++;
    for (let m = k; m < end; m++) body += `-${a.lines[m]}\n${noNewline(a, m)}`;
    for (let m = k; m < end; m++) body += `+${b.lines[m]}\n${noNewline(b, m)}`;
    k = end;
  }
  return `@@ -${range(from, to - from)} +${range(from, to - from)} @@\n${body}`;
}

function hunk(a: Lines, b: Lines, aFrom: number, aTo: number, bFrom: number, bTo: number): string {
  let body = '';
  for (let m = aFrom; m < aTo; m++) body += `-${a.lines[m]}\n${noNewline(a, m)}`;
  for (let m = bFrom; m < bTo; m++) body += `+${b.lines[m]}\n${noNewline(b, m)}`;
  return `@@ -${range(aFrom, aTo - aFrom)} +${range(bFrom, bTo - bFrom)} @@\n${body}`;
}

/** `start,count` with 1-based start; an empty range names the line before it, as diff does. */
function range(from: number, count: number): string {
  return count === 0 ? `${from},0` : `${from + 1},${count}`;
}

function noNewline(text: Lines, index: number): string {
  return index === text.lines.length - 1 && !text.finalNewline
    ? '\\ No newline at end of file\n'
    : '';
}
