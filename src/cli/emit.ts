import { expandInputs } from '../pipeline/inputs.js';
import { type CliIo, writeOutputFile, writeTo } from './io.js';

/** Names of this process's own output streams, and which one each means. */
const standardStreams: ReadonlyMap<string, 1 | 2> = new Map([
  ['/dev/stdout', 1],
  ['/dev/fd/1', 1],
  ['/proc/self/fd/1', 1],
  ['/dev/stderr', 2],
  ['/dev/fd/2', 2],
  ['/proc/self/fd/2', 2],
]);

/**
 * Output goes to `-o FILE` (atomically, never onto an input) or to stdout.
 * `inputs` are the file arguments as given: globs are expanded again here,
 * so an output that one of them matched is refused like a named input.
 */
export async function emit(
  content: string | Uint8Array,
  output: string | undefined,
  io: CliIo,
  inputs: readonly string[],
): Promise<void> {
  if (output !== undefined && standardStreams.has(output)) {
    // Opening /dev/stdout fails when it is a socket (as under many process
    // managers), and writing it beside our own stream could interleave.
    await writeTo(standardStreams.get(output) === 1 ? io.stdout : io.stderr, content);
    return;
  }
  if (output !== undefined && output !== '-') {
    const names = await expandInputs(
      inputs.filter((input) => input !== '-'),
      io.cwd,
    );
    await writeOutputFile(output, content, io.cwd, names);
    return;
  }
  await writeTo(io.stdout, content);
}
