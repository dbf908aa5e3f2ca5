import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { parseIsoDay } from '../dates/index.js';
import type { Target } from '../model/types.js';
import { assessTarget, type TargetState } from './target-state.js';

// As of 2024-06-30 with a 14-day window. Targets due 2030 are far off, so a
// shortfall is on track (green); due 2024-07-10 is 10 days off, so at risk.
const options = { today: parseIsoDay('2024-06-30')!, warnDays: 14 };

function targetOf(fields: string): Target {
  const text = `version: 1\ntitle: t\ngoals:\n  - id: G\n    title: g\n    due: 2030\n    targets:\n      - { metric: m, ${fields} }\n`;
  const compiled = compilePlan('t.yaml', text);
  if (!compiled.plan || compiled.findings.length > 0) {
    throw new Error(JSON.stringify(compiled.findings));
  }
  return compiled.plan.goals[0]!.targets[0]!;
}

function assess(target: string, actual: string | number, extra = ''): TargetState {
  const value = typeof actual === 'number' ? String(actual) : JSON.stringify(actual);
  return assessTarget(
    targetOf(`target: ${JSON.stringify(target)}, actual: ${value}${extra}`),
    options,
  );
}
const state = (target: string, actual: string | number, extra = ''): string =>
  assess(target, actual, extra).state;

describe('each form judged on both sides of its line', () => {
  it.each([
    // at least, inclusive
    ['>= 30%', '30%', 'met'],
    ['>= 30%', '29.9%', 'on-track'],
    ['≥30%', '30%', 'met'],
    ['≥30%', '29.9%', 'on-track'],
    ['30%以上', '30%', 'met'],
    ['30%以上', '29.9%', 'on-track'],
    ['不低于30%', '30%', 'met'],
    ['不低于30%', '29.99%', 'on-track'],
    ['达到30%', '30%', 'met'],
    ['达到30%', '29.9%', 'on-track'],
    ['提高到30%', '30.1%', 'met'],
    ['提高到30%', '29.9%', 'on-track'],
    ['患者满意度达95%以上', '95%', 'met'],
    ['患者满意度达95%以上', '94.9%', 'on-track'],
    // at least, strict: 超过 30% is not met at 30%
    ['超过30%', '30.1%', 'met'],
    ['超过30%', '30%', 'on-track'],
    // at most, inclusive: 50%以下 is met at 50, not at 50.1
    ['50%以下', '50%', 'met'],
    ['50%以下', '50.1%', 'on-track'],
    ['50%以下', '49%', 'met'],
    ['50%以下', '51%', 'on-track'],
    ['<= 7.2天', '7.2天', 'met'],
    ['<= 7.2天', '7.3天', 'on-track'],
    ['≤7.2天', '7.2天', 'met'],
    ['≤7.2天', '7.21天', 'on-track'],
    ['30%以内', '30%', 'met'],
    ['30%以内', '30.1%', 'on-track'],
    ['不超过50%', '50%', 'met'],
    ['不超过50%', '50.1%', 'on-track'],
    ['不高于50%', '50%', 'met'],
    ['不高于50%', '50.1%', 'on-track'],
    ['控制在30%以内', '30%', 'met'],
    ['控制在30%以内', '30.1%', 'on-track'],
    ['降至50%以下', '50%', 'met'],
    ['降至50%以下', '50.1%', 'on-track'],
    // at most, strict: 低于 50% is met at 49.9, not at 50
    ['低于50%', '49.9%', 'met'],
    ['低于50%', '50%', 'on-track'],
    // a rank: lower is better, 400 itself is inside 前400名
    ['进入全国前400名', '400名', 'met'],
    ['进入全国前400名', '401名', 'on-track'],
    // about: 7.2 ± 5% is 6.84 to 7.56
    ['7.2天左右', '7.56天', 'met'],
    ['7.2天左右', '7.57天', 'on-track'],
    ['7.2天左右', '6.84天', 'met'],
    ['7.2天左右', '6.83天', 'on-track'],
    ['7.2天左右', '8.5天', 'on-track'],
    ['~ 7.2天', '7.56天', 'met'],
    ['~ 7.2天', '7.57天', 'on-track'],
    // about with a direction: 1.2 - 5% = 1.14; overshooting is fine
    ['CMI值从0.9提升到1.2左右', 1.14, 'met'],
    ['CMI值从0.9提升到1.2左右', 1.13, 'on-track'],
    ['CMI值从0.9提升到1.2左右', 1.5, 'met'],
    // 30% + 5% of 30 = 31.5%
    ['微创手术占比达到30%左右', '28.5%', 'met'],
    ['微创手术占比达到30%左右', '28.4%', 'on-track'],
    // ranges, both ends inclusive
    ['2-3项', '2项', 'met'],
    ['2-3项', '3项', 'met'],
    ['2-3项', '1项', 'on-track'],
    ['2-3项', '4项', 'on-track'],
    ['2至3项', '3项', 'met'],
    ['2至3项', '3.5项', 'on-track'],
    ['2～3项', '2项', 'met'],
    ['2～3项', '1.9项', 'on-track'],
    // full-width
    ['＞＝３０％', '３０％', 'met'],
    ['＞＝３０％', '29.9%', 'on-track'],
    ['３０％以上', '30%', 'met'],
  ])('%s with %s is %s', (target, actual, expected) => {
    expect(state(target, actual)).toBe(expected);
  });
});

