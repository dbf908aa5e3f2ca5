/**
 * The due-soon window (预警期): how far ahead of a due date an item is due
 * soon. Calendar days by default (`--warn-days 14`); an office that counts
 * 工作日 writes `5 workdays` (`5个工作日`), counted on China's official
 * calendar (`workdays.ts`: 调休 make-up days count, holidays do not), so
 * that a window over 国庆 reaches past the holiday as the office reckons it.
 *
 * The same forms are read from the flag, a plan's `lights.due_soon_within`
 * and a project config's `lights:` block.
 */
import type { Day } from './types.js';
import { addWorkdays } from './workdays.js';

export interface WarnWindow {
  readonly count: number;
  /** Working days on China's official calendar, not calendar days. */
  readonly workdays: boolean;
}

/**
 * A window as callers give it: a number is calendar days (the library's
 * `warnDays: 14`, as before working days were asked for).
 */
export type WarnSetting = number | WarnWindow;

export const defaultWarnWindow: WarnWindow = { count: 14, workdays: false };

/** The forms accepted, for messages: one list, so every message names the same. */
export const warnWindowForms = ['14', '14 days', '14天', '5 workdays', '5个工作日'] as const;

// Compiled once: read per flag, per plan and per repeat rule, never per task.
const dayCountPattern =
  /^(\d{1,5})\s*(?:(days?|calendar\s+days?|天|日|个自然日|個自然日|自然日)|(workdays?|working\s+days?|business\s+days?|个工作日|個工作日|工作日))?$/i;

/**
 * A count of days as plans write one: `14 days`, `14天`, `5 workdays`,
 * `5个工作日`, or a bare `14`; `unit` says whether a unit was written (a
 * repeat's `within` needs one, the due-soon window does not). Undefined
 * for anything else. The one reading of both, so they accept the same words.
 */
export function readDayCount(text: string): (WarnWindow & { readonly unit: boolean }) | undefined {
  const match = dayCountPattern.exec(text.trim());
  if (!match) return undefined;
  return {
    count: Number(match[1]),
    workdays: match[3] !== undefined,
    unit: match[2] !== undefined || match[3] !== undefined,
  };
}

/** `14`, `14 days`, `14天`, `5 workdays`, `5个工作日`; undefined for anything else. */
export function parseWarnWindow(value: string | number): WarnWindow | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? { count: value, workdays: false } : undefined;
  }
  const count = readDayCount(value);
  return count && { count: count.count, workdays: count.workdays };
}

export function warnWindow(setting: WarnSetting): WarnWindow {
  return typeof setting === 'number' ? { count: setting, workdays: false } : setting;
}

/**
 * The last day that is due soon as of `today`: `count` calendar days on, or
 * the `count`th working day after today. A due date from today to this day
 * (both included) is due soon; so with `3 workdays` on Fri 2024-09-27 the
 * window runs to Tue 10/8 (Sun 9/29 调休, Mon 9/30, then 国庆 off to 10/7).
 */
export function dueSoonUntil(today: Day, window: WarnWindow): Day {
  return window.workdays ? addWorkdays(today, window.count) : today + window.count;
}
