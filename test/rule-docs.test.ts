/**
 * What is derived from the diagnostics registry is up to date: the README's
 * table and one page per code under docs/rules/, nothing more. When this
 * fails, run `npm run docs:rules` and commit the result.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allCodes,
  diagnosticRegistry,
  REPOSITORY_URL,
  ruleDocsUrl,
} from '../src/diagnostics/codes.js';
import {
  diagnosticsTable,
  rulePages,
  TABLE_END,
  TABLE_START,
  withDiagnosticsTable,
} from '../src/diagnostics/rule-docs.js';
import { repoRoot } from './helpers/golden.js';

const stale = 'is stale: run `npm run docs:rules` and commit the result';

describe('the diagnostics registry', () => {
  it('gives every code a severity, a category, descriptions in en and zh-CN, details and a fix', () => {
    for (const code of allCodes) {
      const meta = diagnosticRegistry[code];
      expect(['error', 'warning', 'info']).toContain(meta.severity);
      expect(meta.category.length).toBeGreaterThan(0);
      expect(meta.description.en).toMatch(/\.$/);
      expect(meta.description['zh-CN']).toMatch(/[。）]$/);
      expect(meta.details.length).toBeGreaterThan(0);
      expect(meta.fix.length).toBeGreaterThan(0);
    }
  });

  it('links each code to its page in the repository package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      repository: { url: string };
    };
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(ruleDocsUrl('overdue')).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/overdue.md`);
  });
});

describe('generated documentation', () => {
  it('README.md carries the generated table between its markers', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(TABLE_START);
    expect(readme).toContain(TABLE_END);
    if (withDiagnosticsTable(readme) !== readme)
      expect.fail(`README.md's diagnostics table ${stale}`);
    // One row per code, in registry order.
    const rows = diagnosticsTable().split('\n').slice(2);
    expect(rows.map((row) => /`([a-z-]+)`/.exec(row)?.[1])).toEqual(allCodes);
  });

  it('docs/rules/ holds exactly one up-to-date page per code', () => {
    const pages = rulePages();
    const dir = join(repoRoot, 'docs', 'rules');
    const onDisk = existsSync(dir) ? readdirSync(dir).map((name) => `docs/rules/${name}`) : [];
    expect(onDisk.sort()).toEqual([...pages.keys()].sort());
    for (const [path, text] of pages) {
      if (readFileSync(join(repoRoot, path), 'utf8') !== text) expect.fail(`${path} ${stale}`);
    }
  });

  it('a page tells how to suppress a plan finding, and not for the file-level codes', () => {
    const pages = rulePages();
    expect(pages.get('docs/rules/overdue.md')).toContain(
      '# plan-disable-next-line overdue -- reason',
    );
    expect(pages.get('docs/rules/encoding.md')).not.toContain('plan-disable-next-line encoding');
  });
});
