import type { PlacedFinding } from '../diagnostics/place-findings.js';
import { applySuppressions } from '../diagnostics/suppressions.js';
import { codesOff, type FileConfig, levelOf } from './file-config.js';

/**
 * A file's placed findings as its project wants them: codes turned off
 * dropped, suppression comments applied (and reported when unused or
 * unknown), then each remaining code at the severity the config gives it.
 * Off comes first, so a comment for a code the config turns off is unused,
 * as in ESLint.
 */
export function applyProjectRules(
  file: string,
  text: string,
  placed: readonly PlacedFinding[],
  config: FileConfig | undefined,
): PlacedFinding[] {
  const off = codesOff(config);
  const on = (finding: PlacedFinding): boolean => !off.has(finding.code);
  const kept = applySuppressions(file, text, off.size > 0 ? placed.filter(on) : placed);
  const remaining = off.size > 0 ? kept.filter(on) : kept;
  if (config === undefined || Object.keys(config.rules).length === 0) return remaining;
  return remaining.map((finding) => {
    const severity = levelOf(config, finding.code);
    return severity === undefined ? finding : { ...finding, severity };
  });
}
