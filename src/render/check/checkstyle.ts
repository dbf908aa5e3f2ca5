import type { CheckFormatter } from './types.js';
import { diagnosticsByFile, messageWithSuggestion, relativeFile } from './report-files.js';
import { xmlText } from './xml-text.js';

/**
 * Checkstyle XML in the shape of ESLint's checkstyle formatter, which
 * Jenkins' warnings plugin and many review bots read: a `<file>` for every
 * file checked (empty when clean), an `<error>` per diagnostic whatever its
 * severity (the `severity` attribute tells them apart), `source="plan.CODE"`.
 */
export const formatCheckstyle: CheckFormatter = (report, options) => {
  const files: string[] = [];
  for (const [file, diagnostics] of diagnosticsByFile(report)) {
    const errors = diagnostics.map(
      (d) =>
        `<error line="${d.line}" column="${d.column}" severity="${d.severity}" message="${xmlText(`${messageWithSuggestion(d, options.lang)} (${d.code})`)}" source="plan.${d.code}" />`,
    );
    files.push(
      `<file name="${xmlText(relativeFile(file, options.cwd))}">${errors.join('')}</file>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n${files.join('\n')}${files.length > 0 ? '\n' : ''}</checkstyle>\n`;
};
