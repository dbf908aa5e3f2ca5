import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import type { Plan } from '../model/types.js';
import { unitGroups, unitPart, unitQueryKey } from './units.js';

const plan: Plan = compilePlan(
  't.yaml',
  `version: 1
title: 测试
units:
  yiwu: 医务科
  internal: 內科
  surgery: 外科
  clinical: { name: 各临床科室, members: [internal, surgery] }
tasks:
  - { title: 一, lead: clinical, support: [internal] }
  - { title: 二, lead: yiwu, support: [internal, clinical] }
  - { title: 三, lead: yiwu, support: [clinical] }
  - { title: 四, lead: yiwu }
  - { title: 五, lead: internal, support: [clinical] }
`,
).plan!;

const task = (index: number) => plan.allTasks[index]!;

describe('unitPart', () => {
  const key = unitQueryKey(plan, 'internal');
  const groups = unitGroups(plan, key);

  it('knows the groups a unit belongs to, by key', () => {
    expect([...groups]).toEqual([['id:clinical', '各临床科室']]);
    expect([...unitGroups(plan, 'id:yiwu')]).toEqual([]);
    expect([...unitGroups(plan, 'name:外科')]).toEqual([]);
  });

  it('takes part through the group, and says so', () => {
    // 一: the group leads; 内科 also supports by name, but the group's lead is its lead.
    expect(unitPart(task(0), key, groups)).toEqual({ role: 'lead', via: '各临床科室' });
    expect(unitPart(task(2), key, groups)).toEqual({ role: 'support', via: '各临床科室' });
  });

  it('names no group when the unit is named itself', () => {
    expect(unitPart(task(1), key, groups)).toEqual({ role: 'support' });
    expect(unitPart(task(4), key, groups)).toEqual({ role: 'lead' });
    expect(unitPart(task(3), key, groups)).toBeUndefined();
  });

  it('ignores groups when none are given (a group per unit, as written)', () => {
    expect(unitPart(task(0), key)).toEqual({ role: 'support' });
    expect(unitPart(task(2), key)).toBeUndefined();
  });
});

describe('unitQueryKey', () => {
  it('finds a unit by id, name, or name in the other script', () => {
    expect(unitQueryKey(plan, 'internal')).toBe('id:internal');
    expect(unitQueryKey(plan, '內科')).toBe('id:internal');
    expect(unitQueryKey(plan, '内科')).toBe('id:internal');
    expect(unitQueryKey(plan, '儿科')).toBe('name:儿科');
  });
});
