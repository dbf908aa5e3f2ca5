import { escapeJsonControls } from '../sanitize.js';
import { type CheckFormatter, countBySeverity } from './types.js';

/** The contract of DESIGN.md: `{ diagnostics: [...], summary: {...} }`. */
export const formatJson: CheckFormatter = (report) => {
  const diagnostics = report.diagnostics.map((d) => ({
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
  }));
  const summary = { files: report.files, ...countBySeverity(report.diagnostics) };
  return `${escapeJsonControls(JSON.stringify({ diagnostics, summary }, null, 2))}\n`;
};
