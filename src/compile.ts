/**
 * The pipeline, stage by stage: text → parse → validate → model, then the
 * rules. Each stage is a pure function of the previous one's output; this
 * file only chains them and keeps what each found.
 */
import type { RuleContext } from './analyze/rule.js';
import { rules } from './analyze/rules/index.js';
import { type DiagnosticCode, diagnosticCodes } from './diagnostics/codes.js';
import type { Finding } from './diagnostics/types.js';
import type { Lang } from './i18n/lang.js';
import { buildModel } from './model/build-model.js';
import { resolveLightRule } from './model/light-rule.js';
import type { Plan } from './model/types.js';
import { withKeyAliases } from './parse/alias-keys.js';
import { scanInvisibleChars } from './parse/invisible-chars.js';
import { parseYaml, type YamlProblem } from './parse/parse-yaml.js';
import {
  knownKeys,
  localeInText,
  type PasteArtefact,
  pasteFix,
  scanPasteArtefacts,
} from './parse/paste-scan.js';
import { pathAtOffset } from './parse/path-at-offset.js';
import type { Path, SourceNode } from './parse/types.js';
import {
  findAnchoredText,
  findCommentsInText,
  findQuoteTrap,
  scalarStarts,
} from './parse/yaml-traps.js';
import { yamlProblemParams } from './parse/yaml-reasons.js';
import type { LightsInput, PlanInput, UnitEntryInput } from './schema/plan-schema.js';
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
  /**
   * The plan's own language: its `locale`, or when it does not parse, a
   * `locale:` line in the text, so that even a syntax error is worded in it.
   */
  readonly locale?: Lang;
}

/** What a project config adds to a plan: a shared units registry and a light rule. */
export interface ProjectSettings {
  readonly units?: Readonly<Record<string, UnitEntryInput>>;
  readonly lights?: LightsInput;
}

export function compilePlan(file: string, text: string, project?: ProjectSettings): Compiled {
  const parsed = parseYaml(text);
  const artefacts = [...scanPasteArtefacts(text), ...scanInvisibleChars(text)];
  if (!parsed.ok) {
    const locale = localeInText(text);
    return {
      file,
      text,
      findings: syntaxFindings(text, parsed.error, artefacts),
      ...(locale ? { locale } : {}),
    };
  }
  const validated = validatePlan(parsed.value);
  const plan = validated.plan
    ? buildModel(
        withSharedUnits(validated.plan, project?.units),
        file,
        project?.lights ? resolveLightRule(project.lights) : undefined,
      )
    : undefined;
  const locale = plan?.meta.locale;
  return {
    file,
    text,
    ...(parsed.root
      ? {
          root: validated.aliases?.length
            ? withKeyAliases(parsed.root, validated.aliases)
            : parsed.root,
        }
      : {}),
    ...(plan ? { plan } : {}),
    findings: [
      ...textTraps(text, parsed.root, artefacts),
      ...withoutInvisibleKeys(validated.findings, artefacts),
    ],
    ...(locale ? { locale } : {}),
  };
}

/**
 * Problems the parser names for what they are. Any other failure may be the
 * parser's confusion at something pasted or unquoted a line earlier, which
 * is named instead when it is there.
 */
const definiteProblems: ReadonlySet<YamlProblem['kind']> = new Set([
  'duplicate-key',
  'several-documents',
  'too-deep',
  'alias-expansion',
  'tab-indent',
  'directive',
  'control-char',
  'bad-escape',
]);

/**
 * The plan with a project's shared units under its own: a unit the plan
 * registers itself wins, so a plan stays the authority on its own names.
 */
function withSharedUnits(
  input: PlanInput,
  shared: Readonly<Record<string, UnitEntryInput>> | undefined,
): PlanInput {
  if (shared === undefined) return input;
  return { ...input, units: { ...shared, ...input.units } };
}

/**
 * Why a file did not parse. A paste artefact or a value that needs quotes,
 * when one explains the failure, is named instead of the parser's own
 * problem, which points a line late and speaks of indentation. The parser's
 * own sentence goes along only as `detail`.
 */
