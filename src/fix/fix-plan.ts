/**
 * `plan fix`: the certain fixes, spliced into the text as written.
 *
 * Findings that carry a `fix` (an alias unit, a Chinese status word, a date
 * spelling, a pasted full-width colon, a key typo with one candidate) each
 * become an edit at the exact span the parser recorded; every other byte of
 * the file (comments, blank lines, quoting, key order, line endings) stays.
 * Edits are applied back to front, so each one's offsets hold.
 *
 * One fix can make another possible (a full-width colon that kept the file
 * from parsing hides the status word after it), so fixing repeats until a
 * round finds nothing, and a second run has nothing left to do. Each round's
 * result is compiled again; one that reads worse than before (no longer
 * parses, or has more errors) is refused as a whole.
 */
import type { RuleContext } from '../analyze/rule.js';
import { checkCompiled, compilePlan } from '../compile.js';
import { diagnosticCodes } from '../diagnostics/codes.js';
import { editForFinding, type TextEdit } from '../diagnostics/fix-edit.js';
import type { Finding } from '../diagnostics/types.js';

/** Rounds of fixing; real plans need one or two. */
const MAX_ROUNDS = 5;

export interface FixOutcome {
  /** The fixed text; the input itself when nothing was fixed or a round was refused. */
  readonly text: string;
  /** Problems fixed (edits applied), over all rounds. */
  readonly fixed: number;
  /** A round made the plan read worse, so nothing is kept. */
  readonly refused: boolean;
  /** Whether the text (as returned) parses as YAML. */
  readonly parses: boolean;
  /** What remains in the returned text, by severity. */
  readonly left: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

interface State {
  readonly text: string;
  readonly parses: boolean;
  readonly edits: readonly TextEdit[];
  readonly findings: readonly Finding[];
}

export function fixPlanText(file: string, text: string, context: RuleContext): FixOutcome {
  const first = evaluate(file, text, context);
  let state = first;
  let fixed = 0;
  for (let round = 0; round < MAX_ROUNDS && state.edits.length > 0; round++) {
    const next = evaluate(file, applyEdits(state.text, state.edits), context);
    if (readsWorse(state, next)) return outcome(first, 0, true);
    fixed += state.edits.length;
    state = next;
  }
  return outcome(state, fixed, false);
}

function evaluate(file: string, text: string, context: RuleContext): State {
  const compiled = compilePlan(file, text);
  const findings = checkCompiled(compiled, context);
  const edits = planEdits(
    findings.flatMap((finding) => {
      const edit = finding.fix ? editForFinding(text, compiled.root, finding) : undefined;
      return edit ? [edit] : [];
    }),
  );
  // A file that does not parse has no source tree; one that holds no plan
  // at all (only comments) has none either, but parses.
  const parses =
    compiled.root !== undefined || compiled.findings.every((finding) => finding.code === 'schema');
  return { text, parses, edits, findings };
}

/**
 * The edits of one round: each once (a unit alias inherited by sub-tasks is
 * one edit), in text order, without overlaps. Of two edits that overlap the
 * first is kept; two different replacements of one span are both dropped,
 * since neither is then certain.
 */
export function planEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.start === edit.start && last.end === edit.end) {
      if (last.text !== edit.text) kept.pop();
      continue;
    }
    // An insertion at the end of another edit's span touches it: kept apart.
    if (last && edit.start < last.end) continue;
    if (last && edit.start === last.end && (edit.start === edit.end || last.start === last.end))
      continue;
    kept.push(edit);
  }
  return kept;
}

/**
 * Splices non-overlapping edits (in text order) into the text. Every offset
 * refers to the text as it was read, so the pieces between edits are cut
 * from it in one pass (the same as applying them back to front, but linear:
 * a 10 MB plan with 10,000 edits is not copied 10,000 times).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits) {
    parts.push(text.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function readsWorse(before: State, after: State): boolean {
  if (before.parses !== after.parses) return before.parses;
  return errorCount(after.findings) > errorCount(before.findings);
}

function errorCount(findings: readonly Finding[]): number {
  let errors = 0;
  for (const finding of findings) if (diagnosticCodes[finding.code] === 'error') errors++;
  return errors;
}

function outcome(state: State, fixed: number, refused: boolean): FixOutcome {
  const left = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of state.findings) {
    const severity = diagnosticCodes[finding.code];
    if (severity === 'error') left.errors++;
    else if (severity === 'warning') left.warnings++;
    else left.infos++;
  }
  return { text: state.text, fixed, refused, parses: state.parses, left };
}
