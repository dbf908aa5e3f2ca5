import type { Command } from 'commander';
import { formatIsoDay, parsePlanDate, todayFromClock } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from './defaults.js';
import { UsageError } from './io.js';

/** Options every command takes, as commander hands them over. */
export interface CommonOptions {
  lang?: string;
  today?: string;
  color?: boolean;
  output?: string;
}

export function parseLangOption(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!isLang(value)) throw new UsageError(`--lang must be zh-CN, zh-TW or en, not "${value}"`);
  return value;
}

/** `--today`, or the local calendar date when not given: the only read of the clock. */
export function parseTodayOption(
  value: string | undefined,
  now: () => Date = () => new Date(),
): Day {
  if (value === undefined) return todayFromClock(now());
  return parseDayOption('--today', value);
}

/**
 * A day given on the command line, in any form a plan may write one at day
 * precision (`2023-07-10`, `2023-7-10`, `2023年7月10日`, `二〇二三年七月十日`).
 * A coarser date is refused rather than rounded: "as of July" has no one
 * day to judge lateness by.
 */
export function parseDayOption(name: string, value: string): Day {
  const result = parsePlanDate(value);
  if (result.ok && result.date.kind === 'fixed' && result.date.precision === 'day') {
    return result.date.first;
  }
  const wanted = `${name} must be a date written YYYY-MM-DD (or as a plan writes a day, e.g. 2023年7月10日)`;
  if (result.ok && result.date.kind === 'fixed') {
    throw new UsageError(
      `${wanted}; "${value}" is more than one day: give the day, e.g. ${formatIsoDay(result.date.last)}`,
    );
  }
  const problem = result.ok ? undefined : result.problem;
  const why: Record<string, string> = {
    nonexistent: `"${value}" does not exist`,
    yearless: `"${value}" has no year`,
    placeholder: `"${value}" is a template placeholder`,
  };
  const because = why[problem?.kind ?? ''] ?? `not "${value}"`;
  const suggestion =
    problem?.kind === 'unreadable' && problem.suggestion !== undefined
      ? `; did you mean ${problem.suggestion}?`
      : '';
  throw new UsageError(`${wanted}, ${because}${suggestion}`);
}

export function parseCountOption(
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

/**
 * Colour on a terminal unless turned off: `--no-color` and `NO_COLOR` (any
 * non-empty value) turn it off, `FORCE_COLOR` (but `0`) turns it on even into
 * a pipe. chalk's own detection is not used because it ignores `NO_COLOR`
 * on a terminal.
 */
export function useColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  stream: { isTTY?: boolean },
): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * The entry of a `--format` table for `value`, or a usage error naming the
 * formats there are. Only own keys count: `--format constructor` must not
 * find what every object inherits.
 */
export function pickFormat<T>(table: Readonly<Record<string, T>>, value: string): T {
  if (Object.hasOwn(table, value)) return table[value]!;
  throw new UsageError(`--format must be one of ${Object.keys(table).join(', ')}, not "${value}"`);
}

/** `--max-bytes` and `--warn-days`, which every command that reads a plan takes. */
export function addPlanInputOptions(command: Command, { schedule = true } = {}): Command {
  command.option('--max-bytes <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES));
  if (schedule) {
    command.option(
      '--warn-days <n>',
      'due within this many days is due soon',
      String(DEFAULT_WARN_DAYS),
    );
  }
  return command;
}

/** `--width` for views with terminal output. */
export function addTermWidthOption(command: Command): Command {
  return command.option(
    '--width <n>',
    'terminal width for term output (default: the terminal, else COLUMNS, else 100)',
  );
}

/**
 * `--strict` for every view: refuse a plan with errors (exit 1) instead of
 * rendering it with the errors named. Declared once here so that each view
 * means the same by it (`plan check --strict` is its own option: warnings
 * count as errors there).
 */
export function addStrictViewOption(command: Command): Command {
  return command.option('--strict', 'refuse a plan with errors (exit 1) instead of rendering it');
}
