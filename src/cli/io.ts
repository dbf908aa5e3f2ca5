import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Everything the CLI touches of the process, passed in so tests can give their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** A mistake in how the command was called: printed as one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A run that ends early with text for stderr and an exit code (a plan with errors). */
export class ExitError extends Error {
  override readonly name = 'ExitError';
  constructor(
    readonly output: string,
    readonly exitCode: number,
  ) {
    super(output);
  }
}

/**
 * Writes to a stream, resolving when the data is handed over. A reader that
 * went away (`plan check | head -1`) is not an error worth a stack trace: the
 * write is dropped and the run ends normally.
 */
export function writeTo(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  return new Promise((done) => {
    if (text.length === 0) {
      done();
      return;
    }
    try {
      stream.write(text, () => done());
    } catch {
      done();
    }
  });
}

/** Swallow EPIPE on a stream whose reader has closed; anything else still surfaces. */
export function ignoreClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/**
 * `-o FILE`: written to a temporary file beside it and renamed over it, so a
 * reader never sees half a file and a failure leaves the old one intact. An
 * input of this run is never overwritten.
 */
export async function writeOutputFile(
  file: string,
  content: string | Uint8Array,
  cwd: string,
  inputs: readonly string[],
): Promise<void> {
  const target = resolve(cwd, file);
  const targetReal = realOrSelf(target);
  if (inputs.some((input) => realOrSelf(resolve(cwd, input)) === targetReal)) {
    throw new UsageError(`refusing to write ${file}: it is an input of this run`);
  }
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write ${file}: ${code}`);
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
