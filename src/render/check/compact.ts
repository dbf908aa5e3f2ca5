import { oneLine } from '../sanitize.js';
import type { CheckFormatter } from './types.js';
import { messageWithSuggestion, relativeFile } from './report-files.js';

/**
 * One line per diagnostic, `file:line:col: severity message [code]`, which
 * editors' and CI's problem matchers parse (ESLint's compact, in the order of
 * the Unix convention). Plan text goes through `oneLine`, so a title cannot
 * forge a line of output. A clean run prints nothing.
 */
export const formatCompact: CheckFormatter = (report, options) =>
  report.diagnostics
    .map(
      (d) =>
        `${oneLine(relativeFile(d.file, options.cwd))}:${d.line}:${d.column}: ${d.severity} ${oneLine(messageWithSuggestion(d, options.lang))} [${d.code}]\n`,
    )
    .join('');
