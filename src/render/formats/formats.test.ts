import { parse } from 'csv-parse/sync';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { formatDelimited, neutralizeFormula } from './csv.js';
import { escapeInline, markdownTable } from './markdown.js';
import { displayWidth, padToWidth, truncateToWidth } from './text-width.js';

const hostile = [
  'a|b',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tx',
  'line\nbreak',
  'say "hi", ok',
];

describe('csv', () => {
  it('round-trips through a CSV parser, neutralising formulas', () => {
    const text = formatDelimited([['h1', 'h2'], ...hostile.map((cell, i) => [cell, i])], {
      bom: true,
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(text, { bom: true, relax_column_count: false });
    expect(rows).toHaveLength(hostile.length + 1);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'a|b',
      '<script>alert(1)</script>',
      `'=HYPERLINK("x")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'line\nbreak',
      'say "hi", ok',
    ]);
    expect(rows[2]![1]).toBe('1');
  });

  // Issue 13 item 15: Excel and WPS trim leading blanks and read full-width
  // signs before deciding; each of these would otherwise run as a formula.
  it('neutralises formulas behind blanks, full-width signs and leading line breaks', () => {
    const attacks = [
      ' =1+1',
      '\u00a0=1+1',
      '\u3000+1',
      '\u200b-1',
      '\u2060@SUM(A1)',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '  ＝1',
      '\r=1',
      '\n=1',
      '\rx',
    ];
    for (const cell of attacks)
      expect(neutralizeFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    // The other side of the line: text that merely contains the signs, or
    // blanks before ordinary text, is left alone.
    for (const cell of [' x', '\u3000医务科', 'a=1', '1+1', 'x＝1', '\u200bx'])
      expect(neutralizeFormula(cell), JSON.stringify(cell)).toBe(cell);
  });

  it('drops the BOM on request and writes numbers as they are', () => {
    const text = formatDelimited([[-5, 'x']], { bom: false });
    expect(text).toBe('-5,x\r\n');
  });

  it('keeps TSV cells on one line', () => {
    expect(formatDelimited([['a\tb', 'c\nd']], { bom: false, delimiter: '\t' })).toBe(
      'a b\tc d\r\n',
    );
  });
});

describe('markdown', () => {
  it('keeps hostile text inside its table cell', () => {
    const table = markdownTable(
      ['no', 'text'],
      hostile.map((cell, i) => [String(i), cell]),
    );
    const html = micromark(table, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html.match(/<tr>/g)).toHaveLength(hostile.length + 1);
    expect(html).not.toContain('<script');
    expect(html.match(/<td>/g)).toHaveLength(hostile.length * 2);
    expect(html).toContain('a|b');
  });

  it('escapes markup in inline text', () => {
    const html = micromark(escapeInline('**bold** [link](http://x) <b>'), {
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    expect(html).not.toContain('<strong>');
    // The Markdown link is not formed (a bare URL may still be autolinked,
    // which is harmless and what GitHub does with any URL in text).
    expect(html).not.toContain('>link</a>');
    expect(html).not.toContain('<b>');
  });
});

describe('display width', () => {
  it('counts CJK as two columns', () => {
    expect(displayWidth('县卫生健康局')).toBe(12);
    expect(displayWidth('ab中')).toBe(4);
  });

  it('truncates and pads by columns, never splitting a character', () => {
    expect(truncateToWidth('县卫生健康局', 7)).toBe('县卫生…');
    expect(displayWidth(truncateToWidth('县卫生健康局', 7))).toBe(7);
    expect(padToWidth('中a', 6)).toBe('中a   ');
    expect(padToWidth('中', 4, 'right')).toBe('  中');
  });
});
