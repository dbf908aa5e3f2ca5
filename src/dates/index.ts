// The date-fns rules (addMonths, isoWeek …) are in calendar-rules.ts, imported
// from there by the views, so that `plan check` does not load date-fns.
export {
  type Civil,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatIsoDay,
  isLeapYear,
  isValidCivil,
  lastDayOfMonth,
  parseIsoDay,
  startOfMonth,
  todayFromClock,
  weekday,
} from './calendar.js';
export { daysBetween, dueDay, startDay } from './compare.js';
export { formatDay, formatPlanDate } from './format-plan-date.js';
export { parsePlanDate } from './parse-plan-date.js';
export { periodEndContext, periodYearContext } from './year-context.js';
export type {
  DateLocale,
  DateParseResult,
  DateProblem,
  Day,
  FixedDate,
  OngoingDate,
  PlanDate,
  Precision,
  YearContext,
  YearlessProblem,
  YearlessReason,
} from './types.js';
