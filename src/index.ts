/**
 * plan-compiler as a library: the pipeline `plan` runs, for programs.
 *
 * ```ts
 * import { checkFiles, compilePlan, formatters } from 'plan-compiler';
 * const result = await checkFiles(['plans/'], { today: '2024-06-30' });
 * const json = (await formatters.check.json())(
 *   { diagnostics: result.diagnostics, files: result.summary.files, sources: result.sources },
 *   { lang: result.lang, color: false, version: '' },
 * );
 * ```
 *
 * Every call takes "today" as a parameter and never reads the clock, the
 * environment or standard input on its own. The CLI (`bin/plan.js`) is a
 * thin client of the same pipeline, so a call gives the diagnostics
 * `plan check` prints.
 */

/**
 * Checks plan files as `plan check FILES…` does: folders walked for plans,
 * globs expanded, `!pattern`, `.planignore` and each plan's
 * `plan.config.yaml` applied. Resolves to every diagnostic, a summary and
 * the exit code the CLI would give; never rejects for a problem in a plan.
 */
export { checkFiles } from './api/check-files.js';
export type { CheckFilesOptions, CheckFilesResult, CheckSummary } from './api/check-files.js';

/**
 * Compiles one plan's text: the resolved plan (when it can be modelled) and
 * every diagnostic `plan check` gives for it. Pure: reads no file.
 */
export { compilePlan } from './api/compile-plan.js';
export type { CompiledPlan, CompilePlanOptions } from './api/compile-plan.js';

/**
 * Reads a project config (`plan.config.yaml`), or with `from: 'plan'` finds
 * the one that governs a plan; gives its settings for `compilePlan` and its
 * problems as diagnostics.
 */
export { loadConfig } from './api/load-config.js';
export type { LoadConfigOptions, ProjectConfig } from './api/load-config.js';

/**
 * Loads one plan for views, as `plan table` and the other views do: its
 * config applied, its errors found; refuses a plan that cannot be modelled,
 * and with `strict` one with errors.
 */
export { loadPlan } from './api/load-plan.js';
export type { LoadPlanOptions, PlanLoad } from './api/load-plan.js';

/** Every view of a plan as of a day: table rows, overdue items, report summary, timeline, checklist, calendar events. */
export { buildViews } from './api/build-views.js';
export type { PlanViews } from './api/build-views.js';

/** Every output format by view and name, each loaded when first used. */
export { formatters } from './api/formatters.js';

/** Options shared by the calls above. */
export type { JudgeOptions, ReadOptions, RuleLevels } from './api/settings.js';

// The types the calls take and give, from the stages that define them.
/** A language of messages and views. */
export type { Lang } from './i18n/lang.js';
/** A problem found, placed and worded; `fix` when it has a certain one. */
export type { Diagnostic, DiagnosticFix } from './diagnostics/types.js';
/** A diagnostic's code and severity. */
export type { DiagnosticCode, Severity } from './diagnostics/codes.js';
/** A project config's settings. */
export type { FileConfig } from './config/file-config.js';
/** The resolved plan. */
export type { Plan, Task, Phase, Goal, Milestone, TaskStatus } from './model/types.js';
/** What the check formatters take. */
export type {
  CheckFormatOptions,
  CheckFormatter,
  CheckReport,
} from './render/check/types.js';
/** A check format's name. */
export type { CheckFormat } from './render/check/formatters.js';
/** The views `buildViews` builds. */
export type { TableView, TableRow } from './views/table-rows.js';
export type { OverdueList, OverdueItem } from './views/overdue-items.js';
export type { ReportSummary } from './views/report-summary.js';
export type { Timeline, TimelineRow } from './views/timeline.js';
export type { ChecklistView } from './views/checklist-groups.js';
export type { CalendarView, CalendarEvent } from './views/calendar-events.js';
/** A calendar day, as days since 1970-01-01 (UTC); views give dates this way. */
export type { Day } from './dates/types.js';
