import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import type { Plan } from '../model/types.js';
import { renderOverdueJson } from '../render/overdue/json.js';
import { type OverdueItem, overdueItems } from './overdue-items.js';

function model(yaml: string): Plan {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: 测试\n${yaml}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}

function day(iso: string): number {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(iso);
  return d;
}

function list(plan: Plan, today: string, warnDays = 14): readonly OverdueItem[] {
  return overdueItems(plan, { today: day(today), warnDays }).items;
}

function only(plan: Plan, today: string, warnDays = 14): OverdueItem {
  const items = list(plan, today, warnDays);
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('overdueItems: lateness by the precision a date was written with', () => {
  const monthDue = model(`tasks:
  - { title: 月底前完成, due: 2023-06, status: doing }
`);
  it('a task due 2023-06 is due today, not late, on 30 June', () => {
    const item = only(monthDue, '2023-06-30');
    expect(item.reason).toBe('due-soon');
    expect(item).toMatchObject({ daysLeft: 0, daysOverdue: null });
    expect(item.light).toBe('yellow');
  });
  it('…and one day late on 1 July', () => {
    const item = only(monthDue, '2023-07-01');
    expect(item).toMatchObject({ reason: 'overdue', daysOverdue: 1, daysLeft: null, light: 'red' });
  });

  const halfDue = model(`tasks:
  - { title: 上半年完成, due: 2023年上半年, status: todo }
`);
  it('2023年上半年 is late from 1 July, not on 30 June', () => {
    expect(only(halfDue, '2023-06-30').reason).toBe('due-soon');
    expect(only(halfDue, '2023-07-01')).toMatchObject({ reason: 'overdue', daysOverdue: 1 });
  });
  it('prints the due date in the canonical form at its precision', () => {
    const json = JSON.parse(
      renderOverdueJson(overdueItems(halfDue, { today: day('2023-07-01'), warnDays: 14 })),
    );
    expect(json.items[0].due).toBe('2023-H1');
  });
});

describe('overdueItems: the due-soon window', () => {
  const plan = model(`tasks:
  - { title: 报送材料, due: 2024-07-10, status: doing }
`);
  it('is listed on the last day of the window with its days left, never as negative days late', () => {
    // 2024-06-30 → 2024-07-10 is 10 days.
    const item = only(plan, '2024-06-30', 10);
    expect(item).toMatchObject({
      reason: 'due-soon',
      daysLeft: 10,
      daysOverdue: null,
      daysLateToStart: null,
      daysDoneLate: null,
      light: 'yellow',
    });
  });
  it('is not listed one day before the window opens', () => {
    expect(list(plan, '2024-06-30', 9)).toEqual([]);
  });
  it('with --warn-days 0 only the due day itself is due soon', () => {
    expect(list(plan, '2024-07-09', 0)).toEqual([]);
    expect(only(plan, '2024-07-10', 0).daysLeft).toBe(0);
  });
});

describe('overdueItems: late to start', () => {
  const plan = model(`tasks:
  - { title: 应启动, start: 2024-05, due: 2024-12, status: todo }
  - { title: 已启动, start: 2024-05, due: 2024-12, status: doing }
`);
  it('a todo task whose start month has ended is late to start, counted from its last day', () => {
    expect(list(plan, '2024-05-31')).toEqual([]);
    const item = only(plan, '2024-06-01');
    expect(item).toMatchObject({
      title: '应启动',
      reason: 'late-to-start',
      daysLateToStart: 1,
      daysOverdue: null,
      light: 'yellow',
    });
  });
});

describe('overdueItems: behind the pro-rata schedule', () => {
  // A ten-day window: on the 6th, half of it has passed, so 50% is expected.
  const plan = (progress: number) =>
    model(`tasks:
  - { title: 序时进度, start: 2024-01-01, due: 2024-01-10, status: doing, progress: ${progress} }
`);
  it('9 points behind is not listed', () => {
    expect(list(plan(41), '2024-01-06', 0)).toEqual([]);
  });
  it('exactly 10 points behind is yellow', () => {
    const item = only(plan(40), '2024-01-06', 0);
    // Due 2024-01-10, four days after the 6th; not yet in a 0-day window.
    expect(item).toMatchObject({ reason: 'behind-schedule', light: 'yellow', daysLeft: null });
    expect(item.details).toMatchObject({ pointsBehind: 10, progress: 40, expectedProgress: 50 });
  });
  it('exactly 30 points behind is yellow (银川: 含10~30), 31 is red', () => {
    expect(only(plan(20), '2024-01-06', 0).light).toBe('yellow');
    expect(only(plan(19), '2024-01-06', 0).light).toBe('red');
  });
  it('an overdue task that is also behind is one item, overdue first', () => {
    const item = only(plan(20), '2024-01-12');
    expect(item.reason).toBe('overdue');
    expect(item.reasons).toEqual(['overdue', 'behind-schedule']);
    expect(item.daysOverdue).toBe(2);
  });
});

describe('overdueItems: phases', () => {
  const plan = model(`phases:
  - { id: p1, name: 有未完成任务, start: 2024-01, end: 2024-03 }
  - { id: p2, name: 任务都已完成, start: 2024-01, end: 2024-03 }
  - { name: 无任务未完成, start: 2024-01, end: 2024-03, status: doing }
  - { name: 无任务无状态, start: 2024-01, end: 2024-03 }
  - { name: 无任务已完成, start: 2024-01, end: 2024-03, status: done }
  - { name: 无任务已取消, start: 2024-01, end: 2024-03, status: dropped }
  - { id: p6, name: 即将结束, start: 2024-01, end: 2024-04-05, status: doing }
tasks:
  - { title: 甲, phase: p1, status: done, due: 2024-02 }
  - { title: 乙, phase: p1, status: doing, due: 2025-12 }
  - { title: 丙, phase: p2, status: done, due: 2024-03 }
  - { title: 丁, phase: p2, status: dropped, due: 2024-03 }
`);
  const items = list(plan, '2024-04-01');
  it('is overdue only with unfinished work, or by its own status when it has no tasks', () => {
    // 无任务无状态 has neither tasks nor status: untracked, not listed.
    expect(items.map((item) => item.title)).toEqual(['有未完成任务', '无任务未完成']);
    expect(items.every((item) => item.kind === 'phase' && item.light === 'red')).toBe(true);
  });
  it('is numbered by its id, else its position', () => {
    expect(items.map((item) => [item.id, item.no])).toEqual([
      ['p1', 'p1'],
      [null, '3'],
    ]);
  });
  it('is not listed as due soon, because plan check does not report that', () => {
    expect(items.some((item) => item.title === '即将结束')).toBe(false);
  });
});

describe('overdueItems: milestones', () => {
  const plan = model(`milestones:
  - { id: M1, title: 上报总结, due: 2024-06-12, lead: 县卫生健康局 }
  - { title: 即将上报, due: 2024-07-02 }
  - { title: 已上报, due: 2024-06-01, status: done }
`);
  it('a milestone is overdue or due soon like a task; a done one is not listed', () => {
    const items = list(plan, '2024-06-30');
    // 2024-06-12 → 06-30: 18 days overdue; 06-30 → 07-02: 2 days left.
    expect(
      items.map((item) => [item.kind, item.no, item.reason, item.daysOverdue, item.daysLeft]),
    ).toEqual([
      ['milestone', 'M1', 'overdue', 18, null],
      ['milestone', '2', 'due-soon', null, 2],
    ]);
    expect(items[0]!.lead).toEqual(['县卫生健康局']);
  });
});

describe('overdueItems: targets', () => {
  const plan = model(`goals:
  - id: G1
    title: 提升满意度
    targets:
      - { metric: 住院患者满意度, target: ">= 93%", actual: [{ value: 91%, date: 2024-05 }], due: 2024-06 }
      - { metric: 门诊患者满意度, target: ">= 95%", actual: [{ value: 92%, date: 2023-12 }], due: 2025-12 }
      - { metric: 平均住院日, target: "<= 8天", actual: [{ value: 7.5天, date: 2023-12 }], due: 2024-06 }
      - { metric: 无数据, target: ">= 1", due: 2024-01 }
`);
  it('only a target at risk is listed, red, with the figures', () => {
    const item = only(plan, '2024-06-30');
    expect(item).toMatchObject({
      kind: 'target',
      id: null,
      no: null,
      title: '住院患者满意度',
      lead: [],
      reason: 'target-at-risk',
      light: 'red',
      // Due 2024-06 ends on the 30th: due today, not overdue.
      daysOverdue: null,
      daysLeft: 0,
      goalId: 'G1',
    });
    expect(item.details).toEqual({ target: '>= 93%', actual: '91%' });
  });
});

describe('overdueItems: recurring tasks', () => {
  // Reported every month up to May (each update inside its month).
  const plan = model(`tasks:
  - title: 每月报送
    start: 2024-01
    due: 2024-12
    repeat: monthly
    status: doing
    updates: [{ date: 2024-01-20 }, { date: 2024-02-20 }, { date: 2024-03-20 }, { date: 2024-04-20 }, { date: 2024-05-20 }]
`);
  it('is not overdue for past occurrences, only after its final due', () => {
    // As of 2024-06-16 the next occurrence (6/30) is 14 days off: due soon, not overdue.
    expect(only(plan, '2024-06-16')).toMatchObject({ reason: 'due-soon', daysOverdue: null });
    expect(list(plan, '2024-06-15')).toEqual([]);
    expect(only(plan, '2025-01-01')).toMatchObject({ reason: 'overdue', daysOverdue: 1 });
  });

  it('is listed for an occurrence with no report', () => {
    const silent = model(`tasks:
  - { title: 每月报送, start: 2024-01, due: 2024-12, repeat: monthly, status: doing }
`);
    // As of 2024-06-15, January..May are past with nothing reported.
    expect(only(silent, '2024-06-15')).toMatchObject({ reason: 'missed-occurrence', light: 'red' });
  });
});

describe('overdueItems: finished work', () => {
  const plan = model(`tasks:
  - { title: 已完成, start: 2023-01, due: 2023-06, status: done, progress: 10 }
  - { title: 已取消, start: 2023-01, due: 2023-06, status: dropped }
milestones:
  - { title: 已取消节点, due: 2023-06, status: dropped }
`);
  it('done and dropped items are never listed', () => {
    expect(list(plan, '2024-06-30')).toEqual([]);
  });
});

describe('overdueItems: order and fields', () => {
  const plan = model(`units:
  health: { name: 县卫生健康局, aliases: [县卫健局] }
  finance: 县财政局
phases:
  - { id: p1, name: 实施阶段, start: 2024-01, end: 2024-06-20 }
tasks:
  - { id: A, title: 黄灯早, due: 2024-07-01, status: doing, lead: [health, 县卫健局, finance] }
  - { title: 红灯少, due: 2024-06-25, status: doing, phase: p1 }
  - { title: 红灯多, due: 2024-05, status: doing }
  - { title: 黄灯晚, due: 2024-07-05, status: todo }
  - { title: 红灯同天数, due: 2024-06-20, status: doing }
  - { title: 无日期, status: doing }
milestones:
  - { title: 节点同天数, due: 2024-06-20 }
`);
  const items = list(plan, '2024-06-30');
  it('sorts red before yellow, then most days overdue, fewest days left, then plan order', () => {
    expect(items.map((item) => `${item.title}:${item.daysOverdue}/${item.daysLeft}`)).toEqual([
      '红灯多:30/null',
      '红灯同天数:10/null',
      '节点同天数:10/null',
      '实施阶段:10/null',
      '红灯少:5/null',
      '黄灯早:null/1',
      '黄灯晚:null/5',
    ]);
    expect(items.map((item) => item.light)).toEqual([
      'red',
      'red',
      'red',
      'red',
      'red',
      'yellow',
      'yellow',
    ]);
  });
  it('gives a task its id or null, its 序号, and each lead unit once', () => {
    const first = items.find((item) => item.title === '黄灯早')!;
    expect(first).toMatchObject({ id: 'A', no: '1', lead: ['县卫生健康局', '县财政局'] });
    const second = items.find((item) => item.title === '红灯少')!;
    expect(second).toMatchObject({ id: null, no: '2', lead: [] });
  });
  it('counts the lights', () => {
    expect(overdueItems(plan, { today: day('2024-06-30'), warnDays: 14 }).counts).toEqual({
      total: 7,
      red: 5,
      yellow: 2,
      blue: 0,
      doneLate: 0,
    });
  });
  it('is the same list however often it is built', () => {
    expect(list(plan, '2024-06-30')).toEqual(items);
  });
});

describe('renderOverdueJson', () => {
  const plan = model(`tasks:
  - { id: T1, title: 甲, due: 2024-06, status: doing, lead: [县卫生健康局, 县财政局] }
phases:
  - { name: 阶段, start: 2024-01, end: 2024-03, status: doing }
`);
  const text = renderOverdueJson(overdueItems(plan, { today: day('2024-07-01'), warnDays: 14 }));
  it('writes exactly the fields of the contract, in order', () => {
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['asOf', 'items', 'errors']);
    expect(json.errors).toEqual([]);
    expect(json.asOf).toBe('2024-07-01');
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual([
        'kind',
        'id',
        'no',
        'title',
        'lead',
        'due',
        'occurrence',
        'missed',
        'daysOverdue',
        'daysLeft',
        'daysLateToStart',
        'daysDoneLate',
        'light',
        'reason',
        'reasons',
      ]);
    }
    expect(json.items).toEqual([
      {
        kind: 'phase',
        id: null,
        no: '1',
        title: '阶段',
        lead: [],
        due: '2024-03',
        occurrence: null,
        missed: [],
        daysOverdue: 92,
        daysLeft: null,
        daysLateToStart: null,
        daysDoneLate: null,
        light: 'red',
        reason: 'overdue',
        reasons: ['overdue'],
      },
      {
        kind: 'task',
        id: 'T1',
        no: '1',
        title: '甲',
        lead: ['县卫生健康局', '县财政局'],
        due: '2024-06',
        occurrence: null,
        missed: [],
        daysOverdue: 1,
        daysLeft: null,
        daysLateToStart: null,
        daysDoneLate: null,
        light: 'red',
        reason: 'overdue',
        reasons: ['overdue'],
      },
    ]);
  });
  it('round-trips through JSON.parse', () => {
    expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
  });
});
