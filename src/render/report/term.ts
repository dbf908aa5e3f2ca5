/**
 * `plan report` in the terminal: one page in sections, each a heading and a
 * small table, lights in colour. Plan text passes through `terminalLine`
 * (titles) or `termTable` (cells), so it can carry no control sequences.
 */
import type { Lang } from '../../i18n/lang.js';
import { reportLabels } from '../../i18n/report-labels.js';
import { shownLights, type ReportSummary } from '../../views/report-summary.js';
import { makeChalk } from '../colors.js';
import { type TermColumn, termTable } from '../formats/term-table.js';
import { overdueTermItems, termLightTexts } from '../overdue/term.js';
import { paintLightColumn, paintLightLabels } from '../overdue/paint-lights.js';
import { wrapToWidth } from '../formats/wrap-text.js';
import { terminalLine } from '../sanitize.js';
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
import { formatDay } from '../../dates/index.js';

/** A count: as wide as it needs, right-aligned, never wrapped. */
const figure: TermColumn = { align: 'right' };

export interface ReportTermOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly width: number;
}

export function renderReportTerm(summary: ReportSummary, options: ReportTermOptions): string {
  const { lang, width } = options;
  const labels = reportLabels(lang);
  const chalk = makeChalk(options.color);
  const lightTexts = termLightTexts(lang);
  const heading = (text: string): string => chalk.bold(text);
  // Lines of text wrap to the width as the tables do; nothing is cut.
  const wrap = (text: string): string => wrapToWidth(text, width).join('\n');
  const out: string[] = [
    wrapToWidth(terminalLine(summary.title), width)
      .map((line) => chalk.bold(line))
      .join('\n'),
  ];
  const subtitle = subtitleParts(summary, lang);
  if (subtitle.length > 0) out.push(wrap(terminalLine(subtitle.join(' · '))));
  out.push(asOfText(summary, lang), '');

  out.push(heading(labels.section.status));
  if (summary.tasks.total === 0) out.push(labels.noTasks);
  else {
    out.push(
      termTable(statusHeader(lang), [statusCounts(summary)], {
        width,
        columns: statusHeader(lang).map(() => figure),
      }),
      wrap(labels.countedLeaves(summary.tasks.total, summary.taskCount)),
    );
  }
  out.push('');

  out.push(heading(labels.section.lights));
  const lightTable = termTable(
    shownLights(summary.tasks.byLight).map((light) => lightTexts[light]),
    [shownLights(summary.tasks.byLight).map((light) => String(summary.tasks.byLight[light]))],
    { width, columns: shownLights(summary.tasks.byLight).map(() => figure) },
  );
  const { byStatus, doneLate } = summary.tasks;
  out.push(
    paintLightLabels(lightTable, lightTexts, chalk),
    wrap(labels.unlit(byStatus.done, byStatus.dropped, doneLate)),
    '',
  );

  out.push(heading(labels.section.units));
  if (summary.units.length === 0) out.push(labels.noUnits);
  else {
    out.push(
      termTable(unitHeader(lang), summary.units.map(unitCells), {
        width,
        columns: [{ weight: 1 }, figure, figure, figure, figure, figure],
      }),
    );
  }
  out.push('');

  out.push(heading(labels.section.goals));
  if (summary.goals.length === 0) out.push(labels.noGoals);
  for (const goal of summary.goals) {
    out.push(wrap(terminalLine(goalHeading(goal, lang))));
    if (goal.targets.length === 0) {
      out.push(labels.noTargets);
      continue;
    }
    const table = termTable(
      [labels.targetColumn.light, ...targetHeader(lang)],
      goal.targets.map((row) => [
        targetLightText(row, (light) => lightTexts[light], lang),
        ...targetCells(row, lang),
      ]),
      {
        width,
        columns: [{}, { weight: 3 }, { weight: 1 }, { weight: 1 }, { weight: 1 }, {}, {}],
      },
    );
    out.push(paintLightColumn(table, lightTexts, chalk));
  }
  out.push('');

  const { urgent, overdue } = summary;
  out.push(
    heading(
      urgent.length > 0
        ? labels.urgentHeading(urgent.length, overdue.items.length)
        : labels.section.urgent,
    ),
  );
  out.push(
    urgent.length > 0
      ? overdueTermItems(urgent, options)
      : labels.nothingUrgent(formatDay(summary.asOf, lang)),
  );
  return `${out.join('\n')}\n`;
}
