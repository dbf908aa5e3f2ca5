import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { formatIsoDay, parseIsoDay } from '../dates/index.js';
import { occurrences } from './occurrences.js';

function compile(fields: string, head = '') {
  return compilePlan('t.yaml', `version: 1\ntitle: t\n${head}tasks:\n  - title: 报送\n${fields}`);
}
function task(fields: string, head = '') {
  return compile(fields, head).plan!.allTasks[0]!;
}
const day = (text: string) => parseIsoDay(text)!;
const list = (days: number[]) => days.map(formatIsoDay);
const wide = (t: ReturnType<typeof task>) =>
  list(occurrences(t, day('2000-01-01'), day('2099-12-31')));
const schemaProblems = (fields: string, head = '') =>
  checkCompiled(compile(fields, head), { today: day('2024-01-01'), warnDays: 14 }).filter(
    (f) => f.code === 'schema',
  );

describe('occurrences', () => {
  it('monthly falls on month ends, not on the day of the due date', () => {
    // The window ends 2023-04-28: April's month end (4/30) is past it.
    const t = task('    repeat: monthly\n    start: 2023-01\n    due: 2023-04-28\n');
    expect(wide(t)).toEqual(['2023-01-31', '2023-02-28', '2023-03-31']);
    // Ending on 4/30 itself, April is in.
    const t2 = task('    repeat: monthly\n    start: 2023-01\n    due: 2023-04-30\n');
    expect(wide(t2).at(-1)).toBe('2023-04-30');
  });

  it('quarterly falls on 3/31, 6/30, 9/30, 12/31 whatever month it starts in', () => {
    // Was 1/31, 4/30, 7/31, 10/31 when stepping from a January start.
    const t = task('    repeat: quarterly\n    start: 2023-01\n    due: 2023-12\n');
    expect(wide(t)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  it('day 28 each month; day 31 in a short month is its last day', () => {
    const t = task('    repeat: { every: month, day: 28 }\n    start: 2024-01\n    due: 2024-03\n');
    expect(wide(t)).toEqual(['2024-01-28', '2024-02-28', '2024-03-28']);
    const t31 = task(
      '    repeat: { every: month, day: 31 }\n    start: 2023-02\n    due: 2023-04\n',
    );
    expect(wide(t31)).toEqual(['2023-02-28', '2023-03-31', '2023-04-30']);
    // 2024 is a leap year: 2/29.
    const leap = task(
      '    repeat: { every: month, day: 30 }\n    start: 2024-02\n    due: 2024-02\n',
    );
    expect(wide(leap)).toEqual(['2024-02-29']);
  });

  it('day 32 is a located schema error', () => {
    const found = schemaProblems('    repeat: { every: month, day: 32 }\n    due: 2024-03\n');
    expect(found.map((f) => [f.path.join('.'), f.params?.problem])).toEqual([
      ['tasks.0.repeat.day', 'too-big'],
    ]);
  });

  it('a weekday falls on that weekday, in English or Chinese', () => {
    // 2024-01-01 is a Monday: Fridays are 1/5, 1/12, 1/19, 1/26; the window ends 1/31 (Wed).
    for (const name of ['fri', 'Friday', '周五', '星期五', '5']) {
      const t = task(
        `    repeat: { every: week, weekday: ${name} }\n    start: 2024-01-01\n    due: 2024-01-31\n`,
      );
      expect(wide(t)).toEqual(['2024-01-05', '2024-01-12', '2024-01-19', '2024-01-26']);
    }
    // A window starting on the weekday itself includes that day.
    const t = task(
      '    repeat: { every: week, weekday: mon }\n    start: 2024-01-01\n    due: 2024-01-14\n',
    );
    expect(wide(t)).toEqual(['2024-01-01', '2024-01-08']);
  });

  it('plain weekly keeps the weekday of the window end', () => {
    // 2024-01-26 is a Friday.
    const t = task('    repeat: weekly\n    start: 2024-01-01\n    due: 2024-01-26\n');
    expect(wide(t)).toEqual(['2024-01-05', '2024-01-12', '2024-01-19', '2024-01-26']);
  });

  it('an unknown weekday is a located error; a near miss gets a suggestion', () => {
    const zh = schemaProblems('    repeat: { every: week, weekday: 周八 }\n    due: 2024-03\n');
    expect(zh.map((f) => [f.path.join('.'), f.params?.problem, f.params?.value])).toEqual([
      ['tasks.0.repeat.weekday', 'repeat-weekday', '周八'],
    ]);
    const en = schemaProblems('    repeat: { every: week, weekday: fir }\n    due: 2024-03\n');
    expect(en[0]!.suggestion).toBe('fri');
  });

  it('a rule in error falls due nowhere: no occurrence on a guessed weekday, no missed report', () => {
    const fields =
      '    repeat: { every: week, weekday: 周八 }\n    start: 2024-01\n    due: 2024-12\n';
    expect(wide(task(fields))).toEqual([]);
    // As of 2024-07-10, half a year of Tuesdays (the window's first
    // weekday) would otherwise each be an unreported week.
    const findings = checkCompiled(compile(fields), { today: day('2024-07-10'), warnDays: 14 });
    expect(findings.filter((f) => f.code === 'missed-occurrence')).toEqual([]);
  });

  it('within with no unit asks which: calendar or working days', () => {
    // Ten calendar days after 2024-06-30 is 7/10; ten working days, 7/12.
    for (const within of ['10', '"10"']) {
      const found = schemaProblems(
        `    repeat: { every: quarter, within: ${within} }\n    start: 2024-01\n    due: 2024-12\n`,
      );
      expect(found.map((f) => [f.path.join('.'), f.params?.problem, f.params?.value])).toEqual([
        ['tasks.0.repeat.within', 'repeat-within-unit', '10'],
      ]);
    }
    // With its unit, no problem.
    expect(
      schemaProblems(
        '    repeat: { every: quarter, within: 10天 }\n    start: 2024-01\n    due: 2024-12\n',
      ),
    ).toEqual([]);
  });

  it('within N days moves each due day past its period end', () => {
    // Quarter ends + 10 days: 3/31→4/10, 6/30→7/10, 9/30→10/10, 12/31→1/10 (next year).
    const t = task(
      '    repeat: { every: quarter, within: 10 days }\n    start: 2023-01\n    due: 2023-12\n',
    );
    expect(wide(t)).toEqual(['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10']);
    const zh = task(
      '    repeat: { every: quarter, within: 10天 }\n    start: 2023-01\n    due: 2023-03\n',
    );
    expect(wide(zh)).toEqual(['2023-04-10']);
  });

  it('within N workdays counts working days on the official calendar', () => {
    // Q1 2024 ends Sun 3/31: 4/1–4/3, 4/4–4/6 清明 off, Sun 4/7 调休, 4/8–4/12, Mon 4/15 is the 10th.
    // Q2 ends Sun 6/30: 7/1–7/5, 7/8–7/12 → Fri 7/12.
    // Q3 ends Mon 9/30: 10/1–10/7 off, 10/8–10/11, Sat 10/12 调休, 10/14–10/18 → Fri 10/18.
    // Q4 ends Tue 12/31: 2025-01-01 元旦 off, 1/2–1/3, 1/6–1/10, 1/13–1/15 → Wed 1/15.
    for (const within of ['10 workdays', '10个工作日', '10 working days']) {
      const t = task(
        `    repeat: { every: quarter, within: ${within} }\n    start: 2024-01\n    due: 2024-12\n`,
      );
      expect(wide(t)).toEqual(['2024-04-15', '2024-07-12', '2024-10-18', '2025-01-15']);
      expect(
        schemaProblems(`    repeat: { every: quarter, within: ${within} }\n    due: 2023-12\n`),
      ).toEqual([]);
    }
  });

  it('a working-day duty is missed the day after its tenth working day, not before', () => {
    // Q3 2024 is due 10/18 (above); its report window opens the day after Q2's due, 7/13.
    const fields = (update: string) =>
      `    repeat: { every: quarter, within: 10 workdays }\n    start: 2024-07\n    due: 2024-12\n${update}`;
    const missed = (fields: string, today: string) =>
      checkCompiled(compile(fields), { today: day(today), warnDays: 0 })
        .filter((f) => f.code === 'missed-occurrence')
        .map((f) => f.params?.period);
    expect(missed(fields(''), '2024-10-18')).toEqual([]);
    expect(missed(fields(''), '2024-10-19')).toEqual(['2024-Q3']);
    // Reported on the due day itself: inside the window.
    const reported = fields('    updates:\n      - { date: 2024-10-18, note: 已报送 }\n');
    expect(missed(reported, '2024-10-19')).toEqual([]);
    // A report dated the day after is late: the occurrence stays missed.
    const late = fields('    updates:\n      - { date: 2024-10-19, note: 已报送 }\n');
    expect(missed(late, '2024-10-21')).toEqual(['2024-Q3']);
  });

  it('half-yearly, yearly and chosen months', () => {
    const window = '    start: 2023-01\n    due: 2024-12\n';
    expect(wide(task(`    repeat: half-yearly\n${window}`))).toEqual([
      '2023-06-30',
      '2023-12-31',
      '2024-06-30',
      '2024-12-31',
    ]);
    expect(wide(task(`    repeat: yearly\n${window}`))).toEqual(['2023-12-31', '2024-12-31']);
    expect(wide(task(`    repeat: { every: year, months: [6, 12] }\n${window}`))).toEqual([
      '2023-06-30',
      '2023-12-31',
      '2024-06-30',
      '2024-12-31',
    ]);
  });

  it('falls back on the phase, then the plan period, for its window', () => {
    const phase = 'phases:\n  - { id: p, name: 推进, start: 2023-04, end: 2023-06 }\n';
    expect(wide(task('    repeat: monthly\n    phase: p\n', phase))).toEqual([
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
    ]);
    const period = 'period: { start: 2023-10, end: 2023-12 }\n';
    expect(wide(task('    repeat: monthly\n', period))).toEqual([
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
    ]);
  });

  it('sub-tasks inherit start as they inherit due', () => {
    const plan = compile(
      '    start: 2023-03\n    due: 2023-05\n    tasks:\n      - { title: 月报, repeat: monthly }\n',
    ).plan!;
    const child = plan.allTasks[1]!;
    expect(child.inherited.start).toBe(true);
    expect(wide(child)).toEqual(['2023-03-31', '2023-04-30', '2023-05-31']);
  });

  it('a sub-task due before its parent starts inherits no start', () => {
    // Parent starts 2024-04 (first day 4/1); a step due 2024-03-31 is before it,
    // one due 2024-04-01 is not.
    const plan = compile(
      '    start: 2024-04\n    due: 2024-12\n    tasks:\n      - { title: 方案, due: 2024-03-31 }\n      - { title: 试点, due: 2024-04-01 }\n',
    ).plan!;
    const [, before, after] = plan.allTasks;
    expect([before!.start, before!.inherited.start]).toEqual([undefined, false]);
    expect(after!.start?.written).toBe('2024-04');
    expect(after!.inherited.start).toBe(true);
  });

  it('clips an ongoing duty to the window asked for', () => {
    const t = task('    repeat: quarterly\n    start: 2024-03-31\n    due: 长期坚持\n');
    expect(list(occurrences(t, day('2024-05-01'), day('2025-01-01')))).toEqual([
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });

  it('a duty of more than 10,000 occurrences is a located error, found quickly', () => {
    // 2000-01-01..2199-12-31 holds about 10,435 Fridays; 2000..2099 holds 5,218.
    const started = performance.now();
    const found = schemaProblems(
      '    repeat: { every: week, weekday: fri }\n    start: 2000-01-01\n    due: 2199-12-31\n',
    );
    expect(found.map((f) => [f.path.join('.'), f.params?.problem])).toEqual([
      ['tasks.0.repeat', 'repeat-too-many'],
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(
      schemaProblems(
        '    repeat: { every: week, weekday: fri }\n    start: 2000-01-01\n    due: 2099-12-31\n',
      ),
    ).toEqual([]);
  });

  it('gives nothing for a task that does not repeat', () => {
    expect(occurrences(task('    due: 2024-01\n'), day('2024-01-01'), day('2024-12-31'))).toEqual(
      [],
    );
  });
});
