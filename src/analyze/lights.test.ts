/**
 * The traffic lights at every edge of the published rules. Each date and
 * figure below is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import type { Plan } from '../model/types.js';
import { overdueItems } from '../views/overdue-items.js';
import { assessPhase, assessTask, scheduleOptions } from './schedule.js';

function plan(body: string): Plan {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: t\n${body}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}
const day = (iso: string) => parseIsoDay(iso)!;
/** The first task of a plan, judged as of `today` by the plan's own rule. */
function stateOf(body: string, today: string, warnDays = 14) {
  const p = plan(body);
  return assessTask(p.allTasks[0]!, scheduleOptions(p, { today: day(today), warnDays }));
}
function findings(body: string, today: string) {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: t\n${body}`);
  return checkCompiled(compiled, { today: day(today), warnDays: 14 });
}

describe('银川 (default): 10 to 30 points behind is yellow, both edges included', () => {
  // 2024-01-01 .. 2024-12-31 is 366 days (a leap year). On 2024-07-01 the
  // days before today are 31+29+31+30+31+30 = 182, so 序时进度 is
  // 182 / 366 = 49.73% → 49.7 as printed and judged.
  const at = (progress: number) =>
    stateOf(
      `tasks:\n  - { title: a, start: 2024-01-01, due: 2024-12-31, status: doing, progress: ${progress} }\n`,
      '2024-07-01',
    );
  it('9.9 points behind is green', () => {
    expect(at(39.8)).toMatchObject({ light: 'green', expectedProgress: 49.7 });
    expect(at(39.8).reasons).toEqual([]);
  });
  it('exactly 10 points behind is yellow', () => {
    expect(at(39.7)).toMatchObject({ light: 'yellow', pointsBehind: 10 });
  });
  it('exactly 30 points behind is yellow (含10~30个百分点)', () => {
    expect(at(19.7)).toMatchObject({ light: 'yellow', pointsBehind: 30 });
  });
  it('30.1 points behind is red (超过30个百分点)', () => {
    expect(at(19.6)).toMatchObject({ light: 'red', pointsBehind: 30.1 });
  });
  it('ahead of 序时进度 is green', () => {
    expect(at(80).light).toBe('green');
  });
});

describe('三亚: shortfall relative to 序时进度, yellow within 50% (含50%), judged at the month end', () => {
  // “低于计划投资额序时进度50%以内的（含50%），亮黄牌；低于…50%以上的，亮红牌”,
  // each month on figures “年初至上个月月底”. 2024-01 .. 2024-12 is 12
  // months; on 2024-07-15 the last month end is 30 June: 6 months, 50%.
  const at = (progress: number, today = '2024-07-15') =>
    stateOf(
      `lights: { preset: sanya }\ntasks:\n  - { title: a, start: 2024-01, due: 2024-12, status: doing, progress: ${progress} }\n`,
      today,
    );
  it('at 序时进度 is green', () => {
    expect(at(50)).toMatchObject({ light: 'green', expectedProgress: 50 });
  });
  it('any shortfall is yellow: 49% is 2% short of 50%', () => {
    expect(at(49)).toMatchObject({ light: 'yellow', shortfall: 2 });
  });
  it('exactly 50% short is yellow (含50%)', () => {
    // (50 − 25) / 50 = 50%.
    expect(at(25)).toMatchObject({ light: 'yellow', shortfall: 50, pointsBehind: 25 });
  });
  it('more than 50% short is red', () => {
    // (50 − 24) / 50 = 52%.
    expect(at(24)).toMatchObject({ light: 'red', shortfall: 52 });
  });
  it('the day before a month ends still judges by the month before', () => {
    // 2024-06-30: the last month end before it is 31 May, 5/12 = 41.7%.
    expect(at(50, '2024-06-30').expectedProgress).toBe(41.7);
  });
});

describe('宣城: months elapsed ÷ months in the window; below 序时进度 is flagged, no red line', () => {
  // The 2021年1-6月 report: “未达序时进度…（进展情况占比低于50%…）”: six of
  // twelve months is 50%. As of 2021-07-10, the last month end is 30 June.
  const at = (progress: number, today = '2021-07-10') =>
    stateOf(
      `lights: { preset: xuancheng }\ntasks:\n  - { title: a, start: 2021-01, due: 2021-12, status: doing, progress: ${progress} }\n`,
      today,
    );
  it('50% after six months is on schedule', () => {
    expect(at(50)).toMatchObject({ light: 'green', expectedProgress: 50 });
  });
  it('49% is 未达序时进度: yellow', () => {
    expect(at(49).light).toBe('yellow');
  });
  it('far behind is still yellow, not red: the rule has no red line', () => {
    expect(at(0).light).toBe('yellow');
  });
  it('overdue is red under every rule', () => {
    // Due 2021-12 ends 31 December; 2022-01-01 is one day late.
    expect(at(90, '2022-01-01')).toMatchObject({ light: 'red', daysOverdue: 1 });
  });
});

describe('宿迁 三色督办单: blue near the deadline, yellow behind, red overdue', () => {
  // “对临近办结时限的发出蓝色单，对未达到序时进度…的发出黄色单，对逾期未办结的发出红色单”.
  const body = (status: string, progress = 50) =>
    `lights: { preset: suqian }\ntasks:\n  - { title: a, start: 2025-01-01, due: 2025-06-30, status: ${status}, progress: ${progress} }\n`;
  it('due in 10 days and on schedule is blue', () => {
    // 2025-06-20 → 06-30: 10 days left. 序时进度 170/181 = 93.9%: progress 94 is not behind.
    expect(stateOf(body('doing', 94), '2025-06-20')).toMatchObject({ light: 'blue', daysLeft: 10 });
  });
  it('behind, even far behind, is yellow, not red', () => {
    // Same day: 93.9 − 20 = 73.9 points behind.
    expect(stateOf(body('doing', 20), '2025-06-20').light).toBe('yellow');
  });
  it('overdue is red', () => {
    expect(stateOf(body('doing', 94), '2025-07-01').light).toBe('red');
  });
  it('reaches the views: the overdue list counts blue apart', () => {
    const p = plan(body('doing', 94));
    const list = overdueItems(p, { today: day('2025-06-20'), warnDays: 14 });
    expect(list.items.map((item) => item.light)).toEqual(['blue']);
    expect(list.counts).toMatchObject({ total: 1, red: 0, yellow: 0, blue: 1 });
  });
});

describe('an office’s own thresholds', () => {
  const at = (lights: string, progress: number) =>
    stateOf(
      // A 100-day window, 2024-01-01 .. 2024-04-09; on 2024-02-20, 50 days
      // have passed: 50% expected.
      `lights: ${lights}\ntasks:\n  - { title: a, start: 2024-01-01, due: 2024-04-09, status: doing, progress: ${progress} }\n`,
      '2024-02-20',
    );
  it('exclusive thresholds leave the edges out of the yellow band', () => {
    const rule = '{ yellow: 10, red: 30, inclusive: false }';
    expect(at(rule, 40).light).toBe('green'); // exactly 10: not yet yellow
    expect(at(rule, 39).light).toBe('yellow');
    expect(at(rule, 20).light).toBe('red'); // exactly 30: red
  });
  it('a block over a preset keeps the preset’s other fields', () => {
    const p = plan('lights: { preset: suqian, red: 40 }\n');
    expect(p.lightRule).toMatchObject({ preset: 'suqian', dueSoon: 'blue', yellow: 0, red: 40 });
  });
  it('red: none takes the red line away', () => {
    expect(at('{ red: none }', 0).light).toBe('yellow');
  });
});

describe('checkpoints (形象进度) replace the straight line', () => {
  // Points: 2025-01-01 → 0, end of Q1 (from 04-01) → 20, end of Q2 (from
  // 07-01) → 45, end of the due date (from 2026-01-01) → 100.
  const at = (progress: number, today: string) =>
    stateOf(
      `tasks:\n  - title: a\n    start: 2025-01-01\n    due: 2025-12-31\n    status: doing\n    progress: ${progress}\n    checkpoints: { 2025-Q1: 20, 2025-Q2: 45 }\n`,
      today,
    );
  it('on a checkpoint, expects its figure', () => {
    expect(at(20, '2025-04-01').expectedProgress).toBe(20);
    expect(at(45, '2025-07-01').expectedProgress).toBe(45);
  });
  it('between two checkpoints, expects the line between them', () => {
    // 2025-05-16 is 45 days after 04-01, of the 91 to 07-01:
    // 20 + 25 × 45/91 = 32.36 → 32.4.
    expect(at(22.4, '2025-05-16')).toMatchObject({
      expectedProgress: 32.4,
      pointsBehind: 10,
      light: 'yellow',
    });
    expect(at(22.5, '2025-05-16').light).toBe('green'); // 9.9 behind
  });
  it('where the straight line would have expected more', () => {
    // The straight line on 2025-05-16 expects 135/365 = 37.0%; 25 would be
    // 12 points behind it, but only 7.4 behind the office's checkpoints.
    expect(at(25, '2025-05-16').light).toBe('green');
  });
});

describe('lights never hide trouble', () => {
  it('a blocked task is yellow even with nothing else wrong', () => {
    expect(stateOf('tasks:\n  - { title: a, status: blocked }\n', '2024-06-30')).toMatchObject({
      light: 'yellow',
      reasons: ['blocked'],
    });
  });
  it('a blocked task past its due is red', () => {
    expect(
      stateOf('tasks:\n  - { title: a, due: 2024-06-29, status: blocked }\n', '2024-06-30').light,
    ).toBe('red');
  });
  it('plan check names a blocked task with its latest note', () => {
    const found = findings(
      'tasks:\n  - title: a\n    status: blocked\n    updates:\n      - { date: 2024-06-01, note: 等待资金下达 }\n      - { date: 2024-06-20, note: 待省级平台接口开放 }\n',
      '2024-06-30',
    ).filter((f) => f.code === 'blocked');
    expect(found).toEqual([
      {
        code: 'blocked',
        path: ['tasks', 0, 'status'],
        params: { kind: 'task', name: 'a', no: '1', note: '待省级平台接口开放' },
      },
    ]);
  });

  const family = (childA: string, childB: string, parent = '') =>
    `tasks:\n  - title: p\n    start: 2024-01-01\n    due: 2024-12-31\n    status: doing\n${parent}    tasks:\n      - ${childA}\n      - ${childB}\n`;
  it('a parent takes the light of its worst sub-task', () => {
    const state = stateOf(
      family(
        '{ title: a, due: 2024-05-31, status: doing, progress: 90 }',
        '{ title: b, status: doing, progress: 60 }',
        '    progress: 60\n',
      ),
      '2024-06-30',
    );
    // Own: 60% against 182/366 = 49.7% expected: green. Sub-task a is
    // 30 days overdue: red.
    expect(state).toMatchObject({ light: 'red', childLight: 'red', reasons: [] });
  });
  it('a parent with no progress of its own shows its leaf tasks’ mean, and says so', () => {
    const state = stateOf(
      family('{ title: a, status: doing, progress: 40 }', '{ title: b, status: done }'),
      '2024-07-01',
    );
    // (40 + 100) / 2 = 70, against 49.7 expected: green.
    expect(state).toMatchObject({ progress: 70, progressFrom: 'sub-tasks', light: 'green' });
  });
  it('…and no mean when a sub-task in progress gives no figure', () => {
    const state = stateOf(
      family('{ title: a, status: doing, progress: 40 }', '{ title: b, status: doing }'),
      '2024-07-01',
    );
    expect(state.progress).toBeUndefined();
  });
  it('done and dropped work carries no light', () => {
    for (const status of ['done', 'dropped']) {
      const state = stateOf(
        `tasks:\n  - { title: a, due: 2024-06, status: ${status} }\n`,
        '2024-12-01',
      );
      expect(state).toMatchObject({ light: 'grey', finished: true, reasons: [] });
    }
  });
});

describe('done late (逾期完成)', () => {
  const at = (due: string, doneOn: string) =>
    stateOf(
      `tasks:\n  - { title: a, due: ${due}, status: done, done_on: ${doneOn} }\n`,
      '2024-12-31',
    );
  it('done on the due day is on time', () => {
    expect(at('2024-06-30', '2024-06-30')).toMatchObject({ reasons: [], finished: true });
    expect(at('2024-06-30', '2024-06-30').daysDoneLate).toBeUndefined();
  });
  it('done one day after is one day late', () => {
    expect(at('2024-06-30', '2024-07-01')).toMatchObject({
      daysDoneLate: 1,
      reasons: ['done-late'],
    });
  });
  it('counts from the last day of the due as written', () => {
    // Due 2024-06 ends on 30 June; done 2024-07-03 is 3 days late.
    expect(at('2024-06', '2024-07-03').daysDoneLate).toBe(3);
  });
  it('is listed with its days and no light, counted apart', () => {
    const p = plan(
      'tasks:\n  - { title: a, due: 2024-06-30, status: done, done_on: 2024-07-05 }\n',
    );
    const list = overdueItems(p, { today: day('2024-12-31'), warnDays: 14 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      reason: 'done-late',
      daysDoneLate: 5,
      daysOverdue: null,
      light: 'grey',
      status: 'done',
    });
    expect(list.counts).toMatchObject({ red: 0, yellow: 0, doneLate: 1 });
  });
  it('a done_on after today is a warning; today itself is not', () => {
    const body = (doneOn: string) =>
      `tasks:\n  - { title: a, due: 2024-06-30, status: done, done_on: ${doneOn} }\n`;
    expect(findings(body('2024-07-02'), '2024-07-01').map((f) => f.code)).toContain(
      'done-after-today',
    );
    expect(findings(body('2024-07-01'), '2024-07-01').map((f) => f.code)).not.toContain(
      'done-after-today',
    );
  });
});

describe('progress written as a fraction', () => {
  const codes = (status: string, progress: number) =>
    findings(`tasks:\n  - { title: a, status: ${status}, progress: ${progress} }\n`, '2024-07-01');
  it('0.5 on a task in progress gets a hint suggesting 50', () => {
    const hint = codes('doing', 0.5).find((f) => f.code === 'progress-fraction');
    expect(hint).toMatchObject({ path: ['tasks', 0, 'progress'], suggestion: '50' });
  });
  it('1 on a task in progress is 1%, no hint', () => {
    expect(codes('doing', 1).map((f) => f.code)).not.toContain('progress-fraction');
  });
  it('1 on a done task is a fraction, and not also a status contradiction', () => {
    const found = codes('done', 1).map((f) => f.code);
    expect(found).toContain('progress-fraction');
    expect(found).not.toContain('status-progress');
  });
  it('a todo task is left to status-progress', () => {
    const found = codes('todo', 0.5).map((f) => f.code);
    expect(found).not.toContain('progress-fraction');
    expect(found).toContain('status-progress');
  });
});

describe('no judgement on dates in error', () => {
  it('a reversed phase is not also overdue', () => {
    // 2016年4月—2014年6月: ends before it starts.
    const body =
      'phases:\n  - { id: p, name: 实施阶段, start: 2016-04, end: 2014-06 }\ntasks:\n  - { title: a, phase: p }\n';
    const codes = findings(body, '2020-01-01').map((f) => f.code);
    expect(codes).toContain('end-before-start');
    expect(codes).not.toContain('overdue');
    const p = plan(body);
    expect(assessPhase(p.phases[0]!, p, { today: day('2020-01-01'), warnDays: 14 })).toMatchObject({
      unjudged: true,
      reasons: [],
    });
  });
  it('a task due before it starts gets no light and no lateness', () => {
    const state = stateOf(
      'tasks:\n  - { title: a, start: 2024-06, due: 2024-03, status: todo }\n',
      '2024-12-01',
    );
    expect(state).toMatchObject({ light: 'grey', unjudged: true, reasons: [] });
  });
});

describe('impossible rules are located errors', () => {
  it('red below yellow points at red', () => {
    const found = findings('lights: { yellow: 30, red: 20 }\n', '2024-07-01');
    expect(found).toEqual([
      {
        code: 'schema',
        path: ['lights', 'red'],
        params: { problem: 'red-below-yellow', red: 20, yellow: 30 },
      },
    ]);
  });
  it('an unknown preset is a schema error at the preset', () => {
    const found = findings('lights: { preset: beijing }\n', '2024-07-01');
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([['schema', 'lights.preset']]);
  });
  it('checkpoints that fall are an error at the later one', () => {
    const found = findings(
      'tasks:\n  - title: a\n    checkpoints: { 2025-Q1: 50, 2025-Q2: 40 }\n',
      '2024-07-01',
    ).filter((f) => f.code === 'schema');
    expect(found.map((f) => f.path.join('.'))).toEqual(['tasks.0.checkpoints.2025-Q2']);
  });
  it('a checkpoint that is not a date is invalid-date, at its key', () => {
    const found = findings('tasks:\n  - title: a\n    checkpoints: { 明年: 50 }\n', '2024-07-01');
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'invalid-date',
        at: 'key',
        path: ['tasks', 0, 'checkpoints', '明年'],
      }),
    );
  });
});
