import { describe, expect, it } from 'vitest';
import { validatePlan } from './validate-plan.js';

const base = { version: 1, title: 't' };

describe('validatePlan', () => {
  it('accepts a minimal plan', () => {
    expect(validatePlan(base)).toMatchObject({ findings: [] });
  });

  it('reports an unknown key at the key, with the nearest known key', () => {
    const { findings, plan } = validatePlan({ ...base, tasks: [{ title: 'a', dua: '2023' }] });
    expect(findings).toEqual([
      {
        code: 'unknown-key',
        path: ['tasks', 0, 'dua'],
        at: 'key',
        params: { key: 'dua' },
        suggestion: 'due',
        // `due` is the one key at one edit: certain enough for plan fix.
        fix: { kind: 'scalar', value: 'due', expect: 'dua' },
      },
    ]);
    // The rest of the plan is still modelled.
    expect(plan?.tasks?.[0]?.title).toBe('a');
  });

  it('reports unknown keys in sub-tasks too', () => {
    const { findings } = validatePlan({
      ...base,
      tasks: [{ title: 'a', tasks: [{ title: 'b', leed: 'x' }] }],
    });
    expect(findings.map((f) => [f.code, f.path.join('.'), f.suggestion])).toEqual([
      ['unknown-key', 'tasks.0.tasks.0.leed', 'lead'],
    ]);
  });

  it('suggests the enum value for a Chinese synonym', () => {
    const { findings } = validatePlan({ ...base, tasks: [{ title: 'a', status: '已完成' }] });
    expect(findings[0]).toMatchObject({
      code: 'schema',
      suggestion: 'done',
      params: { problem: 'enum' },
    });
  });

  it('names missing fields, wrong types and ranges', () => {
    const { findings } = validatePlan({ version: 2, tasks: [{ progress: 120 }, 'x'] });
    const summary = findings.map((f) => `${f.path.join('.')}:${f.params?.problem}`).sort();
    expect(summary).toEqual([
      'tasks.0.progress:too-big',
      'tasks.0.title:missing',
      'tasks.1:type',
      'title:missing',
      'version:enum',
    ]);
  });

  it('looks inside a union for the branch the value was meant for', () => {
    // The object branch, not "expected text": its typo'd key, and its list
    // given as text. (`name` is optional: the id names the unit.)
    const { findings } = validatePlan({ ...base, units: { a: { nam: 'x', aliases: 'y' } } });
    expect(findings.map((f) => `${f.code}:${f.path.join('.')}`).sort()).toEqual([
      'schema:units.a.aliases',
      'unknown-key:units.a.nam',
    ]);
  });

  it('says an empty file is empty and a list is not a plan', () => {
    expect(validatePlan(undefined).findings[0]?.params).toEqual({ problem: 'empty-plan' });
    expect(validatePlan([1]).findings[0]?.params).toEqual({ problem: 'not-a-map' });
  });
});

describe("keys people write for the format's keys", () => {
  const suggestionFor = (task: Record<string, unknown>) =>
    validatePlan({ ...base, tasks: [{ title: 'a', ...task }] }).findings.map((f) => f.suggestion);

  it("suggests the key a 分工表 heading or another tool's word stands for", () => {
    expect(suggestionFor({ 截止时间: '2023-06' })).toEqual(['due']);
    expect(suggestionFor({ 完成时限: '2023-06' })).toEqual(['due']);
    expect(suggestionFor({ deadline: '2023-06' })).toEqual(['due']);
    expect(suggestionFor({ due_date: '2023-06' })).toEqual(['due']);
    expect(suggestionFor({ 责任单位: 'x' })).toEqual(['lead']);
    expect(suggestionFor({ 牵头单位: 'x' })).toEqual(['lead']);
    expect(suggestionFor({ responsible: 'x' })).toEqual(['lead']);
    expect(suggestionFor({ 配合单位: 'x' })).toEqual(['support']);
    expect(suggestionFor({ 责任领导: 'x' })).toEqual(['leader']);
    expect(suggestionFor({ 责任人: 'x' })).toEqual(['owner']);
    expect(suggestionFor({ 进展情况: [] })).toEqual(['updates']);
  });

  it('suggests it only where that key belongs', () => {
    // A plan has no `lead`: at the top level 责任单位 has nothing to suggest.
    const { findings } = validatePlan({ ...base, 责任单位: 'x' });
    expect(findings.map((f) => [f.code, f.suggestion])).toEqual([['unknown-key', undefined]]);
  });

  it('reads the key as the one it suggests, so one slip is one diagnostic', () => {
    const { findings, plan, aliases } = validatePlan({
      ...base,
      tasks: [{ title: 'a', 责任单位: '医务科', dua: '2023-06' }],
    });
    expect(findings.map((f) => f.code)).toEqual(['unknown-key', 'unknown-key']);
    expect(plan?.tasks?.[0]).toMatchObject({ lead: '医务科', due: '2023-06' });
    expect(aliases).toEqual([
      { path: ['tasks', 0], from: '责任单位', to: 'lead' },
      { path: ['tasks', 0], from: 'dua', to: 'due' },
    ]);
  });

  it('never reads it over the key itself when both are written', () => {
    const { plan } = validatePlan({
      ...base,
      tasks: [{ title: 'a', lead: '护理部', 责任单位: '医务科' }],
    });
    expect(plan?.tasks?.[0]?.lead).toBe('护理部');
  });
});
