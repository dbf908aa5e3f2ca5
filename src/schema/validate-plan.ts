/**
 * Validation: the parsed value → a typed plan and findings.
 *
 * Every problem should be reported in one run, but zod gives no typed value
 * while any issue remains. So after reporting the issues, a copy of the value
 * is repaired (unknown keys removed, bad optional fields dropped, bad
 * required text replaced) and validated again, so that the later stages can
 * still check references, dates and schedules in the rest of the plan.
 */
import type * as z from 'zod';
import {
  closest,
  createRankedSuggester,
  createSuggestBudget,
  type SuggestBudget,
  type Suggestion,
} from '../diagnostics/suggest.js';
import type { Finding, MessageParams } from '../diagnostics/types.js';
import type { KeyAlias } from '../parse/alias-keys.js';
import type { Path, PathSegment } from '../parse/types.js';
import { keyForSynonym } from './key-synonyms.js';
import { type PlanInput, planSchema } from './plan-schema.js';
import { isOptionalAt, keysAt, kindsAt } from './schema-at.js';

export interface ValidationResult {
  /** The plan, if it (or its repaired copy) is valid enough to model. */
  readonly plan: PlanInput | undefined;
  readonly findings: Finding[];
  /** Unknown keys read as the key they suggest (`截止时间` as `due`). */
  readonly aliases?: readonly KeyAlias[];
}

type Issue = z.core.$ZodIssue;

const MAX_REPAIRS = 4;

/** The key each reported unknown key suggests, for the repair that follows. */
const renamesOf = new WeakMap<Issue, Map<string, string>>();

/** Unknown keys of one mapping reported one by one; the rest are counted. */
export const MAX_UNKNOWN_KEYS = 100;

/** Synonyms users write for enum values; used only to suggest the right word. */
const enumSynonyms: Record<string, string> = {
  未开始: 'todo',
  未開始: 'todo',
  待办: 'todo',
  待辦: 'todo',
  'not started': 'todo',
  进行中: 'doing',
  進行中: 'doing',
  推进中: 'doing',
  推進中: 'doing',
  正在推进: 'doing',
  'in progress': 'doing',
  'in-progress': 'doing',
  ongoing: 'doing',
  已完成: 'done',
  完成: 'done',
  完成了: 'done',
  已办结: 'done',
  已辦結: 'done',
  办结: 'done',
  辦結: 'done',
  completed: 'done',
  complete: 'done',
  finished: 'done',
  受阻: 'blocked',
  阻塞: 'blocked',
  已取消: 'dropped',
  取消: 'dropped',
  cancelled: 'dropped',
  canceled: 'dropped',
  约束性: 'binding',
  約束性: 'binding',
  预期性: 'expected',
  預期性: 'expected',
  倡导性: 'advocated',
  倡導性: 'advocated',
  每周: 'weekly',
  每月: 'monthly',
  每季度: 'quarterly',
  每年: 'yearly',
};

const tenths: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * The number a progress written as text means: `50%`, `50％`, full-width
 * `５０`, `五成` (five tenths); undefined when it is not one of these or not
 * within 0–100. The schema's message says a number is needed; this is the
 * number to write.
 */
function progressNumber(actual: unknown): string | undefined {
  if (typeof actual !== 'string') return undefined;
  const text = actual.normalize('NFKC').trim();
  const tenth = /^([一二两兩三四五六七八九十])成$/.exec(text);
  const value = tenth
    ? tenths[tenth[1]!]! * 10
    : /^\d+(?:\.\d+)?%?$/.test(text)
      ? Number.parseFloat(text)
      : Number.NaN;
  return value >= 0 && value <= 100 ? String(value) : undefined;
}

export function validatePlan(value: unknown): ValidationResult {
  if (value === undefined || value === null) {
    return {
      plan: undefined,
      findings: [{ code: 'schema', path: [], params: { problem: 'empty-plan' } }],
    };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      plan: undefined,
      findings: [{ code: 'schema', path: [], params: { problem: 'not-a-map' } }],
    };
  }

  const first = planSchema.safeParse(value);
  if (first.success) return { plan: first.data, findings: [] };

  const budget = createSuggestBudget();
  const findings = first.error.issues.flatMap((issue) => issueToFindings(issue, [], value, budget));
  const candidate: unknown = structuredClone(value);
  let issues = first.error.issues;
  const aliases: KeyAlias[] = [];
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    // Unknown keys first: `标题` is read as `title` before the missing title
    // is filled in with a stand-in, which would stop it being read.
    const ordered = [...issues].sort(
      (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
    );
    if (!ordered.every((issue) => repair(candidate, issue, aliases))) break;
    const retry = planSchema.safeParse(candidate);
    if (retry.success) return { plan: retry.data, findings: filled(findings, aliases), aliases };
    issues = retry.error.issues;
  }
  return { plan: undefined, findings: filled(findings, aliases) };
}

