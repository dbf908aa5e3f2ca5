import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { formatIsoDay, parseIsoDay } from '../dates/index.js';
import type { Plan } from '../model/types.js';
import { type CalendarEvent, calendarEvents } from './calendar-events.js';

const TODAY = parseIsoDay('2024-06-30')!;

function plan(body: string, head = 'version: 1\ntitle: 测试方案\n'): Plan {
  const compiled = compilePlan('t.yaml', `${head}${body}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}

function events(body: string, head?: string, today = TODAY): readonly CalendarEvent[] {
  return calendarEvents(plan(body, head), { today }).events;
}

/** `[first, last]` of each event as ISO days, last inclusive. */
function spans(list: readonly CalendarEvent[]): [string, string][] {
  return list.map((event) => [formatIsoDay(event.first), formatIsoDay(event.last)]);
}

function taskWithDue(due: string): string {
  return `tasks:\n  - title: 任务\n    due: ${due}\n`;
}

describe('calendarEvents: due dates', () => {
  it.each([
    ['2024', '2024-12-31'],
    ['2024-H1', '2024-06-30'],
    ['2024-H2', '2024-12-31'],
    ['2024-Q1', '2024-03-31'],
    ['2024-Q3', '2024-09-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-06', '2024-06-30'],
    ['2024-06-15', '2024-06-15'],
    ['2024年底', '2024-12-31'],
    ['2024年6月底前', '2024-06-30'],
    ['2024年上半年', '2024-06-30'],
    ['2024年第三季度', '2024-09-30'],
    ['2024年7月16日', '2024-07-16'],
  ])('a task due %s is one day, on %s', (due, day) => {
    const list = events(taskWithDue(due));
    expect(spans(list)).toEqual([[day, day]]);
    expect(list[0]!.kind).toBe('task');
    expect(list[0]!.due?.kind).toBe('fixed');
  });

  it('makes no event for an ongoing or absent due date', () => {
    expect(events(taskWithDue('ongoing'))).toEqual([]);
    expect(events(taskWithDue('长期坚持'))).toEqual([]);
    expect(events('tasks:\n  - title: 无时限\n')).toEqual([]);
  });

  it('gives a sub-task the due date it inherits', () => {
    const list = events('tasks:\n  - title: 父\n    due: 2024-05\n    tasks:\n      - title: 子\n');
    expect(list.map((event) => [event.no, event.title])).toEqual([
      ['1', '父'],
      ['1.1', '子'],
    ]);
    expect(spans(list)).toEqual([
      ['2024-05-31', '2024-05-31'],
      ['2024-05-31', '2024-05-31'],
    ]);
  });

  it('keeps a written 序号', () => {
    const list = events('tasks:\n  - no: （一）\n    title: 任务\n    due: 2024-05\n');
    expect(list[0]!.no).toBe('（一）');
  });
});

describe('calendarEvents: milestones, phases and steps', () => {
  it('puts a milestone on the last day of its due date', () => {
    const list = events(
      'milestones:\n  - { title: 年中, due: 2024-06 }\n  - { title: 当天, due: 2024-07-10 }\n',
    );
    expect(list.map((event) => event.kind)).toEqual(['milestone', 'milestone']);
    expect(spans(list)).toEqual([
      ['2024-06-30', '2024-06-30'],
      ['2024-07-10', '2024-07-10'],
    ]);
  });

  it('spans a phase from the first day of its start to the last day of its end', () => {
    const list = events(
      [
        'phases:',
        '  - { id: a, name: 动员, start: 2014-07, end: 2014-07 }',
        '  - { id: b, name: 实施, start: 2014-08, end: 2016-03 }',
        '  - { id: c, name: 总结, start: 2016-Q2, end: 2016 }',
        '  - { id: d, name: 日, start: 2016-03-17, end: 2016-04-01 }',
        '',
      ].join('\n'),
    );
    expect(spans(list)).toEqual([
      ['2014-07-01', '2014-07-31'],
      ['2014-08-01', '2016-03-31'],
      ['2016-04-01', '2016-12-31'],
      ['2016-03-17', '2016-04-01'],
    ]);
    expect(list.every((event) => event.kind === 'phase')).toBe(true);
  });

  it('gives a phase with one date that day, and a phase with none nothing', () => {
    const list = events(
      [
        'phases:',
        '  - { id: a, name: 只有开始, start: 2024-03 }',
        '  - { id: b, name: 只有结束, end: 2024-03 }',
        '  - { id: c, name: 没有日期 }',
        '',
      ].join('\n'),
    );
    expect(list.map((event) => event.title)).toEqual(['只有开始', '只有结束']);
    expect(spans(list)).toEqual([
      ['2024-03-01', '2024-03-01'],
      ['2024-03-31', '2024-03-31'],
    ]);
  });

  it('follows each phase by its steps, which name their phase', () => {
    const list = events(
      [
        'phases:',
        '  - id: a',
        '    name: 实施',
        '    start: 2024-01',
        '    end: 2024-06',
        '    steps:',
        '      - { name: 一, start: 2024-01, end: 2024-02-15 }',
        '      - { name: 二, end: 2024-Q2 }',
        '  - { id: b, name: 总结, start: 2024-07, end: 2024-08 }',
        '',
      ].join('\n'),
    );
    expect(list.map((event) => [event.kind, event.title, event.phase])).toEqual([
      ['phase', '实施', undefined],
      ['step', '一', '实施'],
      ['step', '二', '实施'],
      ['phase', '总结', undefined],
    ]);
    expect(spans(list)).toEqual([
      ['2024-01-01', '2024-06-30'],
      ['2024-01-01', '2024-02-15'],
      ['2024-06-30', '2024-06-30'],
      ['2024-07-01', '2024-08-31'],
    ]);
  });

  it('lists phases, then tasks, then milestones', () => {
    const list = events(
      [
        'milestones:',
        '  - { title: 节点, due: 2024-01 }',
        'tasks:',
        '  - { title: 任务, due: 2024-01 }',
        'phases:',
        '  - { id: a, name: 阶段, start: 2024-01, end: 2024-02 }',
        '',
      ].join('\n'),
    );
    expect(list.map((event) => event.kind)).toEqual(['phase', 'task', 'milestone']);
  });
});

describe('calendarEvents: recurring tasks', () => {
  const head = 'version: 1\ntitle: 测试方案\nperiod: { start: 2024-01, end: 2024-12 }\n';

  /** The series of each task event: its anchor day, rule bound, listed and excluded days. */
  function series(list: readonly CalendarEvent[]) {
    return list.map((event) => ({
      first: formatIsoDay(event.first),
      until: event.series?.until === undefined ? undefined : formatIsoDay(event.series.until),
      dates: event.series?.dates?.map(formatIsoDay),
      except: event.series?.except.map(formatIsoDay),
      count: event.series?.count,
    }));
  }

  it('makes one event per duty, a series bounded by its last occurrence', () => {
    const list = events(
      'tasks:\n  - title: 报送\n    repeat: monthly\n    start: 2024-01\n    due: 2024-04\n',
      head,
    );
    // Month ends 1/31, 2/29, 3/31, 4/30: four, one event.
    expect(series(list)).toEqual([
      { first: '2024-01-31', until: '2024-04-30', dates: undefined, except: [], count: 4 },
    ]);
    expect(list[0]!.series?.rule?.every).toBe('month');
    expect(list[0]!.series?.kind).toBe('monthly');
  });

  it("follows the duty's own window, not the plan period's", () => {
    const list = events(
      'tasks:\n  - title: 季报\n    repeat: quarterly\n    start: 2023-01\n    due: 长期坚持\n',
      head,
    );
    // Quarter ends from 2023-03-31 (not 1/31, 4/30, …), to the period's end
    // 2024-12-31, which is the window's end for an ongoing duty: 8 quarters.
    expect(series(list)).toEqual([
      { first: '2023-03-31', until: '2024-12-31', dates: undefined, except: [], count: 8 },
    ]);
  });

  it("uses the task's phase when the plan has no period", () => {
    const list = events(
      [
        'phases:',
        '  - { id: a, name: 实施, start: 2024-03, end: 2024-05 }',
        'tasks:',
        '  - { title: 月报, phase: a, repeat: monthly, due: 长期坚持 }',
        '',
      ].join('\n'),
    );
    // Month ends inside the phase, not the phase's first day stepped on.
    expect(series(list.filter((event) => event.kind === 'task'))).toEqual([
      { first: '2024-03-31', until: '2024-05-31', dates: undefined, except: [], count: 3 },
    ]);
  });

  it('repeats without end from today when nothing bounds the duty', () => {
    const body = 'tasks:\n  - { title: 周报, repeat: weekly, due: 长期坚持 }\n';
    const list = events(body);
    // 2024-06-30 is a Sunday: a plain weekly with no window keeps its first day's weekday.
    expect(series(list)).toEqual([
      { first: '2024-06-30', until: undefined, dates: undefined, except: [], count: undefined },
    ]);
    expect(list[0]!.series?.rule?.weekday).toBe(7);
    // Another `today` moves the start: the calendar is as of --today.
    expect(events(body, undefined, parseIsoDay('2025-01-01')!)[0]!.first).toBe(
      parseIsoDay('2025-01-01'),
    );
  });

  it('costs a weekly duty over centuries one event, its end found without listing', () => {
    const list = events(
      'tasks:\n  - { title: 周报, repeat: weekly, start: 2000-01-03, due: 2040-12-31 }\n',
      'version: 1\ntitle: t\nperiod: { start: 2000, end: 2040 }\n',
    );
    // 2040-12-31 is a Monday, so is 2000-01-03, 14,973 days (2,139 weeks)
    // before it: 2,140 Mondays.
    const weeks = (parseIsoDay('2040-12-31')! - parseIsoDay('2000-01-03')!) / 7 + 1;
    expect(series(list)).toEqual([
      { first: '2000-01-03', until: '2040-12-31', dates: undefined, except: [], count: weeks },
    ]);
    expect(weeks).toBe(2140);
  });

  it('lists the dates of a within duty, and excludes a dropped occurrence', () => {
    const list = events(
      [
        'tasks:',
        '  - title: 季后15日内',
        '    repeat: { every: quarter, within: 15 days }',
        '    occurrences: [{ period: 2024-Q2, status: dropped }]',
        '',
      ].join('\n'),
      head,
    );
    // Quarter ends of 2024 plus 15 days: 4/15, 7/15, 10/15, 2025-01-15; Q2's is dropped.
    expect(series(list)).toEqual([
      {
        first: '2024-04-15',
        until: undefined,
        dates: ['2024-04-15', '2024-07-15', '2024-10-15', '2025-01-15'],
        except: ['2024-07-15'],
        count: 3,
      },
    ]);
    expect(list[0]!.series?.rule).toBeUndefined();
  });

  it('lists the Februaries a day 29 or 30 falls back to, beside the rule', () => {
    const list = events(
      'tasks:\n  - { title: 月报, repeat: { every: month, day: 30 }, start: 2023-02, due: 2024-04 }\n',
      'version: 1\ntitle: t\n',
    );
    // 2023-02-28 and 2024-02-29 are not the 30th: listed; the rule starts on
    // the first 30th, 2023-03-30, as RFC 5545 wants DTSTART on a day it gives.
    expect(series(list)).toEqual([
      {
        first: '2023-03-30',
        until: '2024-04-30',
        dates: ['2023-02-28', '2024-02-29'],
        except: [],
        count: 15,
      },
    ]);
    // Day 29 misses only the short February: 2023's.
    const day29 = events(
      'tasks:\n  - { title: 月报, repeat: { every: month, day: 29 }, start: 2023-01, due: 2024-03 }\n',
      'version: 1\ntitle: t\n',
    );
    expect(series(day29)[0]!.dates).toEqual(['2023-02-28']);
    // A quarterly day 30 has no February: nothing to list.
    const quarterly = events(
      'tasks:\n  - { title: 季报, repeat: { every: quarter, day: 30 }, start: 2024-01, due: 2024-12 }\n',
      'version: 1\ntitle: t\n',
    );
    expect(series(quarterly)[0]!.dates).toBeUndefined();
  });

  it('still shows the final due when no occurrence falls in the window', () => {
    const list = events(
      'tasks:\n  - { title: 旧任务, repeat: monthly, start: 2023-06-05, due: 2023-06-20 }\n',
      head,
    );
    expect(spans(list)).toEqual([['2023-06-20', '2023-06-20']]);
    expect(list[0]!.series).toBeUndefined();
  });
});

describe('calendarEvents: status and details', () => {
  it('keeps finished items and marks only dropped ones cancelled', () => {
    const list = events(
      [
        'phases:',
        '  - id: a',
        '    name: 取消的阶段',
        '    start: 2024-01',
        '    end: 2024-02',
        '    status: dropped',
        '    steps: [{ name: 步骤, start: 2024-01, end: 2024-01 }]',
        'tasks:',
        '  - { title: 完成, due: 2024-01, status: done, progress: 100 }',
        '  - { title: 取消, due: 2024-01, status: dropped }',
        '  - { title: 受阻, due: 2024-01, status: blocked }',
        'milestones:',
        '  - { title: 取消的节点, due: 2024-01, status: dropped }',
        '  - { title: 完成的节点, due: 2024-01, status: done }',
        '',
      ].join('\n'),
    );
    expect(list.map((event) => [event.title, event.status, event.cancelled])).toEqual([
      ['取消的阶段', 'dropped', true],
      ['步骤', undefined, true],
      ['完成', 'done', false],
      ['取消', 'dropped', true],
      ['受阻', 'blocked', false],
      ['取消的节点', 'dropped', true],
      ['完成的节点', 'done', false],
    ]);
  });

  it('carries units by their registry names, people, progress and the latest note', () => {
    const [event] = events(
      [
        'units:',
        '  health: 县卫生健康局',
        '  finance: { name: 县财政局, aliases: [财政局] }',
        'phases:',
        '  - { id: a, name: 实施阶段 }',
        'tasks:',
        '  - title: 任务',
        '    phase: a',
        '    lead: health',
        '    support: [财政局, 各乡镇]',
        '    leader: 院长',
        '    owner: 科室主任',
        '    due: 2024-06',
        '    status: doing',
        '    notes: 备注',
        '    updates:',
        '      - { date: 2024-03-31, progress: 20, note: 完成方案制定 }',
        '      - { date: 2024-04-30, progress: 40, note: 召开推进会 }',
        '      - { date: 2024-05-31, progress: 55 }',
        '',
      ].join('\n'),
    );
    expect(event).toMatchObject({
      title: '任务',
      no: '1',
      phase: '实施阶段',
      lead: ['县卫生健康局'],
      support: ['县财政局', '各乡镇'],
      leader: '院长',
      owner: '科室主任',
      status: 'doing',
      progress: 55,
      notes: '备注',
      note: { text: '召开推进会' },
    });
    expect(event!.note!.date).toMatchObject({ kind: 'fixed', written: '2024-04-30' });
  });

  it('stamps the calendar with today and names it after the plan', () => {
    const view = calendarEvents(plan(taskWithDue('2024-06')), { today: TODAY });
    expect(view.stamp).toBe(TODAY);
    expect(view.name).toBe('测试方案');
  });
});

describe('calendarEvents: UIDs', () => {
  const body = [
    'phases:',
    '  - { id: a, name: 阶段, start: 2024-01, end: 2024-02, steps: [{ name: 步, end: 2024-01 }] }',
    'tasks:',
    '  - { id: T1, title: 有编号, due: 2024-03 }',
    '  - { title: 无编号, due: 2024-04 }',
    '  - { title: 月报, repeat: monthly, start: 2024-01, due: 2024-03 }',
    'milestones:',
    '  - { id: M1, title: 节点, due: 2024-05 }',
    '  - { title: 无编号节点, due: 2024-06 }',
    '',
  ].join('\n');
  const uids = (text: string, head?: string) => events(text, head).map((event) => event.uid);

  it('are unique, hex hashes at plan-compiler', () => {
    const list = uids(body);
    // Two phase and step events, three tasks (the duty one series), two milestones.
    expect(list).toHaveLength(7);
    expect(new Set(list).size).toBe(list.length);
    for (const uid of list) expect(uid).toMatch(/^[0-9a-f]{40}@plan-compiler$/);
  });

  it('are the same on every run and whatever today is', () => {
    expect(uids(body)).toEqual(uids(body));
    const other = calendarEvents(plan(body), { today: parseIsoDay('2030-01-01')! }).events;
    expect(other.map((event) => event.uid)).toEqual(uids(body));
  });

  it('survive a changed title or due date, but not a changed id or plan', () => {
    const [before] = uids('tasks:\n  - { id: T1, title: 旧标题, due: 2024-03 }\n');
    const [renamed] = uids('tasks:\n  - { id: T1, title: 新标题, due: 2024-09 }\n');
    const [otherId] = uids('tasks:\n  - { id: T2, title: 旧标题, due: 2024-03 }\n');
    const [otherPlan] = uids(
      'tasks:\n  - { id: T1, title: 旧标题, due: 2024-03 }\n',
      'version: 1\ntitle: 另一个方案\n',
    );
    expect(renamed).toBe(before);
    expect(otherId).not.toBe(before);
    expect(otherPlan).not.toBe(before);
  });

  it('tell apart items that share a key', () => {
    const list = uids(
      'tasks:\n  - { no: "1", title: 甲, due: 2024-03 }\n  - { no: "1", title: 乙, due: 2024-03 }\n',
    );
    expect(list).toHaveLength(2);
    expect(list[0]).not.toBe(list[1]);
  });

  it('differ between a task and a milestone with the same id', () => {
    const list = uids(
      'tasks:\n  - { id: X, title: 任务, due: 2024-03 }\nmilestones:\n  - { id: X, title: 节点, due: 2024-03 }\n',
    );
    expect(new Set(list).size).toBe(2);
  });
});
