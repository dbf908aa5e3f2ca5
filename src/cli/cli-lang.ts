import { isLang, type Lang, langFromEnv } from '../i18n/lang.js';

/**
 * The language of the CLI's own words (help, usage errors, what it wrote):
 * `--lang`, else the environment (LC_ALL, LC_MESSAGES, LANG), else English.
 * A plan's `locale` does not count here: help and usage errors come before
 * any plan is read, and a run may read several plans.
 *
 * Read from argv before commander parses it, because `--help` is printed
 * during the parse. A value that is not a language is left for the
 * command's own check to refuse (in the environment's language).
 */
export function cliLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  return langFromArgv(argv) ?? langFromEnv(env) ?? 'en';
}

export function langFromArgv(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // After `--` everything is a file name.
    if (arg === '--') break;
    const value =
      arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    // The last one wins, as commander takes it.
    if (value !== undefined) found = isLang(value) ? value : undefined;
  }
  return found;
}
