import { escapeJsonControls } from '../sanitize.js';
/**
 * `plan overdue --format json`, the contract of DESIGN.md:
 * `{"asOf", "items": [{"kind", "id", "no", "title", "lead", "due",
 * "daysLate", "light", "reason"}]}`.
 *
 * - `lead` is an array of unit names, as `lead` is in the table contract
 *   (`"lead": []`): names may contain the separator a joined string would use.
 * - `reason` is the worst reason's machine code (overdue, target-at-risk,
 *   behind-schedule, late-to-start, due-soon), the same code `plan check`
 *   reports.
 * - `due` is the date at the precision it was written, in the canonical
 *   form (`2023-06`, `2023-H1`, `2023-Q3`, `2023`, `2023-06-30`, `ongoing`),
 *   whatever language the plan wrote it in.
 * - `daysLate` is signed: positive = days late, 0 = due today, negative =
 *   days left; `id`, `no`, `due` and `daysLate` are null when absent.
 * - `errors` lists the plan's errors as `plan check --format json` does
 *   (empty for a clean plan).
 * The output is language-independent, so `--lang` does not change it (but
 * for the errors' messages).
 */
import { formatIsoDay, formatPlanDate } from '../../dates/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { OverdueList } from '../../views/overdue-items.js';
import { errorsJson } from '../errors-note.js';

export function renderOverdueJson(
  list: OverdueList,
  options: { readonly errors?: readonly Diagnostic[] } = {},
): string {
  const document = {
    asOf: formatIsoDay(list.asOf),
    items: list.items.map((item) => ({
      kind: item.kind,
      id: item.id,
      no: item.no,
      title: item.title,
      lead: [...item.lead],
      due: item.due
        ? item.due.date
          ? formatPlanDate(item.due.date, 'en')
          : item.due.written
        : null,
      daysLate: item.daysLate,
      light: item.light,
      reason: item.reason,
    })),
    errors: errorsJson(options.errors),
  };
  return `${escapeJsonControls(JSON.stringify(document, null, 2))}\n`;
}
