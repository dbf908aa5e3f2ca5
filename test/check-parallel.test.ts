/**
 * Many files through the built CLI and in-process give the same bytes and
 * the same exit code, whatever the mix of good, broken and unreadable files.
 * (The CLI once meant to check them on worker threads; measured slower on
 * two cores, that was removed, and this test stays as the check that the
 * built CLI and the library agree on a large mixed run.)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan check on many files', () => {
  const plans = join(dir, 'plans');
  mkdirSync(plans);
  const sources = [
    ...readdirSync(join(repoRoot, 'examples')).map((name) => join(repoRoot, 'examples', name)),
    ...readdirSync(join(repoRoot, 'test/fixtures/check'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(repoRoot, 'test/fixtures/check', name)),
  ];
  for (const [index, source] of sources.entries()) {
    cpSync(source, join(plans, `${String(index).padStart(3, '0')}.yaml`));
  }
  mkdirSync(join(plans, 'zz-a-directory.yaml'));
  writeFileSync(join(plans, 'yy-gb18030.yaml'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]));

  it.each([
    'json',
    'sarif',
    'stylish',
    'junit',
  ])('gives the same %s output from the built CLI as in-process', async (format) => {
    const args = [
      'check',
      'plans/*.yaml',
      'plans/zz-a-directory.yaml',
      '--today',
      '2024-06-30',
      '--lang',
      'en',
      '-f',
      format,
    ];
    const built = runCli(args, { cwd: dir });
    const single = await runInProcess(args, '', dir);
    expect(built.stderr).toBe(single.stderr);
    expect(built.stdout).toBe(single.stdout.toString('utf8'));
    expect(built.code).toBe(single.code);
    expect(built.code).toBe(2);
    if (format === 'json') expect(JSON.parse(built.stdout).summary.files).toBe(sources.length + 2);
  });
});
