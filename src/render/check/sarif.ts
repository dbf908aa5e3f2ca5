import { createHash } from 'node:crypto';
import {
  allCodes,
  type DiagnosticCode,
  diagnosticRegistry,
  REPOSITORY_URL,
  ruleDocsUrl,
} from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { escapeJsonControls } from '../sanitize.js';
import { repositoryFile } from './report-files.js';
import type { CheckFormatter } from './types.js';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The key of our own fingerprint; `/v1` so that a change of recipe can be told apart. */
const FINGERPRINT_KEY = 'planFindingHash/v1';

/**
 * SARIF 2.1.0 as GitHub code scanning takes it whole (it passes the SARIF
 * multitool's GitHub rules). File locations are URIs relative to the
 * repository root, against `%SRCROOT%`, so a run from a subfolder lines up
 * with the repository too; the base's own absolute path is left out, as
 * GitHub does not need it and a log should not carry the runner's folders.
 * Only the rules that results reference are listed (SARIF allows it), so a
 * new code changes no log that does not report it. Columns are UTF-16 code
 * units, the SARIF default.
 */
export const formatSarif: CheckFormatter = (report, options) => {
  const used = new Set(report.diagnostics.map((d) => d.code));
  const codes = allCodes.filter((code) => used.has(code));
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const uris = report.diagnostics.map((d) =>
    toUri(repositoryFile(d.file, options.cwd, options.root)),
  );
  const fingerprints = findingFingerprints(report.diagnostics, uris);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version: options.version,
            semanticVersion: options.version,
            informationUri: REPOSITORY_URL,
            rules: codes.map(sarifRule),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': {
            description: { text: 'The root of the repository (the folder holding .git).' },
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.diagnostics.map((d, index) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: levels[d.severity],
          message: {
            text: d.suggestion !== undefined ? `${d.message} (${d.suggestion})` : d.message,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uris[index], uriBaseId: '%SRCROOT%' },
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
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] },
        })),
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
};

/** A rule's `reportingDescriptor`, from the registry. */
function sarifRule(code: DiagnosticCode) {
  const meta = diagnosticRegistry[code];
  const helpUri = ruleDocsUrl(code);
  const name = friendlyName(code);
  return {
    id: code,
    // SARIF wants a name unlike the id: a one-word code (overdue) has none.
    ...(name.toLowerCase() !== code ? { name } : {}),
    shortDescription: { text: meta.description.en },
    fullDescription: { text: sentence(plainText(meta.details)), markdown: sentence(meta.details) },
    helpUri,
    help: {
      text: `${plainText(meta.fix)} See ${helpUri}`,
      markdown: `${meta.fix}\n\n[${code}](${helpUri})`,
    },
    defaultConfiguration: { level: levels[meta.severity] },
    properties: { category: meta.category, tags: [meta.category] },
  };
}

/**
 * What identifies a finding from run to run: its code, its place in the plan
 * (`tasks[2].due`) and its file, not its line, so that lines added above it
 * do not make it new. Findings alike in all three (two syntax errors of one
 * file, with no path) are told apart by their order: `#2`, `#3` …
 */
function findingFingerprints(
  diagnostics: readonly Diagnostic[],
  uris: readonly string[],
): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d, index) => {
    const identity = JSON.stringify([uris[index], d.code, d.path]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const hashed = occurrence === 1 ? identity : `${identity}#${occurrence}`;
    return createHash('sha256').update(hashed).digest('hex').slice(0, 32);
  });
}

/** `yaml-syntax` → `YamlSyntax`: SARIF's "friendly name" of a rule. */
function friendlyName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

function plainText(markdown: string): string {
  return markdown.replace(/`/g, '');
}

function sentence(text: string): string {
  return /[.。]$/.test(text) ? text : `${text}.`;
}

/** `plans/县 方案.yaml` → `plans/%E5%8E%BF%20%E6%96%B9%E6%A1%88.yaml`. */
function toUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