/**
 * Without the "missing" of a field an unknown key was read as: `标题: …`
 * gives its one unknown-key error (suggesting title), not a second one
 * saying the task has no title.
 */
function filled(findings: Finding[], aliases: readonly KeyAlias[]): Finding[] {
  if (aliases.length === 0) return findings;
  const read = new Set(aliases.map((alias) => JSON.stringify([...alias.path, alias.to])));
  return findings.filter(
    (finding) => finding.params?.problem !== 'missing' || !read.has(JSON.stringify(finding.path)),
  );
}

function issueToFindings(
  issue: Issue,
  base: Path,
  root: unknown,
  budget: SuggestBudget,
): Finding[] {
  const path = [...base, ...(issue.path as PathSegment[])];
  switch (issue.code) {
    case 'unrecognized_keys': {
      // One mapping may hold 300,000 unknown keys: the known keys are
      // looked up once, and suggestions share the file's budget.
      // Past MAX_UNKNOWN_KEYS, the last one listed counts the rest: a
      // mapping with that many is not a plan with typos.
      const known = keysAt(planSchema, path);
      const suggest = createRankedSuggester(known, budget);
      const listed = issue.keys.slice(0, MAX_UNKNOWN_KEYS + 1);
      const renames = new Map<string, string>();
      renamesOf.set(issue, renames);
      const suggestions = listed.map((key) => {
        const synonym = keyForSynonym(key, known);
        return synonym !== undefined ? { text: synonym, unique: true } : suggest(key);
      });
      const certain = certainRenames(listed, suggestions, valueAt(root, path));
      return listed.map((key, i) => {
        const suggestion = suggestions[i]?.text;
        if (suggestion !== undefined) renames.set(key, suggestion);
        const more = i === MAX_UNKNOWN_KEYS ? issue.keys.length - listed.length : 0;
        return {
          code: 'unknown-key',
          path: [...path, key],
          at: 'key',
          params: (more > 0 ? { key, more } : { key }) as MessageParams,
          ...(suggestion ? { suggestion } : {}),
          ...(suggestion && certain.has(key)
            ? { fix: { kind: 'scalar', value: suggestion, expect: key } }
            : {}),
        } satisfies Finding;
      });
    }
    case 'invalid_union':
      return unionToFindings(issue, path, root, budget);
    case 'invalid_type': {
      const actual = valueAt(root, path);
      if (actual === undefined) {
        const field = String(path[path.length - 1] ?? '');
        return [{ code: 'schema', path, at: 'key', params: { problem: 'missing', field } }];
      }
      const number = path[path.length - 1] === 'progress' ? progressNumber(actual) : undefined;
      return [
        {
          code: 'schema',
          path,
          params: typeProblem(path, actual),
          ...(number !== undefined
            ? {
                suggestion: number,
                fix: { kind: 'scalar', value: number, expect: String(actual) },
              }
            : {}),
        },
      ];
    }
    case 'invalid_value': {
      const actual = valueAt(root, path);
      const allowed = issue.values.map(String);
      // A word from the table (已完成 → done) is certain; a near spelling
      // (doen) is only a suggestion.
      const synonym =
        typeof actual === 'string' ? enumSynonyms[actual.trim().toLowerCase()] : undefined;
      const suggestion = synonym || closest(String(actual), allowed);
      return [
        {
          code: 'schema',
          path,
          params: {
            problem: 'enum',
            value: String(actual),
            allowed: allowed.join(', '),
            quoted: typeof actual === 'string' ? 1 : 0,
          },
          ...(suggestion && allowed.includes(suggestion) ? { suggestion } : {}),
          ...(synonym && allowed.includes(synonym)
            ? { fix: { kind: 'scalar', value: synonym, expect: String(actual) } }
            : {}),
        },
      ];
    }
    case 'too_small':
      if (issue.origin === 'string')
        return [{ code: 'schema', path, params: { problem: 'empty-text' } }];
      return [
        {
          code: 'schema',
          path,
          params: { problem: 'too-small', limit: Number(issue.minimum), ...boundFacts(root, path) },
        },
      ];
    case 'too_big':
      return [
        {
          code: 'schema',
          path,
          params: { problem: 'too-big', limit: Number(issue.maximum), ...boundFacts(root, path) },
        },
      ];
    default:
      return [{ code: 'schema', path, params: { problem: 'other', detail: issue.message } }];
  }
}

