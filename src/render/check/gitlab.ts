import { createHash } from 'node:crypto';
import { escapeJsonControls } from '../sanitize.js';
import type { CheckFormatter } from './types.js';
import { messageWithSuggestion, repositoryFile } from './report-files.js';

/** GitLab's scale; an error stops the plan compiling, which GitLab calls major. */
const severities = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab Code Quality JSON (a Code Climate subset): one issue per diagnostic.
 * The fingerprint is what GitLab compares between the branch and its target
 * to say which problems are new, so it hashes what identifies a problem (file,
 * code, line, message) and not the column or wording of a suggestion. The
 * same four twice in one file (two equal findings on a line) get `#2`, `#3`
 * … hashed in too: GitLab drops issues whose fingerprints repeat. Paths are
 * relative to the repository root, as GitLab links them.
 */
export const formatGitlab: CheckFormatter = (report, options) => {
  const seen = new Map<string, number>();
  const issues = report.diagnostics.map((d) => {
    const path = repositoryFile(d.file, options.cwd, options.root);
    const identity = JSON.stringify([path, d.code, d.line, d.message]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const hashed = occurrence === 1 ? identity : `${identity}#${occurrence}`;
    return {
      description: messageWithSuggestion(d, options.lang),
      check_name: d.code,
      fingerprint: createHash('md5').update(hashed).digest('hex'),
      severity: severities[d.severity],
      location: { path, lines: { begin: d.line } },
    };
  });
  return `${escapeJsonControls(JSON.stringify(issues, null, 2))}\n`;
};
