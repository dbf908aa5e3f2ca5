import { describe, expect, it } from 'vitest';
import { assessTask } from '../analyze/schedule.js';
import { compilePlan } from '../compile.js';
import { formatIsoDay, parseIsoDay } from '../dates/index.js';
import { tickLabel } from '../i18n/timeline-labels.js';
import { chartGeometry, chartRoom, labelColumnWidth, termFits } from '../render/timeline/layout.js';
import {
  buildTimeline,
  countUnits,
  extentDays,
  MAX_TICKS,
  type Timeline,
  type TimelineOptions,
  type TimelineRow,
} from './timeline.js';

const day = (text: string) => parseIsoDay(text)!;
const iso = (d: number | undefined) => (d === undefined ? undefined : formatIsoDay(d));
const today = day('2024-06-30');

function compile(yaml: string) {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: 测试方案\n${yaml}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}

function timeline(yaml: string, options: Partial<TimelineOptions> = {}): Timeline {
  return buildTimeline(compile(yaml), { today, warnDays: 14, ...options });
}

function row(t: Timeline, label: string): TimelineRow {
  const found = t.rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

/** The extent as ISO days, to compare readably. */
function span(r: TimelineRow) {
  const { first, last } = extentDays(r.extent);
  return { kind: r.extent.kind, first: iso(first), last: iso(last) };
}

describe('bar extents at the precision of their dates', () => {
  const cases: [string, string, string][] = [
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-06', '2024-06-01', '2024-06-30'],
    ['2024-06-15', '2024-06-15', '2024-06-15'],
    ['2024年6月底', '2024-06-01', '2024-06-30'],
    ['2024年第三季度', '2024-07-01', '2024-09-30'],
  ];
  it.each(cases)('start and due %s run from its first to its last day', (written, first, last) => {
    const t = timeline(`tasks:\n  - title: 任务\n    start: "${written}"\n    due: "${written}"\n`);
    expect(span(row(t, '任务'))).toEqual({ kind: 'span', first, last });
    expect(row(t, '任务').extent).toMatchObject({ startFrom: 'own' });
  });

  it.each(
    cases,
  )('a due date %s with no start and no phase is its own span', (written, first, last) => {
    const t = timeline(`tasks:\n  - title: 任务\n    due: "${written}"\n`);
    expect(span(row(t, '任务'))).toEqual({ kind: 'span', first, last });
    expect(row(t, '任务').extent).toMatchObject({ startFrom: 'due', ownFrom: day(first) });
  });

  it('runs from the start of the start to the end of the due date', () => {
    const t = timeline('tasks:\n  - title: 任务\n    start: 2024-H1\n    due: 2024-Q3\n');
    expect(span(row(t, '任务'))).toEqual({ kind: 'span', first: '2024-01-01', last: '2024-09-30' });
  });

  it('takes the phase start when a task gives none, and says so', () => {
    const t = timeline(
      'phases:\n  - { id: p, name: 实施, start: 2024-03, end: 2024-10 }\n' +
        'tasks:\n  - { title: 任务, phase: p, due: 2024-06-15 }\n',
    );
    const r = row(t, '任务');
    expect(span(r)).toEqual({ kind: 'span', first: '2024-03-01', last: '2024-06-15' });
    expect(r.extent).toMatchObject({ startFrom: 'phase', ownFrom: day('2024-06-15') });
  });

  it('inherits the phase from a parent task, and the due date', () => {
    const t = timeline(
      'phases:\n  - { id: p, name: 实施, start: 2024-03, end: 2024-10 }\n' +
        'tasks:\n  - title: 父\n    phase: p\n    due: 2024-Q3\n    tasks:\n      - { title: 子 }\n',
    );
    expect(span(row(t, '子'))).toEqual({ kind: 'span', first: '2024-03-01', last: '2024-09-30' });
  });

  it('does not take a phase start that comes after the due date', () => {
    const t = timeline(
      'phases:\n  - { id: p, name: 实施, start: 2024-09, end: 2024-10 }\n' +
        'tasks:\n  - { title: 任务, phase: p, due: 2024-06 }\n',
    );
    expect(row(t, '任务').extent).toMatchObject({ kind: 'span', startFrom: 'due' });
  });

  it('draws a phase or step with one date as that date', () => {
    const t = timeline(
      'phases:\n  - name: 动员\n    start: 2024-07\n    steps:\n      - { name: 步骤, end: 2024-Q4 }\n',
    );
    expect(span(row(t, '动员'))).toEqual({ kind: 'span', first: '2024-07-01', last: '2024-07-31' });
    expect(span(row(t, '步骤'))).toEqual({ kind: 'span', first: '2024-10-01', last: '2024-12-31' });
  });

  it('puts a milestone on the last day of its due date', () => {
    const t = timeline('milestones:\n  - { title: 报告, due: 2024-06 }\n');
    expect(row(t, '报告').extent).toEqual({ kind: 'point', day: day('2024-06-30'), at: 'due' });
  });

  it('puts a task with only a start at its start, and one with no dates nowhere', () => {
    const t = timeline('tasks:\n  - { title: 起, start: 2024-06 }\n  - { title: 无 }\n');
    expect(row(t, '起').extent).toEqual({ kind: 'point', day: day('2024-06-01'), at: 'start' });
    expect(row(t, '无').extent).toEqual({ kind: 'none' });
    expect(row(t, '无').placement).toBe('undated');
  });
});

describe('ongoing duties', () => {
  it('are open from their own start', () => {
    const t = timeline('tasks:\n  - { title: 长期, start: 2024-03, due: 长期坚持 }\n');
    expect(row(t, '长期').extent).toEqual({
      kind: 'open',
      start: day('2024-03-01'),
      startFrom: 'own',
    });
    expect(row(t, '长期').placement).toBe('within');
  });

  it('are open from their phase start, or from the left edge', () => {
    const t = timeline(
      'phases:\n  - { id: p, name: 实施, start: 2024-02, end: 2024-10 }\n' +
        'tasks:\n  - { title: 甲, phase: p, due: ongoing }\n  - { title: 乙, due: 持续推进 }\n',
    );
    expect(row(t, '甲').extent).toEqual({
      kind: 'open',
      start: day('2024-02-01'),
      startFrom: 'phase',
    });
    expect(row(t, '乙').extent).toEqual({ kind: 'open', startFrom: 'none' });
    expect(row(t, '乙').placement).toBe('within');
  });

  it('are after the range when they start after it', () => {
    const t = timeline('tasks:\n  - { title: 长期, start: 2026-01, due: ongoing }\n', {
      from: day('2024-01-01'),
      to: day('2024-12-31'),
    });
    expect(row(t, '长期').placement).toBe('after');
  });
});

describe('rows', () => {
  const yaml =
    'phases:\n' +
    '  - { id: a, name: 动员, start: 2024-01, end: 2024-02, steps: [{ name: 宣传, start: 2024-01, end: 2024-01 }] }\n' +
    '  - { id: b, name: 实施, start: 2024-03, end: 2024-10 }\n' +
    'tasks:\n' +
    '  - { title: 无阶段, due: 2024-05 }\n' +
    '  - title: 任务一\n    phase: b\n    due: 2024-09\n    tasks:\n' +
    '      - title: 子一\n        tasks:\n          - { title: 孙一 }\n' +
    '      - { title: 子二, phase: a, due: 2024-02 }\n' +
    '  - { title: 任务二, phase: a, due: 2024-01 }\n' +
    'milestones:\n  - { title: 节点甲, due: 2024-03-01, phase: b }\n  - { title: 节点乙, due: 2024-04-01 }\n';

  it('lists each phase with its steps, tasks and milestones, then the rest', () => {
    const t = timeline(yaml);
    expect(t.rows.map((r) => [r.kind, r.number, r.label, r.depth, r.phaseId ?? '-'])).toEqual([
      ['phase', '1', '动员', 0, 'a'],
      ['step', '1.1', '宣传', 1, 'a'],
      ['task', '2.2', '子二', 1, 'a'],
      ['task', '3', '任务二', 1, 'a'],
      ['phase', '2', '实施', 0, 'b'],
      ['task', '2', '任务一', 1, 'b'],
      ['task', '2.1', '子一', 2, 'b'],
      ['task', '2.1.1', '孙一', 3, 'b'],
      ['milestone', '', '节点甲', 1, 'b'],
      ['task', '1', '无阶段', 0, '-'],
      ['milestone', '', '节点乙', 0, '-'],
    ]);
    expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length);
  });

  it('takes each light from the schedule, as plan check does', () => {
    const plan = compile(yaml);
    const t = buildTimeline(plan, { today, warnDays: 14 });
    for (const task of plan.allTasks) {
      const r = t.rows.find((x) => x.key === `task:${task.key}`)!;
      expect(r.light).toBe(assessTask(task, { today, warnDays: 14 }).light);
    }
    expect(row(t, '无阶段').light).toBe('red');
    expect(row(t, '宣传').light).toBeUndefined();
  });

  it('keeps items outside the range, marked by side', () => {
    const t = timeline(yaml, { from: day('2024-03-01'), to: day('2024-04-30') });
    expect(row(t, '任务二').placement).toBe('before');
    expect(row(t, '任务一').placement).toBe('within');
    expect(
      timeline(yaml, { to: day('2024-01-31') }).rows.find((r) => r.label === '实施')!.placement,
    ).toBe('after');
    expect(t.rows).toHaveLength(11);
  });
});

