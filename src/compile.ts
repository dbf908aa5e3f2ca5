/**
 * The pipeline, stage by stage: text → parse → validate → model, then the
 * rules. Each stage is a pure function of the previous one's output; this
 * file only chains them and keeps what each found.
 */
import type { RuleContext } from './analyze/rule.js';
import { rules } from './analyze/rules/index.js';
import { diagnosticCodes } from './diagnostics/codes.js';
import type { Finding, MessageParams } from './diagnostics/types.js';
import { buildModel } from './model/build-model.js';
import type { Plan } from './model/types.js';
import { parseYaml } from './parse/parse-yaml.js';
import type { Path, SourceNode } from './parse/types.js';
import { validatePlan } from './schema/validate-plan.js';

export interface Compiled {
  /** The file name as the user gave it, or `<stdin>`. */
  readonly file: string;
  readonly text: string;
  /** Source positions of the plan's nodes, when it parsed. */
  readonly root?: SourceNode;
  /** The resolved plan, when it parsed and validated well enough to model. */
  readonly plan?: Plan;
  /** Problems found on the way: syntax and schema. */
  readonly findings: readonly Finding[];
}

export function compilePlan(file: string, text: string): Compiled {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const { kind, reason, offset } = parsed.error;
    const params: MessageParams =
      kind === 'duplicate-key'
        ? { problem: kind, reason, key: keyAt(text, offset) }
        : { problem: kind, reason };
    return { file, text, findings: [{ code: 'yaml-syntax', path: [], offset, params }] };
  }
  const validated = validatePlan(parsed.value);
  return {
    file,
    text,
    ...(parsed.root ? { root: parsed.root } : {}),
    ...(validated.plan ? { plan: buildModel(validated.plan, file) } : {}),
    findings: validated.findings,
  };
}

/**
 * Every finding for a compiled plan: its syntax and schema findings, then the
 * rules'. A rule finding inside a node the schema already rejected is
 * dropped: the schema stage repaired that node to keep going, and what the
 * rules say of the repair is noise.
 */
export function checkCompiled(
  compiled: Compiled,
  context: RuleContext,
  { errorsOnly = false }: { errorsOnly?: boolean } = {},
): Finding[] {
  const { plan, findings } = compiled;
  if (!plan) return [...findings];
  // The views only need to know whether a plan has errors; they skip the
  // rules that can only warn, which on a large plan are most of the work.
  const chosen = errorsOnly
    ? rules.filter((rule) => diagnosticCodes[rule.code] === 'error')
    : rules;
  const ruleFindings = chosen.flatMap((rule) => rule.check(plan, context));
  if (findings.length === 0) return ruleFindings;
  const rejected = new Set(findings.map((finding) => pathId(finding.path)));
  const isRejected = (path: Path): boolean => {
    for (let length = 0; length <= path.length; length++) {
      if (rejected.has(pathId(path.slice(0, length)))) return true;
    }
    return false;
  };
  return [...findings, ...ruleFindings.filter((finding) => !isRejected(finding.path))];
}

/** The key written at `offset`: up to its colon, unquoted. */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const line = text.slice(offset, end === -1 ? undefined : end);
  const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:/.exec(line);
  return (key?.[1] ?? key?.[2] ?? key?.[3] ?? line).trim();
}

function pathId(path: Path): string {
  return path.join('\u0000');
}
