/**
 * What every library call shares: the day judged by, the warning window,
 * the size limit, and how a caller's plain values become the pipeline's.
 * A library never reads the clock or the environment on its own: "today" is
 * required, and the environment's language is used only when passed.
 */
import type { RuleLevel } from '../config/rule-levels.js';
import { parsePlanDate } from '../dates/parse-plan-date.js';
import type { Day } from '../dates/types.js';
import { parseWarnWindow, type WarnSetting } from '../dates/warn-window.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/defaults.js';

/** Options every call that judges a plan takes. */
export interface JudgeOptions {
  /**
   * The day lateness is judged by, `YYYY-MM-DD` (or any day-precise form a
   * plan may write: `2024年6月30日`). Required: a library never guesses it.
   */
  readonly today: string;
  /**
   * The due-soon window, as `--warn-days` takes it: a number of calendar
   * days, or `14 days`, `14天`, `5 workdays`, `5个工作日`. Left out, each
   * plan's `lights.due_soon_within` applies, else 14 days, as `plan check`.
   */
  readonly warnDays?: number | string;
  /** The language of every message, over each plan's `locale` and its config's `lang`. */
  readonly lang?: Lang;
  /**
   * Environment variables `LANG`/`LC_ALL` are read from when neither `lang`,
   * a plan's `locale` nor its config names a language; by default none (so
   * messages are in English), never `process.env` unless passed.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Options of calls that read files. */
export interface ReadOptions {
  /** The folder names are relative to and reported relative to; default `process.cwd()`. */
  readonly cwd?: string;
  /** Larger files are refused with `input-too-large`; default 10 MB, as `plan check`. */
  readonly maxBytes?: number;
}

/** Codes set to a level over every config, as `plan check --rule code:level`. */
export type RuleLevels = Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>;

/** The plain values of a call, checked, as the pipeline takes them. */
export function judgeSettings(options: JudgeOptions): {
  today: Day;
  warnDays?: WarnSetting;
  lang?: Lang;
  env: Readonly<Record<string, string | undefined>>;
} {
  const warnDays = options.warnDays === undefined ? undefined : parseWarnWindow(options.warnDays);
  if (options.warnDays !== undefined && warnDays === undefined) {
    throw new RangeError(
      `warnDays must be a whole number ≥ 0 or a window such as "5 workdays", not ${options.warnDays}`,
    );
  }
  if (options.lang !== undefined && !isLang(options.lang)) {
    throw new RangeError(`lang must be zh-CN, zh-TW or en, not ${String(options.lang)}`);
  }
  return {
    today: parseToday(options.today),
    ...(warnDays !== undefined ? { warnDays } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    env: options.env ?? {},
  };
}

/** Where files are read from, and how large they may be. */
export function readSettings(options: ReadOptions): { cwd: string; maxBytes: number } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a whole number ≥ 0, not ${maxBytes}`);
  }
  return { cwd: options.cwd ?? process.cwd(), maxBytes };
}

/** A day, as `--today` reads one: a coarser date has no one day to judge by. */
function parseToday(value: string): Day {
  const result = typeof value === 'string' ? parsePlanDate(value) : undefined;
  if (result?.ok && result.date.kind === 'fixed' && result.date.precision === 'day') {
    return result.date.first;
  }
  throw new RangeError(`today must be a day such as 2024-06-30, not ${JSON.stringify(value)}`);
}
