/**
 * What the export tests share: the plans they run on, and a reader that
 * checks an iCalendar file the way a calendar app would see it — ical.js
 * parses it, and every physical line is checked against RFC 5545's framing
 * (CRLF, at most 75 octets, no character split by a fold).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { compilePlan } from '../src/compile.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { exampleFiles, repoRoot } from './helpers/golden.js';

export const AS_OF = '2024-06-30';

// RFC 5545 §3.8.8.2: a non-standard property's value is TEXT unless it says
// otherwise, and calendar apps read X-WR-CALNAME so; ical.js keeps unknown
// properties raw, so it is told.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

export const basicFixture = 'test/fixtures/views/export-basic.yaml';
export const hostileFixture = 'test/fixtures/views/export-hostile.yaml';

/** Every example and the export fixtures, as paths from the repository root. */
export function plansUnderTest(): string[] {
  return [...exampleFiles().map((name) => join('examples', name)), basicFixture, hostileFixture];
}

export function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

/** The language a plan exports in without --lang (the runner sets LANG=C). */
export function ownLang(file: string): Lang {
  return loadPlan(file).meta.locale ?? 'en';
}

/** en, and the plan's own language when that is another. */
export function langsFor(file: string): Lang[] {
  const own = ownLang(file);
  return own === 'en' ? ['en'] : ['en', own];
}

export function goldenBase(file: string): string {
  return basename(file, '.yaml');
}

export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** `YYYY-MM-DD`, as ical.js reads the DATE values. */
  readonly start: string;
  readonly end: string;
  readonly startIsDate: boolean;
  readonly endIsDate: boolean;
  readonly stamp: string;
  readonly categories: string[];
  readonly status: string;
  readonly transp: string;
}

export interface ParsedCalendar {
  readonly name: string;
  readonly version: string;
  readonly prodid: string;
  readonly calscale: string;
  readonly events: ParsedEvent[];
}

/** Reads an iCalendar text with ical.js, after checking its framing. */
export function readIcs(text: string): ParsedCalendar {
  expectFraming(text);
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe('vcalendar');
  const str = (component: ICAL.Component, name: string): string => {
    const value = component.getFirstPropertyValue(name);
    return value === null || value === undefined ? '' : String(value);
  };
  const time = (component: ICAL.Component, name: string): ICAL.Time => {
    const value = component.getFirstPropertyValue(name);
    if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date`);
    return value;
  };
  return {
    name: str(root, 'x-wr-calname'),
    version: str(root, 'version'),
    prodid: str(root, 'prodid'),
    calscale: str(root, 'calscale'),
    events: root.getAllSubcomponents('vevent').map((event) => {
      const start = time(event, 'dtstart');
      const end = time(event, 'dtend');
      return {
        uid: str(event, 'uid'),
        summary: str(event, 'summary'),
        description: str(event, 'description'),
        start: start.toString(),
        end: end.toString(),
        startIsDate: start.isDate,
        endIsDate: end.isDate,
        stamp: time(event, 'dtstamp').toString(),
        categories: (event.getFirstProperty('categories')?.getValues() ?? []).map(String),
        status: str(event, 'status'),
        transp: str(event, 'transp'),
      };
    }),
  };
}

/**
 * RFC 5545 §3.1: lines end in CRLF and hold at most 75 octets; a fold never
 * splits a character (a line that is not well-formed UTF-16 on its own had
 * a surrogate pair cut in two); no control character but HTAB in a line.
 */
export function expectFraming(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.slice(0, -2).split('\r\n');
  const tooLong = lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75);
  expect(tooLong).toEqual([]);
  expect(lines.filter((line) => !isWellFormed(line))).toEqual([]);
  expect(lines.filter((line) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(line))).toEqual([]);
}

/** The physical lines of an iCalendar text. */
export function physicalLines(text: string): string[] {
  return text.slice(0, -2).split('\r\n');
}

/** Content lines, with folds undone (RFC 5545 §3.1). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
}

/**
 * No lone surrogate: with the `u` flag a pair is one code point, so only a
 * half on its own matches. (`String#isWellFormed` is in Node 20 but not in
 * this project's ES2023 library types.)
 */
export function isWellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

/**
 * Every date each event of an iCalendar text falls on, as a calendar app
 * expands it (ical.js: DTSTART, RRULE, RDATE, less EXDATE), by summary;
 * an endless series stops after `until` (`YYYY-MM-DD`).
 */
export function expandIcs(text: string, until = '9999-12-31'): Map<string, string[]> {
  expectFraming(text);
  const root = new ICAL.Component(ICAL.parse(text));
  const expanded = new Map<string, string[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const dates: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const day = next.toString();
      if (day > until) break;
      dates.push(day);
    }
    expanded.set(event.summary, dates);
  }
  return expanded;
}
