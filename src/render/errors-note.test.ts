import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/types.js';
import { ERRORS_SHOWN, errorsJson, errorsNote } from './errors-note.js';
import { markdownErrorsNote } from './formats/markdown-errors.js';
import { htmlErrorsNote } from './report/html-errors.js';
import { officeErrorsLines } from './table/office-errors.js';

function error(line: number, message = `problem on line ${line}`, suggestion?: string): Diagnostic {
  return {
    code: 'unknown-reference',
    severity: 'error',
    message,
    file: 'plan.yaml',
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
    path: `tasks[${line}].lead`,
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

const errors = (count: number): Diagnostic[] =>
  Array.from({ length: count }, (_, index) => error(index + 1));

describe('errorsNote', () => {
  it('is nothing for a clean plan', () => {
    expect(errorsNote([], 'zh-CN')).toBeUndefined();
    expect(errorsNote(undefined, 'en')).toBeUndefined();
    expect(markdownErrorsNote([], 'zh-CN')).toBeUndefined();
    expect(htmlErrorsNote([], 'zh-CN')).toBe('');
    expect(officeErrorsLines([], 'zh-CN')).toBeUndefined();
  });

  it('lists every error up to the bound, with no count of the rest', () => {
    // ERRORS_SHOWN (5) errors: all listed, nothing "more".
    const note = errorsNote(errors(ERRORS_SHOWN), 'zh-CN')!;
    expect(note.lead).toBe('本方案有 5 处错误，据此作出的判断可能不准确：');
    expect(note.lines).toEqual([
      '第 1 行：problem on line 1',
      '第 2 行：problem on line 2',
      '第 3 行：problem on line 3',
      '第 4 行：problem on line 4',
      '第 5 行：problem on line 5',
    ]);
    expect(note.more).toBeUndefined();
  });

  it('past the bound lists the first few and counts them all', () => {
    // One over the bound: 5 lines, then the total.
    const six = errorsNote(errors(ERRORS_SHOWN + 1), 'zh-CN')!;
    expect(six.lines).toHaveLength(5);
    expect(six.more).toBe('……等 6 处');
    // 20,000 errors still make a 7-line note (lead, 5 lines, count).
    const many = errors(20_000);
    expect(errorsNote(many, 'zh-TW')).toEqual({
      lead: '本方案有 20000 處錯誤，據此所作的判斷可能不準確：',
      lines: [
        '第 1 行：problem on line 1',
        ...many.slice(1, 5).map((d) => `第 ${d.line} 行：${d.message}`),
      ],
      more: '……等 20000 處',
    });
    expect(errorsNote(many, 'en')?.more).toBe('… and 19995 more');
    expect(officeErrorsLines(many, 'en')).toHaveLength(7);
    expect(markdownErrorsNote(many, 'en')?.split('\n')).toHaveLength(7);
    expect(htmlErrorsNote(many, 'en').match(/<li>/g)).toHaveLength(6);
  });

  it('says one error in the singular in English', () => {
    expect(errorsNote(errors(1), 'en')?.lead).toBe(
      'This plan has 1 error; judgements that rest on it may be wrong:',
    );
    expect(errorsNote(errors(2), 'en')?.lead).toBe(
      'This plan has 2 errors; judgements that rest on them may be wrong:',
    );
  });

  it('adds the suggestion where there is one', () => {
    const note = errorsNote([error(40, '未定义的单位 “县审计署”', '县审计局')], 'zh-CN')!;
    expect(note.lines).toEqual(['第 40 行：未定义的单位 “县审计署”（是否应为“县审计局”？）']);
  });

  it('puts every error, unbounded, into JSON in the shape of plan check', () => {
    const json = errorsJson(errors(20_000));
    expect(json).toHaveLength(20_000);
    expect(json[0]).toEqual({
      file: 'plan.yaml',
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 9,
      severity: 'error',
      code: 'unknown-reference',
      message: 'problem on line 1',
      path: 'tasks[1].lead',
    });
    expect(errorsJson(undefined)).toEqual([]);
  });
});

describe('plan text in a note is made safe for each format', () => {
  const hostile = [
    error(7, 'unit "<script>x</script>|**[a](b)**\u001b[2J\u202e\nline" is not defined'),
  ];

  it('Markdown: escaped, one line, controls visible', () => {
    const note = markdownErrorsNote(hostile, 'en')!;
    expect(note).not.toMatch(/[\u001b\u202e]/);
    const html = micromark(note, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;|**[a](b)**');
    // A backslash, not an entity, keeps the tag and the link from forming;
    // the pipe needs none outside a table.
    expect(note).toContain('\\<script>');
    expect(note).not.toContain('&lt;');
    expect(note).toContain('|\\*\\*[a\\](b)\\*\\*');
    expect(note).toContain('\u241b');
    // The break in the message does not start a line outside the quote.
    expect(note.split('\n').every((line) => line.startsWith('> '))).toBe(true);
  });

  it('HTML: entities, no raw tag, controls visible', () => {
    const note = htmlErrorsNote(hostile, 'en');
    expect(note).not.toMatch(/[\u001b\u202e]/);
    expect(note).not.toContain('<script>');
    expect(note).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('office: no character XML cannot carry, one line per entry', () => {
    const lines = officeErrorsLines(hostile, 'en')!;
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(lines[1]).not.toContain('\n');
  });
});
