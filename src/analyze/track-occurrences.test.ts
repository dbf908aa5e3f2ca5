import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import { assessTask, scheduleOptions } from './schedule.js';

const day = (text: string) => parseIsoDay(text)!;

/** A monthly report (month ends) for 2023-01..2023-12 with the given lines under it. */
function compile(extra: string, head = '') {
  return compilePlan(
    't.yaml',
    `version: 1\ntitle: t\n${head}tasks:\n  - title: 月报\n    repeat: monthly\n    start: 2023-01\n    due: 2023-12\n    status: doing\n${extra}`,
  );
}
function judge(extra: string, today: string, head = '') {
  const compiled = compile(extra, head);
  const plan = compiled.plan!;
  const context = { today: day(today), warnDays: 14 };
  const state = assessTask(plan.allTasks[0]!, scheduleOptions(plan, context));
  const findings = checkCompiled(compiled, context);
  return {
    light: state.light,
    missed: (state.missed ?? []).map((o) => o.period),
    inRow: state.missedInRow ?? 0,
    reasons: state.reasons,
    codes: findings.map((f) => [f.code, f.params?.period ?? f.params?.problem]),
  };
}
const updates = (...dates: string[]) =>
  `    updates:\n${dates.map((d) => `      - { date: ${d}, note: 已报送 }\n`).join('')}`;

describe('each occurrence of a recurring duty is tracked', () => {
  it('an update on the last day of a month reports that month; the day after does not', () => {
    // As of 2023-03-05: January (due 1/31) and February (due 2/28) are past.
    // 1/31 reports January; 2/28 reports February.
    const onTime = judge(updates('2023-01-31', '2023-02-28'), '2023-03-05');
    expect(onTime.missed).toEqual([]);
    expect(onTime.light).toBe('green');
    // 2/1 is the day after January's due: it reports February, January is missed.
    const late = judge(updates('2023-02-01'), '2023-03-05');
    expect(late.missed).toEqual(['2023-01']);
    expect(late.codes).toContainEqual(['missed-occurrence', '2023-01']);
  });

  it('one missed in a row is yellow, two are red', () => {
    // As of 2023-03-05, January reported (1/20), February not: one in a row → yellow.
    const one = judge(updates('2023-01-20'), '2023-03-05');
    expect([one.missed, one.inRow, one.light]).toEqual([['2023-02'], 1, 'yellow']);
    expect(one.reasons).toContain('missed-occurrence');
    // As of 2023-04-05, February and March (due 3/31) both missed → red.
    const two = judge(updates('2023-01-20'), '2023-04-05');
    expect([two.missed, two.inRow, two.light]).toEqual([['2023-02', '2023-03'], 2, 'red']);
  });

  it('a monthly report with nothing since February is flagged', () => {
    // Reported in January and February; as of 2023-07-10, March..June (due 6/30) are missed.
    const stale = judge(updates('2023-01-31', '2023-02-20'), '2023-07-10');
    expect(stale.missed).toEqual(['2023-03', '2023-04', '2023-05', '2023-06']);
    expect(stale.light).toBe('red');
  });

  it('a miss made good by the next report keeps its warning but not its light', () => {
    // February missed, March reported on 3/15: none missed in a row as of 2023-04-05.
    // April (due 4/30) is not yet due.
    const state = judge(updates('2023-01-20', '2023-03-15'), '2023-04-05');
    expect([state.missed, state.inRow, state.light]).toEqual([['2023-02'], 0, 'green']);
  });

  it('the day an occurrence falls due it is not yet missed', () => {
    // As of 2023-01-31 (January's due day): nothing is past. A day later January is missed.
    expect(judge('', '2023-01-31').missed).toEqual([]);
    expect(judge('', '2023-02-01').missed).toEqual(['2023-01']);
  });

  it('occurrences: records exceptions by period', () => {
    // As of 2023-04-05: February excused (dropped), March reported by entry; January by update.
    const excused = judge(
      `${updates('2023-01-20')}    occurrences:\n      - { period: 2023-02, status: dropped, note: 春节免报 }\n      - { period: 2023-03, status: done }\n`,
      '2023-04-05',
    );
    expect(excused.missed).toEqual([]);
    // `missed` marks it missed even with an update in its window.
    const marked = judge(
      `${updates('2023-01-20')}    occurrences:\n      - { period: 2023-01, status: missed }\n`,
      '2023-02-05',
    );
    expect(marked.missed).toEqual(['2023-01']);
  });

  it('a period outside the window is a located error', () => {
    const found = judge('    occurrences:\n      - { period: 2024-02 }\n', '2023-02-05');
    expect(found.codes).toContainEqual(['schema', 'occurrence-outside']);
    const inside = judge('    occurrences:\n      - { period: 2023-12 }\n', '2023-02-05');
    expect(inside.codes).not.toContainEqual(['schema', 'occurrence-outside']);
  });

  it('quarterly periods are named by quarter', () => {
    const compiled = compilePlan(
      't.yaml',
      'version: 1\ntitle: t\ntasks:\n  - { title: 季报, repeat: quarterly, start: 2023-01, due: 2023-12, status: doing }\n',
    );
    const context = { today: day('2023-07-05'), warnDays: 14 };
    const state = assessTask(compiled.plan!.allTasks[0]!, scheduleOptions(compiled.plan!, context));
    // Q1 (due 3/31) and Q2 (due 6/30) past, neither reported.
    expect(state.missed?.map((o) => o.period)).toEqual(['2023-Q1', '2023-Q2']);
  });

  it('due soon is judged by the next occurrence', () => {
    // As of 2023-03-20 the next occurrence is 3/31: 11 days left, within 14.
    const soon = judge(updates('2023-01-20', '2023-02-20'), '2023-03-20');
    expect(soon.reasons).toContain('due-soon');
    expect(soon.light).toBe('yellow');
    // As of 2023-03-16, 15 days left: not yet.
    expect(judge(updates('2023-01-20', '2023-02-20'), '2023-03-16').reasons).not.toContain(
      'due-soon',
    );
  });

  it('a lights block can change the lines', () => {
    // Two in a row (Feb, Mar) as of 2023-04-05: red by default, yellow when red needs 3.
    const lights = 'lights: { missed_red: 3 }\n';
    expect(judge(updates('2023-01-20'), '2023-04-05', lights).light).toBe('yellow');
    // missed_yellow: 2 leaves a single miss green.
    expect(judge(updates('2023-01-20'), '2023-03-05', 'lights: { missed_yellow: 2 }\n').light).toBe(
      'green',
    );
  });
});
