export {
  addMonths,
  type Civil,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatIsoDay,
  type IsoWeek,
  isLeapYear,
  isoWeek,
  isValidCivil,
  lastDayOfMonth,
  parseIsoDay,
  startOfIsoWeek,
  startOfMonth,
  startOfQuarter,
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
