/**
 * A recurrence rule as an iCalendar RRULE value (RFC 5545 §3.3.10), for an
 * all-day series whose DTSTART is its first occurrence. Each form of
 * `repeat` maps to the plainest rule a calendar app offers to edit:
 *
 * - weekly: `FREQ=WEEKLY;BYDAY=FR`;
 * - months evenly spaced (every month, quarter, half-year):
 *   `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1`, counted from DTSTART, which
 *   lies in one of the months;
 * - other months (`months: [6, 12]`, yearly): `FREQ=YEARLY;BYMONTH=6,12;…`;
 * - the day: `BYMONTHDAY=-1` for the month end, else the day itself; the
 *   view has already turned day 31 into the month end and lists the
 *   Februaries a day 29 or 30 falls back to (`calendar-events.ts`).
 *
 * The bound (UNTIL) is the caller's: it is a date in the file's format.
 */
import type { Recurrence } from '../../model/types.js';

const byDay = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The rule's parts, `FREQ` first, unbounded. */
export function rrule(rule: Recurrence): string[] {
  return rule.every === 'week'
    ? ['FREQ=WEEKLY', `BYDAY=${byDay[(rule.weekday ?? 1) - 1]}`]
    : monthly(rule);
}

function monthly(rule: Recurrence): string[] {
  const { months } = rule;
  const byMonthDay = `BYMONTHDAY=${rule.day ?? -1}`;
  const step = evenStep(months);
  if (step === 1) return ['FREQ=MONTHLY', byMonthDay];
  if (step !== undefined) return ['FREQ=MONTHLY', `INTERVAL=${step}`, byMonthDay];
  // ical.js expands FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 to 1 or 2 March
  // instead of skipping it; FREQ=MONTHLY skips it, as RFC 5545 says.
  const skipsFebruary = rule.day !== undefined && rule.day > 28 && months.includes(2);
  return [
    skipsFebruary ? 'FREQ=MONTHLY' : 'FREQ=YEARLY',
    `BYMONTH=${months.join(',')}`,
    byMonthDay,
  ];
}

/** 3 for 3, 6, 9, 12 (or 1, 4, 7, 10); undefined unless the months split the year evenly. */
function evenStep(months: readonly number[]): number | undefined {
  const n = months.length;
  if (n < 2 || 12 % n !== 0) return undefined;
  const step = 12 / n;
  return months.every((month, i) => month === months[0]! + i * step) ? step : undefined;
}
