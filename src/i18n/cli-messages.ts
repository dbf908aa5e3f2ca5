/**
 * Everything the command line itself says, in each language: help, usage
 * and option errors, what it wrote. Diagnostics and views have catalogues
 * of their own; this one is the CLI's.
 *
 * `CliMessages` is the shape of the English catalogue, and each language
 * must satisfy it: a key missing in one language fails the typecheck.
 *
 * Option and command descriptions are written in English where the option
 * is declared (src/cli/commands/*.ts), as commander wants them; their
 * Chinese is in `helpZhCN` / `helpZhTW` below, keyed by `command --option`
 * (or `--option` for the options every command takes). Translating a new
 * option is one line in each; a test fails while one is missing.
 */
import type { Lang } from './lang.js';

const quoted = (items: readonly string[]): string => items.join(', ');

const en = {
  lang: 'en' as Lang,
  help: {
    'Usage:': 'Usage:',
    'Arguments:': 'Arguments:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Global Options:': 'Global Options:',
    options: '[options]',
    command: '[command]',
    default: (value: string) => `default: ${value}`,
    help: 'display help for command',
    version: 'output the version number',
    program:
      'Compile implementation plans (实施方案) written in YAML into checks, tables, checklists and timelines.',
  },
  /** After a usage error: where to read more. */
  hint: '(run plan --help for usage)',
  commander: {
    unknownOption: (flag: string, similar?: string) =>
      `error: unknown option '${flag}'${similar ? `\n(Did you mean ${similar}?)` : ''}`,
    unknownCommand: (name: string, similar?: string) =>
      `error: unknown command '${name}'${similar ? `\n(Did you mean ${similar}?)` : ''}`,
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `error: option '${flags}' argument missing`,
    excessArguments: (expected: number, got: number) =>
      `error: too many arguments. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    invalidArgument: (flags: string, value: string) =>
      `error: option '${flags}' argument '${value}' is invalid.`,
    other: 'error: the command line could not be read',
  },
  usage: {
    lang: (value: string) => `--lang must be zh-CN, zh-TW or en, not "${value}"`,
    dayWanted: (name: string) =>
      `${name} must be a date written YYYY-MM-DD (or as a plan writes a day, e.g. 2023年7月10日)`,
    dayTooCoarse: (name: string, value: string, example: string) =>
      `${en.usage.dayWanted(name)}; "${value}" is more than one day: give the day, e.g. ${example}`,
    dayProblem: (
      name: string,
      value: string,
      problem: 'nonexistent' | 'yearless' | 'placeholder' | 'unreadable',
      suggestion?: string,
    ) =>
      `${en.usage.dayWanted(name)}, ${
        {
          nonexistent: `"${value}" does not exist`,
          yearless: `"${value}" has no year`,
          placeholder: `"${value}" is a template placeholder`,
          unreadable: `not "${value}"`,
        }[problem]
      }${suggestion !== undefined ? `; did you mean ${suggestion}?` : ''}`,
    wholeNumber: (name: string, value: string) => `${name} must be a whole number, not "${value}"`,
    warnWindow: (name: string, value: string) =>
      `${name} must be a number of days or working days (14, "14 days", "14天", "5 workdays", "5个工作日"), not "${value}"`,
    oneOf: (name: string, valid: readonly string[], value: string) =>
      `${name} must be one of ${quoted(valid)}, not "${value}"`,
    /** As `oneOf`, for a short fixed list: `week, month or quarter`. */
    mustBe: (name: string, valid: readonly string[], value: string) =>
      `${name} must be ${valid.length > 1 ? `${valid.slice(0, -1).join(', ')} or ${valid.at(-1)}` : valid[0]}, not "${value}"`,
    notValid: (name: string, value: string, valid: readonly string[]) =>
      `${name} "${value}" is not valid${valid.length > 0 ? `: use one of ${quoted(valid)}` : ': the plan has none to choose from'}`,
    /** `--status 受阻`: the status word a plan shows, given where its code was wanted. */
    statusWord: (value: string, code: string) =>
      `--status "${value}" is not valid: write the status as ${code}`,
    binaryNeedsOutput: (format: string) =>
      `--format ${format} writes a file: give -o FILE (or -o - for standard output)`,
    toBeforeFrom: (to: string, from: string) => `--to (${to}) is before --from (${from})`,
    fromAfterTo: (from: string, to: string) => `--from ${from} is after --to ${to}`,
    schemaName: (name: string) => `give plan, report or config, not "${name}"`,
    noFiles: 'no plan files given: try plan check plan.yaml',
    onlyNegations: 'only !patterns given: name the plans or folders they leave files out of',
    outputFormatShape: (value: string) =>
      `--output-format takes FORMAT=FILE, e.g. junit=reports/junit.xml, not "${value}"`,
    outputFormatName: (valid: readonly string[], format: string) =>
      `--output-format must name one of ${quoted(valid)}, not "${format}"`,
    twoOutputs: (target: string) => `two outputs would write ${target}`,
    standardOutput: 'standard output',
    onePlan: 'give one plan file (or - for standard input)',
    onePlanNotMany: (n: number) => `give one plan file, not ${n}`,
    ruleCode: (code: string, near: string | undefined) =>
      `--rule: there is no diagnostic code "${code}"${near !== undefined ? `; did you mean ${near}?` : ''} (write CODE:SEVERITY, e.g. overdue:off)`,
    ruleLevel: (code: string) =>
      `--rule: the severity must be off, info, warning or error (write CODE:SEVERITY, e.g. ${code}:off)`,
  },
  files: {
    isInput: (file: string) => `refusing to write ${file}: it is an input of this run`,
    cannotWrite: (file: string, code: string) => `cannot write ${file}: ${code}`,
    isDirectory: (file: string) => `cannot write ${file}: it is a directory`,
    danglingLink: (file: string) =>
      `refusing to write ${file}: it is a symbolic link to a file that does not exist`,
    readOnly: (file: string) => `refusing to write ${file}: it is read-only`,
    exists: (file: string) => `${file} already exists; plan init never overwrites a file`,
  },
  wrote: (file: string) => `wrote ${file}`,
  wroteWithSchema: (file: string, schema: string) => `wrote ${file} and ${schema} (for editors)`,
  outputFailed: (code: string) => `cannot write the output: ${code}`,
  internal: (message: string) => `internal error: ${message}`,
};

export type CliMessages = typeof en;

/** English, always at hand: `UsageError.message` is English. */
export const cliMessagesEn: CliMessages = en;

/**
 * The catalogue of `lang`. Chinese is loaded only in a Chinese run: the
 * catalogues are as large as the rest of the start-up bundle, and
 * `plan --version` or an English `plan check` must not pay for them.
 */
export async function loadCliMessages(lang: Lang): Promise<CliMessages> {
  if (lang === 'en') return en;
  const { cliMessagesZh } = await import('./cli-messages-zh.js');
  return cliMessagesZh[lang];
}

/**
 * The help text for `key` in `lang`: `check --format`, else the common
 * `--format`; undefined in English (the code's own text) or when missing.
 */
export async function loadHelpText(
  lang: Lang,
): Promise<(command: string, key: string) => string | undefined> {
  if (lang === 'en') return () => undefined;
  const { helpZh } = await import('./cli-messages-zh.js');
  const table: Readonly<Record<string, string>> = helpZh[lang];
  return (command, key) => {
    const own = key === '' ? command : `${command} ${key}`;
    if (Object.hasOwn(table, own)) return table[own];
    return key !== '' && Object.hasOwn(table, key) ? table[key] : undefined;
  };
}
