import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderGfm, seenText } from '../../../test/helpers/gfm.js';
import { formatDelimited, neutralizeFormula } from './csv.js';
import { escapeCell, escapeInline, guardLineStart, markdownTable } from './markdown.js';
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
    const html = renderGfm(table);
    expect(html.match(/<tr>/g)).toHaveLength(hostile.length + 1);
    expect(html).not.toContain('<script');
    expect(html.match(/<td>/g)).toHaveLength(hostile.length * 2);
    expect(html).toContain('a|b');
  });

  it('escapes markup in inline text', () => {
    const html = renderGfm(escapeInline('**bold** [link](http://x) <b>'));
    expect(html).not.toContain('<strong>');
    // The Markdown link is not formed (a bare URL may still be autolinked,
    // which is harmless and what GitHub does with any URL in text).
    expect(html).not.toContain('>link</a>');
    expect(html).not.toContain('<b>');
  });
});

// Issue 10 item 2: only what GFM would misread is escaped, so the raw text
// pasted into WeChat or an OA system reads as the plan wrote it.
const gfmHostile = [
  '*a*',
  '_a_',
  '**b**',
  '__b__',
  '~~s~~',
  '1~3月、5~6月',
  'a*b*c',
  '[x](y)',
  '![i](u)',
  '<b>',
  '<mailto:x>',
  '<ab:cd>',
  '&amp;',
  '&#60;',
  'a|b',
  '`c`',
  '# h',
  '1. x',
  '2) x',
  '- x',
  '+ x',
  '> q',
  '---',
  '[a]: /x',
  'x\\',
  '\\*',
  'PET-CT',
  '98.6%',
  '-174',
  '5.1',
  '3.0MRI',
  '[lead]',
  '>= 99%',
  'a_b_c',
  '3 * 4',
  '~ 7天',
  'C:\\dir',
  'R&D',
  'title #',
];