describe('a bare figure is reached from the baseline side', () => {
  it('from a baseline above, at most', () => {
    // 8.5天 → 7.2天: 7.1 reaches it, 7.3 does not.
    expect(state('7.2天', '7.1天', ', baseline: 8.5天')).toBe('met');
    expect(state('7.2天', '7.3天', ', baseline: 8.5天')).toBe('on-track');
  });
  it('from below or with no baseline, at least', () => {
    expect(state('95%', '95%')).toBe('met');
    expect(state('95%', '94.9%', ', baseline: 90%')).toBe('on-track');
  });
});

describe('tolerance', () => {
  it('an amount in the target unit', () => {
    // 7.2 ± 0.3: 7.5 met, 7.51 not
    expect(state('7.2天左右', '7.5天', ', tolerance: 0.3')).toBe('met');
    expect(state('7.2天左右', '7.51天', ', tolerance: 0.3天')).toBe('on-track');
  });
  it('a share of the figure', () => {
    // 7.2 ± 10%: 7.92 met, 7.93 not
    expect(state('7.2天左右', '7.92天', ', tolerance: 10%')).toBe('met');
    expect(state('7.2天左右', '7.93天', ', tolerance: 10%')).toBe('on-track');
  });
  it('points for a % target', () => {
    // 30% ± 2 points: 32 met, 32.1 not
    expect(state('30%左右', '32%', ', tolerance: 2个百分点')).toBe('met');
    expect(state('30%左右', '32.1%', ', tolerance: 2个百分点')).toBe('on-track');
  });
});

describe('reference: the figure a target without one points at', () => {
  it('超过国家中位数 with the median given', () => {
    expect(state('超过国家中位数', '85.1%', ', reference: 85%')).toBe('met');
    expect(state('超过国家中位数', '85%', ', reference: 85%')).toBe('on-track');
  });
  it('同比下降8% from last year: 1,200 × 0.92 = 1,104', () => {
    const met = assess('同比下降8%', '1104人次', ', reference: 1200人次');
    expect(met).toMatchObject({ state: 'met', kind: 'at-most', value: 1104, unit: '人次' });
    expect(state('同比下降8%', '1105人次', ', reference: 1200人次')).toBe('on-track');
  });
  it('提高10个百分点 from 30%: at least 40%', () => {
    expect(state('提高10个百分点', '40%', ', reference: 30%')).toBe('met');
    expect(state('提高10个百分点', '39.9%', ', reference: 30%')).toBe('on-track');
  });
  it('without a reference: not computable, no light', () => {
    for (const target of ['超过国家中位数', '达到同类医院水平', '同比下降8%']) {
      expect(assess(target, '90%')).toMatchObject({
        state: 'not-computable',
        light: null,
        kind: 'not-computable',
      });
    }
  });
});

