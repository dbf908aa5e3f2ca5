/**
 * The timeline as a Mermaid `gantt` diagram, to paste into Markdown (GitHub,
 * GitLab, wikis, note apps). The raw diagram text is printed; wrapping it in
 * a ```` ```mermaid ```` fence is left to the document it goes into.
 *
 * Choices, each checked against Mermaid 12's parser and renderer in
 * chromium (test/timeline-mermaid.test.ts):
 * - Dates are written at day precision with `inclusiveEndDates`: a task
 *   due `2024-06` is `2024-06-01, 2024-06-30`, as the plan means it, and
 *   its bar ends at the start of 1 July. Without that directive Mermaid
 *   reads an end date as exclusive and every bar would lose its last day.
 * - Today: Mermaid's own marker follows the viewer's clock, but the lights
 *   (`crit`) were judged as of `--today`, so it is turned off
 *   (`todayMarker off`) and our today is a `vert` marker. `vert` needs
 *   Mermaid 11.7 or later; a comment above the line says to delete it for
 *   an older Mermaid, which rejects it.
 * - Tags: `done` for status done (a phase: all its work finished),
 *   `active` for doing, `crit` for a red light; a milestone is
 *   `milestone, id, day, 0d`.
 * - Sections: one per phase, headed by the phase's own bar; items in no
 *   phase in a final section.
 * - A recurring duty is one bar over its window, its label saying how often
 *   and how many due days fall in the range (`2 月报（每月，共 12 期）`).
 *   A gantt line is a row of its own (only `displayMode: compact`, which
 *   repacks the whole chart, shares rows), so a milestone per due day would
 *   be 52 rows a year for a weekly duty, and `vert` lines cross every row.
 * - Undated items and items wholly outside the range cannot be drawn and
 *   are left out, counted in a `%%` comment; bars are clipped to the range;
 *   ongoing ones run to its end.
 * - Text: Mermaid's lexer splits a task line at `:` and reads `#…;` as an
 *   entity, `%` can start a comment, `<`/`&` go through an HTML sanitiser,
 *   and a task whose text begins with a keyword (`title`, `section`,
 *   `click`, `call`, a date …) is read as that statement. Such characters
 *   are written as Mermaid's own entity codes (`:` → `#58;`), which it turns
 *   into the very character when it draws, so labels show exactly what the
 *   plan says; a leading keyword gets its first letter encoded the same way.
 *   Controls are made visible and line breaks become spaces, as everywhere.
 */
import { formatDay, formatIsoDay } from '../../dates/index.js';
import type { Day } from '../../dates/types.js';
import type { Lang } from '../../i18n/lang.js';
import { timelineLabels } from '../../i18n/timeline-labels.js';
import type { ScaleFit, Timeline, TimelineRow, TimelineScale } from '../../views/timeline.js';
import { dataLine } from '../sanitize.js';
import { rowIds } from './svg-ids.js';

export interface TimelineMermaidOptions {
  readonly lang: Lang;
}

/**
 * Mermaid draws to the width of the page it is shown in; about 1200 px in
 * a wide Markdown view. A unit needs ~36 px for its name on the axis.
 */
const MAX_UNITS = 33;

/** The `fits` test for `buildTimeline`: the finest scale with at most `MAX_UNITS` units. */
export const mermaidFits: ScaleFit = (_scale, units) => units <= MAX_UNITS;

const tickIntervals: Record<TimelineScale, string> = {
  week: '1week',
  month: '1month',
  quarter: '3month',
};

