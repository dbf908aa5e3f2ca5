import { describe, expect, it } from 'vitest';
import { likelySameUnits } from './likely-same-units.js';

/** The pairs found among `names` (each written once), as [spelling, the other, kind]. */
function pairs(...names: string[]): [string, string, string][] {
  return likelySameUnits(names.map((written) => ({ written, count: 1 }))).map(
    ({ index, other, kind }) => [names[index]!, names[other]!, kind],
  );
}

describe('likelySameUnits', () => {
  it('finds one name in two scripts, keeping the first as the one to write', () => {
    expect(pairs('医务科', '醫務科')).toEqual([['醫務科', '医务科', 'script']]);
    expect(pairs('醫務科', '医务科')).toEqual([['医务科', '醫務科', 'script']]);
  });

  it('keeps the spelling written most often', () => {
    const found = likelySameUnits([
      { written: '醫務科', count: 1 },
      { written: '医务科', count: 3 },
    ]);
    expect(found).toEqual([{ index: 0, other: 1, kind: 'script' }]);
  });

  it('finds a name under a place', () => {
    expect(pairs('县财政局', '财政局')).toEqual([['财政局', '县财政局', 'place']]);
    expect(pairs('XX县财政局', '财政局')).toEqual([['财政局', 'XX县财政局', 'place']]);
    expect(pairs('省卫生健康委', '卫生健康委')).toEqual([['卫生健康委', '省卫生健康委', 'place']]);
  });

  it('does not take the start of another name for a place', () => {
    // 市场监督管理局 is not 监督管理局 under 市; 小儿 is not a place.
    expect(pairs('市场监督管理局', '监督管理局')).toEqual([]);
    expect(pairs('小儿神经内科', '神经内科')).toEqual([]);
    expect(pairs('人力资源和社会保障局', '社会保障局')).toEqual([]);
  });

  it('finds a short form that begins the full name', () => {
    expect(pairs('综合办公室', '综合办')).toEqual([['综合办', '综合办公室', 'short']]);
    expect(pairs('卫生健康委员会', '卫生健康委')).toEqual([
      ['卫生健康委', '卫生健康委员会', 'short'],
    ]);
    // In the other script too: 綜合辦 folds to 综合办.
    expect(pairs('綜合辦公室', '综合办')).toEqual([['综合办', '綜合辦公室', 'short']]);
    expect(pairs('综合办公室', '綜合辦')).toEqual([['綜合辦', '综合办公室', 'short']]);
  });

  it('does not take a number or a name that does not end as a unit for a short form', () => {
    expect(pairs('科室12', '科室1')).toEqual([]);
    expect(pairs('医务科办公室', '医务')).toEqual([]);
  });

  it('finds an abbreviation: same first and last characters, the rest in order', () => {
    expect(pairs('总务后勤科', '总务科')).toEqual([['总务科', '总务后勤科', 'abbreviation']]);
    expect(pairs('總務後勤科', '總務科')).toEqual([['總務科', '總務後勤科', 'abbreviation']]);
    expect(pairs('心血管内科', '心内科')).toEqual([['心内科', '心血管内科', 'abbreviation']]);
    expect(pairs('儿童保健科', '儿保科')).toEqual([['儿保科', '儿童保健科', 'abbreviation']]);
  });

  it('never flags names of one length, or two-character names, as one unit', () => {
    expect(pairs('医务科', '医保科')).toEqual([]);
    expect(pairs('内科', '外科')).toEqual([]);
    expect(pairs('内科', '神经内科')).toEqual([]);
    expect(pairs('内科', '内分泌科')).toEqual([]);
    expect(pairs('儿科', '儿童保健科')).toEqual([]);
    // Characters out of order are no abbreviation: 务总科 is not 总务后勤科.
    expect(pairs('总务后勤科', '总勤务科')).toEqual([]);
  });

  it('skips an abbreviation that could stand for too many names', () => {
    const many = Array.from({ length: 20 }, (_, i) => `医务${String.fromCharCode(0x4e00 + i)}科`);
    expect(pairs(...many, '医务科').filter(([name]) => name === '医务科')).toEqual([]);
    expect(pairs(...many.slice(0, 3), '医务科').filter(([name]) => name === '医务科')).toHaveLength(
      1,
    );
  });

  it('reports each spelling once, however many names it is like', () => {
    expect(pairs('县财政局', '市财政局', '财政局')).toEqual([['财政局', '县财政局', 'place']]);
  });
});
