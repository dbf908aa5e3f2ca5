import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import type { Plan } from '../model/types.js';
import { assessPhase, assessTask } from './schedule.js';

function plan(tasks: string, extra = ''): Plan {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: t\n${extra}tasks:\n${tasks}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}
const asOf = (date: string, warnDays = 14) => ({ today: parseIsoDay(date)!, warnDays });
const firstTask = (tasks: string) => plan(tasks).allTasks[0]!;

describe('overdue, at the precision of the due date', () => {
  it.each([
    ['2023-06', '2023-06-30', undefined],
    ['2023-06', '2023-07-01', 1],
    ['2023年上半年', '2023-06-30', undefined],
    ['2023年上半年', '2023-07-01', 1],
    ['2023年6月底前', '2023-07-11', 11],
    ['2023-Q3', '2023-10-01', 1],
    ['2023', '2024-01-01', 1],
    ['2023-06-15', '2023-06-16', 1],
    ['长期坚持', '2099-01-01', undefined],
  ])('due %s as of %s is %s days late', (due, today, daysLate) => {
    const state = assessTask(firstTask(`  - { title: a, due: "${due}" }\n`), asOf(today));
    expect(state.daysOverdue).toBe(daysLate);
    if (daysLate !== undefined) expect(state.light).toBe('red');
  });

  it('never counts done or dropped work', () => {
    for (const status of ['done', 'dropped']) {
      const state = assessTask(
        firstTask(`  - { title: a, due: 2023-06, status: ${status} }\n`),
        asOf('2024-01-01'),
      );
      expect(state).toMatchObject({ light: 'grey', finished: true });
      expect(state.daysOverdue).toBeUndefined();
    }
  });
});

describe('due soon, late to start, behind schedule', () => {
  it('is due soon inside the window, edges included', () => {
    const task = firstTask('  - { title: a, due: 2024-07-14 }\n');
    expect(assessTask(task, asOf('2024-06-30')).daysLeft).toBe(14);
    expect(assessTask(task, asOf('2024-06-29')).daysLeft).toBeUndefined();
    expect(assessTask(task, asOf('2024-07-14')).daysLeft).toBe(0);
    expect(assessTask(task, asOf('2024-06-29', 15)).light).toBe('yellow');
  });

  it('is late to start once the whole start span has passed', () => {
    const task = firstTask('  - { title: a, start: 2024-06, due: 2024-12 }\n');
    expect(assessTask(task, asOf('2024-06-30')).daysLateToStart).toBeUndefined();
    expect(assessTask(task, asOf('2024-07-03'))).toMatchObject({
      daysLateToStart: 3,
      light: 'yellow',
    });
  });

  it('is behind by the points progress trails the elapsed share', () => {
    // 2024-01-01 .. 2024-04-09 is 100 days; on day 50 half is expected.
    const at = (progress: number) =>
      assessTask(
        firstTask(
          `  - { title: a, start: 2024-01-01, due: 2024-04-09, status: doing, progress: ${progress} }\n`,
        ),
        asOf('2024-02-20'),
      );
    expect(at(50).expectedProgress).toBe(50);
    expect(at(41).light).toBe('green');
    expect(at(40)).toMatchObject({ pointsBehind: 10, light: 'yellow' });
    expect(at(21).light).toBe('yellow');
    expect(at(20)).toMatchObject({ pointsBehind: 30, light: 'yellow' });
    expect(at(19)).toMatchObject({ pointsBehind: 31, light: 'red' });
  });

  it('takes progress from the latest update when the task has none', () => {
    const task = firstTask(
      '  - title: a\n    start: 2024-01-01\n    due: 2024-04-09\n    status: doing\n    updates:\n      - { date: 2024-02-01, progress: 45 }\n      - { date: 2024-01-10, progress: 5 }\n',
    );
    expect(assessTask(task, asOf('2024-02-20')).pointsBehind).toBeUndefined();
  });
});

describe('phases and targets', () => {
  const phases = `phases:
  - { id: p1, name: 阶段一, start: 2023-01, end: 2023-06 }
  - { id: p2, name: 阶段二, start: 2023-01, end: 2023-06, status: done }
  - { id: p3, name: 阶段三, start: 2023-01, end: 2023-06 }
`;
  it('is late only with unfinished work, or by its own status when empty', () => {
    const p = plan(
      '  - { title: a, phase: p1, status: done }\n  - { title: b, phase: p1 }\n',
      phases + '  - { id: p4, name: 阶段四, start: 2023-01, end: 2023-06, status: doing }\n',
    );
    // The phases end 2023-06-30; on 2 July that is 2 days past.
    const today = asOf('2023-07-02');
    // p1 has task b unfinished: late.
    expect(assessPhase(p.phases[0]!, p, today).daysOverdue).toBe(2);
    // p2 has no tasks and says done: finished, no light.
    expect(assessPhase(p.phases[1]!, p, today).finished).toBe(true);
    // p3 has no tasks and no status: nothing says its work is unfinished,
    // so no light at all rather than a red one nobody decided.
    expect(assessPhase(p.phases[2]!, p, today)).toMatchObject({
      untracked: true,
      light: 'grey',
      reasons: [],
    });
    expect(assessPhase(p.phases[2]!, p, today).daysOverdue).toBeUndefined();
    // p4 has no tasks and says doing: late by its own status.
    expect(assessPhase(p.phases[3]!, p, today).daysOverdue).toBe(2);
    // On its last day p3 is still within its window: untracked, but not yet said.
    expect(assessPhase(p.phases[2]!, p, asOf('2023-06-30')).untracked).toBe(true);
  });
});