/** The field and the figure a bound refuses (`day`, 32), so the message can name them. */
function boundFacts(
  root: unknown,
  path: readonly (string | number)[],
): { key?: string; value?: string } {
  const key = path[path.length - 1];
  const value = valueAt(root, path);
  return {
    ...(typeof key === 'string' ? { key } : {}),
    ...(typeof value === 'number' ? { value: String(value) } : {}),
  };
}

/**
 * A union failed. If the value has the shape of one branch (a map where a
 * map is allowed), that branch's own issues are the useful ones; otherwise
 * the value has the wrong type for every branch.
 */
function unionToFindings(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: Path,
  root: unknown,
  budget: SuggestBudget,
): Finding[] {
  const actual = valueAt(root, path);
  const shaped = issue.errors.find(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (shaped && shaped.length > 0)
    return shaped.flatMap((inner) => issueToFindings(inner, path, root, budget));
  return [
    {
      code: 'schema',
      path,
      params: typeProblem(path, actual),
    },
  ];
}

/**
 * The unknown keys that can be renamed without a doubt: a suggestion that is
 * the only one at its distance, names no key the mapping already has, and is
 * not also the suggestion for another unknown key of the mapping (two
 * renamed to one name would be a duplicate key), for a key without spaces.
 */
function certainRenames(
  keys: readonly string[],
  suggestions: readonly (Suggestion | undefined)[],
  mapping: unknown,
): Set<string> {
  const wanted = new Map<string, number>();
  for (const suggestion of suggestions)
    if (suggestion) wanted.set(suggestion.text, (wanted.get(suggestion.text) ?? 0) + 1);
  const present = mapping !== null && typeof mapping === 'object' ? mapping : {};
  const certain = new Set<string>();
  keys.forEach((key, i) => {
    const suggestion = suggestions[i];
    // A key with a space in it (` notes` after a pasted U+3000) is a layout
    // problem, not a typo: renaming it would move the value, not fix it.
    if (
      !/\s/.test(key) &&
      suggestion?.unique &&
      wanted.get(suggestion.text) === 1 &&
      !Object.hasOwn(present, suggestion.text)
    )
      certain.add(key);
  });
  return certain;
}

function describeKinds(path: Path): string {
  return kindsAt(planSchema, path).join('|');
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'boolean';
  return 'number';
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** Changes `root` so that `issue` goes away; false when it cannot. */
function repair(root: unknown, issue: Issue, aliases: KeyAlias[]): boolean {
  const path = issue.path as PathSegment[];
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (issue.code === 'unrecognized_keys') {
    const target = valueAt(root, path) as Record<string, unknown> | undefined;
    if (!target || typeof target !== 'object') return false;
    // A key with a suggestion is read as the key it suggests (when that key
    // is not written too), so `截止时间: 2023-06` gives its one unknown-key
    // error and the task still has its due date: no second diagnostic about
    // a missing date, and views show the date the writer meant.
    const renames = renamesOf.get(issue);
    for (const key of issue.keys) {
      const rename = renames?.get(key);
      if (rename !== undefined && !Object.hasOwn(target, rename)) {
        target[rename] = target[key];
        aliases.push({ path, from: key, to: rename });
      }
      delete target[key];
    }
    return true;
  }
  if (last === undefined || parent === null || typeof parent !== 'object') return false;
  const holder = parent as Record<PathSegment, unknown>;
  const kinds = kindsAt(planSchema, path);
  if (Array.isArray(parent)) {
    // A bad list item is replaced in place, never removed, so that the items
    // after it keep their paths (and so their places in the source).
    holder[last] = kinds.includes('map') ? {} : kinds.includes('text') ? '?' : 0;
    return true;
  }
  if (isOptionalAt(planSchema, path)) {
    delete holder[last];
    return true;
  }
  if (last === 'version') holder[last] = 1;
  else if (kinds.includes('text')) holder[last] = '?';
  else if (kinds.includes('number')) holder[last] = 0;
  else if (kinds.includes('map')) holder[last] = {};
  else return false;
  return true;
}

/**
 * The params of a wrong type: also the text written, when it is text, so the
 * message can tell `progress: 50%` to drop the % rather than name two types.
 */
function typeProblem(path: Path, actual: unknown): Record<string, string> {
  const key = path[path.length - 1];
  return {
    problem: 'type',
    expected: describeKinds(path),
    actual: kindOf(actual),
    ...(typeof key === 'string' ? { key } : {}),
    ...(typeof actual === 'string' ? { value: actual } : {}),
  };
}
