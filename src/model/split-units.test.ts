import { describe, expect, it } from 'vitest';
import { splitUnitText } from './split-units.js';

const none = () => false;

describe('splitUnitText', () => {
  it.each([
    ['医务科/护理部', ['医务科', '护理部']],
    ['医务科／护理部', ['医务科', '护理部']],
    ['医务科和护理部', ['医务科', '护理部']],
    ['医务科与护理部', ['医务科', '护理部']],
    ['医务科及护理部', ['医务科', '护理部']],
    ['医务科、护理部', ['医务科', '护理部']],
    ['医务科\u3000护理部', ['医务科', '护理部']],
    ['医务科 护理部', ['医务科', '护理部']],
    ['医务科,护理部', ['医务科', '护理部']],
    ['医务科，护理部；药剂科', ['医务科', '护理部', '药剂科']],
    ['医务科、护理部和药剂科', ['医务科', '护理部', '药剂科']],
    ['疾控中心和妇幼保健院', ['疾控中心', '妇幼保健院']],
    ['县财政局以及县审计局', ['县财政局', '县审计局']],
  ])('splits %s', (text, parts) => {
    expect(splitUnitText(text, none)).toEqual(parts);
  });

  it.each([
    // 和 inside a name: the part before it is not a unit name.
    '人力资源和社会保障局',
    '发展和改革局',
    '住房和城乡建设局',
    '卫生和计划生育委员会',
    '工业和信息化局',
    // No separator at all.
    '卫生健康委员会',
    '党委办公室',
    // 和 at the start, or a one-character part.
    '和平区卫生健康局',
    '科和室',
    // Spaces inside an English name, or a stray space inside a Chinese one.
    'District Health Bureau',
    '县 卫生健康局',
    '医务科 主任',
    ' 医务科 ',
  ])('keeps %s whole', (text) => {
    expect(splitUnitText(text, none)).toEqual([text.trim()]);
  });

  it('splits on 和 beside a registered unit that does not end as unit names do', () => {
    const known = (name: string) => name === '质控办公室主任' || name === '医务' || name === '护理';
    expect(splitUnitText('医务和护理', known)).toEqual(['医务', '护理']);
    // Only one side known: 医务 is, 护理组长 neither is known nor ends as a unit.
    expect(splitUnitText('医务和护理组长', known)).toEqual(['医务和护理组长']);
  });

  it('never splits a registered name, whatever it contains', () => {
    const known = (name: string) => name === '医务科/护理部联合办公室';
    expect(splitUnitText('医务科/护理部联合办公室', known)).toEqual(['医务科/护理部联合办公室']);
  });

  it('gives nothing for empty text, and drops empty parts', () => {
    expect(splitUnitText('  ', none)).toEqual([]);
    expect(splitUnitText('医务科、、护理部、', none)).toEqual(['医务科', '护理部']);
  });
});
