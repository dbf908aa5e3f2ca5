/**
 * One paste variant through the CLI's own code, in this process: `plan
 * check - --format json` for the exit code and the diagnostics, and `plan
 * table - --format json` for what reached the table. Standard input carries
 * the bytes, so encodings, BOMs and line endings arrive as a file's would.
 */
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { repoRoot } from '../helpers/golden.js';
import { runInProcess } from '../helpers/run-in-process.js';

export const TODAY = '2024-03-01';

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runHere(
  args: readonly string[],
  input: string | Uint8Array,
  env: Record<string, string> = {},
): Promise<Outcome> {
  const outcome = await runInProcess(args, input, repoRoot, env);
  return { ...outcome, stdout: outcome.stdout.toString('utf8') };
}

export interface VariantRun {
  readonly exit: number;
  readonly diagnostics: readonly Diagnostic[];
  /** `plan table --format json` as printed, or '' when it printed no table. */
  readonly table: string;
  readonly tableRows: number;
}

export async function runVariant(input: string | Uint8Array): Promise<VariantRun> {
  const check = await runHere(['check', '-', '--today', TODAY, '--format', 'json'], input);
  const report = JSON.parse(check.stdout) as { diagnostics: Diagnostic[] };
  const table = await runHere(['table', '-', '--today', TODAY, '--format', 'json'], input);
  let tableRows = 0;
  if (table.stdout.trim() !== '') {
    tableRows = (JSON.parse(table.stdout) as { rows: unknown[] }).rows.length;
  }
  return { exit: check.code, diagnostics: report.diagnostics, table: table.stdout, tableRows };
}
