import type { Diagnostic } from '../../diagnostics/types.js';
import { escapeJsonControls } from '../sanitize.js';
import { type CheckFormatter, countBySeverity } from './types.js';

/** The contract of DESIGN.md: `{ diagnostics: [...], summary: {...} }`. */
export const formatJson: CheckFormatter = (report) => {
  const diagnostics = report.diagnostics.map(diagnosticJson);
  const summary = { files: report.files, ...countBySeverity(report.diagnostics) };
  return `${escapeJsonControls(JSON.stringify({ diagnostics, summary }, null, 2))}\n`;
};

/** One diagnostic as JSON; views' `errors` fields use the same shape. */
export function diagnosticJson(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
    path: d.path,
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    ...(d.detail !== undefined ? { detail: d.detail } : {}),
    ...(d.fix !== undefined ? { fix: d.fix } : {}),
  };
}
