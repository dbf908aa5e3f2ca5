import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { formatIsoDay, parseIsoDay } from '../dates/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Plan } from '../model/types.js';
import {
  buildChecklistView,
  type ChecklistGroup,
  type ChecklistItem,
  type ChecklistOptions,
  MAX_LISTED_OCCURRENCES,
  occurrenceWindow,
} from './checklist-groups.js';

const fixture = join(import.meta.dirname, '../../test/fixtures/views/table-sample.yaml');
const plan = compilePlan('table-sample.yaml', readFileSync(fixture, 'utf8')).plan!;
const day = (text: string) => parseIsoDay(text)!;
const today = day('2024-06-30');

function view(options: Partial<ChecklistOptions> = {}, target: Plan = plan, lang: Lang = 'zh-CN') {
  return buildChecklistView(target, { lang, today, warnDays: 14, groupBy: 'phase', ...options });
}

/** Each group as `title: [items]`, items as their number (or id) with children nested. */
function outline(groups: readonly ChecklistGroup[]) {
  const item = (i: ChecklistItem): unknown =>
    i.children.length > 0 ? { [i.no ?? i.id!]: i.children.map(item) } : (i.no ?? i.id);
  return groups.map((g) => ({ [g.title]: g.items.map(item) }));
}
function find(groups: readonly ChecklistGroup[], key: string): ChecklistItem | undefined {
  const walk = (items: readonly ChecklistItem[]): ChecklistItem | undefined => {
    for (const i of items) {
      if (i.no === key || i.id === key) return i;
      const hit = walk(i.children);
      if (hit) return hit;
    }
    return undefined;
  };
  for (const g of groups) {
    const hit = walk(g.items);
    if (hit) return hit;
  }
  return undefined;
}
function plain(source: string): Plan {
  return compilePlan('t.yaml', source).plan!;
}

describe('buildChecklistView grouped by phase', () => {
  const v = view();

  it('lists phases in plan order, then milestones without a phase, then the rest', () => {
    expect(outline(v.groups)).toEqual([
      { 动员部署阶段: ['1', 'M1'] },
      { 组织实施阶段: [{ '2': ['2.1', { '2.2': ['2.2.1'] }] }, '3', '4', '5'] },
      { 总结评估阶段: ['M3'] },
      { 时间节点: ['M2'] },
      { '其他（未分阶段）': ['6', '7'] },
    ]);
    expect(v.groups.map((g) => g.kind)).toEqual(['phase', 'phase', 'phase', 'milestones', 'other']);
    expect(v.groups[0]!.span).toBe('2024年1月—2024年2月');
    expect(v.asOf).toBe('2024年6月30日');
    expect(v.unit).toBeUndefined();
  });

  it('ticks done and dropped items only', () => {
    expect(find(v.groups, '1')!.checked).toBe(true);
    expect(find(v.groups, '6')!.checked).toBe(true);
    expect(find(v.groups, '4')!.checked).toBe(false);
    expect(find(v.groups, 'M1')!.checked).toBe(true);
    expect(find(v.groups, 'M2')!.checked).toBe(false);
  });

  it('keeps inherited units on every item, and says when the parent line shows them', () => {
    const child = find(v.groups, '2.1')!;
    expect(child.lead).toEqual(['门诊部']);
    expect(child.support).toEqual(['信息中心']);
    expect([child.leadAsParent, child.supportAsParent]).toEqual([true, true]);
    const grandchild = find(v.groups, '2.2.1')!;
    expect(grandchild.lead).toEqual(['信息中心']);
    expect([grandchild.leadAsParent, grandchild.supportAsParent]).toEqual([false, true]);
    expect(find(v.groups, '2.2')!.due).toBe('2024年9月');
    expect(find(v.groups, '2')!.leadAsParent).toBe(false);
  });

  it('carries the schedule state plan check uses', () => {
    expect(find(v.groups, '2.2.1')!.state).toMatchObject({ light: 'red', daysOverdue: 15 });
    expect(find(v.groups, 'M2')!.state).toMatchObject({ light: 'yellow', daysLeft: 5 });
    expect(find(v.groups, '2.2')!.progress).toBe(30);
  });

  it('lists a monthly duty as it stands today: the missed ones, then the next one due', () => {
    // Month ends from 2024-03 (its start) to 2024-10; no updates. As of 6/30,
    // 3/31, 4/30 and 5/31 are past and missed (5/31 the current one); 6/30 is
    // due today, so it is the next; 7/31..10/31 are counted after.
    const duty = find(v.groups, '3')!;
    expect(duty.repeat).toBe('monthly');
    expect(duty.occurrences.map((o) => [formatIsoDay(o.day), o.status, o.checked])).toEqual([
      ['2024-03-31', 'missed', false],
      ['2024-04-30', 'missed', false],
      ['2024-05-31', 'missed', false],
      ['2024-06-30', 'upcoming', false],
    ]);
    expect(duty.occurrences[0]!.text).toBe('2024年3月31日');
    expect([duty.occurrencesBefore, duty.occurrencesAfter]).toEqual([0, 4]);
    expect(find(v.groups, '4')!.occurrences).toEqual([]);
    // With --from/--to: every month end in the range.
    const all = find(view({ from: day('2024-01-01'), to: day('2024-12-31') }).groups, '3')!;
    expect(all.occurrences.map((o) => formatIsoDay(o.day))).toEqual([
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
    ]);
  });

  it('ticks the reported occurrences and lists only the missed ones before the current', () => {
    // Due the 28th; reports 1/25 (Jan), 2/26 (Feb), 3/28 (Mar), 5/20 (May).
    // As of 2024-06-30: April is missed; June (6/28) is the current one, missed;
    // July is next. January–March are reported and not listed (3 before).
    const duty = plain(
      readFileSync(
        join(import.meta.dirname, '../../test/fixtures/check/missed-occurrence.yaml'),
        'utf8',
      ),
    );
    const item = view({}, duty).groups[0]!.items[0]!;
    expect(item.occurrences.map((o) => [formatIsoDay(o.day), o.status])).toEqual([
      ['2024-04-28', 'missed'],
      ['2024-06-28', 'missed'],
      ['2024-07-28', 'upcoming'],
    ]);
    expect([item.occurrencesBefore, item.occurrencesAfter]).toEqual([4, 5]);
    // As of 6/27 June is not yet due: the current one is May, reported and ticked.
    const before = view({ today: day('2024-06-27') }, duty).groups[0]!.items[0]!;
    expect(before.occurrences.map((o) => [formatIsoDay(o.day), o.status, o.checked])).toEqual([
      ['2024-04-28', 'missed', false],
      ['2024-05-28', 'reported', true],
      ['2024-06-28', 'upcoming', false],
    ]);
  });

  it('narrows the occurrences to --from and --to', () => {
    const narrow = view({ from: day('2024-06-01'), to: day('2024-08-31') });
    expect(find(narrow.groups, '3')!.occurrences.map((o) => formatIsoDay(o.day))).toEqual([
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
    ]);
  });
});

