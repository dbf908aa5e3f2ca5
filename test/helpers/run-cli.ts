import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './golden.js';

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const bin = join(repoRoot, 'bin', 'plan.js');

/**
 * Runs the built binary as a user would, with a fixed environment: no colour,
 * English unless the test says otherwise, a pinned time zone. `npm test`
 * builds first, so this is the code that ships.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    LANG: 'C',
    NO_COLOR: '1',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** One golden record of a run: the command, what it printed and how it ended. */
export function scenario(args: readonly string[], result: CliResult): string {
  return [
    '====command====',
    `plan ${args.join(' ')}`,
    '====stdout====',
    result.stdout.trimEnd(),
    '====stderr====',
    result.stderr.trimEnd(),
    '====status====',
    String(result.code),
    '',
  ].join('\n');
}