describe('words', () => {
  it('met only when a reading says so', () => {
    expect(state('实现', '实现')).toBe('met');
    expect(state('实现', '已实现')).toBe('met');
    expect(state('顺利通过', '顺利通过')).toBe('met');
    expect(state('顺利通过', '未通过')).toBe('on-track');
    expect(state('五级', '五级')).toBe('met');
    expect(state('五级', '四级')).toBe('on-track');
    expect(state('實現', '實現')).toBe('met');
  });
  it('achieved: true or false', () => {
    const target = (achieved: boolean) =>
      assessTarget(
        targetOf(`target: 顺利通过, actual: [{ achieved: ${achieved}, date: 2024-05 }]`),
        options,
      ).state;
    expect(target(true)).toBe('met');
    expect(target(false)).toBe('on-track');
  });
});

describe('states and lights', () => {
  it('no reading: unknown, no light', () => {
    expect(assessTarget(targetOf('target: ">= 30%"'), options)).toMatchObject({
      state: 'unknown',
      light: null,
    });
  });
  it('short near the due date: at risk, red; far: on track, green', () => {
    // due 2024-07-14 is 14 days after 2024-06-30: inside the window; 07-15 is 15.
    const near = assess('>= 30%', '29%', ', due: 2024-07-14');
    const far = assess('>= 30%', '29%', ', due: 2024-07-15');
    expect([near.state, near.light]).toEqual(['at-risk', 'red']);
    expect([far.state, far.light]).toEqual(['on-track', 'green']);
  });
  it('a reading in another unit: not computable, no light', () => {
    expect(assess('>= 20人', '21项')).toMatchObject({
      state: 'not-computable',
      why: 'unit-mismatch',
      light: null,
    });
    // Same unit in the other script, or a bare number: comparable.
    expect(state('>= 20項', '21项')).toBe('met');
    expect(state('>= 20人', 21)).toBe('met');
  });
  it('a reading with no figure: not computable', () => {
    expect(assess('>= 95%', '待统计')).toMatchObject({ state: 'not-computable', why: 'no-number' });
  });
  it('a target that cannot be read: not computable, no light', () => {
    expect(assess('50%一下', '40%')).toMatchObject({
      state: 'not-computable',
      why: 'problem',
      light: null,
    });
    expect(assess('X%', '40%')).toMatchObject({ state: 'not-computable', why: 'problem' });
  });
  it('carries kind, value and unit for the JSON report', () => {
    expect(assess('2-3项', '2项')).toMatchObject({
      kind: 'range',
      value: 2,
      upper: 3,
      unit: '项',
    });
    expect(assess('50%以下', '40%')).toMatchObject({ kind: 'at-most', value: 50, unit: '%' });
  });
});

describe('a reference is checked like the other readings', () => {
  it('its date must exist', () => {
    const text = `version: 1\ntitle: t\ngoals:\n  - id: G\n    title: g\n    targets:\n      - { metric: m, target: 超过国家中位数, reference: { value: 85%, date: 2023-02-30 } }\n`;
    const compiled = compilePlan('t.yaml', text);
    const codes = checkCompiled(compiled, options).map((finding) => finding.code);
    expect(codes).toContain('invalid-date');
    const fine = compilePlan('t.yaml', text.replace('2023-02-30', '2023-02-28'));
    expect(checkCompiled(fine, options).map((finding) => finding.code)).not.toContain(
      'invalid-date',
    );
  });
});
