import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { formatIsoDay } from '../dates/index.js';
import type { Plan } from './types.js';

function model(yaml: string): Plan {
  const compiled = compilePlan('t.yaml', yaml);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return compiled.plan;
}

const plan = model(`version: 1
title: 测试
units:
  health: 县卫生健康局
  finance: { name: 县财政局, aliases: [财政局] }
goals:
  - { id: G1, title: 目标一 }
phases:
  - { id: p1, name: 组织实施阶段, start: 2023-01, end: 2023-12 }
tasks:
  - id: T1
    title: 父任务
    goal: G1
    phase: 组织实施阶段
    lead: health
    support: 财政局、县财政局
    due: 2023-06
    tasks:
      - title: 子任务一
      - title: 子任务二
        lead: finance
        due: 2023-03-31
        tasks:
          - title: 孙任务
  - no: "三"
    title: 自编号
    depends_on: T1
    tasks:
      - title: 自编号的子任务
`);

describe('the model', () => {
  it('numbers tasks by position, or by the given no', () => {
    expect(plan.allTasks.map((task) => task.no)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.2.1',
      '三',
      '三.1',
    ]);
    expect(plan.allTasks.map((task) => task.depth)).toEqual([0, 1, 1, 2, 0, 1]);
  });

  it("gives each task its number out of the tree: a number only under its parent is preceded by the parent's", () => {
    // Numbered by position, each number goes on from its parent's already.
    expect(plan.allTasks.map((task) => task.fullNo)).toEqual(plan.allTasks.map((task) => task.no));
    const numbered = model(`version: 1
title: 测试
tasks:
  - no: "(一)"
    title: 甲
    tasks:
      - { no: "3", title: 甲三, tasks: [{ no: "3.1", title: 甲三一 }, { title: 甲三二 }] }
      - { no: "(一)4", title: 甲四 }
  - no: "1"
    title: 乙
    tasks:
      - { no: "10", title: 乙十 }
      - { no: "1.2", title: 乙二 }
`);
    expect(numbered.allTasks.map((task) => [task.no, task.fullNo])).toEqual([
      ['(一)', '(一)'],
      // 3 under (一) is (一)3: two tasks numbered 3 in different sections
      // must not read alike in the overdue list.
      ['3', '(一)3'],
      // 3.1 goes on from 3; a number by position goes on from its parent's.
      ['3.1', '(一)3.1'],
      ['3.2', '(一)3.2'],
      // Already written in full: kept.
      ['(一)4', '(一)4'],
      ['1', '1'],
      // 10 merely starts like 1: joined with a point, not read as 1 then 0.
      ['10', '1.10'],
      ['1.2', '1.2'],
    ]);
  });

  it('passes goal, phase, lead, support and due down to sub-tasks', () => {
    const [parent, first, second, grandchild] = plan.allTasks;
    expect(first!.goals.map((ref) => ref.id)).toEqual(['G1']);
    expect(first!.phase?.id).toBe('p1');
    expect(first!.lead.map((ref) => ref.name)).toEqual(['县卫生健康局']);
    expect(first!.due?.date?.kind === 'fixed' && formatIsoDay(first!.due.date.last)).toBe(
      '2023-06-30',
    );
    expect(first!.inherited).toEqual({
      goals: true,
      phase: true,
      lead: true,
      support: true,
      start: false,
      due: true,
    });
    expect(second!.lead.map((ref) => ref.name)).toEqual(['县财政局']);
    expect(second!.inherited.lead).toBe(false);
    expect(grandchild!.lead.map((ref) => ref.name)).toEqual(['县财政局']);
    expect(grandchild!.due?.written).toBe('2023-03-31');
    expect(parent!.children.map((child) => child.no)).toEqual(['1.1', '1.2']);
  });

  it('resolves units by id, name and alias, splitting 、-separated lists', () => {
    const support = plan.allTasks[0]!.support;
    expect(support.map((ref) => [ref.written, ref.match, ref.unit?.id])).toEqual([
      ['财政局', 'alias', 'finance'],
      ['县财政局', 'name', 'finance'],
    ]);
  });

  it('marks the parts of a split string with the string they came from', () => {
    expect(plan.allTasks[0]!.support.map((ref) => ref.splitFrom)).toEqual([
      '财政局、县财政局',
      '财政局、县财政局',
    ]);
    expect(plan.allTasks[0]!.lead[0]!.splitFrom).toBeUndefined();
  });

  it('resolves a name or alias written in the other script as a variant', () => {
    const variants = model(`version: 1
title: 测试
units:
  yiwu: 醫務科
  huli: { name: 护理部, aliases: [护理] }
  zhongyi: { name: 中医科, aliases: [中醫科] }
tasks:
  - { title: 一, lead: 医务科, support: [護理, 中醫科, 中医科, 药剂科] }
`);
    const task = variants.allTasks[0]!;
    expect([...task.lead, ...task.support].map((ref) => [ref.match, ref.unit?.id])).toEqual([
      ['variant', 'yiwu'],
      ['variant', 'huli'],
      // Written exactly as registered, in either script: no variant.
      ['alias', 'zhongyi'],
      ['name', 'zhongyi'],
      ['none', undefined],
    ]);
  });

  it("resolves collective units' members and who belongs to which group, through groups of groups", () => {
    const groups = model(`version: 1
title: 测试
units:
  internal: 内科
  surgery: 外科
  clinical: { name: 各临床科室, members: [internal, 外科, nursing] }
  all: { name: 各科室, members: [clinical, admin] }
  admin: { name: 各职能科室, members: [all] }
tasks:
  - { title: 一, lead: clinical }
`);
    const clinical = groups.unitById.get('clinical')!;
    expect(clinical.members.map((ref) => [ref.written, ref.match, ref.path.join('.')])).toEqual([
      ['internal', 'id', 'units.clinical.members.0'],
      ['外科', 'name', 'units.clinical.members.1'],
      ['nursing', 'none', 'units.clinical.members.2'],
    ]);
    // The member's unit is the very unit tasks resolve to.
    expect(clinical.members[0]!.unit).toBe(groups.unitById.get('internal'));
    const names = (id: string) => (groups.groupsOf.get(id) ?? []).map((unit) => unit.id);
    expect(names('internal')).toEqual(['clinical', 'all', 'admin']);
    // all and admin are members of each other: each is in the other's group, never its own.
    expect(names('all')).toEqual(['admin']);
    expect(names('admin')).toEqual(['all']);
    expect(names('clinical')).toEqual(['all', 'admin']);
    expect(groups.groupsOf.has('nursing')).toBe(false);
  });

  it('resolves a phase by name and a dependency by id', () => {
    expect(plan.allTasks[0]!.phase).toMatchObject({ id: 'p1', found: true });
    expect(plan.allTasks[4]!.dependsOn).toMatchObject([{ id: 'T1', found: true }]);
  });

  it('shares task objects between the tree and the flat list', () => {
    expect(plan.tasks[0]!.children[1]).toBe(plan.allTasks[2]);
  });
});

describe('a unit registered without a name', () => {
  it('is named by its id, and its aliases still lead to it', () => {
    const named = model(`version: 1
title: 测试
units:
  医务科: { aliases: [医务部] }
  护理部: { name: 护理部, aliases: [护理] }
tasks:
  - { id: T1, title: 完善制度, lead: 医务部, due: 2024-06-30 }
`);
    expect(named.units.map((unit) => [unit.id, unit.name])).toEqual([
      ['医务科', '医务科'],
      ['护理部', '护理部'],
    ]);
    expect(named.tasks[0]?.lead.map((ref) => [ref.unit?.id, ref.match])).toEqual([
      ['医务科', 'alias'],
    ]);
  });
});
