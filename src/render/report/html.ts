/**
 * `plan report --format html`: the report as one self-contained page that a
 * supervisor (督查督办) opens in any browser and prints. Nothing is fetched:
 * the stylesheet is inline, the fonts are the system's, there is no script,
 * and the only picture is the timeline as inline SVG. A Content Security
 * Policy says so too, so even a mistake here could not make the page load
 * anything or run anything.
 *
 * The page lays out three view models and decides nothing: the summary
 * (`reportSummary`), the task-division table (`buildTableView`, the same
 * cells as `plan table`) and the timeline (`buildTimeline`, drawn by the SVG
 * timeline renderer). Every piece of plan text goes through `escapeHtml` /
 * `htmlLines`; the rows' words come from `report-cells.ts` and
 * `overdue/item-cells.ts`, shared with the terminal and Markdown formats.
 *
 * The output is a pure function of its input: no clock, no random ids, the
 * same bytes on every run.
 */
import { targetStatuses } from '../../analyze/target-state.js';
import { formatDay } from '../../dates/index.js';
import { sharedLabels } from '../../i18n/labels.js';
import { lightLegendText } from '../../i18n/light-legend.js';
import type { Lang } from '../../i18n/lang.js';
import { overdueLabels } from '../../i18n/overdue-labels.js';
import { reportHtmlLabels, type UrgentKind } from '../../i18n/report-html-labels.js';
import { reportLabels } from '../../i18n/report-labels.js';
import { tableLabels } from '../../i18n/table-labels.js';
import type { OverdueItem } from '../../views/overdue-items.js';
import {
  type LitLight,
  lightOrder,
  shownLights,
  type ReportSummary,
  statusOrder,
} from '../../views/report-summary.js';
import type { TableView } from '../../views/table-rows.js';
import type { ScaleFit, Timeline } from '../../views/timeline.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { escapeHtml, htmlLine, htmlLines } from '../html.js';
import { formatDueField, itemCells, itemLightWord, usedDayColumns } from '../overdue/item-cells.js';
import { renderTimelineSvg } from '../timeline/svg.js';
import { ROW_HEIGHT, svgFits } from '../timeline/svg-layout.js';
import {
  goalHeading,
  targetCells,
  targetHeader,
  unitCells,
  unitColumns,
  unitHeader,
} from './report-cells.js';
import { PAGE_WIDTH_PX, reportCss, TIMELINE_WIDTH_PX } from './html-style.js';
import { dateHtml, type HtmlColumn, type HtmlRow, htmlTable, lightBadge } from './html-table.js';
import { errorsNoteCss, htmlErrorsNote } from './html-errors.js';
import { taskTableHtml } from './html-tasks.js';

/** What the page is drawn from: the views, each built once by the caller. */
export interface ReportPage {
  readonly summary: ReportSummary;
  /** The task-division table, unfiltered, every column. */
  readonly table: TableView;
  readonly timeline: Timeline;
}

export interface ReportHtmlOptions {
  readonly lang: Lang;
  /** The plan's errors, named in a box under the header. */
  readonly errors?: readonly Diagnostic[];
}

/**
 * The `fits` for `buildTimeline` that suits the page: the finest scale whose
 * units all get room at the printed width, as the SVG measures it.
 */
export function reportTimelineFits(lang: Lang): ScaleFit {
  return svgFits(TIMELINE_WIDTH_PX, lang);
}

/** No request, no script, no plugin: the page's promise, enforced by the browser. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function renderReportHtml(page: ReportPage, options: ReportHtmlOptions): string {
  const { lang } = options;
  const { summary } = page;
  const labels = reportHtmlLabels(lang);
  const asOf = formatDay(summary.asOf, lang);
  const errorsBox = htmlErrorsNote(options.errors, lang);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlLine(labels.documentTitle(summary.title, asOf))}</title>`,
    `<style>${reportCss(lang)}${errorsBox ? errorsNoteCss : ''}</style>`,
    '</head>',
    '<body>',
    headerHtml(summary, lang),
    ...(errorsBox ? [errorsBox] : []),
    summaryHtml(summary, lang),
    urgentHtml(summary, page.table, lang),
    unitsHtml(summary, lang),
    goalsHtml(summary, lang),
    timelineHtml(page.timeline, lang),
    tasksHtml(page.table, lang),
    '</body>',
    '</html>',
  ];
  return `${out.join('\n')}\n`;
}

function headerHtml(summary: ReportSummary, lang: Lang): string {
  const labels = reportHtmlLabels(lang);
  const fields: [string, string][] = [];
  if (summary.issuer) fields.push([labels.meta.issuer, summary.issuer]);
  if (summary.documentNo) fields.push([labels.meta.documentNo, summary.documentNo]);
  if (summary.issued) fields.push([labels.meta.issued, formatDueField(summary.issued, lang)]);
  if (summary.periodStart || summary.periodEnd) {
    fields.push([
      labels.meta.period,
      labels.period(
        formatDueField(summary.periodStart, lang),
        formatDueField(summary.periodEnd, lang),
      ),
    ]);
  }
  fields.push([labels.meta.asOf, formatDay(summary.asOf, lang)]);
  return [
    '<header>',
    `<p class="kicker">${escapeHtml(labels.kicker)}</p>`,
    `<h1>${htmlLines(summary.title)}</h1>`,
    '<dl class="meta">',
    ...fields.map(
      ([name, value]) => `<div><dt>${escapeHtml(name)}</dt><dd>${htmlLines(value)}</dd></div>`,
    ),
    '</dl>',
    '</header>',
  ].join('\n');
}

interface Card {
  readonly label: string;
  readonly count: number;
  readonly className?: string;
  /** HTML before the label: a light's dot. */
  readonly mark?: string;
}

