import type { CommanderError } from 'commander';
import type { CliMessages } from '../i18n/cli-messages.js';
import { oneLine } from '../render/sanitize.js';

/**
 * commander's own usage errors in the CLI's language, chosen by the error's
 * code; the names it quotes are read back from its English sentence. In
 * English the sentence is kept as commander wrote it. A code not known here
 * gets a plain "could not be read" rather than English in a Chinese run.
 */
export function commanderErrorText(error: CommanderError, messages: CliMessages): string {
  if (messages.commanderAsIs) return error.message;
  const words = messages.commander;
  const quoted = (pattern: RegExp): string[] | undefined => {
    const match = pattern.exec(error.message);
    return match
      ? match.slice(1).map((part) => (part === undefined ? '' : oneLine(part)))
      : undefined;
  };
  switch (error.code) {
    case 'commander.unknownOption': {
      const [flag, similar] =
        quoted(/unknown option '([^']*)'(?:\s*\(Did you mean (.+)\?\))?/) ?? [];
      return flag === undefined ? words.other : words.unknownOption(flag, similar || undefined);
    }
    case 'commander.unknownCommand': {
      const [name, similar] =
        quoted(/unknown command '([^']*)'(?:\s*\(Did you mean (.+)\?\))?/) ?? [];
      return name === undefined ? words.other : words.unknownCommand(name, similar || undefined);
    }
    case 'commander.missingArgument': {
      const [name] = quoted(/argument '([^']*)'/) ?? [];
      return name === undefined ? words.other : words.missingArgument(name);
    }
    case 'commander.optionMissingArgument': {
      const [flags] = quoted(/option '([^']*)'/) ?? [];
      return flags === undefined ? words.other : words.optionMissingArgument(flags);
    }
    case 'commander.excessArguments': {
      const [expected, got] = quoted(/Expected (\d+) arguments? but got (\d+)/) ?? [];
      return expected === undefined
        ? words.other
        : words.excessArguments(Number(expected), Number(got));
    }
    case 'commander.invalidArgument': {
      const [flags, value] = quoted(/option '([^']*)' argument '([^']*)'/) ?? [];
      return flags === undefined ? words.other : words.invalidArgument(flags, value ?? '');
    }
    default:
      return words.other;
  }
}
