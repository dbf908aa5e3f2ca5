/**
 * `plan check` finds files as a linter does: folders walked for plans,
 * node_modules and dot folders skipped, !globs, --ignore-pattern and
 * .planignore, one report per real file, --stdin-filename, and ESLint's
 * --quiet / --max-warnings exit semantics. Each test runs the built binary
 * in a scratch tree built here and asserts the exact files checked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, TODAY } from './check-fixtures.js';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const fixtureText = (name: string): string =>
  readFileSync(join(repoRoot, FIXTURE_DIR, name), 'utf8');
const WARNINGS = fixtureText('overdue.yaml'); // 3 warnings as of TODAY
const ERRORS = fixtureText('schema.yaml'); // 5 errors
const INFO = fixtureText('due-soon.yaml'); // 1 info

const root = mkdtempSync(join(tmpdir(), 'plan-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(base: string, file: string, text: string): void {
  mkdirSync(dirname(join(base, file)), { recursive: true });
  writeFileSync(join(base, file), text);
}

/** The scratch tree: plans at several depths, and YAML that must not be checked. */
function tree(name: string): string {
  const base = join(root, name);
  put(base, 'plans/a/one.yaml', WARNINGS);
  put(base, 'plans/two.yml', INFO);
  put(base, 'plans/broken/bad.yaml', ERRORS);
  // Not plans: skipped by a walk, checked when named.
  put(
    base,
    'plans/workflow.yaml',
    'name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n',
  );
  put(base, 'plans/notes.txt', 'version: 1\ntitle: not YAML by its name\n');
  put(base, '.github/workflows/ci.yml', 'name: CI\non: push\n');
  put(base, 'node_modules/pkg/plan.yaml', WARNINGS);
  put(base, 'plans/.drafts/draft.yaml', WARNINGS);
  put(base, 'plans/empty/readme.md', '# nothing here\n');
  symlinkSync('a/one.yaml', join(base, 'plans/link.yaml'));
  return base;
}

const base = tree('t');

function check(args: readonly string[], cwd = base, input?: string) {
  const result = runCli(['check', ...args, '--today', TODAY, '--lang', 'en', '-f', 'json'], {
    cwd,
    ...(input !== undefined ? { input } : {}),
  });
  const report = result.stdout
    ? (JSON.parse(result.stdout) as {
        diagnostics: { file: string; code: string; severity: string }[];
        summary: Record<string, number>;
      })
    : undefined;
  const files = [...new Set(report?.diagnostics.map((d) => d.file))];
  return { ...result, report, files };
}

describe('folders', () => {
  it('are walked for plans: nested ones found, node_modules, dot folders, non-plans and a second way to a file left out', () => {
    const result = check(['plans']);
    expect(result.files).toEqual(['plans/a/one.yaml', 'plans/broken/bad.yaml', 'plans/two.yml']);
    expect(result.report?.summary.files).toBe(3);
    expect(result.code).toBe(1); // bad.yaml has errors
  });

  it('a non-plan YAML file named explicitly is checked (and fails)', () => {
    const result = check(['plans/workflow.yaml']);
    expect(result.files).toEqual(['plans/workflow.yaml']);
    expect(result.code).toBe(1);
  });

  it('take a file for a plan by a top-level version: or title: key, either one', () => {
    const b = join(root, 'sniff');
    put(b, 'p/title-only.yaml', 'title: 方案\n'); // a plan that lost version: checked
    put(b, 'p/quoted.yaml', '"version": 1\n'); // a quoted key counts
    put(b, 'p/indented.yaml', 'info:\n  title: API\n  version: 1\n'); // not at column 0: skipped
    const result = check(['p'], b);
    expect(result.files).toEqual(['p/quoted.yaml', 'p/title-only.yaml']);
    expect(result.code).toBe(1);
  });

  it('a folder that holds no plan ends the run with 2, named', () => {
    const result = check(['plans/empty']);
    expect(result.files).toEqual(['plans/empty']);
    expect(result.report?.diagnostics[0]?.code).toBe('input-unreadable');
    expect(result.code).toBe(2);
  });
});

