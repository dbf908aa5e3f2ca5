/**
 * How plan reaches its users without a registry: the packed tarball
 * installed into an empty prefix, the GitHub Action's command line and the
 * pre-commit hook's entry, each run as its host would run it. `npm test`
 * builds dist/ first; the tarball is packed from it without running the
 * build again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'plan-packaging-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const example = 'examples/county-public-hospital.yaml';
const TODAY = ['--today', '2024-06-30'];
/** A GitHub expression, `${{ … }}`, as the action's YAML writes it. */
const expression = (inner: string): string => `$\{{ ${inner} }}`;
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };

describe('the packed tarball', () => {
  let tarball = '';
  let prefix = '';
  beforeAll(() => {
    const packed = execFileSync(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
      { cwd: repoRoot, encoding: 'utf8', env: npmEnv },
    );
    tarball = join(scratch, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
    prefix = join(scratch, 'prefix');
    // Offline, from the npm cache that installing this repository filled:
    // a test must not depend on the network.
    execFileSync(
      'npm',
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', tarball],
      { cwd: scratch, encoding: 'utf8', env: npmEnv, stdio: 'pipe' },
    );
  }, 120_000);

  it('holds no source maps and no sources, only what runs', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('package/src/'))).toEqual([]);
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/schemas/plan.schema.json');
  });

  it('installs nothing the bundle does not load', () => {
    // Every dependency is bundled into dist/ except chinese-days (the
    // working-day calendar, kept a runtime dependency for its data).
    const installed = join(prefix, 'lib', 'node_modules', 'plan-compiler', 'node_modules');
    const names = readdirSync(installed).filter((name) => !name.startsWith('.'));
    expect(names).toEqual(['chinese-days']);
  });

  it('runs plan check from the install as the clone does, byte for byte', () => {
    const installed = spawnSync(join(prefix, 'bin', 'plan'), ['check', example, ...TODAY], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TZ: 'UTC', LANG: 'C', NO_COLOR: '1' },
    });
    const clone = runCli(['check', example, ...TODAY]);
    expect(installed.status).toBe(clone.code);
    expect(installed.stdout).toBe(clone.stdout);
    expect(installed.stdout).toContain('unit-alias');
  });

  it('is a fraction of the size it was with source maps (2.6 MB packed)', () => {
    expect(statSync(tarball).size).toBeLessThan(1_000_000);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
  const steps = action.runs.steps as { id?: string; run?: string; env?: Record<string, string> }[];
  const check = steps.find((step) => step.id === 'check')!;

  it('is a composite action that installs with npm ci in its own folder', () => {
    expect(action.runs.using).toBe('composite');
    expect(steps[0]).toMatchObject({ uses: 'actions/setup-node@v4' });
    expect(steps[1]).toMatchObject({
      run: 'npm ci --no-audit --no-fund',
      'working-directory': expression('github.action_path'),
    });
    expect(action.outputs['sarif-file'].value).toBe(expression('steps.check.outputs.sarif-file'));
  });

  it('passes inputs as environment variables, never into the script text', () => {
    expect(check.run).not.toContain('${{');
    for (const value of Object.values(check.env ?? {})) {
      const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)?.[1];
      expect(input && Object.hasOwn(action.inputs, input)).toBe(true);
    }
  });

  it('its check step writes SARIF and names it as an output, with a glob left to plan', () => {
    const sarif = join(scratch, 'plan.sarif');
    const output = join(scratch, 'github-output');
    // As the runner runs a `shell: bash` step.
    const result = spawnSync(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', check.run!],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          GITHUB_ACTION_PATH: repoRoot,
          GITHUB_OUTPUT: output,
          // Quoted in a workflow, so the shell must not expand it: plan does.
          PLAN_FILES: 'examples/*.yaml',
          PLAN_SARIF: sarif,
          PLAN_ARGS: TODAY.join(' '),
        },
      },
    );
    expect(result.stderr).toBe('');
    // The examples have warnings only: exit 0.
    expect(result.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`sarif-file=${sarif}\n`);
    const report = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(report.version).toBe('2.1.0');
    const files = new Set(
      report.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    );
    expect(files.size).toBeGreaterThan(1);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];

  it('runs plan check on YAML files only', () => {
    expect(hook).toMatchObject({ id: 'plan-check', entry: 'plan check', language: 'node' });
    const files = new RegExp(hook!.files);
    expect(['plans/a.yaml', 'b.yml'].every((name) => files.test(name))).toBe(true);
    expect(['README.md', 'a.yaml.bak', 'x.json'].some((name) => files.test(name))).toBe(false);
  });

  it('its entry, with the file names pre-commit appends, checks them', () => {
    const staged = readdirSync(join(repoRoot, 'examples'))
      .map((name) => `examples/${name}`)
      .filter((name) => new RegExp(hook!.files).test(name));
    const [command, ...args] = hook!.entry.split(' ');
    expect(command).toBe('plan');
    // `plan` is the package's bin, bin/plan.js, which pre-commit installs.
    const result = runCli([...args, ...staged, ...TODAY]);
    expect(result.code).toBe(0);
    // The examples are in three languages, so the summary is in the
    // environment's: runCli's is LANG=C, English.
    expect(result.stdout).toContain(`${staged.length} files checked`);
  });
});
