import { Chalk } from 'chalk';
import type { Diagnostic } from '../../diagnostics/types.js';
import { suggestionText } from '../../i18n/diagnostic-messages.js';
import { catalogueFor, type Lang } from '../../i18n/lang.js';
import { checkSummary } from '../../i18n/ui.js';
import { codeFrame } from '../code-frame.js';
import { oneLine } from '../sanitize.js';
import { type CheckFormatter, countBySeverity } from './types.js';

/**
 * The human format: per file, each problem with its place, words, code,
 * suggestion and a code frame; then one summary line.
 */
export const formatStylish: CheckFormatter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const severityStyle = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const blocks: string[] = [];
  for (const [file, diagnostics] of byFile) {
    const lines = [chalk.underline(oneLine(file))];
    const source = report.sources.get(file);
    for (const d of diagnostics) {
      const style = severityStyle[d.severity];
      lines.push(
        `  ${chalk.dim(`${d.line}:${d.column}`)}  ${style(label(d.severity, options.lang))}  ${oneLine(d.message)}  ${chalk.dim(d.code)}`,
      );
      if (d.suggestion !== undefined) {
        lines.push(`    ${chalk.green(oneLine(suggestionText(d.suggestion, options.lang)))}`);
      }
      if (source !== undefined && source.length > 0) {
        const frame = codeFrame(source, d.line, d.column, d.endLine, d.endColumn, {
          gutter: chalk.dim,
          marker: style,
        });
        lines.push(frame.replace(/^/gm, '    '));
      }
      lines.push('');
    }
    blocks.push(lines.join('\n'));
  }
  const counts = countBySeverity(report.diagnostics);
  const summary = checkSummary(counts, report.files, options.lang);
  const mark =
    counts.errors > 0 ? chalk.red('✖') : counts.warnings > 0 ? chalk.yellow('⚠') : chalk.green('✔');
  return `${blocks.map((block) => `${block}\n`).join('')}${mark} ${summary}\n`;
};

function label(severity: Diagnostic['severity'], lang: Lang): string {
  return catalogueFor(lang).ui.severity[severity];
}
