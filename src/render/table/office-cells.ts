/**
 * What the office formats (xlsx, docx) share about a cell: text made safe
 * for XML, a date as a day with the precision it was written with, the
 * light's tint, and how much room each column wants.
 */
import type { Light } from '../../analyze/schedule.js';
import { parsePlanDate } from '../../dates/index.js';
import type { Day } from '../../dates/types.js';
import type { TableColumn } from '../../i18n/labels.js';
import type { TableDate } from '../../views/table-rows.js';
import { visibleControls } from './visible-controls.js';

const needsCleaning =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF\r]/;

/**
 * Plan text for an office file. XML 1.0 has no way to write most control
 * characters, U+FFFE, U+FFFF or half a surrogate pair; one of them in a
 * part makes Excel or Word refuse the whole file. Controls are shown as
 * their pictures (ESC → ␛), as in CSV; the others become U+FFFD.
 */
export function officeText(text: string): string {
  // Nearly all plan text is printable already: one test instead of three replaces.
  if (!needsCleaning.test(text)) return text;
  return visibleControls(text).replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/**
 * A date cell: a day, shown at its written precision, or text where a
 * spreadsheet has no format for the precision (quarter, half year, 旬) and
 * for `ongoing`. A start stands for its first day and a due date for its
 * last, as `plan check` reads them, so sorting and filtering on the column
 * agree with the lights.
 */
export type OfficeDate =
  | { readonly kind: 'day'; readonly day: Day; readonly precision: 'year' | 'month' | 'day' }
  | { readonly kind: 'text'; readonly text: string };

export function officeDate(date: TableDate, end: 'start' | 'due'): OfficeDate {
  // The canonical form is the date at its written precision; reading it
  // back gives the span without a second source of dates.
  const parsed = parsePlanDate(date.canonical);
  if (!parsed.ok || parsed.date.kind !== 'fixed') return { kind: 'text', text: date.text };
  const { precision } = parsed.date;
  if (precision === 'quarter' || precision === 'half' || precision === 'dekad') {
    return { kind: 'text', text: date.text };
  }
  return {
    kind: 'day',
    day: end === 'start' ? parsed.date.first : parsed.date.last,
    precision,
  };
}

/** Light tints for a status cell, and a text colour that reads on each (Excel's own "Good/Neutral/Bad"). */
export const lightColors: Record<Light, { readonly fill: string; readonly text: string }> = {
  red: { fill: 'FFC7CE', text: '9C0006' },
  yellow: { fill: 'FFEB9C', text: '9C5700' },
  blue: { fill: 'DDEBF7', text: '1F4E78' },
  green: { fill: 'C6EFCE', text: '006100' },
  grey: { fill: 'E7E6E6', text: '595959' },
};

/** Columns whose text runs long: they wrap instead of widening without end. */
export const longTextColumns: ReadonlySet<TableColumn> = new Set([
  'title',
  'lead',
  'support',
  'leader',
  'owner',
  'phase',
  'note',
]);

/**
 * The share of a printed page's width each column gets in a document,
 * where the table must fit the page whatever the text: the task title
 * most, 序号 least.
 */
export const columnWeight: Record<TableColumn, number> = {
  no: 5,
  title: 30,
  lead: 12,
  support: 14,
  leader: 8,
  owner: 8,
  phase: 10,
  start: 8,
  due: 8,
  status: 7,
  progress: 6,
  note: 20,
  light: 6,
  'days-overdue': 5,
  'days-left': 5,
  'days-late-to-start': 5,
  'days-done-late': 5,
};

/**
 * Text encoded as it is written, into one growing buffer. A 10,000-row
 * table is megabytes of XML; built as one string it cost more in garbage
 * collection and in encoding afterwards than in writing it.
 */
export function byteWriter(): { push: (...texts: string[]) => void; bytes: () => Uint8Array } {
  let buffer = Buffer.allocUnsafe(1 << 16);
  let length = 0;
  return {
    push: (...texts) => {
      for (const text of texts) {
        // UTF-8 takes at most three bytes per UTF-16 unit.
        const most = length + 3 * text.length;
        if (most > buffer.length) {
          const grown = Buffer.allocUnsafe(Math.max(most, 2 * buffer.length));
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
        length += buffer.write(text, length, 'utf8');
      }
    },
    bytes: () => buffer.subarray(0, length),
  };
}