function syntaxFindings(
  text: string,
  problem: YamlProblem,
  artefacts: readonly PasteArtefact[],
): Finding[] {
  const { offset, reason } = problem;
  const confused = !definiteProblems.has(problem.kind);
  if (confused && artefacts.length > 0) {
    // The parser stops at the first thing it cannot read: an artefact at or
    // before the end of that line explains it; one only after it does not.
    const lineEnd = text.indexOf('\n', offset);
    const explained = artefacts.some((a) => lineEnd === -1 || a.offset <= lineEnd);
    const named = artefacts.map((artefact) => ({
      ...artefactFinding(artefact, text, false),
      detail: reason,
    }));
    return explained ? named : [syntaxFinding(text, problem), ...named];
  }
  if (confused) {
    const trap = findQuoteTrap(text, offset);
    if (trap) {
      return [
        {
          code: 'yaml-syntax',
          path: [],
          offset: trap.offset,
          params: { problem: trap.problem, key: trap.key, char: trap.char },
          ...(trap.suggestion !== undefined ? { suggestion: trap.suggestion } : {}),
          detail: reason,
        },
      ];
    }
  }
  return [syntaxFinding(text, problem)];
}

function syntaxFinding(text: string, { kind, reason, offset }: YamlProblem): Finding {
  return {
    code: 'yaml-syntax',
    path: [],
    offset,
    params: { problem: kind, ...yamlProblemParams(text, kind, reason, offset) },
    detail: reason,
  };
}

/**
 * In a file that parsed: paste artefacts that turned a key and its value into
 * one string (kept only where such a string really starts, not inside a
 * block of text), and ` #` comments that cut a title short.
 */
function textTraps(
  text: string,
  root: SourceNode | undefined,
  artefacts: readonly PasteArtefact[],
): Finding[] {
  const found: Finding[] = [];
  if (artefacts.length > 0) {
    const starts = scalarStarts(root);
    for (const artefact of artefacts) {
      if (artefact.scalarStart === undefined || starts.has(artefact.scalarStart)) {
        // Tied to the field it spoils, so the rules say no more about that field.
        found.push({
          ...artefactFinding(artefact, text, true),
          path: pathAtOffset(root, artefact.offset),
        });
      }
    }
  }
  for (const trap of findAnchoredText(text, root)) {
    found.push({
      code: 'yaml-syntax',
      path: trap.path,
      offset: trap.offset,
      params: { problem: 'quote-value', key: trap.key, char: '&' },
      suggestion: trap.suggestion,
    });
  }
  for (const trap of findCommentsInText(text, root)) {
    found.push({
      code: 'comment-in-text',
      path: trap.path,
      offset: trap.offset,
      params: { key: trap.key, comment: trap.comment },
      suggestion: trap.suggestion,
    });
  }
  return found;
}

/**
 * A key with a zero-width space in it is unknown only because of that
 * character, which the artefact already names: one slip, one diagnostic.
 */
function withoutInvisibleKeys(
  findings: readonly Finding[],
  artefacts: readonly PasteArtefact[],
): readonly Finding[] {
  if (!artefacts.some((artefact) => artefact.kind === 'invisible-char')) return findings;
  return findings.filter(
    (finding) =>
      finding.code !== 'unknown-key' ||
      !invisibleChar.test(String(finding.path[finding.path.length - 1] ?? '')),
  );
}

const invisibleChar = /[\u200b\u2060\ufeff]/;

/**
 * `parsed`: the file parsed, so this artefact really made a key and its
 * value one string. In a file that does not parse that is not known, and
 * only a key of the format (`due：`) is certain enough to fix: `说明：` in
 * a block of text must stay as written.
 */
function artefactFinding(artefact: PasteArtefact, text: string, parsed: boolean): Finding {
  const certain = parsed || knownKeys.has(artefact.key) || artefact.kind === 'invisible-char';
  const fix = certain ? pasteFix(text, artefact) : undefined;
  return {
    code: 'paste-artefact',
    path: [],
    offset: artefact.offset,
    params: { problem: artefact.kind, char: artefact.char, key: artefact.key },
    suggestion: artefact.suggestion,
    ...(fix ? { fix } : {}),
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
  {
    errorsOnly = false,
    off,
  }: { errorsOnly?: boolean; off?: ReadonlySet<DiagnosticCode> | undefined } = {},
): Finding[] {
  const { plan, findings } = compiled;
  if (!plan) return [...findings];
  // The views only need to know whether a plan has errors; they skip the
  // rules that can only warn, which on a large plan are most of the work.
  // A rule a project turns off (`overdue: off`) is not run at all.
  const chosen = rules.filter(
    (rule) =>
      (!errorsOnly || diagnosticCodes[rule.code] === 'error') && !(off?.has(rule.code) ?? false),
  );
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

function pathId(path: Path): string {
  return path.join('\u0000');
}
