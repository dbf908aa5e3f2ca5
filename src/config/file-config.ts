/**
 * What a project config (and `--rule`) means for one plan, as plain data: it
 * crosses into the worker threads of a parallel check.
 */
import type { DiagnosticCode, Severity } from '../diagnostics/codes.js';
import type { Lang } from '../i18n/lang.js';
import type { LightsInput, UnitEntryInput } from '../schema/plan-schema.js';
import type { RuleLevel } from './rule-levels.js';

export interface FileConfig {
  /** Severity per code; `off` drops its findings (and skips its rule). */
  readonly rules: Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>;
  /** The light rule under the plan's own `lights:` block. */
  readonly lights?: LightsInput;
  /** A shared units registry, under the plan's own `units`. */
  readonly units?: Readonly<Record<string, UnitEntryInput>>;
  /** Language of messages for plans with no `locale`. */
  readonly lang?: Lang;
}

/** `--rule` values over a config's `rules`: the command line wins. */
export function withCliRules(
  config: FileConfig | undefined,
  cliRules: Readonly<Partial<Record<DiagnosticCode, RuleLevel>>>,
): FileConfig {
  return { ...config, rules: { ...config?.rules, ...cliRules } };
}

/** The codes a config turns off. */
export function codesOff(config: FileConfig | undefined): ReadonlySet<DiagnosticCode> {
  const off = new Set<DiagnosticCode>();
  for (const [code, level] of Object.entries(config?.rules ?? {})) {
    if (level === 'off') off.add(code as DiagnosticCode);
  }
  return off;
}

/** The severity a config gives a code, when it changes it. */
export function levelOf(
  config: FileConfig | undefined,
  code: DiagnosticCode,
): Severity | undefined {
  const level = config?.rules[code];
  return level === undefined || level === 'off' ? undefined : level;
}
