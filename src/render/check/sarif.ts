import { escapeJsonControls } from '../sanitize.js';
import { isAbsolute, relative } from 'node:path';
import { codeDescriptions, type DiagnosticCode, diagnosticCodes } from '../../diagnostics/codes.js';
import type { CheckFormatter } from './types.js';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 for code-scanning tools. File locations are relative URIs
 * against %SRCROOT% (the directory `plan` ran in), so results from a CI
 * checkout line up with the repository. Columns are UTF-16 code units, the
 * SARIF default.
 */
export const formatSarif: CheckFormatter = (report, options) => {
  const codes = Object.keys(diagnosticCodes) as DiagnosticCode[];
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version: options.version,
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: codeDescriptions[code] },
              defaultConfiguration: { level: levels[diagnosticCodes[code]] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: levels[d.severity],
          message: {
            text: d.suggestion !== undefined ? `${d.message} (${d.suggestion})` : d.message,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  uri: toRelativeUri(d.file, options.cwd),
                  uriBaseId: '%SRCROOT%',
                },
                region: {
                  startLine: d.line,
                  startColumn: d.column,
                  endLine: d.endLine,
                  endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : 1),
                },
              },
              ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path }] } : {}),
            },
          ],
        })),
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
};

/** `./plans/县 方案.yaml` → `plans/%E5%8E%BF%20%E6%96%B9%E6%A1%88.yaml`. */
function toRelativeUri(file: string, cwd: string | undefined): string {
  const relativeFile = cwd && isAbsolute(file) ? relative(cwd, file) : file;
  return relativeFile
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
