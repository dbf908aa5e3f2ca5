import { type CliIo, writeOutputFile, writeTo } from './io.js';

/** Output goes to `-o FILE` (atomically, never onto an input) or to stdout. */
export async function emit(
  content: string | Uint8Array,
  output: string | undefined,
  io: CliIo,
  inputs: readonly string[],
): Promise<void> {
  if (output !== undefined && output !== '-') {
    await writeOutputFile(
      output,
      content,
      io.cwd,
      inputs.filter((input) => input !== '-'),
    );
    return;
  }
  await writeTo(io.stdout, content);
}