describe('buildChecklistView grouped by goal or unit', () => {
  it('lists a task under each goal it serves', () => {
    expect(outline(view({ groupBy: 'goal' }).groups)).toEqual([
      { 缩短患者等候时间: ['1', { '2': ['2.1', { '2.2': ['2.2.1'] }] }, '3', '6'] },
      { 提升患者满意度: ['1', '4', '5', 'M3'] },
      { 时间节点: ['M1', 'M2'] },
      { '其他（未关联目标）': ['7'] },
    ]);
  });

  it('groups by unit in registry order, marking each role', () => {
    const v = view({ groupBy: 'unit' });
    expect(v.groups.map((g) => g.title)).toEqual([
      '医务部',
      '护理部',
      '信息中心',
      '财务部',
      '门诊部',
    ]);
    expect(outline(v.groups)[2]).toEqual({ 信息中心: [{ '2': ['2.1', { '2.2': ['2.2.1'] }] }] });
    const xinxi = v.groups[2]!;
    expect(find([xinxi], '2')!.role).toBe('support');
    expect(find([xinxi], '2.2.1')!.role).toBe('lead');
    // 2.2 names 医务科, an alias: it is listed under 医务部, at the margin.
    expect(outline([v.groups[0]!])).toEqual([
      { 医务部: ['1', { '2.2': ['2.2.1'] }, '3', '7', 'M1', 'M2', 'M3'] },
    ]);
  });
});

