/**
 * The command line: commander wiring only. Each command parses its options,
 * runs the pipeline, picks a renderer and writes; this file turns what goes
 * wrong into a message and an exit code, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { EXIT_USAGE } from './exit-code.js';
import { oneLine } from '../render/sanitize.js';
import { type CliIo, ExitError, OutputError, UsageError, watchOutputErrors } from './io.js';

declare const __PLAN_VERSION__: string;
export const version = typeof __PLAN_VERSION__ === 'string' ? __PLAN_VERSION__ : '0.0.0-dev';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // A failed write to stdout or stderr (disk full, EIO) is reported by the
  // stream on its own; it ends the run with exit 2 rather than a stack trace.
  let outputFailure: string | undefined;
  const onOutputFailure = (code: string): void => {
    outputFailure ??= code;
  };
  watchOutputErrors(io.stdout, onOutputFailure);
  watchOutputErrors(io.stderr, onOutputFailure);
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = code;
  };

  const program = new Command('plan')
    .description(
      'Compile implementation plans (实施方案) written in YAML into checks, tables, checklists and timelines.',
    )
    .version(version, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run plan --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  for (const add of commands) add(program, io, version, setExit);
  for (const command of program.commands) addCommonOptions(command);

  const code = await runProgram(program, argv, io, () => exitCode, onOutputFailure);
  if (outputFailure !== undefined) {
    io.stderr.write(`plan: cannot write the output: ${outputFailure}\n`);
    return EXIT_USAGE;
  }
  return code;
}

async function runProgram(
  program: Command,
  argv: readonly string[],
  io: CliIo,
  exitCode: () => number,
  onOutputFailure: (code: string) => void,
): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; everything else is a usage error.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof OutputError) {
      onOutputFailure(error.code);
      return EXIT_USAGE;
    }
    if (error instanceof ExitError) {
      io.stderr.write(error.output);
      return error.exitCode;
    }
    if (error instanceof UsageError) {
      // Usage errors quote plan text (phase and goal names) and file names.
      io.stderr.write(`plan: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan: internal error: ${oneLine(message)}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}

/** Options every command takes. */
function addCommonOptions(command: Command): void {
  command
    .option(
      '--lang <lang>',
      "zh-CN, zh-TW or en (default: the plan's locale, else the environment's)",
    )
    .option(
      '--today <date>',
      'the day to judge lateness by: YYYY-MM-DD or as a plan writes a day, e.g. 2023年7月10日 (default: today)',
    )
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('--no-color', 'no colour, even on a terminal');
}