describe('range and scale', () => {
  const yaml =
    'period: { start: 2024-01, end: 2024-12 }\n' +
    'tasks:\n  - { title: 一, start: 2023-11-15, due: 2024-03 }\n  - { title: 二, due: 2025-02-10 }\n';

  it("is the plan's period by default, in whole units", () => {
    const t = timeline(yaml, { scale: 'month' });
    expect([iso(t.from), iso(t.to)]).toEqual(['2024-01-01', '2024-12-31']);
    expect(t.ticks).toHaveLength(12);
  });

  it('is the span of all dates without a period, widened to whole units', () => {
    const t = timeline(yaml.replace(/period.*\n/, ''), { scale: 'quarter' });
    expect([iso(t.from), iso(t.to)]).toEqual(['2023-10-01', '2025-03-31']);
    const weeks = timeline(yaml.replace(/period.*\n/, ''), { scale: 'week' });
    // 2023-11-15 is a Wednesday; 2025-02-10 a Monday.
    expect([iso(weeks.from), iso(weeks.to)]).toEqual(['2023-11-13', '2025-02-16']);
  });

  it('is clipped by from and to, widened to whole units', () => {
    const t = timeline(yaml, { scale: 'month', from: day('2024-05-15'), to: day('2024-07-02') });
    expect([iso(t.from), iso(t.to)]).toEqual(['2024-05-01', '2024-07-31']);
    expect(t.ticks.map((tick) => tick.index)).toEqual([5, 6, 7]);
    expect(t.todayInRange).toBe(true);
    const later = timeline(yaml, { scale: 'month', from: day('2024-08-01') });
    expect(later.todayInRange).toBe(false);
  });

  it('is today when nothing has a date', () => {
    const t = timeline('tasks:\n  - { title: 无 }\n', { scale: 'month' });
    expect([iso(t.from), iso(t.to)]).toEqual(['2024-06-01', '2024-06-30']);
  });

  it('counts units without building them', () => {
    expect(countUnits('week', day('2024-01-01'), day('2024-12-31'))).toBe(53);
    expect(countUnits('month', day('2023-11-15'), day('2025-02-10'))).toBe(16);
    expect(countUnits('quarter', day('2023-11-15'), day('2025-02-10'))).toBe(6);
  });

  it('chooses the finest scale that fits', () => {
    const fitsIn = (columns: number) => (_: unknown, units: number) => units * 2 <= columns;
    expect(timeline(yaml, { fits: fitsIn(120) }).scale).toBe('week');
    expect(timeline(yaml, { fits: fitsIn(100) }).scale).toBe('month');
    expect(timeline(yaml, { fits: fitsIn(20) }).scale).toBe('quarter');
    // Nothing fits: the coarsest, and the chart grows wider than asked.
    expect(timeline(yaml, { fits: fitsIn(2) }).scale).toBe('quarter');
    expect(timeline(yaml, { fits: fitsIn(120), scale: 'quarter' }).scaleGiven).toBe(true);
  });

  it.each([
    // Labels here are 4 columns wide, so the chart has width − 9 columns.
    [200, 'week'],
    [115, 'week'],
    [114, 'month'],
    [40, 'month'],
    [32, 'quarter'],
  ] as const)('at width %i in the terminal it is %s', (width, scale) => {
    const t = timeline(yaml, { fits: termFits(width, 'zh-CN') });
    expect(t.scale).toBe(scale);
    const room = chartRoom(labelColumnWidth(t.rows, width, 'zh-CN'), width);
    expect(chartGeometry(t, room).columns).toBeLessThanOrEqual(room);
  });

  it('cuts a range of more than MAX_TICKS units', () => {
    const t = timeline('tasks:\n  - { title: 远, start: 1900, due: 2024 }\n', { scale: 'month' });
    expect(t.ticks).toHaveLength(MAX_TICKS);
    expect(t.truncated).toBe(true);
    expect(row(t, '远').placement).toBe('within');
  });

  it('marks the ticks where the year changes', () => {
    const t = timeline(yaml, { scale: 'quarter', from: day('2024-07-01'), to: day('2025-06-30') });
    expect(t.ticks.map((tick) => [tick.year, tick.index, tick.newYear])).toEqual([
      [2024, 3, true],
      [2024, 4, false],
      [2025, 1, true],
      [2025, 2, false],
    ]);
    const weeks = timeline(yaml, { scale: 'week', from: day('2024-12-23'), to: day('2025-01-12') });
    // 2024-12-30 starts ISO week 1 of 2025.
    expect(weeks.ticks.map((tick) => [tick.year, tick.index, tick.newYear])).toEqual([
      [2024, 52, true],
      [2025, 1, true],
      [2025, 2, false],
    ]);
  });
});

