/**
 * Suppression comments in a plan, as ESLint's disable directives:
 *
 *     # plan-disable-next-line overdue, late-to-start -- 已报请延期
 *     # plan-disable due-soon -- 本方案按月调度，不需提醒
 *
 * `plan-disable-next-line` silences the codes on the next line that is
 * neither blank nor a comment (so several directives may stand one above the
 * other); `plan-disable` silences them in the whole file. Text after ` -- `
 * is the reason, for the reader. A directive stands on a line of its own: a
 * `#` after a value could sit inside quoted text, and telling the two apart
 * would need the parser, which drops comments.
 *
 * js-yaml keeps no comments, so the raw text is scanned; only lines that hold
 * `plan-disable` are looked at, and a plan with none costs one search.
 * A code that silenced nothing is reported (`unused-suppression`), and one
 * that does not exist too (`invalid-suppression`, with the nearest code).
 */
import { allCodes, type DiagnosticCode, isDiagnosticCode } from './codes.js';
import { closest } from './suggest.js';
import type { PlacedFinding } from './place-findings.js';

const MARK = 'plan-disable';
const DIRECTIVE = /^([ \t]*#[ \t]*)(plan-disable(?:-next-line)?)(?=$|[ \t])(.*)$/;

interface Directive {
  readonly scope: 'file' | 'next-line';
  /** 1-based line of the comment. */
  readonly line: number;
  /** The line it silences (next-line), or 0 when there is none. */
  readonly target: number;
  readonly codes: readonly { readonly code: string; readonly column: number }[];
  /** Column just after the directive's name, for a directive with no code. */
  readonly column: number;
}

/**
 * The findings that remain once suppressions are applied, with a finding for
 * each code of a directive that silenced nothing or does not exist.
 */
export function applySuppressions(
  file: string,
  text: string,
  findings: readonly PlacedFinding[],
): PlacedFinding[] {
  if (!text.includes(MARK)) return [...findings];
  const directives = scanDirectives(text);
  if (directives.length === 0) return [...findings];
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const directive of directives) {
    for (const { code } of directive.codes) {
      if (directive.scope === 'file') fileWide.add(code);
      else if (directive.target > 0) {
        const codes = byLine.get(directive.target) ?? new Set<string>();
        codes.add(code);
        byLine.set(directive.target, codes);
      }
    }
  }
  const used = new Set<string>();
  const kept = findings.filter((finding) => {
    if (fileWide.has(finding.code)) {
      used.add(`file\u0000${finding.code}`);
      return false;
    }
    if (byLine.get(finding.line)?.has(finding.code)) {
      used.add(`${finding.line}\u0000${finding.code}`);
      return false;
    }
    return true;
  });
  const place = (
    line: number,
    column: number,
    length: number,
    code: DiagnosticCode,
    params: PlacedFinding['params'],
    suggestion?: string,
  ): PlacedFinding => ({
    code,
    params,
    file,
    line,
    column,
    endLine: line,
    endColumn: column + length,
    path: '',
    ...(suggestion !== undefined ? { suggestion } : {}),
  });
  for (const directive of directives) {
    if (directive.codes.length === 0) {
      kept.push(
        place(directive.line, directive.column, 0, 'invalid-suppression', { problem: 'no-code' }),
      );
      continue;
    }
    for (const { code, column } of directive.codes) {
      if (!isDiagnosticCode(code)) {
        kept.push(
          place(
            directive.line,
            column,
            code.length,
            'invalid-suppression',
            { problem: 'unknown-code', code },
            closest(code, allCodes),
          ),
        );
        continue;
      }
      const key = `${directive.scope === 'file' ? 'file' : directive.target}\u0000${code}`;
      if (!used.has(key)) {
        kept.push(
          place(directive.line, column, code.length, 'unused-suppression', {
            code,
            scope: directive.scope,
          }),
        );
      }
    }
  }
  return kept;
}

/** Every directive, in order; only lines that hold the mark are read. */
function scanDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  let line = 1;
  let counted = 0;
  let at = text.indexOf(MARK);
  while (at !== -1) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    line += countNewlines(text, counted, start);
    counted = start;
    const match = DIRECTIVE.exec(text.slice(start, end).replace(/\r$/, ''));
    if (match) {
      const [, lead = '', name = '', rest = ''] = match;
      const scope = name === MARK ? 'file' : 'next-line';
      const afterName = lead.length + name.length;
      directives.push({
        scope,
        line,
        target: scope === 'next-line' ? nextContentLine(text, end, line) : 0,
        codes: readCodes(rest, afterName),
        column: afterName + 1,
      });
    }
    at = newline === -1 ? -1 : text.indexOf(MARK, newline);
  }
  return directives;
}

/** `overdue, late-to-start -- reason` → the codes with their 1-based columns. */
function readCodes(rest: string, offset: number): { code: string; column: number }[] {
  const reason = rest.search(/(^|[ \t])--([ \t]|$)/);
  const list = reason === -1 ? rest : rest.slice(0, reason);
  const codes: { code: string; column: number }[] = [];
  for (const match of list.matchAll(/[^\s,]+/g)) {
    codes.push({ code: match[0], column: offset + (match.index ?? 0) + 1 });
  }
  return codes;
}

/** The line after `end` (the end of line `line`) that is neither blank nor a comment; 0 if none. */
function nextContentLine(text: string, end: number, line: number): number {
  let position = end;
  let current = line;
  while (position < text.length) {
    const start = position + 1;
    current++;
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    const content = text.slice(start, stop).trim();
    if (content !== '' && !content.startsWith('#')) return current;
    if (newline === -1) break;
    position = newline;
  }
  return 0;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    count++;
  }
  return count;
}
