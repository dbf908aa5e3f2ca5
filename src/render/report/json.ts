/**
 * `plan report --format json`: the report's figures for dashboards, in the
 * shape of `json-contract.ts` (and `schemas/report.schema.json`).
 *
 * Every figure is read from the same `ReportSummary` the term, Markdown and
 * HTML pages lay out, never worked out again, so the JSON and the printed
 * page cannot disagree; `items` are `plan overdue --format json`'s items,
 * made by the same function. Dates are language-neutral and our own words
 * are absent, so `--lang` changes nothing but the errors' messages.
 */
import { formatIsoDay } from '../../dates/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Measurement } from '../../model/types.js';
import type { ReportSummary, TargetRow, UnitLoad } from '../../views/report-summary.js';
import { errorsJson } from '../errors-note.js';
import { jsonDate, overdueJsonItem } from '../overdue/json.js';
import { escapeJsonControls } from '../sanitize.js';
import type { ReportJson } from './json-contract.js';

export interface ReportJsonOptions {
  /** The plan file as named on the command line. */
  readonly file: string;
  readonly errors?: readonly Diagnostic[];
}

export function renderReportJson(summary: ReportSummary, options: ReportJsonOptions): string {
  const { tasks } = summary;
  const document: ReportJson = {
    asOf: formatIsoDay(summary.asOf),
    plan: {
      title: summary.title,
      issuer: summary.issuer,
      documentNo: summary.documentNo,
      issued: jsonDate(summary.issued),
      period:
        summary.periodStart || summary.periodEnd
          ? { start: jsonDate(summary.periodStart), end: jsonDate(summary.periodEnd) }
          : null,
      file: options.file,
    },
    tasks: {
      total: tasks.total,
      all: summary.taskCount,
      byStatus: { ...tasks.byStatus },
      byLight: { ...tasks.byLight },
      doneLate: tasks.doneLate,
    },
    units: summary.units.map(unitJson),
    targets: summary.goals.flatMap((goal) => goal.targets.map(targetJson)),
    items: summary.overdue.items.map(overdueJsonItem),
    errors: errorsJson(options.errors),
  };
  return `${escapeJsonControls(JSON.stringify(document, null, 2))}\n`;
}

function unitJson(load: UnitLoad): ReportJson['units'][number] {
  return {
    unit: load.name,
    lead: load.leads,
    support: load.supports,
    open: load.open,
    overdue: load.overdue,
    doneLate: load.doneLate,
  };
}

function targetJson(row: TargetRow): ReportJson['targets'][number] {
  return {
    goal: row.goal,
    metric: row.metric,
    target: row.target,
    kind: row.kind,
    value: row.value,
    upper: row.upper,
    unit: row.unit,
    due: jsonDate(row.due),
    actual: row.latest ? readingJson(row.latest) : null,
    state: row.state,
    light: row.light === 'grey' ? null : row.light,
  };
}

function readingJson(reading: Measurement): NonNullable<ReportJson['targets'][number]['actual']> {
  return {
    value: reading.value.number ?? null,
    unit: reading.value.unit,
    written: reading.value.written,
    achieved: reading.achieved ?? null,
    date: jsonDate(reading.date),
  };
}
