import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from './term-table.js';
import { displayWidth } from './text-width.js';
import { longestPiece, wrapToWidth } from './wrap-text.js';

const segmenter = new Intl.Segmenter();
const clusters = (text: string): string[] =>
  [...segmenter.segment(text)].map((s) => s.segment).filter((s) => s !== ' ');

/** Text as plan cells hold it: CJK, Latin words, digits, punctuation, spaces, emoji, accents. */
const cellText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('中', '國', '医', '院', 'a', 'B', '1', '.', '%', '-', ' ', ' ', '，', '。'),
    fc.constantFrom(
      '、',
      '）',
      '（',
      '“',
      '”',
      '《',
      '》',
      'é',
      'e\u0301',
      '👍',
      '👨‍👩‍👧',
      '𠀀',
      'ｱ',
    ),
  ),
  maxLength: 60,
});

describe('wrapToWidth', () => {
  it('loses nothing: the lines hold every cluster of the text, in order, none split', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 2, max: 30 }), (text, width) => {
        const lines = wrapToWidth(text, width);
        expect(lines.flatMap(clusters)).toEqual(clusters(text));
        // Only spaces are dropped, and only where a line breaks.
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  it('never makes a line wider than the width', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 2, max: 30 }), (text, width) => {
        for (const line of wrapToWidth(text, width)) {
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });

  it('breaks Latin text only at spaces when every word fits', () => {
    const words = fc.array(fc.stringMatching(/^[a-z0-9%.-]{1,12}$/), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(words, fc.integer({ min: 12, max: 40 }), (list, width) => {
        const lines = wrapToWidth(list.join(' '), width);
        expect(lines.join(' ')).toBe(list.join(' '));
        // Greedy: the next line's first word would not have fitted.
        for (let i = 0; i + 1 < lines.length; i++) {
          const next = lines[i + 1]!.split(' ')[0]!;
          expect(displayWidth(`${lines[i]} ${next}`)).toBeGreaterThan(width);
        }
      }),
    );
  });

  it('starts no line with closing punctuation and ends none with opening, where it can', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 4, max: 30 }), (text, width) => {
        // A space before a closing mark (or after an opening one) is a
        // place to break like any other; only marks set close are held.
        if (longestPiece(text) > width || /\s[，。、）”》%.]|[（“《]\s/.test(text)) return;
        const lines = wrapToWidth(text, width);
        lines.slice(1).forEach((line) => {
          expect('，。、）”》%.'.includes(line[0] ?? '')).toBe(false);
        });
        lines.slice(0, -1).forEach((line) => {
          expect('（“《'.includes(line.at(-1) ?? '')).toBe(false);
        });
      }),
    );
  });

  it('keeps text that fits on one line as it is', () => {
    // 12 CJK characters are 24 columns: one line at 24, two at 23.
    const text = '村卫生室标准化规范化提升';
    expect(wrapToWidth(text, 24)).toEqual([text]);
    expect(wrapToWidth(text, 23)).toEqual(['村卫生室标准化规范化提', '升']);
  });

  it('breaks between CJK characters and keeps a Latin word whole', () => {
    // The example that cli-table3 garbled: nothing may be dropped.
    const text = '村卫生室标准化、规范化提升工程，推进PET-CT建设项目';
    const lines = wrapToWidth(text, 20);
    expect(lines).toEqual(['村卫生室标准化、规范', '化提升工程，推进', 'PET-CT建设项目']);
    expect(lines.join('')).toBe(text);
  });

  it('keeps a unit with its figure: 2020年, 8.6天, 30个, never a line starting 年', () => {
    // `82%（2020年）` (13 columns) at 10: `82%（2020` would fit, but `年`
    // may not leave `2020` and `（` may not end a line, so the reading
    // breaks before its date.
    expect(wrapToWidth('82%（2020年）', 10)).toEqual(['82%', '（2020年）']);
    // 平均住院日8.6天 (15 columns) at 12: 平均住院日8.6 is 13, too wide;
    // at 14 it would fit, but 天 may not leave 8.6, so the figure moves down
    // with its unit.
    expect(wrapToWidth('平均住院日8.6天', 12)).toEqual(['平均住院日', '8.6天']);
    expect(wrapToWidth('平均住院日8.6天', 14)).toEqual(['平均住院日', '8.6天']);
    // Nor is a date broken inside: `实现（2022年6月）` at 14 columns.
    expect(wrapToWidth('实现（2022年6月）', 14)).toEqual(['实现', '（2022年6月）']);
    // A unit after a character, not a figure, breaks as any CJK does.
    expect(wrapToWidth('每月通报一次', 8)).toEqual(['每月通报', '一次']);
  });

  it('keeps closing punctuation off the start of a line and opening off its end', () => {
    // At 8 columns `应启动（` would fill a line, but `（` may not end it: it
    // moves down with `已`; `）` may not start one, so it stays with `天`.
    expect(wrapToWidth('应启动（已过天）', 8)).toEqual(['应启动', '（已过', '天）']);
    // 4 columns: `化，` is one piece, so `，` never starts a line.
    expect(wrapToWidth('标准化，规范', 4)).toEqual(['标准', '化，', '规范']);
    expect(wrapToWidth('标准化，规范', 6)).toEqual(['标准', '化，规', '范']);
  });

  it('wraps Latin text at spaces, dropping the space at the break', () => {
    expect(wrapToWidth('Survey staffing and equipment gaps', 16)).toEqual([
      'Survey staffing',
      'and equipment',
      'gaps',
    ]);
    // A word longer than the column is broken: nothing else would fit it.
    expect(wrapToWidth('practitioners', 5)).toEqual(['pract', 'ition', 'ers']);
  });

  it('never splits a surrogate pair or a grapheme cluster', () => {
    expect(wrapToWidth('𠀀𠀀𠀀', 4)).toEqual(['𠀀𠀀', '𠀀']);
    expect(wrapToWidth('👨‍👩‍👧👨‍👩‍👧', 2)).toEqual(['👨‍👩‍👧', '👨‍👩‍👧']);
    expect(wrapToWidth('cafe\u0301 cafe\u0301', 4)).toEqual(['cafe\u0301', 'cafe\u0301']);
  });
});

