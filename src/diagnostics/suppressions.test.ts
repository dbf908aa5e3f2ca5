import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from './codes.js';
import { applySuppressions } from './suppressions.js';
import type { PlacedFinding } from './place-findings.js';

const at = (line: number, code: DiagnosticCode = 'overdue'): PlacedFinding => ({
  code,
  params: {},
  file: 'p.yaml',
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  path: '',
});

const run = (lines: readonly string[], findings: readonly PlacedFinding[]) =>
  applySuppressions('p.yaml', lines.join('\n'), findings).map((f) =>
    f.suggestion === undefined
      ? [f.code, f.line, f.column]
      : [f.code, f.line, f.column, f.suggestion],
  );

describe('applySuppressions', () => {
  it('silences a code on the next line only', () => {
    const text = ['# plan-disable-next-line overdue -- 延期', 'due: 2024-03', 'due: 2024-04'];
    // Line 2 is silenced; line 3 is not.
    expect(run(text, [at(2), at(3)])).toEqual([['overdue', 3, 1]]);
  });

  it('skips blank and comment lines to find the next line', () => {
    const text = [
      '# plan-disable-next-line overdue -- 延期',
      '# plan-disable-next-line late-to-start',
      '',
      '    due: 2024-03',
    ];
    expect(run(text, [at(4), at(4, 'late-to-start')])).toEqual([]);
  });

  it('silences only the codes it names', () => {
    const text = ['# plan-disable-next-line overdue', 'due: 2024-03'];
    expect(run(text, [at(2, 'due-soon')])).toEqual([
      ['due-soon', 2, 1],
      ['unused-suppression', 1, 26],
    ]);
  });

  it('silences a code in the whole file, several codes at once', () => {
    const text = ['version: 1', '# plan-disable overdue, due-soon -- 按月调度', 'title: x'];
    expect(run(text, [at(1), at(3, 'due-soon'), at(9)])).toEqual([]);
  });

  it('reports each unused code at its column', () => {
    // `  # plan-disable overdue,due-soon`: due-soon starts at column 26.
    const text = ['  # plan-disable overdue,due-soon'];
    expect(run(text, [at(5)])).toEqual([['unused-suppression', 1, 26]]);
  });

  it('reports an unknown code with the nearest, and a directive with no code', () => {
    const text = ['# plan-disable-next-line overdu -- 拼错', 'due: 1', '# plan-disable -- 无代码'];
    expect(run(text, [at(2)])).toEqual([
      ['overdue', 2, 1],
      ['invalid-suppression', 1, 26, 'overdue'],
      ['invalid-suppression', 3, 15],
    ]);
  });

  it('reads CRLF text and does not take the reason for codes', () => {
    const text = '# plan-disable-next-line overdue -- 已报 overdue-x\r\ndue: 2024-03\r\n';
    expect(applySuppressions('p.yaml', text, [at(2)])).toEqual([]);
  });

  it('ignores the mark after a value or inside text, and other words that start with it', () => {
    const text = [
      'title: "见 # plan-disable overdue"',
      'notes: x # plan-disable-next-line overdue',
      '# plan-disabled overdue',
      'due: 2024-03',
    ];
    expect(run(text, [at(4)])).toEqual([['overdue', 4, 1]]);
  });

  it('costs one search when there is no directive', () => {
    const findings = [at(1)];
    expect(applySuppressions('p.yaml', 'version: 1\n', findings)).toEqual(findings);
  });
});