describe('markdown escapes only what GFM would misread', () => {
  it('shows every hostile string as written, in a cell and as a paragraph', () => {
    const table = renderGfm(
      markdownTable(
        ['h'],
        gfmHostile.map((text) => [text]),
      ),
    );
    const cells = [...table.matchAll(/<td>(.*?)<\/td>/g)].map((m) => seenText(m[1]!));
    expect(cells).toEqual(gfmHostile);
    for (const text of gfmHostile) {
      const html = renderGfm(guardLineStart(escapeInline(text)));
      expect(html, text).toMatch(/^<p>/);
      expect(html, text).not.toMatch(/<(?:em|strong|del|a|img|code|b|h\d|li|blockquote)\b/);
      expect(seenText(html), text).toBe(text);
    }
  });

  // Any mix of Markdown's marks, CJK and blanks: what a reader sees is the
  // text as written, in a cell and as a paragraph, with no markup formed.
  it('shows any text as written (property)', () => {
    const alphabet = [...'*_~`[]()<>&|#-+.!\\/;=:a1中 ', '&amp;', '&#1;', '</b>', '<a>', '\t'];
    const text = fc
      .array(fc.constantFrom(...alphabet), { maxLength: 14 })
      .map((parts) => parts.join('').trim());
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(t !== '');
        const cell = renderGfm(markdownTable(['h'], [[t]])).match(/<td>(.*?)<\/td>/)?.[1];
        expect(seenText(cell ?? '')).toBe(t);
        const html = renderGfm(guardLineStart(escapeInline(t)));
        expect(html).toMatch(/^<p>/);
        expect(html).not.toMatch(/<(?:em|strong|del|a|img|code|b|h\d|li|blockquote)\b/);
        expect(seenText(html)).toBe(t);
        const heading = renderGfm(`## ${escapeInline(t)}`);
        expect(heading).toMatch(/^<h2>/);
        expect(seenText(heading)).toBe(t);
      }),
      { numRuns: 2000, seed: 10 },
    );
  });

  it('leaves ordinary punctuation alone and uses no HTML entities', () => {
    for (const text of ['PET-CT', '3.0MRI', '5.1', '98.6%', '-174', '[lead]', '>= 99%', 'R&D']) {
      expect(escapeCell(text)).toBe(text);
      expect(escapeInline(text)).toBe(text);
    }
    expect(escapeCell('a_b_c 3 * 4')).toBe('a_b_c 3 * 4');
    // A lone run in a cell cannot pair; two can.
    expect(escapeCell('~ 7天')).toBe('~ 7天');
    expect(escapeCell('~7天')).toBe('~7天');
    expect(escapeCell('1~3月、5~6月')).toBe('1\\~3月、5\\~6月');
    // A piece of a line may be joined to another piece holding the partner.
    expect(escapeInline('~7天')).toBe('\\~7天');
    const raw = markdownTable(
      ['h'],
      gfmHostile.map((text) => [text]),
    );
    expect(raw).not.toMatch(/\\[-.!()#+{}">]|&(?:gt|lt|quot);/);
  });

  it('escapes what would form markup, and only there', () => {
    expect(escapeCell('*a*')).toBe('\\*a\\*');
    expect(escapeCell('[x](y)')).toBe('[x\\](y)');
    expect(escapeCell('<b>')).toBe('\\<b>');
    expect(escapeCell('a < b')).toBe('a < b');
    expect(escapeCell('&amp;')).toBe('\\&amp;');
    expect(escapeCell('a|b')).toBe('a\\|b');
    expect(escapeInline('a|b')).toBe('a|b');
    expect(escapeCell('`c`')).toBe('\\`c\\`');
    // A heading would drop a closing `#` run; a cell keeps it.
    expect(escapeInline('title #')).toBe('title \\#');
    expect(escapeInline('C#')).toBe('C#');
    expect(escapeCell('title #')).toBe('title #');
  });

  it('guards a line start only where a block would begin', () => {
    expect(guardLineStart('# h')).toBe('\\# h');
    expect(guardLineStart('#1 项目')).toBe('#1 项目');
    expect(guardLineStart('1. x')).toBe('1\\. x');
    expect(guardLineStart('1.10 x')).toBe('1.10 x');
    expect(guardLineStart('- x')).toBe('\\- x');
    expect(guardLineStart('-174')).toBe('-174');
    expect(guardLineStart('> q')).toBe('\\> q');
    expect(guardLineStart('---')).toBe('\\---');
    expect(guardLineStart('[a]: b')).toBe('\\[a]: b');
    expect(guardLineStart('[lead] x')).toBe('[lead] x');
    // Mid-line, the same marks are text.
    expect(escapeInline('见 1. x - y # z')).toBe('见 1. x - y # z');
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

describe('numbering in CSV', () => {
  it('keeps a 序号 a spreadsheet would turn into a number or a date as text', () => {
    // 1.10 would open as 1.1, 2.0 as 2, 001 as 1, 1-2 as a date.
    for (const no of ['1.10', '2.0', '001', '1-2', '3.1.2']) {
      expect(formatDelimited([[{ numbering: no }]], { bom: false })).toBe(`"=""${no}"""\r\n`);
    }
  });

  it('leaves a plain whole number and words as they are, still neutralised', () => {
    // `12` opens as 12, shown as written: no formula needed.
    expect(
      formatDelimited([[{ numbering: '12' }, { numbering: '三（一）1' }]], { bom: false }),
    ).toBe('12,三（一）1\r\n');
    // Anything but digits, dots, hyphens and slashes never goes inside the formula.
    expect(formatDelimited([[{ numbering: '=1+1' }, { numbering: '-2' }]], { bom: false })).toBe(
      "'=1+1,'-2\r\n",
    );
    expect(formatDelimited([[{ numbering: '1.1"),HYPERLINK("x' }]], { bom: false })).toBe(
      '"1.1""),HYPERLINK(""x"\r\n',
    );
  });
});
