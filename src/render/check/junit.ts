import { type CheckFormatter, countBySeverity } from './types.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang } from '../../i18n/lang.js';
import { diagnosticsByFile, messageWithSuggestion, relativeFile } from './report-files.js';
import { xmlText } from './xml-text.js';

const severityWords = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * JUnit XML as Jenkins and GitLab read it, after ESLint's junit formatter: a
 * testsuite per file, a testcase per diagnostic named `plan.CODE`, and one
 * passing testcase for a clean file, so a clean run still shows its files.
 * Errors and warnings are failures; an info is a passing testcase whose text
 * is in system-out, as CI would otherwise count a hint as a broken build.
 */
export const formatJunit: CheckFormatter = (report, options) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, diagnostics] of diagnosticsByFile(report)) {
    const name = xmlText(relativeFile(file, options.cwd));
    const classname = xmlText(withoutExtension(relativeFile(file, options.cwd)));
    const counts = countBySeverity(diagnostics);
    const failed = counts.errors + counts.warnings;
    const cases =
      diagnostics.length === 0
        ? [`<testcase time="0" name="${name}" classname="${classname}" />`]
        : diagnostics.map((d) => testcase(d, classname, options.lang));
    tests += cases.length;
    failures += failed;
    suites.push(
      `<testsuite package="org.plan" time="0" tests="${cases.length}" failures="${failed}" errors="0" name="${name}">\n${cases.join('\n')}\n</testsuite>\n`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="plan" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('')}</testsuites>\n`;
};

function testcase(d: Diagnostic, classname: string, lang: Lang): string {
  const message = messageWithSuggestion(d, lang);
  const where = d.path ? `\nat ${xmlText(d.path)}` : '';
  const detail = `${xmlText(`line ${d.line}, col ${d.column}, ${severityWords[d.severity]} - ${message} (${d.code})`)}${where}`;
  const open = `<testcase time="0" name="plan.${d.code}" classname="${classname}">`;
  const body =
    d.severity === 'info'
      ? `<system-out>${detail}</system-out>`
      : `<failure message="${xmlText(message)}" type="${d.severity}">${detail}</failure>`;
  return `${open}${body}</testcase>`;
}

/** `plans/县方案.yaml` → `plans/县方案`: JUnit's class, as ESLint gives it. */
function withoutExtension(file: string): string {
  return file.replace(/\.[^./]*$/, '');
}
