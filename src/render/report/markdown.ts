/**
 * `plan report --format md`: the one-page report as headings and GFM
 * tables. Plan text is escaped (`escapeInline` in headings, `markdownTable`
 * in cells); our own words carry no Markdown.
 */
import { formatDay } from '../../dates/index.js';
import type { Lang } from '../../i18n/lang.js';
import { reportLabels } from '../../i18n/report-labels.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { type ReportSummary, shownLights } from '../../views/report-summary.js';
import { escapeInline, guardLineStart, markdownTable } from '../formats/markdown.js';
import { markdownErrorsNote } from '../formats/markdown-errors.js';
import { plainText } from '../overdue/item-cells.js';
import { markdownLightText, overdueMarkdownTable } from '../overdue/markdown.js';
import {
  asOfText,
  goalHeading,
  statusCounts,
  statusHeader,
  subtitleParts,
  targetCells,
  targetHeader,
  targetLightText,
  unitCells,
  unitHeader,
} from './report-cells.js';

export interface ReportMarkdownOptions {
  readonly lang: Lang;
  /** The plan's errors, named under the title. */
  readonly errors?: readonly Diagnostic[];
}

export function renderReportMarkdown(
  summary: ReportSummary,
  options: ReportMarkdownOptions,
): string {
  const { lang } = options;
  const labels = reportLabels(lang);
  const out: string[] = [`# ${escapeInline(plainText(summary.title))}`, ''];
  const errors = markdownErrorsNote(options.errors, lang);
  if (errors) out.push(errors, '');
  const subtitle = subtitleParts(summary, lang).map(escapeInline);
  // The issuer may lead the line, so it must not read as a list or heading.
  out.push(guardLineStart([...subtitle, asOfText(summary, lang)].join(' · ')), '');

  out.push(`## ${labels.section.status}`, '');
  if (summary.tasks.total === 0) out.push(labels.noTasks, '');
  else {
    out.push(
      markdownTable(
        statusHeader(lang),
        [statusCounts(summary)],
        statusHeader(lang).map(() => 'right' as const),
      ),
      '',
      labels.countedLeaves(summary.tasks.total, summary.taskCount),
      '',
    );
  }

  out.push(`## ${labels.section.lights}`, '');
  out.push(
    markdownTable(
      shownLights(summary.tasks.byLight).map((light) => markdownLightText(light, lang)),
      [shownLights(summary.tasks.byLight).map((light) => String(summary.tasks.byLight[light]))],
      shownLights(summary.tasks.byLight).map(() => 'right' as const),
    ),
    '',
    labels.unlit(
      summary.tasks.byStatus.done,
      summary.tasks.byStatus.dropped,
      summary.tasks.doneLate,
    ),
    '',
  );

  out.push(`## ${labels.section.units}`, '');
  out.push(
    summary.units.length === 0
      ? labels.noUnits
      : markdownTable(unitHeader(lang), summary.units.map(unitCells), [
          'left',
          'right',
          'right',
          'right',
          'right',
          'right',
        ]),
    '',
  );

  out.push(`## ${labels.section.goals}`, '');
  if (summary.goals.length === 0) out.push(labels.noGoals, '');
  for (const goal of summary.goals) {
    out.push(`### ${escapeInline(goalHeading(goal, lang))}`, '');
    out.push(
      goal.targets.length === 0
        ? labels.noTargets
        : markdownTable(
            [labels.targetColumn.light, ...targetHeader(lang)],
            goal.targets.map((row) => [
              targetLightText(row, (light) => markdownLightText(light, lang), lang),
              ...targetCells(row, lang),
            ]),
          ),
      '',
    );
  }

  const { urgent, overdue } = summary;
  out.push(
    urgent.length > 0
      ? `## ${labels.urgentHeading(urgent.length, overdue.items.length)}`
      : `## ${labels.section.urgent}`,
    '',
    urgent.length > 0
      ? overdueMarkdownTable(urgent, lang)
      : labels.nothingUrgent(formatDay(summary.asOf, lang)),
  );
  return `${out.join('\n')}\n`;
}
