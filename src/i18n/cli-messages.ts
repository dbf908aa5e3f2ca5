/**
 * Everything the command line itself says: help, usage and option errors,
 * what it wrote. The words are the `cli` and `help` sections of each
 * language's catalogue (./catalogue/), like those of diagnostics and views.
 *
 * Option and command descriptions are also declared in English where the
 * option is (src/cli/commands/*.ts), as commander wants them; the
 * catalogue's `help`, keyed by `command --option` (or `--option` for an
 * option several commands share), replaces them in every language. A new
 * option is one line in each catalogue; a test fails while one is missing.
 */
import type { Catalogue } from './catalogue/en.js';
import { catalogueFor, type Lang } from './lang.js';

export type CliMessages = Catalogue['cli'];

/** The keys of the help texts: `check --format`, `check <files>`, `check`, `--lang`. */
export type HelpKey = keyof Catalogue['help'];

/** The CLI's words in `lang`. */
export function cliMessages(lang: Lang): CliMessages {
  return catalogueFor(lang).cli;
}

/** English, always at hand: `UsageError.message` is English. */
export const cliMessagesEn: CliMessages = catalogueFor('en').cli;

/**
 * The help text for `key` in `lang`: `check --format`, else the shared
 * `--format`; undefined when the catalogue has none (an option it does not know).
 */
export function helpText(lang: Lang): (command: string, key: string) => string | undefined {
  const table: Readonly<Record<string, string>> = catalogueFor(lang).help;
  return (command, key) => {
    const own = key === '' ? command : `${command} ${key}`;
    if (Object.hasOwn(table, own)) return table[own];
    return key !== '' && Object.hasOwn(table, key) ? table[key] : undefined;
  };
}
