import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from './place-findings.js';
import type { Diagnostic } from './types.js';

const at = (file: string, line: number, code: Diagnostic['code'], message: string): Diagnostic => ({
  code,
  severity: 'warning',
  message,
  file,
  line,
  column: 13,
  endLine: line,
  endColumn: 20,
  path: 'tasks[0].repeat',
});

describe('sortDiagnostics', () => {
  it("orders by file and place, and keeps a rule's own order among findings alike", () => {
    // A weekly duty's missed reports come in date order: 1月2日 before
    // 1月16日, which sorting by message text would reverse.
    const missed = ['2024年1月2日应报未报', '2024年1月9日应报未报', '2024年1月16日应报未报'].map(
      (message) => at('a.yaml', 10, 'missed-occurrence', message),
    );
    const other = at('a.yaml', 4, 'schema', '预警期无法识别');
    const later = at('b.yaml', 1, 'schema', '…');
    const sorted = sortDiagnostics([later, ...missed, other]);
    expect(sorted.map((d) => d.message)).toEqual([
      '预警期无法识别',
      '2024年1月2日应报未报',
      '2024年1月9日应报未报',
      '2024年1月16日应报未报',
      '…',
    ]);
  });
});
