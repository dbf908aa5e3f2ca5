/**
 * Placed findings → diagnostics in words. Wording needs the message
 * catalogues (src/i18n), which sit above the diagnostics stage; so the step
 * that puts a finding into a language lives here, in the pipeline, and
 * `diagnostics/` stays free of any language.
 */
import { diagnosticCodes } from '../diagnostics/codes.js';
import {
  type PlaceableFile,
  type PlacedFinding,
  placeFindings,
  sortDiagnostics,
} from '../diagnostics/place-findings.js';
import type { Diagnostic, Finding } from '../diagnostics/types.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import { catalogueFor, type Lang } from '../i18n/lang.js';

/** Findings → diagnostics: each placed on its line and column and put into words. */
export function toDiagnostics(
  compiled: PlaceableFile,
  findings: readonly Finding[],
  lang: Lang,
): Diagnostic[] {
  return wordFindings(placeFindings(compiled, findings), lang);
}

/** Placed findings in one language, sorted by file, line and column. */
export function wordFindings(placed: readonly PlacedFinding[], lang: Lang): Diagnostic[] {
  if (placed.length === 0) return [];
  return sortDiagnostics(
    placed.map(({ params, ...rest }) => ({
      ...rest,
      severity: rest.severity ?? diagnosticCodes[rest.code],
      message: diagnosticMessage(rest.code, params ?? {}, catalogueFor(lang)),
    })),
  );
}
