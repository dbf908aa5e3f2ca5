import { chooseLang, type Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import { type CalendarView, calendarEvents } from '../views/calendar-events.js';
import {
  buildChecklistView,
  type ChecklistGroupBy,
  type ChecklistView,
} from '../views/checklist-groups.js';
import { type OverdueList, overdueItems } from '../views/overdue-items.js';
import { type ReportSummary, reportSummary } from '../views/report-summary.js';
import { buildTableView, type TableView, type TableViewOptions } from '../views/table-rows.js';
import { buildTimeline, type Timeline, type TimelineOptions } from '../views/timeline.js';
import { type JudgeOptions, judgeSettings } from './settings.js';

/** Every view of one plan as of one day; each is built when asked for. */
export interface PlanViews {
  /** The 分工表: one row per task (`plan table`). */
  readonly table: (options?: Pick<TableViewOptions, 'columns' | 'filter'>) => TableView;
  /** What is late or due soon, with its light (`plan overdue`). */
  readonly overdue: () => OverdueList;
  /** Counts, lights, targets and urgent items (`plan report`). */
  readonly report: () => ReportSummary;
  /** The Gantt rows and axis (`plan timeline`). */
  readonly timeline: (options?: Pick<TimelineOptions, 'scale' | 'from' | 'to'>) => Timeline;
  /** Tasks grouped by phase, goal or unit (`plan checklist`); by phase unless said. */
  readonly checklist: (options?: { groupBy?: ChecklistGroupBy; unit?: string }) => ChecklistView;
  /** Calendar events of due dates and occurrences (`plan export --format ics`). */
  readonly calendar: () => CalendarView;
}

/**
 * Every view of a plan as of a day, each built when asked for: table rows,
 * overdue items, the report summary, the timeline, the checklist, calendar
 * events. Words follow `lang`, else the plan's `locale`. Render them with
 * `formatters`.
 */
export function buildViews(plan: Plan, options: JudgeOptions): PlanViews {
  const { today, warnDays, lang: flagLang, env } = judgeSettings(options);
  // The views' words follow the plan's own locale unless `lang` says otherwise, as the CLI's do.
  const lang: Lang = chooseLang(flagLang, plan.meta.locale, env);
  const asOf = { today, warnDays };
  return {
    table: (more = {}) => buildTableView(plan, { lang, ...asOf, ...more }),
    overdue: () => overdueItems(plan, asOf),
    report: () => reportSummary(plan, asOf),
    timeline: (more = {}) => buildTimeline(plan, { ...asOf, ...more }),
    checklist: (more = {}) =>
      buildChecklistView(plan, { lang, ...asOf, ...more, groupBy: more.groupBy ?? 'phase' }),
    calendar: () => calendarEvents(plan, { today }),
  };
}
