/**
 * `plan export` run as a user runs it: a golden iCalendar file for every
 * example and fixture, in English and the plan's own language, as of
 * 2024-06-30; each read back by ical.js and compared with the calendar
 * events the view computes; the same bytes on every run and in every time
 * zone; and the usage errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../src/dates/index.js';
import { calendarEvents } from '../src/views/calendar-events.js';
import {
  AS_OF,
  basicFixture,
  goldenBase,
  hostileFixture,
  langsFor,
  loadPlan,
  ownLang,
  plansUnderTest,
  readIcs,
} from './export-helpers.js';
import { expectGolden, repoRoot } from './helpers/golden.js';
import { runCli, scenario } from './helpers/run-cli.js';

const recurringFixture = 'test/fixtures/views/export-recurring.yaml';

function exportIcs(file: string, extra: string[] = [], env?: Record<string, string>) {
  return runCli(['export', file, '--today', AS_OF, ...extra], env ? { env } : {});
}

describe.each(plansUnderTest())('plan export %s', (file) => {
  const events = calendarEvents(loadPlan(file), { today: parseIsoDay(AS_OF)! }).events;

  for (const lang of langsFor(file)) {
    it(`--format ics in ${lang} matches its golden file and reads back`, () => {
      // The plan's own language is what it gets without --lang.
      const result = exportIcs(file, lang === ownLang(file) ? [] : ['--lang', lang]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expectGolden(`export/${goldenBase(file)}.${lang}.ics`, result.stdout);

      const parsed = readIcs(result.stdout);
      expect(parsed.events).toHaveLength(events.length);
      const uids = parsed.events.map((event) => event.uid);
      expect(new Set(uids).size).toBe(uids.length);
      expect(uids).toEqual(events.map((event) => event.uid));
      expect(parsed.events.map((event) => [event.start, event.end])).toEqual(
        events.map((event) => [formatIsoDay(event.first), formatIsoDay(event.last + 1)]),
      );
    });
  }

  it('writes the same bytes on every run, in every time zone', () => {
    const runs = [
      exportIcs(file, ['--format', 'ics']),
      exportIcs(file, [], { TZ: 'Pacific/Kiritimati' }),
      exportIcs(file, [], { TZ: 'America/Los_Angeles' }),
    ];
    expect(runs[0]!.code).toBe(0);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
  });
});

describe('plan export', () => {
  it.each([
    [basicFixture, 'zh-TW'],
    [hostileFixture, 'zh-CN'],
  ])('%s in %s matches its golden file too', (file, lang) => {
    const result = exportIcs(file, ['--lang', lang]);
    expect(result.code).toBe(0);
    expectGolden(`export/${goldenBase(file)}.${lang}.ics`, result.stdout);
    expect(readIcs(result.stdout).events.length).toBeGreaterThan(0);
  });

  it('writes each recurring duty as one series, the same bytes in every time zone', () => {
    // TZ=Pacific/Kiritimati is UTC+14, America/St_Johns UTC−3:30: a date
    // worked out from a local Date would move a day in one of them.
    const runs = ['Asia/Shanghai', 'UTC', 'Pacific/Kiritimati', 'America/St_Johns'].map((TZ) =>
      exportIcs(recurringFixture, [], { TZ }),
    );
    expect(runs[0]!.code).toBe(0);
    expect(runs[0]!.stderr).toBe('');
    for (const run of runs) expect(run.stdout).toBe(runs[0]!.stdout);
    expectGolden(`export/${goldenBase(recurringFixture)}.zh-CN.ics`, runs[0]!.stdout);
    const english = exportIcs(recurringFixture, ['--lang', 'en'], { TZ: 'America/St_Johns' });
    expectGolden(`export/${goldenBase(recurringFixture)}.en.ics`, english.stdout);
    // 17 duties, 17 events, every one a series.
    expect(readIcs(english.stdout).events).toHaveLength(17);
    expect(english.stdout.match(/^(?:RRULE:|RDATE;)/gm)?.length).toBeGreaterThan(0);
  });

  it('writes -o FILE with exactly what it would print', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-export-'));
    const out = join(dir, 'plan.ics');
    const written = exportIcs(basicFixture, ['-o', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(exportIcs(basicFixture).stdout);
  });

  it('reads a plan from standard input', () => {
    const text = readFileSync(join(repoRoot, basicFixture), 'utf8');
    const result = runCli(['export', '-', '--today', AS_OF], { input: text });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(exportIcs(basicFixture).stdout);
  });

  it('names the calendar after the plan and keeps hostile text inside its properties', () => {
    const parsed = readIcs(exportIcs(hostileFixture).stdout);
    expect(parsed.name).toBe('方案, 甲; 乙\\丙\n第二行 \u241b[2J');
    expect(parsed.events).toHaveLength(9);
  });

  it('refuses a format it does not know, before reading the plan', () => {
    const args = ['export', 'no-such-file.yaml', '--format', 'pdf', '--today', AS_OF];
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectGolden('export/unknown-format.txt', scenario(args, result));
  });

  it('refuses a plan with errors under --strict and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-export-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'version: 1\ntitle: 坏方案\ntasks:\n  - title: 任务\n    due: 2023-02-30\n');
    const out = join(dir, 'out.ics');
    const result = runCli(['export', bad, '--today', AS_OF, '-o', out, '--lang', 'en', '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('invalid-date');
    expect(() => readFileSync(out)).toThrow();
  });

  it('asks for exactly one plan', () => {
    const none = runCli(['export', '--today', AS_OF]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give one plan file');
    const two = runCli(['export', basicFixture, hostileFixture, '--today', AS_OF]);
    expect(two.code).toBe(2);
  });

  it('lists its formats in --help', () => {
    const help = runCli(['export', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format <format>\s+ics \(default: "ics"\)/);
  });
});
