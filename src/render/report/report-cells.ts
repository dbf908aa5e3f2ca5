/**
 * The report's rows as plain words in a language, shared by its renderers:
 * the lines under the title, a unit's load, a target's row. Control
 * characters in plan text are made visible (see `plainText`); each renderer
 * escapes the words for its medium.
 */
import { formatDay } from '../../dates/index.js';
import { sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { reportLabels } from '../../i18n/report-labels.js';
import type { Measurement } from '../../model/types.js';
import type {
  GoalSummary,
  ReportSummary,
  TargetRow,
  UnitLoad,
} from '../../views/report-summary.js';
import { statusOrder } from '../../views/report-summary.js';
import { formatDueField, plainText } from '../overdue/item-cells.js';

/** Issuer, document number, issue date and period, each when the plan gives it. */
export function subtitleParts(summary: ReportSummary, lang: Lang): string[] {
  const labels = reportLabels(lang);
  const parts: string[] = [];
  if (summary.issuer) parts.push(plainText(summary.issuer));
  if (summary.documentNo) parts.push(plainText(summary.documentNo));
  if (summary.issued) parts.push(labels.issued(formatDueField(summary.issued, lang)));
  if (summary.periodStart && summary.periodEnd) {
    parts.push(
      labels.period(
        formatDueField(summary.periodStart, lang),
        formatDueField(summary.periodEnd, lang),
      ),
    );
  }
  return parts;
}

export function asOfText(summary: ReportSummary, lang: Lang): string {
  return reportLabels(lang).asOf(formatDay(summary.asOf, lang));
}

export function statusHeader(lang: Lang): string[] {
  const shared = sharedLabels(lang);
  return [...statusOrder.map((status) => shared.status[status]), reportLabels(lang).total];
}

export function statusCounts(summary: ReportSummary): string[] {
  return [
    ...statusOrder.map((status) => String(summary.tasks.byStatus[status])),
    String(summary.tasks.total),
  ];
}

/** The unit table's columns, in order; header and cells are both read from it. */
export const unitColumns = ['unit', 'leads', 'supports', 'open', 'overdue', 'doneLate'] as const;

export function unitHeader(lang: Lang): string[] {
  const { unitColumn } = reportLabels(lang);
  return unitColumns.map((column) => unitColumn[column]);
}

export function unitCells(load: UnitLoad): string[] {
  return unitColumns.map((column) =>
    column === 'unit' ? plainText(load.name) : String(load[column]),
  );
}

export function goalHeading(goal: GoalSummary, lang: Lang): string {
  const due = goal.due ? formatDueField(goal.due, lang) : undefined;
  return plainText(reportLabels(lang).goal(goal.id, goal.title, due));
}

/** The target table's header after its light column. */
export function targetHeader(lang: Lang): string[] {
  const { targetColumn } = reportLabels(lang);
  return [
    targetColumn.metric,
    targetColumn.baseline,
    targetColumn.latest,
    targetColumn.target,
    targetColumn.nature,
    targetColumn.status,
  ];
}

/** A target's cells after its light column. */
export function targetCells(row: TargetRow, lang: Lang): string[] {
  const labels = reportLabels(lang);
  const shared = sharedLabels(lang);
  return [
    plainText(row.metric),
    reading(row.baseline, lang),
    reading(row.latest, lang),
    row.reference
      ? plainText(labels.withReference(labels.targetValue(row.target), row.reference.value.written))
      : plainText(labels.targetValue(row.target)),
    row.nature ? labels.nature[row.nature] : '',
    shared.target[row.state],
  ];
}

/** The light cell of a target: no data and not computable carry none. */
export function targetLightText<T>(
  row: TargetRow,
  lightText: (light: NonNullable<TargetRow['light']>) => T,
  lang: Lang,
): T | string {
  return row.light ? lightText(row.light) : sharedLabels(lang).none;
}

function reading(measurement: Measurement | null, lang: Lang): string {
  if (!measurement) return '';
  const labels = reportLabels(lang);
  const date = measurement.date ? formatDueField(measurement.date, lang) : undefined;
  const value =
    measurement.value.written === '' && measurement.achieved !== undefined
      ? labels.achieved(measurement.achieved)
      : measurement.value.written;
  return plainText(labels.reading(value, date));
}
