import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { repoRoot } from './golden.js';

export interface Outcome {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * The CLI's `run` in this process, with standard input given and the output
 * streams captured: the same code path as the binary, thousands of times
 * faster to start, for property tests.
 */
export async function runInProcess(
  args: readonly string[],
  input: Uint8Array | string = '',
  cwd: string = repoRoot,
  env: Record<string, string> = {},
): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run(args, {
    stdin: Readable.from([Buffer.from(input)]),
    stdout,
    stderr,
    env,
    cwd,
  });
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
}
