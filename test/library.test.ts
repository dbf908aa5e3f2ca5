/**
 * The library as another program gets it: the package packed, installed
 * into an empty folder (offline, from the npm cache), imported BY NAME from
 * a Node script, and type-checked by a TypeScript file against the shipped
 * declarations. Its diagnostics must be the CLI's, byte for byte once
 * formatted as `--format json`. `npm test` builds dist/ (types included)
 * first; the tarball is packed from it without running the build again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'plan-library-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TODAY = '2024-06-30';
/** Warnings and an info, no errors (exit 0). */
const example = 'examples/county-public-hospital.yaml';
/** Four errors: references to a goal, a phase, a unit and a task that are not defined. */
const broken = 'test/fixtures/check/unknown-reference.yaml';
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
const consumer = join(scratch, 'consumer');

/** Runs a script in the consumer folder, where `plan-compiler` is installed. */
function runNode(script: string): { stdout: string; stderr: string; status: number | null } {
  const file = join(consumer, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const result = spawnSync(process.execPath, [file], {
    cwd: consumer,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TZ: 'UTC' },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

beforeAll(() => {
  const packed = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
    { cwd: repoRoot, encoding: 'utf8', env: npmEnv },
  );
  const tarball = join(scratch, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--offline', '--no-audit', '--ignore-scripts', tarball], {
    cwd: consumer,
    encoding: 'utf8',
    env: npmEnv,
    stdio: 'pipe',
  });
}, 120_000);

describe('import from "plan-compiler"', () => {
  it.each([
    example,
    broken,
  ])('checkFiles gives what plan check --format json prints, for %s', (file) => {
    const cli = runCli(['check', file, '--format', 'json', '--today', TODAY]);
    const library = runNode(`
      import { checkFiles, formatters } from 'plan-compiler';
      const result = await checkFiles([${JSON.stringify(file)}], {
        cwd: ${JSON.stringify(repoRoot)},
        today: ${JSON.stringify(TODAY)},
      });
      const format = await formatters.check.json();
      process.stdout.write(format(
        { diagnostics: result.diagnostics, files: result.summary.files, sources: result.sources },
        { lang: result.lang, color: false, version: '' },
      ));
      process.exitCode = result.exitCode;
    `);
    expect(library.stderr).toBe('');
    expect(library.stdout).toBe(cli.stdout);
    expect(library.status).toBe(cli.code);
    // Both sides of the line: the example is clean of errors, the fixture is not.
    const { summary } = JSON.parse(library.stdout);
    expect(summary.errors > 0).toBe(file === broken);
  });

  it('compilePlan on the text gives the same diagnostics, and the plan', () => {
    const cli = JSON.parse(runCli(['check', broken, '--format', 'json', '--today', TODAY]).stdout);
    const library = runNode(`
      import { readFileSync } from 'node:fs';
      import { compilePlan } from 'plan-compiler';
      const text = readFileSync(${JSON.stringify(join(repoRoot, broken))}, 'utf8');
      const { plan, diagnostics } = compilePlan(text, { file: ${JSON.stringify(broken)}, today: ${JSON.stringify(TODAY)} });
      process.stdout.write(JSON.stringify({ tasks: plan.tasks.length, diagnostics }));
    `);
    expect(library.stderr).toBe('');
    const { tasks, diagnostics } = JSON.parse(library.stdout);
    expect(tasks).toBeGreaterThan(0);
    expect(diagnostics.map((d: { code: string; line: number }) => `${d.line}:${d.code}`)).toEqual(
      cli.diagnostics.map((d: { code: string; line: number }) => `${d.line}:${d.code}`),
    );
  });

  it('loadPlan refuses a plan with errors under strict and hands on a clean one with buildViews', () => {
    const library = runNode(`
      import { buildViews, loadPlan } from 'plan-compiler';
      const options = { cwd: ${JSON.stringify(repoRoot)}, today: ${JSON.stringify(TODAY)}, strict: true };
      const refused = await loadPlan(${JSON.stringify(broken)}, options);
      const loaded = await loadPlan(${JSON.stringify(example)}, options);
      const views = buildViews(loaded.plan, { today: ${JSON.stringify(TODAY)} });
      process.stdout.write(JSON.stringify({
        refused: [refused.ok, refused.reason, refused.diagnostics.length > 0],
        loaded: [loaded.ok, loaded.errors.length],
        rows: views.table().rows.length,
        overdue: views.overdue().items.length,
      }));
    `);
    expect(library.stderr).toBe('');
    const result = JSON.parse(library.stdout);
    expect(result.refused).toEqual([false, 'errors', true]);
    expect(result.loaded).toEqual([true, 0]);
    expect(result.rows).toBeGreaterThan(0);
    // As of 2024-06-30 the example has late work (its golden overdue list is not empty).
    expect(result.overdue).toBeGreaterThan(0);
  });

  it('a TypeScript consumer type-checks against the shipped declarations', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          // As \`tsc --init\` sets it and nearly every project has it: the
          // declarations of the plan's raw input blocks name zod's types,
          // and zod is bundled, not installed (docs/decisions.md, "Library").
          skipLibCheck: true,
          types: [],
        },
        include: ['consumer.ts'],
      }),
    );
    const source = `
      import { checkFiles, compilePlan, type Diagnostic, formatters, loadConfig, type TaskStatus } from 'plan-compiler';
      const result = await checkFiles(['plans/'], { today: '2024-06-30', warnDays: 7 });
      const codes: string[] = result.diagnostics.map((d: Diagnostic) => d.code);
      const exit: 0 | 1 | 2 = result.exitCode;
      const compiled = compilePlan('title: x', { today: '2024-06-30', lang: 'zh-CN' });
      const title: string | undefined = compiled.plan?.meta.title;
      const statuses: TaskStatus[] | undefined = compiled.plan?.tasks.map((task) => task.status);
      const done: TaskStatus = 'done';
      const config = await loadConfig('plan.config.yaml');
      const format = await formatters.check.sarif();
      export { codes, exit, title, statuses, done, config, format };
    `;
    writeFileSync(join(consumer, 'consumer.ts'), source);
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const good = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    expect(good.stdout).toBe('');
    expect(good.status).toBe(0);
    // And it can fail: a wrong option or status is a type error, so the check is real.
    for (const [from, to] of [
      ["lang: 'zh-CN'", "lang: 'fr'"],
      ["done: TaskStatus = 'done'", "done: TaskStatus = 'finished'"],
    ] as const) {
      writeFileSync(join(consumer, 'consumer.ts'), source.replace(from, to));
      const bad = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
      expect(bad.stdout).toContain(`"${to.split("'")[1]}"`);
    }
  });

  it('ships the declarations and keeps deep imports out', () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/plan-compiler/package.json'), 'utf8'),
    );
    expect(manifest.exports['.'].types).toBe('./dist/types/index.d.ts');
    const deep = runNode(`await import('plan-compiler/dist/cli.js');`);
    expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
