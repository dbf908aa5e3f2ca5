import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFigure, parseTarget } from './parse-target.js';

/** The reading in one line: form, op and figure, for compact tables. */
function read(written: string | number): string {
  const r = parseTarget(written);
  switch (r.form) {
    case 'compare':
      return `${r.op} ${r.figure.number}${r.figure.unit}${r.rank ? ' rank' : ''}${r.from ? ` from ${r.from.written}` : ''}`;
    case 'about':
      return `~ ${r.figure.number}${r.figure.unit}${r.direction ? ` ${r.direction}` : ''}${r.from ? ` from ${r.from.written}` : ''}`;
    case 'range':
      return `range ${r.figure.number}..${r.upper.number}${r.upper.unit}`;
    case 'relative':
      return `relative ${r.sign > 0 ? '+' : '-'}${r.change.number}${r.change.unit} ${r.op}`;
    case 'level':
      return `level ${r.op}`;
    case 'unreadable':
      return `unreadable${r.contradictory ? ' contradictory' : ''}${r.suggestion ? ` → ${r.suggestion}` : ''}`;
    default:
      return r.form;
  }
}

describe('parseTarget: at least', () => {
  it.each([
    ['>= 30%', '>= 30%'],
    ['≥30%', '>= 30%'],
    ['30%以上', '>= 30%'],
    ['30%及以上', '>= 30%'],
    ['不低于30%', '>= 30%'],
    ['不得低于15%', '>= 15%'],
    ['达到30%', '>= 30%'],
    ['提高到30%', '>= 30%'],
    ['提升至30%', '>= 30%'],
    ['超过30%', '> 30%'],
    ['> 30%', '> 30%'],
    ['高于30%', '> 30%'],
    ['患者满意度达95%以上', '>= 95%'],
    ['人员经费支出占业务支出比例达到 40% 以上', '>= 40%'],
    ['10个以上', '>= 10个'],
    ['累计招收培训儿科专业住院医师 1750 名以上', '>= 1750名'],
    ['2025年达到30%', '>= 30%'],
    ['at least 30%', '>= 30%'],
    ['30% or more', '>= 30%'],
  ])('%s reads as %s', (written, expected) => {
    expect(read(written)).toBe(expected);
  });
});

describe('parseTarget: at most', () => {
  it.each([
    ['<= 7.2天', '<= 7.2天'],
    ['≤7.2天', '<= 7.2天'],
    ['50%以下', '<= 50%'],
    ['30%以内', '<= 30%'],
    ['不超过50%', '<= 50%'],
    ['不高于50%', '<= 50%'],
    ['低于50%', '< 50%'],
    ['< 50%', '< 50%'],
    ['控制在30%以内', '<= 30%'],
    ['控制在30%', '<= 30%'],
    ['降至50%以下', '<= 50%'],
    ['降至8天', '<= 8天'],
    ['进入全国前400名', '<= 400名 rank'],
    ['前100名以内', '<= 100名 rank'],
    ['30天内', '<= 30天'],
    ['at most 7 days', '<= 7days'],
  ])('%s reads as %s', (written, expected) => {
    expect(read(written)).toBe(expected);
  });

  it('lets 以上 after the figure override the weaker 控制在 and 达到', () => {
    expect(read('控制在85%以上')).toBe('>= 85%');
    expect(read('达到30%以下')).toBe('<= 30%');
  });
});

describe('parseTarget: about, ranges, bare figures', () => {
  it.each([
    ['7.2天左右', '~ 7.2天'],
    ['~ 7.2天', '~ 7.2天'],
    ['约7.2天', '~ 7.2天'],
    // A direction word with 左右 only fails short of the figure (see read-target).
    ['微创手术占比达到30%左右', '~ 30% up'],
    ['CMI值从0.9提升到1.2左右', '~ 1.2 up from 0.9'],
    ['降至7天左右', '~ 7天 down'],
    ['2-3项', 'range 2..3项'],
    ['2至3项', 'range 2..3项'],
    ['2～3项', 'range 2..3项'],
    ['争创2—3个国家中医药传承创新中心', 'unreadable'],
    ['2—3个', 'range 2..3个'],
    ['2项至3项', 'range 2..3项'],
    ['80%-90%', 'range 80..90%'],
    ['95%', 'reach 95%'],
    ['= 100%', 'reach 100%'],
    [1.2, 'reach 1.2'],
  ])('%s reads as %s', (written, expected) => {
    expect(read(written)).toBe(expected);
  });
});

