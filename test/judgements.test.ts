/**
 * A county plan as offices write it, half-way through, judged as a
 * supervisor would judge it by hand. Every figure below was worked out on
 * paper from the plan (test/fixtures/views/county-midway.yaml) and the date;
 * the test holds every format that carries judgements to the same answers:
 * `overdue`, `table` and `report` as JSON, and `check`.
 *
 * As of 2023-07-10 (default rule, 银川):
 * - T1 2022-04-01..2023-12-31 is 640 days; 465 have passed, so 序时进度 is
 *   465 / 640 = 72.66 → 72.7%; progress 50 trails by 22.7 points: yellow
 *   (10–30 inclusive).
 * - T2 is blocked (at least yellow) and 2022-04-01..2024-06-30 is 822 days,
 *   465 passed: 56.6%, progress 40 trails by 16.6: yellow.
 * - T3.1 was due 2023-06 (last day 30 June): 10 days overdue, red; its
 *   parent T3 takes the red; T3.2 (40% of 2022-04..2024-12, 33.6%) is green.
 * - T4 was due 2023-03 (31 March), done 15 April: done 15 days late, no light.
 * - T5 is due 20 July: 10 days left, within the 14-day window: yellow.
 * - T6 starts 2023-06 (late to start from 1 July), still todo: 10 days late
 *   to start, yellow.
 * - The 动员部署阶段 ended 2022-03 (31 March 2022, 466 days before) with no
 *   tasks and no status: nothing says its work is unfinished, so it gets
 *   no light and is not in the overdue list; check says so as an info.
 *   A supervisor does not call the mobilisation 466 days late because no
 *   task was filed under it.
 * - Targets: 7.5天 against 7.2天左右 (±5%: 6.84–7.56) is met; 24% against
 *   30%以上 due 2025-12 is on track; 29% against 30%以下 is met; 超过国家中位数
 *   cannot be computed and has no light.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const plan = 'test/fixtures/views/county-midway.yaml';

function json(args: string[], today: string) {
  const result = runCli([...args, plan, '--today', today]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

type Row = Record<string, unknown>;
const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id, row]));
const days = (row: Row | undefined) => ({
  light: row?.light,
  daysOverdue: row?.daysOverdue,
  daysLeft: row?.daysLeft,
  daysLateToStart: row?.daysLateToStart,
  daysDoneLate: row?.daysDoneLate,
});
const none = { daysOverdue: null, daysLeft: null, daysLateToStart: null, daysDoneLate: null };

describe('a county plan half-way through, as of 2023-07-10', () => {
  const today = '2023-07-10';
  const expected: Record<string, ReturnType<typeof days>> = {
    T1: { ...none, light: 'yellow' },
    T2: { ...none, light: 'yellow' },
    T3: { ...none, light: 'red' },
    'T3.1': { ...none, light: 'red', daysOverdue: 10 },
    'T3.2': { ...none, light: 'green' },
    T4: { ...none, light: null, daysDoneLate: 15 },
    T5: { ...none, light: 'yellow', daysLeft: 10 },
    T6: { ...none, light: 'yellow', daysLateToStart: 10 },
  };

  it('the table gives every task its light and its days, each in its own field', () => {
    const rows = byId(json(['table', '-f', 'json'], today).rows);
    for (const [id, want] of Object.entries(expected)) expect(days(rows.get(id)), id).toEqual(want);
  });

  it('the overdue list holds the same judgements, worst first, and not the untracked phase', () => {
    const items: Row[] = json(['overdue', '-f', 'json'], today).items;
    expect(items.map((item) => item.id)).toEqual(['T3.1', 'T6', 'T5', 'T1', 'T2', 'T4']);
    const item = byId(items);
    for (const id of ['T3.1', 'T6', 'T5', 'T1', 'T2', 'T4'])
      expect(days(item.get(id)), id).toEqual(expected[id]);
    expect(item.get('T2')?.reasons).toEqual(['behind-schedule', 'blocked']);
  });

  it('the report counts leaf tasks by light, units by their load, and targets by state', () => {
    const report = json(['report', '-f', 'json'], today);
    expect(report.tasks.byLight).toEqual({ red: 1, yellow: 4, blue: 0, green: 1 });
    expect(report.tasks.doneLate).toBe(1);
    const units = new Map(report.units.map((u: Row) => [u.unit, u]));
    // 县卫生健康局 leads T1, T3.1, T3.2 (inherited) and T5, supports T2 and T6.
    expect(units.get('县卫生健康局')).toEqual({
      unit: '县卫生健康局',
      lead: 4,
      support: 2,
      open: 6,
      overdue: 1,
      doneLate: 0,
    });
    expect(units.get('县人民医院')).toMatchObject({ lead: 1, open: 0, doneLate: 1 });
    expect(report.targets.map((t: Row) => [t.metric, t.state, t.light])).toEqual([
      ['平均住院日', 'met', 'green'],
      ['微创手术占比', 'on-track', 'green'],
      ['药占比', 'met', 'green'],
      ['门诊患者满意度', 'not-computable', null],
    ]);
  });

  it('plan check names the same problems, and the figures a supervisor reads', () => {
    const result = runCli(['check', plan, '--today', today, '-f', 'json', '--lang', 'zh-CN']);
    const found = JSON.parse(result.stdout).diagnostics.map((d: Row) => [d.code, d.line]);
    expect(found).toEqual([
      ['target-not-computable', 36],
      ['untracked-phase', 40],
      ['behind-schedule', 54],
      ['blocked', 63],
      ['behind-schedule', 64],
      ['overdue', 80],
      // T3.1 inherits T3's start (2022-04), so its 序时进度 by 2023-07-10 is
      // 100% (its due, 2023-06, has passed): 80% is 20 points behind.
      ['behind-schedule', 82],
      ['due-soon', 104],
      ['late-to-start', 113],
    ]);
    const messages = JSON.parse(result.stdout).diagnostics.map((d: Row) => d.message);
    expect(messages).toContain(
      '任务“加强医疗服务体系建设”进度 50%，落后序时进度（72.7%）22.7 个百分点',
    );
  });
});

describe('the same plan one day either side of its lines', () => {
  it('on 2023-06-30 T3.1 is due today, not overdue, and its parent is yellow', () => {
    const rows = byId(json(['table', '-f', 'json'], '2023-06-30').rows);
    expect(days(rows.get('T3.1'))).toEqual({ ...none, light: 'yellow', daysLeft: 0 });
    expect(rows.get('T3')?.light).toBe('yellow');
    // T6 starts 2023-06: on its last day it is not yet late to start.
    expect(days(rows.get('T6'))).toEqual({ ...none, light: 'green' });
  });

  it('on 2023-07-01 T3.1 is one day overdue and T6 one day late to start', () => {
    const rows = byId(json(['table', '-f', 'json'], '2023-07-01').rows);
    expect(days(rows.get('T3.1'))).toEqual({ ...none, light: 'red', daysOverdue: 1 });
    expect(days(rows.get('T6'))).toEqual({ ...none, light: 'yellow', daysLateToStart: 1 });
  });

  it('T5 enters the 14-day window on 2023-07-06 and not a day before', () => {
    // Due 20 July: 14 days left on 6 July (inside), 15 on 5 July (outside).
    expect(days(byId(json(['table', '-f', 'json'], '2023-07-06').rows).get('T5'))).toEqual({
      ...none,
      light: 'yellow',
      daysLeft: 14,
    });
    expect(byId(json(['table', '-f', 'json'], '2023-07-05').rows).get('T5')?.light).toBe('green');
  });
});
