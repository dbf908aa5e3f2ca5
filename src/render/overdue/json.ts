import { escapeJsonControls } from '../sanitize.js';
/**
 * `plan overdue --format json`, the contract of DESIGN.md (revised):
 * `{"asOf", "items": [{"kind", "id", "no", "title", "lead", "due",
 * "daysOverdue", "daysLeft", "daysLateToStart", "daysDoneLate", "light",
 * "reason", "reasons"}]}`.
 *
 * - `lead` is an array of unit names, as `lead` is in the table contract
 *   (`"lead": []`): names may contain the separator a joined string would use.
 * - `reason` is the worst reason's machine code (overdue, target-at-risk,
 *   behind-schedule, late-to-start, due-soon), the same code `plan check`
 *   reports.
 * - `due` is the date at the precision it was written, in the canonical
 *   form (`2023-06`, `2023-H1`, `2023-Q3`, `2023`, `2023-06-30`, `ongoing`),
 *   whatever language the plan wrote it in; for a recurring duty, its next
 *   occurrence's day, whose period is `occurrence` (null otherwise).
 * - `missed`: a recurring duty's missed periods, oldest first (`2024-04`,
 *   `2024-Q2`); empty for anything else.
 * - One meaning per number: days overdue, days left (0 = due today), days
 *   late to start and days done late are separate, each null when it does
 *   not apply; `id`, `no` and `due` are null when absent.
 * - `light` is red, yellow, blue or green; null for work done late, which
 *   carries no light (已办结).
 * - `reasons`: every reason, worst first; `reason` is the first.
 * - `errors` lists the plan's errors as `plan check --format json` does
 *   (empty for a clean plan).
 * The output is language-independent, so `--lang` does not change it (but
 * for the errors' messages).
 */
import { formatIsoDay, formatPlanDate } from '../../dates/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { DateField } from '../../model/types.js';
import type { OverdueItem, OverdueList } from '../../views/overdue-items.js';
import { errorsJson } from '../errors-note.js';

export function renderOverdueJson(
  list: OverdueList,
  options: { readonly errors?: readonly Diagnostic[] } = {},
): string {
  const document = {
    asOf: formatIsoDay(list.asOf),
    items: list.items.map(overdueJsonItem),
    errors: errorsJson(options.errors),
  };
  return `${escapeJsonControls(JSON.stringify(document, null, 2))}\n`;
}

/** One item of the list as JSON; `plan report --format json` carries the same objects. */
export function overdueJsonItem(item: OverdueItem) {
  return {
    kind: item.kind,
    id: item.id,
    no: item.no,
    title: item.title,
    lead: [...item.lead],
    due: jsonDate(item.due),
    occurrence: item.occurrence ?? null,
    missed: item.details.missed ? [...item.details.missed] : [],
    daysOverdue: item.daysOverdue,
    daysLeft: item.daysLeft,
    daysLateToStart: item.daysLateToStart,
    daysDoneLate: item.daysDoneLate,
    light: item.light === 'grey' ? null : item.light,
    reason: item.reason,
    reasons: [...item.reasons],
  };
}

/**
 * A date in JSON: at the precision it was written, in the canonical form
 * whatever the plan's language; as written when it could not be read; null
 * when absent.
 */
export function jsonDate(field: DateField | null | undefined): string | null {
  if (!field) return null;
  return field.date ? formatPlanDate(field.date, 'en') : field.written;
}
