/**
 * `-o` and `plan init` never lose what the user wrote: an input is never
 * overwritten, however it is named; devices are written in place; a report's
 * mode, a read-only mark and a symbolic link survive; a write error on stdout
 * is a message and exit 2, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const example = join(repoRoot, 'examples', 'district-health-en.yaml');
const today = ['--today', '2024-06-30'];
let dir: string;
let original: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-out-'));
  copyFileSync(example, join(dir, 'plan.yaml'));
  original = readFileSync(join(dir, 'plan.yaml'), 'utf8');
});

const run = (...args: string[]) => runCli([...args, ...today], { cwd: dir });
const planUnchanged = () => expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(original);
/** No temporary file may be left behind beside the target. */
const noTemporaries = (folder = dir) =>
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);

describe('-o never overwrites an input', () => {
  it('named through a glob, for a view and for check', () => {
    for (const args of [
      ['table', 'pla*.yaml', '-f', 'md', '-o', 'plan.yaml'],
      ['check', '*.yaml', '-o', 'plan.yaml'],
    ]) {
      const result = run(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('it is an input of this run');
      planUnchanged();
    }
  });

  it('through a hard link or a symbolic link to it', () => {
    linkSync(join(dir, 'plan.yaml'), join(dir, 'hard.yaml'));
    symlinkSync('plan.yaml', join(dir, 'soft.yaml'));
    for (const output of ['hard.yaml', 'soft.yaml']) {
      const result = run('table', 'plan.yaml', '-f', 'md', '-o', output);
      expect(result.code).toBe(2);
      planUnchanged();
    }
    expect(lstatSync(join(dir, 'soft.yaml')).isSymbolicLink()).toBe(true);
  });

  it('named with other letter case where the disk ignores case (simulated by identity)', () => {
    // Linux disks are case-sensitive, so PLAN.yaml is another file here; the
    // comparison is by device and inode, which is what a case-insensitive disk
    // gives for both spellings. A hard link stands in for the second spelling.
    linkSync(join(dir, 'plan.yaml'), join(dir, 'PLAN.yaml'));
    expect(run('table', 'plan.yaml', '-f', 'md', '-o', 'PLAN.yaml').code).toBe(2);
    planUnchanged();
  });
});

describe('-o onto what already exists', () => {
  it('writes a device in place instead of replacing it', () => {
    const result = run('table', 'plan.yaml', '-f', 'md', '-o', '/dev/null');
    expect(result.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes -o /dev/stdout to standard output', () => {
    const result = run('table', 'plan.yaml', '-f', 'csv', '-o', '/dev/stdout');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Survey staffing and equipment gaps');
  });

  it("keeps the old file's mode", () => {
    writeFileSync(join(dir, 'report.md'), 'old');
    chmodSync(join(dir, 'report.md'), 0o600);
    expect(run('table', 'plan.yaml', '-f', 'md', '-o', 'report.md').code).toBe(0);
    expect(statSync(join(dir, 'report.md')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('Northside');
    noTemporaries();
  });

  it('refuses a read-only file, even as root', () => {
    writeFileSync(join(dir, 'report.md'), 'keep me');
    chmodSync(join(dir, 'report.md'), 0o444);
    const result = run('table', 'plan.yaml', '-f', 'md', '-o', 'report.md');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('read-only');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('keep me');
  });

  it('writes through a symbolic link and keeps the link', () => {
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'real.md'), 'old');
    symlinkSync('reports/real.md', join(dir, 'latest.md'));
    expect(run('table', 'plan.yaml', '-f', 'md', '-o', 'latest.md').code).toBe(0);
    expect(readlinkSync(join(dir, 'latest.md'))).toBe('reports/real.md');
    expect(readFileSync(join(dir, 'reports', 'real.md'), 'utf8')).toContain('Northside');
    noTemporaries(join(dir, 'reports'));
  });

  it('refuses a symbolic link to nothing, saying so', () => {
    symlinkSync('missing/out.md', join(dir, 'dangling.md'));
    const result = run('table', 'plan.yaml', '-f', 'md', '-o', 'dangling.md');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('symbolic link');
    expect(lstatSync(join(dir, 'dangling.md')).isSymbolicLink()).toBe(true);
  });

  it('creates missing folders', () => {
    expect(run('table', 'plan.yaml', '-f', 'md', '-o', 'out/2024/table.md').code).toBe(0);
    expect(readFileSync(join(dir, 'out', '2024', 'table.md'), 'utf8')).toContain('Northside');
  });
});

describe('plan init creates exclusively', () => {
  it('never replaces a dangling symbolic link', () => {
    symlinkSync('nowhere.yaml', join(dir, 'new.yaml'));
    const result = run('init', 'new.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists');
    expect(readlinkSync(join(dir, 'new.yaml'))).toBe('nowhere.yaml');
    expect(existsSync(join(dir, 'nowhere.yaml'))).toBe(false);
  });

  it('writes a new file and leaves no temporary behind', () => {
    const result = run('init', 'new.yaml');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toContain('version: 1');
    noTemporaries();
  });

  it('writes the schema its $schema comment names beside the plan, and keeps one already there', () => {
    expect(run('init', 'new.yaml').stderr).toBe(
      'plan: wrote new.yaml and plan.schema.json (for editors)\n',
    );
    const plan = readFileSync(join(dir, 'new.yaml'), 'utf8');
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    const committed = readFileSync(join(repoRoot, 'schemas', 'plan.schema.json'), 'utf8');
    expect(readFileSync(join(dir, 'plan.schema.json'), 'utf8')).toBe(committed);
    writeFileSync(join(dir, 'plan.schema.json'), '{}\n');
    const again = run('init', 'second.yaml');
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('plan: wrote second.yaml\n');
    expect(readFileSync(join(dir, 'plan.schema.json'), 'utf8')).toBe('{}\n');
  });
});

describe('a failed write to standard output', () => {
  it.runIf(existsSync('/dev/full'))('is a message and exit 2, not a stack trace', () => {
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${join(repoRoot, 'bin', 'plan.js')}" table plan.yaml -f md > /dev/full`,
      ],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('plan: cannot write the output: ENOSPC\n');
  });
});