describe('today in the terminal chart', () => {
  it('falls in the column of its day', () => {
    const t = timeline('period: { start: 2024-01, end: 2024-12 }\n', { scale: 'month' });
    const geometry = chartGeometry(t, 12 * 4);
    expect(geometry.perUnit).toBe(4);
    // 30 June is the last day of the sixth month: the last of its four columns.
    expect(geometry.columnOf(today)).toBe(23);
    expect(geometry.columnOf(day('2024-06-01'))).toBe(20);
    expect(geometry.columnOf(day('2024-01-01'))).toBe(0);
    expect(geometry.lastColumnOf(day('2024-12-31'))).toBe(47);
  });

  it('gives a one-day bar at least one column and never more than its days', () => {
    const t = timeline('period: { start: 2024-06-03, end: 2024-06-09 }\n', { scale: 'week' });
    const geometry = chartGeometry(t, 100);
    expect(geometry.perUnit).toBe(7);
    const d = day('2024-06-05');
    expect([geometry.columnOf(d), geometry.lastColumnOf(d)]).toEqual([2, 2]);
  });
});

describe('occurrences of recurring duties', () => {
  it('are the due days inside the bar and the range', () => {
    const t = timeline(
      'tasks:\n  - { title: 月报, start: 2024-03, due: 2024-10, repeat: monthly }\n',
      { scale: 'month', from: day('2024-01-01'), to: day('2024-06-30') },
    );
    expect(row(t, '月报').occurrences.map(iso)).toEqual([
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
    ]);
  });

  it('start with the phase when the task borrows its start', () => {
    const t = timeline(
      'phases:\n  - { id: p, name: 实施, start: 2024-05, end: 2024-10 }\n' +
        'tasks:\n  - { title: 季报, phase: p, due: 2024-12, repeat: quarterly }\n',
      { scale: 'month', from: day('2024-01-01'), to: day('2024-12-31') },
    );
    expect(row(t, '季报').occurrences.map(iso)).toEqual(['2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('are none for items outside the range or that do not repeat', () => {
    const t = timeline(
      'tasks:\n  - { title: 周报, start: 2023-01, due: 2023-03, repeat: weekly }\n  - { title: 普通, due: 2024-03 }\n',
      { scale: 'month', from: day('2024-01-01'), to: day('2024-12-31') },
    );
    expect(row(t, '周报').placement).toBe('before');
    expect(row(t, '周报').occurrences).toEqual([]);
    expect(row(t, '普通').occurrences).toEqual([]);
  });
});

describe('the bar of a recurring duty is its window', () => {
  const range = { scale: 'month' as const, from: day('2024-01-01'), to: day('2025-01-31') };

  it('runs through its phase when it has no dates of its own, every due day on it', () => {
    const t = timeline(
      'phases:\n  - { id: p, name: 实施, start: 2024-01, end: 2024-12 }\n' +
        'tasks:\n  - { title: 周五报送, phase: p, repeat: { every: week, weekday: fri } }\n',
      range,
    );
    // Without the window it had no dates at all and was not drawn.
    expect(span(row(t, '周五报送'))).toEqual({
      kind: 'span',
      first: '2024-01-01',
      last: '2024-12-31',
    });
    // Fridays of 2024: 1/5 first, 12/27 last, 52 in all.
    const fridays = row(t, '周五报送').occurrences.map(iso);
    expect([fridays[0], fridays.at(-1), fridays.length]).toEqual(['2024-01-05', '2024-12-27', 52]);
  });

  it('runs through the plan period for a sub-task with nothing but a start', () => {
    const t = timeline(
      'period: { start: 2024-01, end: 2024-12 }\n' +
        'tasks:\n  - { title: 年中年底, start: 2024-03, repeat: { every: year, months: [6, 12] } }\n',
      range,
    );
    // Not a start point on 1 March: 2024-03-01..2024-12-31, due 6/30 and 12/31.
    expect(span(row(t, '年中年底'))).toEqual({
      kind: 'span',
      first: '2024-03-01',
      last: '2024-12-31',
    });
    expect(row(t, '年中年底').occurrences.map(iso)).toEqual(['2024-06-30', '2024-12-31']);
  });

  it('stretches to the last due day a within puts past the window', () => {
    const t = timeline(
      'tasks:\n  - { title: 季后报送, start: 2024-01, due: 2024-12, repeat: { every: quarter, within: 15 days } }\n',
      range,
    );
    // Q4 ends 2024-12-31, its report is due 15 days later, 2025-01-15.
    expect(span(row(t, '季后报送')).last).toBe('2025-01-15');
    expect(row(t, '季后报送').occurrences.map(iso)).toEqual([
      '2024-04-15',
      '2024-07-15',
      '2024-10-15',
      '2025-01-15',
    ]);
  });

  it('is ongoing when the window has no end', () => {
    const t = timeline('tasks:\n  - { title: 月报, start: 2024-03, repeat: monthly }\n', range);
    expect(row(t, '月报').extent).toEqual({
      kind: 'open',
      start: day('2024-03-01'),
      startFrom: 'own',
    });
  });
});

describe('tick names', () => {
  it.each([
    ['week', 'en', 'full', true, 5, '2024-W05'],
    ['week', 'en', 'full', false, 5, 'W05'],
    ['week', 'en', 'short', true, 5, 'W05'],
    ['week', 'zh-CN', 'full', false, 23, '第23周'],
    ['week', 'zh-TW', 'full', true, 23, '2024年第23週'],
    ['month', 'en', 'full', false, 6, '2024-06'],
    ['month', 'en', 'short', false, 6, 'Jun'],
    ['month', 'en', 'short', true, 6, '2024-06'],
    ['month', 'zh-CN', 'full', false, 6, '6月'],
    ['month', 'zh-CN', 'full', true, 6, '2024年6月'],
    ['quarter', 'en', 'full', false, 3, '2024-Q3'],
    ['quarter', 'en', 'short', false, 3, 'Q3'],
    ['quarter', 'zh-CN', 'full', true, 3, '2024年第三季度'],
    ['quarter', 'zh-TW', 'short', false, 3, '三季'],
  ] as const)('%s in %s (%s, year %s, #%i) is %s', (scale, lang, style, showYear, index, expected) => {
    expect(tickLabel({ year: 2024, index }, scale, lang, style, showYear)).toBe(expected);
  });
});

describe('scale', () => {
  it('builds 10,000 rows in linear time with lookups built once', () => {
    const tasks = Array.from(
      { length: 10_000 },
      (_, i) =>
        `  - { title: 任务${i}, phase: p${i % 20}, start: 2024-0${1 + (i % 9)}, due: 2024-Q4${i % 7 === 0 ? ', repeat: monthly' : ''} }\n`,
    ).join('');
    const phases = Array.from(
      { length: 20 },
      (_, i) => `  - { id: p${i}, name: 阶段${i}, start: 2024-01, end: 2024-12 }\n`,
    ).join('');
    const plan = compile(`phases:\n${phases}tasks:\n${tasks}`);
    const t = buildTimeline(plan, { today, warnDays: 14, fits: termFits(120, 'zh-CN') });
    expect(t.rows).toHaveLength(10_020);
    expect(t.rows.filter((r) => r.occurrences.length > 0).length).toBe(Math.ceil(10_000 / 7));
  });
});
