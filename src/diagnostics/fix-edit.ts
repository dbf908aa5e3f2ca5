import { nodeAtPath } from '../parse/locate-path.js';
import type { SourceNode } from '../parse/types.js';
import type { Finding } from './types.js';

/** A replacement in the text: UTF-16 offsets, end exclusive. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The edit that applies a finding's fix to this text, or undefined when it
 * cannot be applied exactly: the node is gone, is not one plain line of
 * text, or no longer reads what the fix expects. Edits never touch a line
 * break, so a fixed file keeps its lines (and a diff of it is line by line).
 */
export function editForFinding(
  text: string,
  root: SourceNode | undefined,
  finding: Finding,
): TextEdit | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  if (fix.kind === 'text') {
    const edit = { start: fix.start, end: fix.end, text: fix.text };
    return withinLine(text, edit) ? edit : undefined;
  }
  const node = nodeAtPath(root, finding.path, finding.at ?? 'value');
  if (node?.kind !== 'scalar') return undefined;
  if (String(node.value).trim() !== fix.expect.trim()) return undefined;
  const raw = text.slice(node.start, node.end);
  const edit = { start: node.start, end: node.end, text: writeScalarLike(raw, fix.value) };
  return withinLine(text, edit) ? edit : undefined;
}

function withinLine(text: string, edit: TextEdit): boolean {
  if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) return false;
  return !/[\r\n]/.test(edit.text) && !/[\r\n]/.test(text.slice(edit.start, edit.end));
}

/**
 * `value` written the way `raw` was: in double quotes, single quotes, or
 * plain when plain YAML reads it back as the same text (in a flow list or
 * not); otherwise in double quotes, which JSON escaping makes valid YAML.
 */
export function writeScalarLike(raw: string, value: string): string {
  if (raw.startsWith('"')) return JSON.stringify(value);
  if (raw.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return isSafePlain(value) ? value : JSON.stringify(value);
}

// No indicator first, no flow or comment characters anywhere, no `: `, no
// space at either end: such text reads back as itself in any context.
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^,[\]{}#:\r\n]|:(?=\S))*$/;
const TRAILING_SPACE = /\s$/;
// Text the core schema would read as a number, boolean or null.
const NOT_TEXT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$/;

function isSafePlain(value: string): boolean {
  return value !== '' && PLAIN.test(value) && !TRAILING_SPACE.test(value) && !NOT_TEXT.test(value);
}