describe('fitColumnWidths', () => {
  // Three columns: 序号 (short), title (weight 4), unit (weight 2). Borders
  // take 3 × 3 + 1 = 10 columns.
  const columns = [{}, { weight: 4, min: 8 }, { weight: 2, min: 8 }];

  it('gives every column its natural width when the table fits, and not one column more', () => {
    // 10 + 4 + 30 + 12 = 56.
    expect(fitColumnWidths([4, 30, 12], columns, 56)).toEqual([4, 30, 12]);
    expect(fitColumnWidths([4, 30, 12], columns, 200)).toEqual([4, 30, 12]);
  });

  it('narrows only the text columns, the title least, when one column short', () => {
    // 55: one column short. Shared 4 : 2 the unit would get about 14, more
    // than its 12, so it keeps 12 and the title gives the one column.
    expect(fitColumnWidths([4, 30, 12], columns, 55)).toEqual([4, 29, 12]);
  });

  it('keeps short columns whole and shares by weight when much too narrow', () => {
    // Room for text: 60 - 10 - 4 = 46 for natural 80 + 40; floors 8 + 8,
    // then by weight 4 : 2: about 30 and 16.
    const widths = fitColumnWidths([4, 80, 40], columns, 60);
    expect(widths[0]).toBe(4);
    expect(widths[1]! + widths[2]!).toBe(46);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(widths[1]! % 2).toBe(0);
  });

  it('raises a floor to the longest word, and no further than 16', () => {
    // Room for text: 40 - 10 - 4 = 26; the unit's longest word is 13
    // (`practitioners`), so it keeps 13 (odd, but never below its word) and
    // the title the other 13, though by weight it would have twice the unit.
    const words = (unit: number) => (column: number) => (column === 2 ? unit : 6);
    expect(fitColumnWidths([4, 80, 40], columns, 40, words(13))).toEqual([4, 13, 13]);
    expect(fitColumnWidths([4, 80, 40], columns, 40, words(30))).toEqual([4, 10, 16]);
    // Without the long word the weights decide: 8 + 8, then 26 - 16 = 10
    // shared so that the title has twice the unit's room: 18 and 8.
    expect(fitColumnWidths([4, 80, 40], columns, 40, words(6))).toEqual([4, 18, 8]);
  });

  it('lets even short columns wrap rather than run past the edge', () => {
    // 10 + 20 + 8 + 8 = 46 at the floors; at 30 the text columns go down
    // to one CJK character (2) and the short column gives the last 4.
    expect(fitColumnWidths([20, 30, 30], columns, 30)).toEqual([16, 2, 2]);
    // At 34 the short column keeps its 20 and the text columns share 4.
    expect(fitColumnWidths([20, 30, 30], columns, 34)).toEqual([20, 2, 2]);
  });
});
