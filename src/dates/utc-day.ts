/**
 * A bridge between the model's day numbers and date-fns.
 *
 * date-fns reads and writes a `Date` through its local-time methods
 * (`getDate`, `setMonth` …), which answer in the process's time zone: the
 * same moment is 31 December in St John's and 1 January in Kiritimati, and
 * some zones skipped whole days (Kiritimati has no 1994-12-31). A `UtcDay`
 * answers those methods in UTC instead, and date-fns builds every new date
 * from it with `constructDateFrom`, so a calendar rule computed through it
 * gives the same day under any `TZ`. It is @date-fns/utc's `UTCDate` reduced
 * to what the calendar rules use.
 */
import { constructFromSymbol } from 'date-fns/constants';
import type { Day } from './types.js';

const MS_PER_DAY = 86_400_000;

class UtcDay extends Date {
  [constructFromSymbol](value: Date | number | string): UtcDay {
    return new UtcDay(+new Date(value));
  }
  override getTimezoneOffset(): number {
    return 0;
  }
}

// Each local getter and setter (getDate, setFullYear …) becomes its UTC twin.
const localMethod = /^(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$/;
const prototype = UtcDay.prototype as unknown as Record<string, unknown>;
const datePrototype = Date.prototype as unknown as Record<string, unknown>;
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  const match = localMethod.exec(name);
  if (match) prototype[name] = datePrototype[`${match[1]}UTC${match[2]}`];
}

/** Midnight UTC of the day, as a date that date-fns reads in UTC. */
export function dateOfDay(day: Day): Date {
  return new UtcDay(day * MS_PER_DAY);
}

/** The day a date-fns result falls on (it is midnight UTC of it, or later that day). */
export function dayOfDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}
