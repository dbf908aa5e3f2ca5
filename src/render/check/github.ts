import { oneLine } from '../sanitize.js';
import { repositoryFile } from './report-files.js';
import type { CheckFormatter } from './types.js';

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one per diagnostic, so problems show as
 * annotations on the changed lines. Values are escaped as the runner expects:
 * `%`, CR and LF everywhere, and `:` and `,` inside properties too. Plan text
 * reaches the Actions log as it would a terminal: ESC, BEL, C1 and bidi
 * controls made visible, line breaks inside a message shown as `⏎`. Files
 * are relative to the repository root, where GitHub places annotations,
 * whichever folder `plan` ran in.
 */
export const formatGithub: CheckFormatter = (report, options) =>
  report.diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(oneLine(repositoryFile(d.file, options.cwd, options.root)))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`plan ${d.code}`)}`,
      ].join(',');
      const message = d.suggestion !== undefined ? `${d.message} (${d.suggestion})` : d.message;
      return `::${commands[d.severity]} ${properties}::${escapeData(oneLine(message))}\n`;
    })
    .join('');

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
