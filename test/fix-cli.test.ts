/**
 * `plan fix` and `plan check --fix` through the built binary, on copies of
 * test/fixtures/fix/messy.yaml in a scratch folder: what is written, what
 * is said, and every case where nothing may be written.
 */
import {
  chmodSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden, repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

// Before every due date of the fixture: no lateness findings.
const TODAY = ['--today', '2023-05-01'];
const messy = join(repoRoot, 'test', 'fixtures', 'fix', 'messy.yaml');
const original = readFileSync(messy, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'plan-fix-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of a plan in the scratch folder; returns its name there. */
function copy(text = original, name = `plan-${copies++}.yaml`): string {
  writeFileSync(join(scratch, name), text);
  return name;
}
const read = (name: string): string => readFileSync(join(scratch, name), 'utf8');
const plan = (args: readonly string[]) => runCli([...args, ...TODAY], { cwd: scratch });

describe('plan fix', () => {
  it('fixes a plan in place, says how many, and a second run changes nothing', () => {
    const name = copy();
    const first = plan(['fix', name, '--lang', 'en']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(
      `plan: fixed 14 problems in ${name}\nplan: ${name}: 1 problem left for a person to fix: run plan check ${name}\n`,
    );
    expect(first.stdout).toBe('');
    expectGolden('fix/messy.fixed.yaml', read(name));
    const second = plan(['fix', name, '--lang', 'en']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`nothing to fix in ${name}`);
    expectGolden('fix/messy.fixed.yaml', read(name));
  });

  it('leaves the fixed plan clean of every code it fixed', () => {
    const name = copy();
    const codes = (): string[] => {
      const result = plan(['check', name, '-f', 'json']);
      return (JSON.parse(result.stdout) as { diagnostics: { code: string }[] }).diagnostics.map(
        (d) => d.code,
      );
    };
    // Before: the file does not parse (a full-width colon), so only the two
    // paste artefacts show; after, only the 旬 left for a person.
    expect(codes()).toEqual(['paste-artefact', 'paste-artefact']);
    plan(['fix', name]);
    expect(codes()).toEqual(['invalid-date']);
  });

  it('speaks the plan’s language (its locale is zh-CN)', () => {
    const name = copy();
    expect(plan(['fix', name]).stderr).toContain(`plan: 已修复 ${name} 中的 14 个问题\n`);
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const name = copy();
    const result = plan(['fix', '--dry-run', name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^--- a/${name}\\n\\+\\+\\+ b/${name}\\n@@ -14,`));
    expect(result.stdout).toContain('\n-    status: 已完成\n');
    expect(result.stdout).toContain('\n+    status: done\n');
    expect(read(name)).toBe(original);
  });

  it('keeps a BOM and CRLF line ends', () => {
    const name = copy(`\ufeff${original.replace(/\n/g, '\r\n')}`);
    expect(plan(['fix', name]).code).toBe(0);
    const fixed = read(name);
    expect(fixed.startsWith('\ufeff# yaml-language-server')).toBe(true);
    expect(fixed.split('\r\n')).toHaveLength(original.split('\n').length);
    expect(fixed).toContain('    status: done\r\n');
  });

  it('-o writes the fixed plan elsewhere and leaves the input alone; never onto an input', () => {
    const name = copy();
    expect(plan(['fix', name, '-o', 'out.yaml']).code).toBe(0);
    expect(read(name)).toBe(original);
    expect(read('out.yaml')).toContain('status: done');
    const onto = plan(['fix', name, '-o', name]);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toContain('it is an input of this run');
    expect(read(name)).toBe(original);
  });

  it('- reads standard input and prints the fixed plan', () => {
    const result = runCli(['fix', '-', ...TODAY], { input: original });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('    lead: health\n');
    expect(result.stderr).toContain('<stdin>');
  });

  it('says what it left in a file that still does not parse, and fixes what is certain', () => {
    const name = copy('version: 1\ntitle: "方案\ntasks:\n  - title: a\n    due：2023-06\n');
    const result = plan(['fix', name, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(read(name)).toContain('    due: 2023-06\n');
    expect(result.stderr).toContain(`${name} still does not parse`);
  });
});

describe('plan fix writes nothing where it must not', () => {
  it('refuses a read-only file (exit 1)', () => {
    const name = copy();
    chmodSync(join(scratch, name), 0o444);
    const result = plan(['fix', name, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`plan: not fixing ${name}: it is read-only; nothing was written\n`);
    expect(read(name)).toBe(original);
  });

  it('refuses a symbolic link, and the file it points to stays as it was', () => {
    const target = copy();
    symlinkSync(target, join(scratch, 'link.yaml'));
    const result = plan(['fix', 'link.yaml', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not fixing link.yaml: it is a symbolic link');
    expect(read(target)).toBe(original);
  });

  it('refuses a file with another hard link', () => {
    const name = copy();
    linkSync(join(scratch, name), join(scratch, `${name}.hard`));
    expect(plan(['fix', name, '--lang', 'en']).stderr).toContain('other hard links');
    expect(read(name)).toBe(original);
  });

  it('a file that needs nothing is not rewritten, whatever it is', () => {
    const clean = copy(readFileSync(join(repoRoot, 'test/golden/fix/messy.fixed.yaml'), 'utf8'));
    chmodSync(join(scratch, clean), 0o444);
    const result = plan(['fix', clean, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`nothing to fix in ${clean}`);
  });

  it('a missing file is a usage error (exit 2)', () => {
    expect(plan(['fix', 'missing.yaml']).code).toBe(2);
  });
});

describe('plan check --fix and --fix-dry-run', () => {
  it('--fix fixes first, then reports what is left', () => {
    const name = copy();
    const result = plan(['check', '--fix', name, '--lang', 'en', '-f', 'compact']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`fixed 14 problems in ${name}`);
    expect(result.stdout).toBe(
      `${name}:36:10: error cannot read the date "2023年6月中" (did you mean "2023年6月中旬"?) [invalid-date]\n`,
    );
  });

  it('--fix-dry-run prints the diff only', () => {
    const name = copy();
    const result = plan(['check', '--fix-dry-run', name, '-f', 'json']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`--- a/${name}\n`)).toBe(true);
    expect(read(name)).toBe(original);
  });

  it('--fix refuses standard input, which it cannot write back', () => {
    expect(runCli(['check', '--fix', '-'], { input: original }).code).toBe(2);
  });
});
