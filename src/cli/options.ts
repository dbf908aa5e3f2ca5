import type { Command } from 'commander';
import { type RuleLevel, ruleLevels } from '../config/rule-levels.js';
import { formatIsoDay, parsePlanDate, todayFromClock } from '../dates/index.js';
import type { Day } from '../dates/types.js';
import { parseWarnWindow, type WarnSetting } from '../dates/warn-window.js';
import { allCodes, type DiagnosticCode, isDiagnosticCode } from '../diagnostics/codes.js';
import { closest } from '../diagnostics/suggest.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { DEFAULT_MAX_BYTES, DEFAULT_WARN_DAYS } from '../pipeline/defaults.js';
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
  if (!isLang(value)) throw new UsageError((m) => m.usage.lang(value));
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
  if (result.ok && result.date.kind === 'fixed') {
    const example = formatIsoDay(result.date.last);
    throw new UsageError((m) => m.usage.dayTooCoarse(name, value, example));
  }
  const problem = result.ok ? undefined : result.problem;
  const kind =
    problem?.kind === 'nonexistent' ||
    problem?.kind === 'yearless' ||
    problem?.kind === 'placeholder'
      ? problem.kind
      : 'unreadable';
  const suggestion =
    problem?.kind === 'unreadable' && problem.suggestion !== undefined
      ? problem.suggestion
      : undefined;
  throw new UsageError((m) => m.usage.dayProblem(name, value, kind, suggestion));
}

export function parseCountOption(
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new UsageError((m) => m.usage.wholeNumber(name, value));
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
  throw new UsageError((m) => m.usage.oneOf('--format', Object.keys(table), value));
}

/**
 * `--warn-days`: `14`, `14 days`, `14天`, `5 workdays`, `5个工作日`. Not
 * given, undefined: each plan's `lights.due_soon_within` applies, else 14
 * days, so the flag has no default of its own that would hide the plan's.
 */
export function parseWarnOption(value: string | undefined): WarnSetting | undefined {
  if (value === undefined) return undefined;
  const window = parseWarnWindow(value);
  if (!window) throw new UsageError((m) => m.usage.warnWindow('--warn-days', value));
  return window;
}

/** `--max-bytes` and `--warn-days`, which every command that reads a plan takes. */
export function addPlanInputOptions(command: Command, { schedule = true } = {}): Command {
  command.option('--max-bytes <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES));
  if (schedule) {
    command.option(
      '--warn-days <n>',
      `due within this many days is due soon: 14, "5 workdays" (default: the plan's lights.due_soon_within, else ${DEFAULT_WARN_DAYS})`,
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

/**
 * One `--rule CODE:SEVERITY` (repeatable) added to those before it; a later
 * one for the same code wins. An unknown code or severity is a usage error
 * naming the nearest.
 */
export function parseRuleOption(
  value: string,
  previous: Readonly<Partial<Record<DiagnosticCode, RuleLevel>>> | undefined,
): Partial<Record<DiagnosticCode, RuleLevel>> {
  const colon = value.lastIndexOf(':');
  const code = colon < 0 ? value : value.slice(0, colon);
  const level = colon < 0 ? '' : value.slice(colon + 1);
  if (!isDiagnosticCode(code)) {
    const near = closest(code, allCodes);
    throw new UsageError((m) => m.usage.ruleCode(code, near));
  }
  if (!(ruleLevels as readonly string[]).includes(level)) {
    throw new UsageError((m) => m.usage.ruleLevel(code));
  }
  return { ...previous, [code]: level as RuleLevel };
}
