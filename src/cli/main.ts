/**
 * The command line: commander wiring only. Each command parses its options,
 * runs the pipeline, picks a renderer and writes; this file turns what goes
 * wrong into a message and an exit code, never a stack trace.
 */
import { Command, CommanderError, Help, type Option } from 'commander';
import { type CliMessages, cliMessages, helpText } from '../i18n/cli-messages.js';
import { cliLang } from './cli-lang.js';
import { commanderErrorText } from './commander-errors.js';
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
  const lang = cliLang(argv, io.env);
  const messages = cliMessages(lang);

  const program = new Command('plan')
    .description(messages.help.program)
    .version(version, '-V, --version', messages.help.version)
    .helpOption('-h, --help', messages.help.help)
    .helpCommand('help [command]', messages.help.help)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Usage errors are written where they are caught, in the CLI's language.
      outputError: () => undefined,
    });
  if (lang !== 'en') {
    // Loaded only here: string-width builds an Intl.Segmenter when loaded,
    // about 10 ms that an English run or a check need not pay.
    const { displayWidth } = await import('../render/formats/text-width.js');
    program.configureHelp(helpIn(messages, displayWidth));
  }
  for (const add of commands) add(program, io, version, setExit);
  for (const command of program.commands) addCommonOptions(command);
  translateHelp(program, helpText(lang));

  const code = await runProgram(program, argv, io, messages, () => exitCode, onOutputFailure);
  if (outputFailure !== undefined) {
    io.stderr.write(`plan: ${messages.outputFailed(outputFailure)}\n`);
    return EXIT_USAGE;
  }
  return code;
}

/** Codes of commander's exits that are not usage errors. */
const commanderDone = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

async function runProgram(
  program: Command,
  argv: readonly string[],
  io: CliIo,
  messages: CliMessages,
  exitCode: () => number,
  onOutputFailure: (code: string) => void,
): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      if (!commanderDone.has(error.code)) {
        io.stderr.write(`${commanderErrorText(error, messages)}\n${messages.hint}\n`);
      }
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
      for (const each of [error, ...error.also]) {
        io.stderr.write(`plan: ${oneLine(each.inLang(messages))}\n`);
      }
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan: ${messages.internal(oneLine(message))}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}

/** Options every command takes. */
export function addCommonOptions(command: Command): void {
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

/**
 * commander's help in another language: its headings, `[options]`, and the
 * `(default: …)` it adds to an option's description. The descriptions
 * themselves are put in place by `translateHelp`.
 */
function helpIn(messages: CliMessages, displayWidth: (text: string) => number): Partial<Help> {
  const words = messages.help;
  const placeholders = (text: string): string =>
    text.replace('[options]', words.options).replace('[command]', words.command);
  const defaults = (text: string): string =>
    text.replace(/ ?\(default: "?(.*?)"?\)$/, (_, value: string) =>
      // A repeatable option starts from an empty list: nothing worth saying.
      value === '[]' ? '' : `（${words.default(value)}）`,
    );
  return {
    // Chinese has no spaces to wrap at: a long line is left to the terminal.
    boxWrap: (text: string) => text,
    // commander pads by string length; a Chinese character takes two columns.
    displayWidth,
    styleTitle: (title: string) =>
      Object.hasOwn(words, title) ? String(words[title as 'Usage:']) : title,
    commandUsage: (command) => placeholders(Help.prototype.commandUsage.call(new Help(), command)),
    subcommandTerm: (command) =>
      placeholders(Help.prototype.subcommandTerm.call(new Help(), command)),
    optionDescription: (option: Option) =>
      defaults(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) =>
      defaults(Help.prototype.argumentDescription.call(new Help(), argument)),
  };
}

/**
 * Each command's, argument's and option's description from the catalogue of
 * the CLI's language, English included (an option the catalogue does not
 * know keeps the English it was declared with).
 */
function translateHelp(
  program: Command,
  helpText: (command: string, key: string) => string | undefined,
): void {
  for (const command of program.commands) {
    const name = command.name();
    const description = helpText(name, '');
    if (description !== undefined) command.description(description);
    for (const argument of command.registeredArguments) {
      const text = helpText(name, `<${argument.name()}>`);
      if (text !== undefined) argument.description = text;
    }
    for (const option of command.options) {
      const text = option.long ? helpText(name, option.long) : undefined;
      if (text !== undefined) option.description = text;
    }
  }
}