// Characters Mermaid would read as syntax in a label: `:` splits a task
// line, `#…;` is an entity, `%` may start a comment, `&` `<` `>` meet the
// HTML sanitiser.
const special = /[:;#%&<>]/g;

// Statements of the gantt lexer, which it tries before a task's text.
const keywordStart =
  /^(?:gantt\b|dateformat\s|inclusiveenddates\b|topaxis\b|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|weekend\s|\d{4}-\d\d-\d\d\b|title\s|acctitle|accdescr|section\s|href\s|call\s|click\s)/i;

/** Plan text for a Mermaid gantt title, section or task: one line, nothing Mermaid reads as syntax. */
export function mermaidText(text: string): string {
  const line = dataLine(text).replace(/\s+/g, ' ').trim();
  let out = line.replace(special, (ch) => `#${ch.charCodeAt(0)};`);
  if (keywordStart.test(out)) out = `#${out.charCodeAt(0)};${out.slice(1)}`;
  return out === '' ? '—' : out;
}

/**
 * A row's label in the diagram: its number and title (steps and milestones
 * have no number); a recurring duty's, how often it falls due in the range.
 */
function rowText(row: TimelineRow, lang: Lang): string {
  const number = row.kind === 'step' ? '' : dataLine(row.number).trim();
  const note =
    row.repeat !== undefined && row.occurrences.length > 0
      ? timelineLabels(lang).recurringNote(row.repeat, row.occurrences.length)
      : '';
  return mermaidText(`${number ? `${number} ${row.label}` : row.label}${note}`);
}

function tags(row: TimelineRow): string[] {
  const out: string[] = [];
  if (row.light === 'red') out.push('crit');
  // A phase is done when its work is (its own status only counts without tasks).
  const done = row.kind === 'phase' ? row.state?.finished === true : row.status === 'done';
  if (done) out.push('done');
  else if (row.status === 'doing') out.push('active');
  if (row.kind === 'milestone' && row.extent.kind === 'point') out.push('milestone');
  return out;
}

/** Start and inclusive end, clipped to the range; undefined when nothing can be drawn. */
function dates(row: TimelineRow, timeline: Timeline): { start: Day; end?: Day } | undefined {
  if (row.placement !== 'within') return undefined;
  const clip = (day: Day): Day => Math.min(timeline.to, Math.max(timeline.from, day));
  const { extent } = row;
  switch (extent.kind) {
    case 'span':
      return { start: clip(extent.start), end: clip(extent.end) };
    case 'open':
      return { start: clip(extent.start ?? timeline.from), end: timeline.to };
    case 'point':
      // A milestone is a point (`0d`); a task with only a start, its one day.
      return row.kind === 'milestone'
        ? { start: extent.day }
        : { start: extent.day, end: extent.day };
    case 'none':
      return undefined;
  }
}

export function renderTimelineMermaid(timeline: Timeline, options: TimelineMermaidOptions): string {
  const { lang } = options;
  const labels = timelineLabels(lang);
  const local = timelineLabels(lang).mermaid;
  const title = labels.title(timeline.title, timeline.scale, formatDay(timeline.today, lang));
  const lines: string[] = [
    'gantt',
    `    title ${mermaidText(timeline.truncated ? `${title} — ${labels.truncated}` : title)}`,
    '    dateFormat YYYY-MM-DD',
    '    inclusiveEndDates',
    `    axisFormat ${local.axisFormat[timeline.scale]}`,
    `    tickInterval ${tickIntervals[timeline.scale]}`,
  ];
  // Weeks on the axis are ISO weeks, as in every other timeline format.
  if (timeline.scale === 'week') lines.push('    weekday monday');
  lines.push('    todayMarker off');

  const ids = rowIds(timeline.rows.map((row) => row.key));
  const hasPhases = timeline.rows.some((row) => row.kind === 'phase');
  const body: string[] = [];
  let section: string | undefined;
  let sectionRows: string[] = [];
  const flush = (): void => {
    if (sectionRows.length === 0) return;
    if (section !== undefined) body.push(`    section ${section}`);
    for (const line of sectionRows) body.push(line);
    sectionRows = [];
  };
  let undated = 0;
  let outside = 0;
  let current: string | undefined;
  timeline.rows.forEach((row, i) => {
    const group = row.phaseId !== undefined ? `phase:${row.phaseId}` : hasPhases ? '' : undefined;
    if (i === 0 || group !== current) {
      flush();
      current = group;
      // A phase's rows follow its own row, so a new group starts at the phase.
      if (group === undefined) section = undefined;
      else if (group === '') section = mermaidText(local.otherSection);
      else section = row.kind === 'phase' ? rowText(row, lang) : mermaidText(row.phaseId ?? '');
    }
    const span = dates(row, timeline);
    if (!span) {
      if (row.placement === 'before' || row.placement === 'after') outside++;
      else undated++;
      return;
    }
    const data = [...tags(row), ids[i]!, formatIsoDay(span.start)];
    data.push(span.end === undefined ? '0d' : formatIsoDay(span.end));
    sectionRows.push(`    ${rowText(row, lang)} :${data.join(', ')}`);
  });
  flush();
  for (const line of body) lines.push(line);

  if (undated + outside > 0) lines.push(`    %% ${local.omitted(undated, outside)}`);
  const todayText = mermaidText(`${labels.today} ${formatDay(timeline.today, lang)}`);
  if (timeline.todayInRange) {
    lines.push(
      `    %% ${local.vertNote}`,
      `    ${todayText} :vert, today, ${formatIsoDay(timeline.today)}, 0d`,
    );
  } else lines.push(`    %% ${local.todayOutside}: ${formatIsoDay(timeline.today)}`);
  return `${lines.join('\n')}\n`;
}