describe('globs', () => {
  it('never descend into node_modules or dot folders unless the pattern names them', () => {
    // A glob matches what it says: workflow.yaml is not sniffed away.
    expect(check(['**/*.yaml']).files).toEqual([
      'plans/a/one.yaml',
      'plans/broken/bad.yaml',
      'plans/workflow.yaml',
    ]);
    expect(check(['node_modules/**/*.yaml']).files).toEqual(['node_modules/pkg/plan.yaml']);
  });

  it('!pattern leaves out what other arguments matched', () => {
    const result = check(['plans', '!plans/broken/**']);
    expect(result.files).toEqual(['plans/a/one.yaml', 'plans/two.yml']);
    expect(result.code).toBe(0); // warnings and an info only
  });

  it('only !patterns is a usage error', () => {
    const result = runCli(['check', '!plans/**'], { cwd: base });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('only !patterns');
  });
});

describe('ignore patterns', () => {
  it('--ignore-pattern is repeatable, gitignore syntax', () => {
    const result = check(['plans', '--ignore-pattern', 'broken/', '--ignore-pattern', '*.yml']);
    expect(result.files).toEqual(['plans/a/one.yaml']);
    expect(result.code).toBe(0);
  });

  it('.planignore in the current folder is honoured, with ! taking a file back', () => {
    const b = tree('ignorefile');
    writeFileSync(join(b, '.planignore'), '# drafts\nplans/broken/\n*.yml\n!two.yml\n');
    expect(check(['plans'], b).files).toEqual(['plans/a/one.yaml', 'plans/two.yml']);
  });

  it('a file named explicitly is checked even when a pattern would leave it out', () => {
    const result = check(['plans/broken/bad.yaml', '--ignore-pattern', 'broken/']);
    expect(result.files).toEqual(['plans/broken/bad.yaml']);
    expect(result.code).toBe(1);
  });
});

describe('one report per real file', () => {
  it('a walk through a linked folder that leads back up ends, and reports each file under its own name', () => {
    const b = tree('loop');
    symlinkSync('..', join(b, 'plans/a/up'));
    expect(check(['plans'], b).files).toEqual([
      'plans/a/one.yaml',
      'plans/broken/bad.yaml',
      'plans/two.yml',
    ]);
  });

  it('under the first name given', () => {
    const twice = check(['plans/a/one.yaml', 'plans/link.yaml', 'plans/a/../a/one.yaml']);
    expect(twice.files).toEqual(['plans/a/one.yaml']);
    expect(twice.report?.summary.files).toBe(1);
    expect(check(['plans/link.yaml', 'plans/a/one.yaml']).files).toEqual(['plans/link.yaml']);
    // Named, then found again by walking its folder: once.
    expect(check(['plans/a/one.yaml', 'plans']).report?.summary.files).toBe(3);
  });
});

describe('--stdin-filename', () => {
  it('names standard input in diagnostics', () => {
    expect(check(['-', '--stdin-filename', 'plans/new.yaml'], base, WARNINGS).files).toEqual([
      'plans/new.yaml',
    ]);
    expect(check(['-'], base, WARNINGS).files).toEqual(['<stdin>']);
  });
});

describe('--quiet and --max-warnings (ESLint semantics)', () => {
  const exit = (...args: string[]): number =>
    runCli(['check', 'plans/a/one.yaml', ...args, '--today', TODAY], { cwd: base }).code;
  it('--max-warnings counts the warnings --quiet hides', () => {
    // one.yaml has 3 warnings: past a limit of 2, at a limit of 3.
    expect(exit('--quiet')).toBe(0);
    expect(exit('--quiet', '--max-warnings', '0')).toBe(1);
    expect(exit('--quiet', '--max-warnings', '2')).toBe(1);
    expect(exit('--quiet', '--max-warnings', '3')).toBe(0);
  });

  it('a failed output still ends with 2, never 0', () => {
    expect(exit('--quiet', '-o', 'plans')).toBe(2); // a directory cannot be written
  });
});
