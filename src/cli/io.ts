import { constants, rmSync } from 'node:fs';
import {
  access,
  chmod,
  link,
  lstat,
  mkdir,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type CliMessages, cliMessagesEn } from '../i18n/cli-messages.js';

/** Everything the CLI touches of the process, passed in so tests can give their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Words of the CLI's catalogue, put in the run's language when printed. */
export type CliWords = (messages: CliMessages) => string;

/**
 * A mistake in how the command was called: printed as one line, exit 2.
 * Given as words of the catalogue, it is printed in the CLI's language
 * (`message` stays English, for logs and tests); plain text is printed as is.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly words: CliWords | undefined;
  /**
   * @param also further errors of the same run, each printed on its own line
   * (several outputs that could not be written).
   */
  constructor(
    text: string | CliWords,
    readonly also: readonly UsageError[] = [],
  ) {
    super(typeof text === 'string' ? text : text(cliMessagesEn));
    this.words = typeof text === 'string' ? undefined : text;
  }

  /** The message in the language of `messages`. */
  inLang(messages: CliMessages): string {
    return this.words ? this.words(messages) : this.message;
  }
}

/** Standard output or error could not be written (disk full, EIO): exit 2, not a stack trace. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(readonly code: string) {
    super(`cannot write the output: ${code}`);
  }
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
 * write is dropped and the run ends normally. Any other failure (`> /dev/full`)
 * rejects with an OutputError, so the run ends with exit 2 and a message.
 */
export function writeTo(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    if (text.length === 0) {
      done();
      return;
    }
    const finish = (error?: Error | null): void => {
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      if (!error || code === 'EPIPE') done();
      else fail(new OutputError(code ?? error.message));
    };
    try {
      stream.write(text, finish);
    } catch (error) {
      finish(error as Error);
    }
  });
}

/**
 * Errors a stream reports on its own (after the write callback, or on a write
 * nobody awaited) must not become an uncaught exception. EPIPE is a reader
 * that left; anything else is remembered and ends the run with exit 2.
 */
export function watchOutputErrors(
  stream: NodeJS.WritableStream,
  onFailure: (code: string) => void,
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') onFailure(error.code ?? error.message);
  });
}

/** Temporary files not yet renamed into place: removed if the run is interrupted. */
const pendingTemporaries = new Set<string>();
let signalsWatched = false;

function removeTemporariesOnSignal(): void {
  if (signalsWatched) return;
  signalsWatched = true;
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ] as const) {
    process.once(signal, () => {
      for (const file of pendingTemporaries) rmSync(file, { force: true });
      process.exit(128 + number);
    });
  }
}

/**
 * `-o FILE`. A regular file is written to a temporary file beside it and
 * renamed over it, so a reader never sees half a file and a failure leaves
 * the old one intact; the old file's mode is kept, a read-only file is
 * refused, and a symbolic link is written through (the link stays, its
 * target changes, as editors do). Anything that is not a regular file
 * (`/dev/null`, `/dev/stdout`, a pipe) is written in place: renaming over a
 * device would replace it.
 *
 * An input of this run is never overwritten. Inputs are compared by the
 * identity of the file (device and inode), not by name, so a glob, another
 * letter case on a case-insensitive disk, a symbolic or a hard link to an
 * input are all caught.
 */
export async function writeOutputFile(
  file: string,
  content: string | Uint8Array,
  cwd: string,
  inputs: readonly string[],
): Promise<void> {
  const target = resolve(cwd, file);
  const existing = await statOrUndefined(target);
  if (existing && (await isAnInput(existing, inputs, cwd))) {
    throw new UsageError((m) => m.files.isInput(file));
  }
  const failure = (error: unknown): UsageError => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return new UsageError((m) => m.files.cannotWrite(file, code));
  };
  if (existing?.isDirectory()) throw new UsageError((m) => m.files.isDirectory(file));
  if (existing && !existing.isFile()) {
    try {
      await writeFile(target, content);
    } catch (error) {
      throw failure(error);
    }
    return;
  }
  if (!existing && (await lstatOrUndefined(target))?.isSymbolicLink()) {
    throw new UsageError((m) => m.files.danglingLink(file));
  }
  const real = existing ? await realpath(target) : target;
  if (existing && !(await isWritable(real, existing))) {
    throw new UsageError((m) => m.files.readOnly(file));
  }
  const temporary = await temporaryBeside(real);
  try {
    await mkdir(dirname(real), { recursive: true });
    pendingTemporaries.add(temporary);
    removeTemporariesOnSignal();
    await writeFile(temporary, content, { flag: 'wx' });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, real);
  } catch (error) {
    // A path through a plain file fails rm too (ENOTDIR), not only the write.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw failure(error);
  } finally {
    pendingTemporaries.delete(temporary);
  }
}

/**
 * A new file that must not replace anything (`plan init`): written beside
 * the target, then hard-linked into place, which fails if any entry of that
 * name exists by then, a dangling symbolic link included. Where hard links
 * are not allowed, an exclusive create does the same without the atomicity.
 */
export async function writeNewFile(
  file: string,
  content: string | Uint8Array,
  cwd: string,
): Promise<void> {
  const target = resolve(cwd, file);
  const exists = (): UsageError => new UsageError((m) => m.files.exists(file));
  const temporary = await temporaryBeside(target);
  try {
    pendingTemporaries.add(temporary);
    removeTemporariesOnSignal();
    await writeFile(temporary, content, { flag: 'wx' });
    try {
      await link(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw exists();
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      await writeFile(target, content, { flag: 'wx' });
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'EEXIST') throw exists();
    throw new UsageError((m) => m.files.cannotWrite(file, code));
  } finally {
    // A path through a plain file fails rm too (ENOTDIR): the write's own error is the one to tell.
    await rm(temporary, { force: true }).catch(() => undefined);
    pendingTemporaries.delete(temporary);
  }
}

async function temporaryBeside(path: string): Promise<string> {
  // node:crypto is loaded here, not at start-up: it is a dozen internal
  // modules, and `plan check` (which writes no file) never needs it.
  const { randomBytes } = await import('node:crypto');
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

async function isAnInput(target: Stats, inputs: readonly string[], cwd: string): Promise<boolean> {
  const stats = await Promise.all(inputs.map((input) => statOrUndefined(resolve(cwd, input))));
  return stats.some((input) => input?.dev === target.dev && input.ino === target.ino);
}

/** Root may write anything; a file with no write bit at all is still one the user marked read-only. */
async function isWritable(path: string, stats: Stats): Promise<boolean> {
  if ((stats.mode & 0o222) === 0) return false;
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch {
    return undefined;
  }
}