function cardsHtml(caption: string, cards: readonly Card[]): string {
  return [
    '<div class="group">',
    `<h3>${escapeHtml(caption)}</h3>`,
    '<ul class="cards">',
    ...cards.map(
      (card) =>
        `<li class="card${card.className ? ` ${card.className}` : ''}"><strong>${card.count}</strong>${card.mark ?? ''}${escapeHtml(card.label)}</li>`,
    ),
    '</ul>',
    '</div>',
  ].join('\n');
}

function summaryHtml(summary: ReportSummary, lang: Lang): string {
  const labels = reportHtmlLabels(lang);
  const report = reportLabels(lang);
  const shared = sharedLabels(lang);
  const out = ['<section id="summary">', `<h2>${escapeHtml(labels.section.summary)}</h2>`];
  if (summary.tasks.total === 0) out.push(`<p>${escapeHtml(report.noTasks)}</p>`);
  else {
    out.push(
      '<div class="groups">',
      cardsHtml(labels.cards.status, [
        ...statusOrder.map((status) => ({
          label: shared.status[status],
          count: summary.tasks.byStatus[status],
        })),
        { label: report.total, count: summary.tasks.total, className: 'total' },
      ]),
      cardsHtml(
        labels.cards.lights,
        shownLights(summary.tasks.byLight).map((light) => ({
          label: shared.light[light],
          count: summary.tasks.byLight[light],
          className: `light-${light}`,
          mark: '<span class="dot"></span>',
        })),
      ),
    );
    const targets = summary.targetCounts;
    const targetTotal = targetStatuses.reduce((sum, status) => sum + targets[status], 0);
    if (targetTotal > 0) {
      out.push(
        cardsHtml(
          labels.cards.targets,
          // 无法判定 is rare and says nothing at zero; the other four always show.
          targetStatuses
            .filter((status) => status !== 'not-computable' || targets[status] > 0)
            .map((status) => ({
              label: shared.target[status],
              count: targets[status],
            })),
        ),
      );
    }
    out.push(
      '</div>',
      `<p class="note">${escapeHtml(report.countedLeaves(summary.tasks.total, summary.taskCount))} ${escapeHtml(report.unlit(summary.tasks.byStatus.done, summary.tasks.byStatus.dropped, summary.tasks.doneLate))}</p>`,
    );
  }
  out.push(
    `<p class="note">${escapeHtml(lightLegendText(lang, summary.rule, summary.warn))}</p>`,
    '</section>',
  );
  return out.join('\n');
}

