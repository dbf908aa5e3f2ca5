import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import type { Plan } from '../model/types.js';
import { overdueItems } from './overdue-items.js';
import { reportSummary, URGENT_LIMIT } from './report-summary.js';

function model(yaml: string): Plan {
  const compiled = compilePlan('t.yaml', `version: 1\n${yaml}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}

const options = { today: parseIsoDay('2024-06-30')!, warnDays: 14 };

const plan = model(`title: 县级实施方案
issuer: XX县卫生健康局
document_no: X卫发〔2024〕1号
issued: 2024-01-15
period: { start: 2024-01, end: 2025-12 }
units:
  health: { name: 县卫生健康局, aliases: [县卫健局] }
  finance: 县财政局
  hr: 县人社局
goals:
  - id: G1
    title: 提升服务能力
    due: 2025
    targets:
      - metric: 满意度
        target: ">= 95%"
        nature: binding
        baseline: { value: 90%, date: 2023 }
        actual: [{ value: 93%, date: 2024-03 }, { value: 94%, date: 2024-05 }]
        due: 2024-07-10
      - { metric: 章程, target: 实现, nature: advocated, actual: { value: 实现, date: 2024-05 } }
      - { metric: 占比, target: ">= 30%", nature: expected }
  - { id: G2, title: 无指标目标 }
tasks:
  - title: 父任务
    goals: [G1, G2]
    lead: health
    support: [finance]
    due: 2024-12
    tasks:
      - { title: 子一, due: 2024-05, status: doing }
      - { title: 子二, status: done }
      - { title: 子三, lead: 县卫健局, support: [health, hr], status: blocked }
  - { title: 财政牵头, lead: finance, support: [县卫健局], due: 2024-06-10, status: todo }
  - { title: 已取消, lead: hr, status: dropped }
  - { title: 人社牵头, lead: hr, start: 2024-01, due: 2025-12, status: todo }
`);
const summary = reportSummary(plan, options);

describe('reportSummary: counts', () => {
  it('counts leaf tasks only, so a parent is not counted beside its sub-tasks', () => {
    expect(summary.tasks.total).toBe(6);
    expect(summary.taskCount).toBe(7);
    expect(summary.tasks.byStatus).toEqual({ todo: 2, doing: 1, done: 1, blocked: 1, dropped: 1 });
  });
  it('counts lights as the schedule gives them', () => {
    // 子一 and 财政牵头 are overdue, 人社牵头 is late to start, 子三 is
    // blocked (never green, even without dates); 子二 and 已取消 are
    // finished and carry no light: they are counted by status only.
    expect(summary.tasks.byLight).toEqual({ red: 2, yellow: 2, blue: 0, green: 0 });
    expect(summary.tasks.doneLate).toBe(0);
  });
  it('keeps the plan header', () => {
    expect(summary).toMatchObject({
      title: '县级实施方案',
      issuer: 'XX县卫生健康局',
      documentNo: 'X卫发〔2024〕1号',
      asOf: options.today,
    });
    expect(summary.issued?.written).toBe('2024-01-15');
    expect(summary.periodEnd?.written).toBe('2025-12');
  });
});

describe('reportSummary: units', () => {
  const byName = new Map(summary.units.map((unit) => [unit.name, unit]));
  it('counts a unit written by id and by alias once, lead before support', () => {
    // health leads 子一, 子二 and 子三 (once, though 子三 names it as lead
    // and support), and supports 财政牵头 through its alias.
    expect(byName.get('县卫生健康局')).toMatchObject({
      leads: 3,
      supports: 1,
      open: 3,
      overdue: 2,
    });
    expect(summary.units.filter((unit) => unit.name === '县卫生健康局')).toHaveLength(1);
  });
  it('counts open (not done or dropped) and overdue tasks the unit leads or supports', () => {
    expect(byName.get('县财政局')).toMatchObject({ leads: 1, supports: 2, open: 2, overdue: 2 });
    expect(byName.get('县人社局')).toMatchObject({ leads: 2, supports: 1, open: 2, overdue: 0 });
  });
  it('sorts by overdue, then open, then first mention', () => {
    expect(summary.units.map((unit) => unit.name)).toEqual([
      '县卫生健康局',
      '县财政局',
      '县人社局',
    ]);
  });
});

describe('reportSummary: goals and targets', () => {
  it('gives each target its latest reading and state', () => {
    const [g1, g2] = summary.goals;
    expect(
      g1!.targets.map((t) => [t.metric, t.latest?.value.written ?? null, t.state, t.light]),
    ).toEqual([
      ['满意度', '94%', 'at-risk', 'red'],
      ['章程', '实现', 'met', 'green'],
      // No data: 暂无数据 and no light at all, not a grey one.
      ['占比', null, 'unknown', null],
    ]);
    expect(g1!.targets.map((t) => t.nature)).toEqual(['binding', 'advocated', 'expected']);
    expect(g1!.targets[0]!.baseline?.value.written).toBe('90%');
    expect(g1!.targetCounts).toEqual({
      met: 1,
      'on-track': 0,
      'at-risk': 1,
      'not-computable': 0,
      unknown: 1,
    });
    expect(g2!.targets).toEqual([]);
    expect(summary.targetCounts).toEqual(g1!.targetCounts);
  });
});

describe('reportSummary: rows for a full table or a timeline', () => {
  it('lists every task, parents included, in document order', () => {
    expect(summary.rows.map((row) => [row.no, row.leaf])).toEqual([
      ['1', false],
      ['1.1', true],
      ['1.2', true],
      ['1.3', true],
      ['2', true],
      ['3', true],
      ['4', true],
    ]);
    expect(summary.rows[3]!.lead).toEqual(['县卫生健康局']);
  });
});

describe('reportSummary: the most urgent items', () => {
  const many = model(`title: 多项逾期
tasks:
${Array.from({ length: 12 }, (_, i) => `  - { title: 任务${i + 1}, due: 2024-05-${String(i + 10).padStart(2, '0')}, status: doing }`).join('\n')}
`);
  const report = reportSummary(many, options);
  it('are the first ten of the overdue list', () => {
    const list = overdueItems(many, options);
    expect(report.urgent).toHaveLength(URGENT_LIMIT);
    expect(report.urgent).toEqual(list.items.slice(0, URGENT_LIMIT));
    expect(report.overdue.items).toHaveLength(12);
    expect(report.urgent[0]!.title).toBe('任务1');
  });
  it('and the whole list when it is shorter', () => {
    expect(summary.urgent).toEqual(summary.overdue.items);
    expect(summary.urgent.map((item) => item.title)).toEqual([
      '子一',
      '财政牵头',
      '满意度',
      '人社牵头',
      '子三',
    ]);
  });
});
