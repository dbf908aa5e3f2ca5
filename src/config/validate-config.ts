/**
 * A project config's text → its settings and findings, as a plan is
 * validated: every problem located at its node (`rules.overdeu`), unknown
 * keys and codes with the nearest as suggestion. Files it names (the units
 * registry) are read by the CLI; what they must hold is checked here.
 */
import * as z from 'zod/mini';
import { allCodes } from '../diagnostics/codes.js';
import { closest } from '../diagnostics/suggest.js';
import type { Finding } from '../diagnostics/types.js';
import { lightRuleProblems } from '../model/light-rule.js';
import { parseYaml } from '../parse/parse-yaml.js';
import type { Path, SourceNode } from '../parse/types.js';
import { unitEntry } from '../schema/plan-schema.js';
import { type ConfigInput, configKeys, configSchema } from './config-schema.js';
import { ruleLevels } from './rule-levels.js';

export interface ConfigValidation {
  /** The settings, when the config has no problem at all. */
  readonly config?: ConfigInput;
  readonly findings: Finding[];
  /** Source positions, for placing the findings (and later ones about files it names). */
  readonly root?: SourceNode;
}

type Issue = z.core.$ZodIssue;

export function validateConfig(text: string): ConfigValidation {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    return {
      findings: [
        {
          code: 'config',
          path: [],
          offset: parsed.error.offset,
          params: { problem: 'yaml', reason: parsed.error.reason },
        },
      ],
    };
  }
  const root = parsed.root;
  const value = parsed.value;
  if (value === null || value === undefined) return { config: {}, findings: [], ...withRoot(root) };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      findings: [{ code: 'config', path: [], params: { problem: 'not-a-map' } }],
      ...withRoot(root),
    };
  }
  const result = z.safeParse(configSchema, value);
  if (!result.success) {
    return {
      findings: result.error.issues.flatMap((issue) => issueFindings(issue, value)),
      ...withRoot(root),
    };
  }
  const lights = lightRuleProblems(result.data.lights).map(
    (problem): Finding => ({
      code: 'config',
      path: problem.path,
      params: {
        problem: problem.problem === 'red-below-yellow' ? 'lights' : 'lights-due-soon-within',
        ...problem.params,
      },
    }),
  );
  return lights.length > 0
    ? { findings: lights, ...withRoot(root) }
    : { config: result.data, findings: [], ...withRoot(root) };
}

function withRoot(root: SourceNode | undefined): { root?: SourceNode } {
  return root ? { root } : {};
}

/** One zod issue → findings at the node, worded by what was wrong there. */
function issueFindings(issue: Issue, config: unknown): Finding[] {
  const path = issue.path.filter(
    (segment): segment is string | number => typeof segment !== 'symbol',
  ) as Path;
  // zod leaves the offending value out of its issues; it is read here.
  const input = path.reduce<unknown>(
    (value, segment) =>
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[segment]
        : undefined,
    config,
  );
  if (issue.code === 'unrecognized_keys') {
    const inRules = path.length === 1 && path[0] === 'rules';
    const inLights = path.length === 1 && path[0] === 'lights';
    return issue.keys.map((key): Finding => {
      const candidates: readonly string[] = inRules
        ? allCodes
        : inLights
          ? Object.keys(configSchema.def.shape.lights.def.innerType.def.shape)
          : path.length === 0
            ? configKeys
            : [];
      const suggestion = closest(key, candidates);
      return {
        code: 'config',
        path: [...path, key],
        at: 'key',
        params: inRules
          ? { problem: 'unknown-code', code: key }
          : { problem: 'unknown-key', key, keys: candidates.join(', ') },
        ...(suggestion !== undefined ? { suggestion } : {}),
      };
    });
  }
  if (issue.code === 'invalid_value' && path.length === 2 && path[0] === 'rules') {
    return [
      {
        code: 'config',
        path,
        params: { problem: 'severity', code: String(path[1]), value: String(input ?? '') },
        ...severitySuggestion(input),
      },
    ];
  }
  if (issue.code === 'invalid_value') {
    return [
      {
        code: 'config',
        path,
        params: {
          problem: 'value',
          value: String(input ?? ''),
          allowed: issue.values.map(String).join(', '),
        },
      },
    ];
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const big = issue.code === 'too_big';
    return [
      {
        code: 'config',
        path,
        params: {
          problem: big ? 'too-big' : 'too-small',
          value: String(input ?? ''),
          limit: String(big ? issue.maximum : issue.minimum),
        },
      },
    ];
  }
  if (issue.code === 'invalid_type') {
    return [{ code: 'config', path, params: { problem: 'type', expected: expected(issue) } }];
  }
  // A union (lights.red: a number or none) and the like.
  return [{ code: 'config', path, params: { problem: 'type', expected: 'other' } }];
}

/** `warn`, `Error`, `0`: the severity the user most likely meant. */
function severitySuggestion(input: unknown): { suggestion?: string } {
  const written = String(input ?? '').toLowerCase();
  const synonyms: Record<string, string> = {
    warn: 'warning',
    '0': 'off',
    '1': 'warning',
    '2': 'error',
    false: 'off',
    none: 'off',
    note: 'info',
  };
  const suggestion =
    synonyms[written] ??
    (ruleLevels as readonly string[]).find((level) => level === written) ??
    closest(written, ruleLevels);
  return suggestion !== undefined ? { suggestion } : {};
}

/** The kind of value wanted, as the messages name kinds (`list`, `map` …). */
function expected(issue: Issue & { code: 'invalid_type' }): string {
  const kinds: Record<string, string> = {
    array: 'list',
    object: 'map',
    record: 'map',
    string: 'text',
    number: 'number',
    boolean: 'boolean',
  };
  return kinds[issue.expected] ?? 'other';
}

/**
 * What is wrong with a units registry file's value, or undefined when it is
 * one: a mapping of id → name, or id → { name, aliases, members }.
 */
export function unitsRegistryProblem(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'the file is empty';
  if (typeof value !== 'object' || Array.isArray(value)) return 'the file is not a mapping';
  const result = z.safeParse(z.record(z.string(), unitEntry), value);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  const where = issue?.path.map(String).join('.') ?? '';
  return where === '' ? 'not a mapping of units' : `see ${where}`;
}
