/**
 * The one impure corner of the read stage: getting bytes from a file or
 * from stdin, never holding more than the limit plus one chunk, and
 * turning system errors into problems instead of exceptions.
 */
import type { FileHandle } from 'node:fs/promises';
import { open, stat } from 'node:fs/promises';
import { decodePlanBytes } from './decode-text.js';
import { withEncodingContext } from './encoding-context.js';
import type { InputProblem, ReadOutcome } from './types.js';

export interface ReadOptions {
  /** Inputs larger than this are refused (`too-large`) before they are decoded. */
  readonly maxBytes: number;
}

/** Reads the named plan file: stat first, so a directory or an oversized file is never read. */
export async function readPlanFile(path: string, options: ReadOptions): Promise<ReadOutcome> {
  let size: number;
  let regular: boolean;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return inputProblem({ kind: 'directory' });
    size = info.size;
    regular = info.isFile();
  } catch (error) {
    return inputProblem(problemOf(error));
  }
  // Only a regular file's size is known in advance; a FIFO or a device
  // reports 0 and is read with the same cut-off as stdin.
  if (regular && size > options.maxBytes) {
    return { ok: false, problem: { kind: 'too-large', size, limit: options.maxBytes } };
  }

  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    if (!regular) {
      return await readPlanStream(handle.createReadStream({ autoClose: false }), options);
    }
    const bytes = await readBounded(handle, size, options.maxBytes);
    return withEncodingContext(decodePlanBytes(bytes, options), bytes);
  } catch (error) {
    return inputProblem(problemOf(error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads at most `maxBytes + 1` bytes. The file may have grown since it was
 * stat'ed; the extra byte is enough for `decodePlanBytes` to refuse it.
 */
async function readBounded(
  handle: FileHandle,
  expected: number,
  maxBytes: number,
): Promise<Uint8Array> {
  const cap = maxBytes + 1;
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, cap));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) break;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/**
 * Reads a plan from a stream (stdin for `-`). Stops, and leaves the rest
 * unread, as soon as more than `maxBytes` have arrived; the `size` then
 * reported is what had arrived by that point, a lower bound.
 */
export async function readPlanStream(
  stream: NodeJS.ReadableStream,
  options: ReadOptions,
): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      length += bytes.length;
      if (length > options.maxBytes) {
        // Leaving the loop early destroys the stream (for a Node Readable),
        // so nothing more is read or buffered.
        return { ok: false, problem: { kind: 'too-large', size: length, limit: options.maxBytes } };
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return inputProblem(problemOf(error));
  }
  const bytes = Buffer.concat(chunks, length);
  return withEncodingContext(decodePlanBytes(bytes, options), bytes);
}

function inputProblem(problem: InputProblem): ReadOutcome {
  return { ok: false, problem };
}

function problemOf(error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // ENOTDIR: a path through a file ("plan.yaml/x") names nothing.
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'EISDIR') return { kind: 'directory' };
  if (typeof code === 'string') return { kind: 'unreadable', reason: code };
  return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
}