function urgentHtml(summary: ReportSummary, table: TableView, lang: Lang): string {
  const report = reportLabels(lang);
  const { urgent, overdue } = summary;
  const heading =
    urgent.length > 0
      ? report.urgentHeading(urgent.length, overdue.items.length)
      : report.section.urgent;
  const out = ['<section id="urgent">', `<h2>${escapeHtml(heading)}</h2>`];
  out.push(
    urgent.length > 0
      ? urgentTable(urgent, lang)
      : `<p>${escapeHtml(report.nothingUrgent(formatDay(summary.asOf, lang)))}</p>`,
  );
  if (overdue.items.length > 0) {
    out.push(`<p class="note">${escapeHtml(urgentNote(summary, table, lang))}</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

const urgentKinds: readonly UrgentKind[] = ['leaf', 'parent', 'phase', 'milestone', 'target'];

/**
 * Why the urgent list and the summary's cards may count different lights
 * (issue 10: 红灯 6 in one, 红灯 4 in the other): the list has every item
 * of the overdue list (phases, milestones, targets, tasks with sub-tasks),
 * the cards leaf tasks only. Both come from the one schedule assessment;
 * this only sorts the list's items by kind and counts them.
 */
function urgentNote(summary: ReportSummary, table: TableView, lang: Lang): string {
  // A task with sub-tasks is the row the next, deeper row follows (`allTasks` order).
  const parents = new Set<string>();
  table.rows.forEach((row, index) => {
    const next = table.rows[index + 1];
    if (next !== undefined && next.level > row.level) parents.add(row.key);
  });
  const parentNos = new Set(table.rows.filter((row) => parents.has(row.key)).map((row) => row.no));
  const counts = new Map<LitLight, Map<UrgentKind, number>>();
  let doneLate = 0;
  for (const item of summary.overdue.items) {
    if (item.light === 'grey') {
      doneLate++;
      continue;
    }
    const kind: UrgentKind =
      item.kind === 'task' ? (parentNos.has(item.no ?? '') ? 'parent' : 'leaf') : item.kind;
    const byKind = counts.get(item.light) ?? new Map<UrgentKind, number>();
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    counts.set(item.light, byKind);
  }
  const words = sharedLabels(lang).light;
  const lights = lightOrder
    .filter((light) => counts.has(light))
    .map((light) => {
      const byKind = counts.get(light)!;
      const kinds = urgentKinds
        .filter((kind) => byKind.has(kind))
        .map((kind) => ({ kind, count: byKind.get(kind)! }));
      return { light: words[light], count: kinds.reduce((sum, k) => sum + k.count, 0), kinds };
    });
  // The cards' lights an item of the list can carry: all but green.
  const cards = shownLights(summary.tasks.byLight)
    .filter((light) => light !== 'green')
    .map((light) => ({ light: words[light], count: summary.tasks.byLight[light] }));
  return reportHtmlLabels(lang).urgentNote(summary.overdue.items.length, lights, doneLate, cards);
}

function urgentTable(items: readonly OverdueItem[], lang: Lang): string {
  const { column } = overdueLabels(lang);
  const days = usedDayColumns(items);
  const columns: HtmlColumn[] = [
    { header: column.light, weight: 7 },
    { header: column.kind, weight: 7 },
    { header: column.no, weight: 5 },
    { header: column.title, weight: 26 },
    { header: column.lead, weight: 13 },
    { header: column.due, weight: 9 },
    // One column per figure, and only those some row has: a due-soon item's
    // days left never print as a negative “days late”, nor in red.
    ...days.map((day) => ({ header: column[day], weight: 7, numeric: true })),
    { header: column.reasons, weight: 26 },
  ].map((c) => ({ ...c, header: escapeHtml(c.header) }));
  const rows: HtmlRow[] = items.map((item) => {
    const cells = itemCells(item, lang);
    return {
      cells: [
        item.light === 'grey'
          ? escapeHtml(itemLightWord(item, lang))
          : lightBadge(item.light, lang),
        escapeHtml(cells.kind),
        htmlLines(cells.no),
        htmlLines(cells.title),
        htmlLines(cells.lead),
        dateHtml(cells.due),
        ...days.map((day) =>
          day === 'daysOverdue' && item.daysOverdue !== null
            ? { html: escapeHtml(cells[day]), className: 'late' }
            : escapeHtml(cells[day]),
        ),
        htmlLines(cells.reasons),
      ],
    };
  });
  return htmlTable(columns, rows, 'urgent');
}

function unitsHtml(summary: ReportSummary, lang: Lang): string {
  const report = reportLabels(lang);
  const out = ['<section id="units">', `<h2>${escapeHtml(report.section.units)}</h2>`];
  if (summary.units.length === 0) out.push(`<p>${escapeHtml(report.noUnits)}</p>`);
  else {
    const columns: HtmlColumn[] = unitHeader(lang).map((header, index) => ({
      header: escapeHtml(header),
      weight: index === 0 ? 40 : 15,
      numeric: index > 0,
    }));
    // Only a non-zero overdue count is red. The cell is found by its column's
    // name, so a column added to the table cannot move the mark onto another.
    const overdueColumn = unitColumns.indexOf('overdue');
    const rows: HtmlRow[] = summary.units.map((load) => ({
      cells: unitCells(load).map((cell, index) =>
        index === 0
          ? htmlLines(cell)
          : index === overdueColumn && load.overdue > 0
            ? { html: escapeHtml(cell), className: 'late' }
            : escapeHtml(cell),
      ),
    }));
    out.push(htmlTable(columns, rows, 'units'));
  }
  out.push('</section>');
  return out.join('\n');
}

function goalsHtml(summary: ReportSummary, lang: Lang): string {
  const report = reportLabels(lang);
  const out = ['<section id="goals">', `<h2>${escapeHtml(report.section.goals)}</h2>`];
  if (summary.goals.length === 0) out.push(`<p>${escapeHtml(report.noGoals)}</p>`);
  const header = targetHeader(lang);
  // metric, baseline, latest, target, nature, status (with its light)
  const widths = [30, 15, 15, 13, 10, 17];
  const columns: HtmlColumn[] = header.map((text, index) => ({
    header: escapeHtml(text),
    weight: widths[index] ?? 10,
  }));
  for (const goal of summary.goals) {
    out.push(`<h3>${htmlLines(goalHeading(goal, lang))}</h3>`);
    if (goal.targets.length === 0) {
      out.push(`<p class="note">${escapeHtml(report.noTargets)}</p>`);
      continue;
    }
    const rows: HtmlRow[] = goal.targets.map((target) => {
      const cells = targetCells(target, lang);
      const status = cells.pop() ?? '';
      return {
        cells: [
          ...cells.map(htmlLines),
          target.light
            ? `${lightBadge(target.light, lang)}<br>${escapeHtml(status)}`
            : escapeHtml(status),
        ],
      };
    });
    out.push(htmlTable(columns, rows, 'targets'));
  }
  out.push('</section>');
  return out.join('\n');
}

/** The printable height of A4 landscape with 12 mm margins, in CSS pixels (186 mm at 96 dpi). */
const PAGE_HEIGHT_PX = 703;
/** Room the section's heading takes above the first picture, with its margins. */
const HEADING_PX = 64;

/**
 * The timeline as pictures that each fit a printed page: the rows are cut
 * into runs, each drawn with its own title line, axis and legend, the
 * first short enough to share its page with the section's heading. One
 * picture taller than a page made the browser leave the heading alone at
 * the foot of a page and slice the chart (issue 10); a page-high picture
 * moves whole, and `break-after: avoid` keeps the heading with the first.
 */
function timelineHtml(timeline: Timeline, lang: Lang): string {
  const labels = reportHtmlLabels(lang);
  const draw = (rows: Timeline['rows']): string =>
    renderTimelineSvg(
      { ...timeline, rows },
      { lang, width: TIMELINE_WIDTH_PX, standalone: false },
    ).trim();
  const scale = PAGE_WIDTH_PX / TIMELINE_WIDTH_PX;
  const total = timeline.rows.length;
  // Everything but the rows (title, axis, legend), measured on one row: a
  // blue one if there is one, as a blue light adds to the legend. Drawing
  // the whole timeline only to measure it would draw 10,000 rows twice.
  const probe = timeline.rows.find((row) => row.light === 'blue') ?? timeline.rows[0];
  const probeHeight = Number(/ height="([\d.]+)"/.exec(draw(probe ? [probe] : []))?.[1] ?? 0);
  const frame = probeHeight - ROW_HEIGHT;
  const pictures: string[] = [];
  if (
    (frame + Math.max(1, total) * ROW_HEIGHT) * scale <= PAGE_HEIGHT_PX - HEADING_PX ||
    total <= 1
  ) {
    pictures.push(draw(timeline.rows));
  } else {
    const runOf = (room: number) => Math.max(1, Math.floor((room / scale - frame) / ROW_HEIGHT));
    const first = runOf(PAGE_HEIGHT_PX - HEADING_PX);
    const next = runOf(PAGE_HEIGHT_PX);
    const pages = 1 + Math.ceil(Math.max(0, total - first) / next);
    // The rows spread evenly over those pages, not a last page of four:
    // the first takes its share (or what fits under the heading), the
    // others share the rest; neither is more than a page holds.
    const head = Math.min(first, Math.ceil(total / pages));
    const per = Math.ceil((total - head) / (pages - 1));
    pictures.push(draw(timeline.rows.slice(0, head)));
    for (let at = head; at < total; at += per) {
      pictures.push(draw(timeline.rows.slice(at, at + per)));
    }
  }
  return [
    '<section id="timeline" class="timeline break">',
    `<h2>${escapeHtml(labels.section.timeline)}</h2>`,
    // Each picture carries its own title line, axis and legend.
    ...pictures,
    '</section>',
  ].join('\n');
}

function tasksHtml(table: TableView, lang: Lang): string {
  const labels = reportHtmlLabels(lang);
  const out = [
    '<section id="tasks" class="break">',
    `<h2>${escapeHtml(labels.section.tasks)}</h2>`,
  ];
  if (table.rows.length === 0) out.push(`<p>${escapeHtml(reportLabels(lang).noTasks)}</p>`);
  else {
    out.push(
      `<p class="note">${escapeHtml(tableLabels(lang).count(table.rows.length))}</p>`,
      taskTableHtml(table, lang),
    );
  }
  out.push('</section>');
  return out.join('\n');
}