describe('--unit', () => {
  it('keeps exactly what the unit leads or supports, marked, numbers kept', () => {
    const v = view({ unit: '护理部' });
    expect(outline(v.groups)).toEqual([
      { 动员部署阶段: ['1'] },
      { 组织实施阶段: ['4'] },
      { 时间节点: ['M2'] },
    ]);
    expect(find(v.groups, '1')!.role).toBe('support');
    expect(find(v.groups, '4')!.role).toBe('lead');
    expect(find(v.groups, 'M2')!.role).toBe('support');
    expect(v.unit).toMatchObject({ name: '护理部', leads: 1, supports: 2, known: true });
    expect(v.notices).toEqual([]);
  });

  it('hangs sub-tasks under the parent when both are the unit’s', () => {
    const v = view({ unit: 'xinxi', groupBy: 'unit' });
    expect(outline(v.groups)).toEqual([{ 信息中心: [{ '2': ['2.1', { '2.2': ['2.2.1'] }] }] }]);
    expect(v.unit).toMatchObject({ leads: 1, supports: 3 });
  });

  it('says why the list is empty', () => {
    expect(view({ unit: '宣传科' }).notices[0]).toMatch(/^提示：方案中没有名为“宣传科”的单位/);
    const idle = plain(
      'version: 1\ntitle: t\nunits: { a: 甲, b: 乙 }\ntasks:\n  - { title: x, lead: a }\n',
    );
    const v = view({ unit: 'b' }, idle, 'en');
    expect(v.groups).toEqual([]);
    expect(v.notices).toEqual(['note: 乙 leads or supports no task or milestone.']);
  });
});

describe('occurrence windows', () => {
  const task = (source: string) => plain(source).allTasks[0]!;
  const iso = (w: { from: number; to: number }) => [formatIsoDay(w.from), formatIsoDay(w.to)];

  it('defaults to the plan period, else the task’s dates, else a year from today', () => {
    const withPeriod = plain(
      'version: 1\ntitle: t\nperiod: { start: 2023, end: 2025 }\ntasks:\n  - { title: x, repeat: monthly }\n',
    );
    expect(iso(occurrenceWindow(withPeriod, withPeriod.allTasks[0]!, { today }))).toEqual([
      '2023-01-01',
      '2025-12-31',
    ]);
    const own =
      'version: 1\ntitle: t\ntasks:\n  - { title: x, repeat: weekly, start: 2024-02, due: 2024-Q2 }\n';
    expect(iso(occurrenceWindow(plain(own), task(own), { today }))).toEqual([
      '2024-02-01',
      '2024-06-30',
    ]);
    const open = 'version: 1\ntitle: t\ntasks:\n  - { title: x, repeat: monthly, due: ongoing }\n';
    expect(iso(occurrenceWindow(plain(open), task(open), { today }))).toEqual([
      '2024-06-30',
      '2025-06-30',
    ]);
  });

  it('takes --from and --to, and a year from a lone end on the wrong side', () => {
    const own =
      'version: 1\ntitle: t\ntasks:\n  - { title: x, repeat: weekly, start: 2024-02, due: 2024-Q2 }\n';
    const p = plain(own);
    const t = p.allTasks[0]!;
    expect(iso(occurrenceWindow(p, t, { today, from: day('2024-03-01') }))).toEqual([
      '2024-03-01',
      '2024-06-30',
    ]);
    expect(iso(occurrenceWindow(p, t, { today, from: day('2025-01-01') }))).toEqual([
      '2025-01-01',
      '2026-01-01',
    ]);
    expect(iso(occurrenceWindow(p, t, { today, to: day('2023-06-30') }))).toEqual([
      '2022-06-30',
      '2023-06-30',
    ]);
  });

  it(`lists at most ${MAX_LISTED_OCCURRENCES}, starting at the next one due`, () => {
    const weekly = plain(
      'version: 1\ntitle: t\ntasks:\n  - { title: 周报, repeat: weekly, start: 2022-01-03, due: 2025-12-26 }\n',
    );
    const item = view({ from: day('2022-01-01') }, weekly).groups[0]!.items[0]!;
    expect(item.occurrences).toHaveLength(MAX_LISTED_OCCURRENCES);
    expect(formatIsoDay(item.occurrences[0]!.day)).toBe('2024-07-05');
    const total = item.occurrencesBefore + MAX_LISTED_OCCURRENCES + item.occurrencesAfter;
    expect(total).toBe(208);
    expect(item.occurrencesBefore).toBe(130);
    // A window wholly past shows its last occurrences.
    const past = view({ to: day('2023-12-31') }, weekly).groups[0]!.items[0]!;
    expect(past.occurrencesAfter).toBe(0);
    expect(formatIsoDay(past.occurrences.at(-1)!.day)).toBe('2023-12-29');
  });

  it('ticks the occurrences of a finished duty', () => {
    const done = plain(
      'version: 1\ntitle: t\ntasks:\n  - { title: x, repeat: quarterly, start: 2024-01, due: 2024-12, status: done }\n',
    );
    const item = view({ from: day('2024-01-01') }, done).groups[0]!.items[0]!;
    expect(item.occurrences.map((o) => [formatIsoDay(o.day), o.checked])).toEqual([
      ['2024-03-31', true],
      ['2024-06-30', true],
      ['2024-09-30', true],
      ['2024-12-31', true],
    ]);
  });
});
