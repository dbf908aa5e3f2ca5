/**
 * The contract of `plan report --format json`, written once: the renderer's
 * output is typed by it (`ReportJson`), and `schemas/report.schema.json` is
 * generated from it (`plan schema report`, `npm run schema`), so the
 * renderer, the schema and a dashboard that validates against it can never
 * disagree. Every key is always there; what does not apply is null.
 *
 * Machine codes are enums; diagnostic codes are left a string, because the
 * set grows with every release and a dashboard should not break on a new one.
 */
import * as z from 'zod/mini';
import { targetStatuses } from '../../analyze/target-state.js';
import type { TargetKind } from '../../model/types.js';
import { overdueReasons } from '../../views/overdue-items.js';
import { lightOrder } from '../../views/report-summary.js';

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.meta({ description })) as T;

const count = z.int().check(z.minimum(0));
const text = z.string();
const nullableText = z.nullable(z.string());
/** A date at its written precision: `2024`, `2024-06`, `2024-Q3`, `2024-06-30`, `ongoing`. */
const planDate = describe(
  z.nullable(z.string()),
  'A date at the precision it was written, language-neutral (2024, 2024-H1, 2024-Q3, 2024-06, 2024-06-21/30, 2024-06-30, ongoing); as written when it could not be read; null when absent',
);
const light = z.nullable(z.enum(lightOrder));
const days = (minimum: number) => z.nullable(z.int().check(z.minimum(minimum)));
const targetKinds = [
  'at-least',
  'at-most',
  'about',
  'range',
  'words',
  'not-computable',
] as const satisfies readonly TargetKind[];

const lightCounts = z.strictObject({ red: count, yellow: count, blue: count, green: count });

const unitRow = z.strictObject({
  unit: describe(text, 'The registry name, else the name as first written'),
  lead: describe(count, 'Leaf tasks the unit leads'),
  support: describe(count, 'Leaf tasks the unit supports (and does not also lead)'),
  open: describe(count, 'Of those, not done or dropped'),
  overdue: describe(count, 'Of those, overdue'),
  doneLate: describe(count, 'Of those, done after their due date'),
});

const reading = z.strictObject({
  value: describe(z.nullable(z.number()), 'The figure, null for a reading in words'),
  unit: describe(text, 'The figure’s unit as written (%, 天, 项); empty for none'),
  written: describe(text, 'The reading as written; empty when it only says achieved'),
  achieved: describe(z.nullable(z.boolean()), '`achieved:` when the plan gives it, else null'),
  date: planDate,
});

const targetRow = z.strictObject({
  goal: describe(text, 'The id of the goal the target belongs to'),
  metric: text,
  target: describe(text, 'The target as written: >= 30%, 7.2天左右, 实现'),
  kind: z.enum(targetKinds),
  value: describe(
    z.nullable(z.number()),
    'The figure compared with (a range’s lower end); null when there is none',
  ),
  upper: describe(z.nullable(z.number()), 'A range’s upper end; null for every other kind'),
  unit: describe(text, 'The target’s unit; empty for none'),
  due: planDate,
  actual: describe(z.nullable(reading), 'The latest reading, null when there is none'),
  state: z.enum(targetStatuses),
  light: describe(light, 'Null for unknown and not computable: they carry no light'),
});

const overdueItem = z.strictObject({
  kind: z.enum(['task', 'phase', 'milestone', 'target']),
  id: nullableText,
  no: nullableText,
  title: text,
  lead: z.array(text),
  due: describe(
    planDate,
    'As written; for a recurring duty, its next occurrence’s day (2024-07-12), whose period is `occurrence`',
  ),
  occurrence: describe(
    nullableText,
    'A recurring duty’s next occurrence, whose day `due` is: 2024-07, 2024-Q2, 2024-H1, 2024, or a weekly duty’s day 2024-07-12; null otherwise',
  ),
  missed: describe(
    z.array(text),
    'A recurring duty’s missed occurrences, oldest first (2024-04, 2024-Q2); empty otherwise',
  ),
  daysOverdue: days(1),
  daysLeft: days(0),
  daysLateToStart: days(1),
  daysDoneLate: days(1),
  light,
  reason: z.enum(overdueReasons),
  reasons: z.array(z.enum(overdueReasons)).check(z.minLength(1)),
});

const diagnostic = z.strictObject({
  file: text,
  line: count,
  column: count,
  endLine: count,
  endColumn: count,
  severity: z.enum(['error', 'warning', 'info']),
  code: text,
  message: text,
  path: text,
  suggestion: z.optional(text),
});

export const reportJsonContract = z.strictObject({
  asOf: describe(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    'The day the plan is judged by (--today)',
  ),
  plan: z.strictObject({
    title: text,
    issuer: nullableText,
    documentNo: nullableText,
    issued: planDate,
    period: describe(
      z.nullable(z.strictObject({ start: planDate, end: planDate })),
      'The plan’s period; null when it gives neither end',
    ),
    file: describe(text, 'The file as named on the command line; <stdin> for -'),
  }),
  tasks: z.strictObject({
    total: describe(count, 'Leaf tasks (tasks without sub-tasks): what the counts are over'),
    all: describe(count, 'All tasks, parents included'),
    byStatus: z.strictObject({
      todo: count,
      doing: count,
      done: count,
      blocked: count,
      dropped: count,
    }),
    byLight: describe(lightCounts, 'Open leaf tasks by light; done and dropped ones have none'),
    doneLate: describe(count, 'Leaf tasks done after their due date'),
  }),
  units: describe(
    z.array(unitRow),
    'Each unit’s load over leaf tasks, most overdue first, then most open',
  ),
  targets: describe(z.array(targetRow), 'Every target of every goal, in plan order'),
  items: describe(
    z.array(overdueItem),
    'The whole list of plan overdue --format json, in its order (worst first)',
  ),
  errors: describe(z.array(diagnostic), 'The plan’s errors, as plan check --format json has them'),
});

export type ReportJson = z.infer<typeof reportJsonContract>;

/** `schemas/report.schema.json`. */
export function reportJsonSchema(): string {
  const schema = z.toJSONSchema(reportJsonContract, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