describe('parseTarget: full-width forms and traditional script', () => {
  it.each([
    ['＞＝３０％', '>= 30%'],
    ['３０％以上', '>= 30%'],
    ['＞ 30%', '> 30%'],
    ['“不低于30%”', '>= 30%'],
    ['不低於30%', '>= 30%'],
    ['不超過50%', '<= 50%'],
    ['控制在30%以內', '<= 30%'],
    ['20分鐘以內', '<= 20分鐘'],
    ['2～3項', 'range 2..3項'],
  ])('%s reads as %s', (written, expected) => {
    expect(read(written)).toBe(expected);
  });
});

describe('parseTarget: without an absolute figure', () => {
  it.each([
    ['同比下降8%', 'relative -8% >='],
    ['下降8%以上', 'relative -8% >='],
    ['提高10个百分点', 'relative +10个百分点 >='],
    ['增长不超过10%', 'relative +10% <='],
    ['超过国家中位数', 'level >'],
    ['达到同类医院水平', 'level >='],
    ['不低于本单位同级别医务人员收入平均水平', 'level >='],
    // A growth rate is a figure of its own: the metric is the rate.
    ['医疗费用增长幅度控制在10%以内', '<= 10%'],
  ])('%s reads as %s', (written, expected) => {
    expect(read(written)).toBe(expected);
  });
});

describe('parseTarget: words, placeholders and what cannot be read', () => {
  it.each([
    ['实现', 'words'],
    ['顺利通过', 'words'],
    ['五级', 'words'],
    ['达到二级综合医院水平', 'words'],
    ['达到国际一流水准', 'words'],
    ['x项', 'placeholder'],
    ['X%', 'placeholder'],
    ['xx', 'placeholder'],
    ['达到XX%以上', 'placeholder'],
    ['××项', 'placeholder'],
    ['50%一下', 'unreadable → 50%以下'],
    ['30%已上', 'unreadable → 30%以上'],
    ['7.2天左有', 'unreadable → 7.2天左右'],
    ['不底于30%', 'unreadable → 不低于30%'],
    ['=> 30%', 'unreadable → >= 30%'],
    ['30余项', 'unreadable → 30项以上'],
    ['不超过30%以上', 'unreadable contradictory'],
    ['提高到30%以下', 'unreadable contradictory'],
    ['3-2项', 'unreadable contradictory'],
    ['30%多', 'unreadable'],
    ['县医院100%达到医疗服务能力基本标准', 'unreadable'],
    ['30 40%', 'unreadable'],
    ['>=', 'unreadable'],
    ['', 'unreadable'],
  ])('%s reads as %s', (written, expected) => {
    expect(read(written)).toBe(expected);
  });
});

describe('parseFigure', () => {
  it.each([
    ['95%', 95, '%'],
    ['7.2天', 7.2, '天'],
    ['约92%', 92, '%'],
    ['92%左右', 92, '%'],
    ['９２．５％', 92.5, '%'],
    ['21项', 21, '项'],
    ['24分鐘', 24, '分鐘'],
    ['1,750名', 1750, '名'],
  ])('%s is %s %s', (written, number, unit) => {
    expect(parseFigure(written)).toMatchObject({ number, unit });
  });
  it('keeps words as words', () => {
    expect(parseFigure('实现')).toEqual({ written: '实现', unit: '' });
  });
});

describe('parseTarget: properties', () => {
  it('never throws, and reads any text as one of its forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(typeof parseTarget(text).form).toBe('string');
        expect(typeof parseFigure(text).written).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('reads N以下 / 不低于N / 低于N with the figure written, whatever N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const n = `${i}.${d}`;
        expect(read(`${n}%以下`)).toBe(`<= ${Number(n)}%`);
        expect(read(`不低于${n}人`)).toBe(`>= ${Number(n)}人`);
        expect(read(`低于${n}天`)).toBe(`< ${Number(n)}天`);
      }),
      { numRuns: 200 },
    );
  });
});
