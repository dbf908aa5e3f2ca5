/**
 * iCalendar (RFC 5545) of a plan's calendar events: all-day events, so no
 * time zone can move a due date to the day before.
 *
 * - `DTEND` of an all-day event is exclusive: the day after the last day.
 * - TEXT values escape backslash, `;`, `,` and line breaks (`\n`); control
 *   characters are not allowed in TEXT at all, so they are shown as their
 *   Control Pictures (ESC → ␛), as the terminal views show them.
 * - Lines are folded at 75 octets of UTF-8, never inside a character or an
 *   escape, and end in CRLF.
 * - DTSTAMP is `--today`, not the clock, so one input gives the same bytes
 *   on every run; `PRODID` carries no version for the same reason.
 * - Every event is `TRANSP:TRANSPARENT`: a deadline does not make anyone
 *   busy all day.
 * - A recurring duty is one series: its first occurrence as DTSTART/DTEND,
 *   then an RRULE (`rrule.ts`) bounded by UNTIL, or an RDATE list of the
 *   other dates; occurrences recorded `dropped` are EXDATEs. All are DATE
 *   values, like DTSTART, as RFC 5545 requires of a series.
 */
import { MAX_DUTY_OCCURRENCES } from '../../analyze/occurrences.js';
import { civilFromDay, formatPlanDate } from '../../dates/index.js';
import type { Day, PlanDate } from '../../dates/types.js';
import { type ExportLabels, exportLabels } from '../../i18n/export-labels.js';
import { type SharedLabels, sharedLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import type { Plan } from '../../model/types.js';
import {
  type CalendarEvent,
  type CalendarSeries,
  type CalendarView,
  calendarEvents,
  MAX_CALENDAR_OCCURRENCES,
} from '../../views/calendar-events.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { rrule } from './rrule.js';

export interface IcsOptions {
  readonly lang: Lang;
}

/** At most this many octets on one physical line, CRLF not counted (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

export function renderIcs(view: CalendarView, options: IcsOptions): string {
  const labels = exportLabels(options.lang);
  const shared = sharedLabels(options.lang);
  const stamp = `${icsDate(view.stamp)}T000000Z`;
  // Only lines holding plan text can pass 75 octets; the rest are short by
  // construction and go out as they are.
  const text = (name: string, value: string): string => foldLine(`${name}:${escapeText(value)}`);
  const chunks = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//plan-compiler//plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    text('X-WR-CALNAME', view.name),
  ];
  for (const event of view.events) {
    chunks.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.first)}`,
      `DTEND;VALUE=DATE:${icsDate(event.last + 1)}`,
      ...(event.series ? seriesLines(event.series) : []),
      text('SUMMARY', summary(event, labels)),
      text('DESCRIPTION', description(event, view.name, labels, shared, options.lang)),
      text('CATEGORIES', shared.kind[event.kind]),
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  chunks.push('END:VCALENDAR', '');
  return chunks.join('\r\n');
}

/** The whole export: the plan's events as of `today`, as iCalendar text. */
export function exportIcs(plan: Plan, options: IcsOptions & { readonly today: Day }): string {
  return exportIcsWithNotices(plan, options).content;
}

/** The file, and a notice when recurring tasks' occurrences were not all listed. */
export function exportIcsWithNotices(
  plan: Plan,
  options: IcsOptions & { readonly today: Day },
): { readonly content: string; readonly notices: readonly string[] } {
  const view = calendarEvents(plan, { today: options.today });
  const labels = exportLabels(options.lang);
  const notices = [
    ...(view.cut > 0 ? [labels.cut(view.cut, MAX_DUTY_OCCURRENCES, MAX_CALENDAR_OCCURRENCES)] : []),
    ...(view.bounded > 0 ? [labels.bounded(view.bounded)] : []),
  ];
  return { content: renderIcs(view, options), notices };
}

/** RRULE or RDATE, then EXDATE: the dates of a series after its DTSTART. */
function seriesLines(series: CalendarSeries): string[] {
  const lines: string[] = [];
  if (series.rule) {
    const parts = rrule(series.rule);
    if (series.until !== undefined) parts.push(`UNTIL=${icsDate(series.until)}`);
    lines.push(foldLine(`RRULE:${parts.join(';')}`));
  }
  // A list holds DTSTART too: RFC 5545 counts DTSTART in any case, but
  // ical.js, like other readers, gives only the RRULE's and RDATE's dates.
  if (series.dates && series.dates.length > 0) lines.push(dateList('RDATE', series.dates));
  if (series.except.length > 0) lines.push(dateList('EXDATE', series.except));
  return lines;
}

/**
 * `RDATE;VALUE=DATE:20240410,20240710`, folded after a comma rather than
 * inside a date, so the file reads as a list (a reader unfolds either way).
 */
function dateList(name: string, days: readonly Day[]): string {
  let line = `${name};VALUE=DATE:`;
  const lines: string[] = [];
  days.forEach((day, i) => {
    const item = i < days.length - 1 ? `${icsDate(day)},` : icsDate(day);
    if (line.length + item.length > MAX_LINE_OCTETS) {
      lines.push(line);
      line = ' ';
    }
    line += item;
  });
  lines.push(line);
  return lines.join('\r\n');
}

/** `[到期] 1.2 加强医疗服务体系建设`: the kind first, then the 序号, then the title. */
function summary(event: CalendarEvent, labels: ExportLabels): string {
  const parts = [labels.prefix[event.kind]];
  if (event.no !== undefined) parts.push(event.no);
  parts.push(event.title);
  return parts.join(' ');
}

/**
 * One line per known fact, the ones a responsible unit acts on first; the
 * plan's title last, for a calendar that merges several plans.
 */
function description(
  event: CalendarEvent,
  planTitle: string,
  labels: ExportLabels,
  shared: SharedLabels,
  lang: Lang,
): string {
  const lines: string[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') lines.push(labels.line(label, value));
  };
  const date = (value: PlanDate): string => formatPlanDate(value, lang);
  add(shared.column.lead, event.lead.join(shared.listSeparator));
  add(shared.column.support, event.support.join(shared.listSeparator));
  add(shared.column.leader, event.leader);
  add(shared.column.owner, event.owner);
  if (event.due) add(shared.column.due, date(event.due));
  add(labels.field.period, period(event, labels, lang));
  if (event.series) {
    const { kind, count } = event.series;
    const words = labels.repeat[kind];
    add(
      labels.field.repeat,
      count === undefined ? words : labels.aside(words, labels.times(count)),
    );
  }
  if (event.status) add(shared.column.status, shared.status[event.status]);
  if (event.doneOn) add(labels.field.doneOn, date(event.doneOn));
  if (event.progress !== undefined) add(shared.column.progress, `${event.progress}%`);
  if (event.note) {
    const { text, date: noteDate } = event.note;
    add(shared.column.note, noteDate ? labels.aside(text, date(noteDate)) : text);
  }
  add(labels.field.phase, event.phase);
  add(labels.field.notes, event.notes);
  add(labels.field.plan, planTitle);
  return lines.join('\n');
}

/** A phase's or step's dates as written: one date when start and end say the same. */
function period(event: CalendarEvent, labels: ExportLabels, lang: Lang): string | undefined {
  const start = event.start && formatPlanDate(event.start, lang);
  const end = event.end && formatPlanDate(event.end, lang);
  if (start !== undefined && end !== undefined) {
    return start === end ? start : labels.range(start, end);
  }
  if (start !== undefined) return labels.from(start);
  if (end !== undefined) return labels.until(end);
  return undefined;
}

/** `20240630`: an iCalendar DATE. */
export function icsDate(day: Day): string {
  const { year, month, day: d } = civilFromDay(day);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/** Anything `escapeText` changes: controls, line breaks, bidi overrides, backslash, `;`, `,`. */
const needsEscape = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\\;,]/;

/** A TEXT value (RFC 5545 §3.3.11), escaped. */
export function escapeText(text: string): string {
  if (!needsEscape.test(text)) return text;
  // Line breaks first, so that a CR does not become a picture; then the
  // controls TEXT may not hold; then the escapes.
  return sanitizeForTerminal(text.replace(/\r\n|\r/g, '\n')).replace(/[\\;,\n]/g, (ch) =>
    ch === '\n' ? '\\n' : `\\${ch}`,
  );
}

/**
 * Folds a content line so that no physical line exceeds 75 octets: the
 * continuation lines start with a space, which counts. A UTF-8 character is
 * never split (a reader that decodes line by line would break it), nor an
 * escape such as `\n`. Works on indices and slices: a 10,000-event calendar
 * folds a few hundred thousand lines, and building them character by
 * character keeps the garbage collector busy for seconds.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 3 || Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) {
    return line;
  }
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < line.length; ) {
    // The unit that must stay whole, in UTF-16 code units, and its UTF-8 octets.
    const code = line.charCodeAt(i);
    let units = 1;
    let size = 3;
    if (code === 0x5c) {
      // An escape (`\\`, `\;`, `\,`, `\n`): its second character is ASCII.
      const next = line.charCodeAt(i + 1);
      if (next > 0 && next < 0x80) units = 2;
      size = units;
    } else if (code < 0x80) {
      size = 1;
    } else if (code < 0x800) {
      size = 2;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one character of four octets; a lone surrogate
      // goes out as U+FFFD, three.
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        units = 2;
        size = 4;
      }
    }
    if (used + size > MAX_LINE_OCTETS) {
      parts.push(line.slice(start, i));
      start = i;
      used = 1;
    }
    used += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
