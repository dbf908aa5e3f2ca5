/**
 * The project config (plan.config.yaml), `--config`, `--no-config`, `--rule`
 * and suppression comments, in a scratch repository built here: a root
 * config with severities, a shared units registry and ignore patterns, a
 * nearer config in a subfolder, drafts, node_modules and a workflow file.
 * Every judgement is run on both sides: with and without the config, the
 * comment, or the option. Dates are as of TODAY (2024-06-30).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/config-schema.js';
import { validateConfig } from '../src/config/validate-config.js';
import { starterConfig } from '../src/init/starter-config.js';
import { TODAY } from './check-fixtures.js';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'plan-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function put(base: string, file: string, text: string): void {
  mkdirSync(dirname(join(base, file)), { recursive: true });
  writeFileSync(join(base, file), text);
}

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
  path: string;
  suggestion?: string;
}

function check(
  args: readonly string[],
  cwd: string,
): { code: number; diagnostics: JsonDiagnostic[]; stderr: string } {
  const result = runCli(['check', ...args, '--today', TODAY, '--format', 'json'], { cwd });
  const parsed = result.stdout
    ? (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] })
    : { diagnostics: [] };
  return { code: result.code, diagnostics: parsed.diagnostics, stderr: result.stderr };
}

const brief = (ds: readonly JsonDiagnostic[]) =>
  ds.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`);

/**
 * plans/a.yaml has its own registry (office) and leads with `med`, which only
 * the shared registry defines. T1 is due 2024-03-31: 91 days overdue as of
 * 2024-06-30. T2 is due 2024-07-05: due in 5 days (due soon, within 14).
 */
const PLAN_A = `version: 1
title: 共享单位名录的方案
units:
  office: 院办
goals:
  - { id: G1, title: 提升医疗服务能力 }
tasks:
  - id: T1
    title: 落实核心制度
    goal: G1
    lead: med
    due: 2024-03-31
    status: doing
  - id: T2
    title: 开展专项检查
    goal: G1
    lead: office
    due: 2024-07-05
    status: doing
`;

/** plans/team/c.yaml: one task due 2024-05-31, 30 days overdue. */
const PLAN_C = `version: 1
title: 科室方案
goals:
  - { id: G1, title: 提升医疗服务能力 }
tasks:
  - { id: T1, title: 落实核心制度, goal: G1, lead: 医务科, due: 2024-05-31, status: doing }
`;

const ROOT_CONFIG = `rules:
  overdue: off
  due-soon: warning
units: shared/units.yaml
ignore:
  - drafts/
lang: en
`;

function repository(name: string): string {
  const base = join(scratch, name);
  mkdirSync(join(base, '.git'), { recursive: true });
  put(base, 'plan.config.yaml', ROOT_CONFIG);
  put(base, 'shared/units.yaml', 'med: { name: 医务科, aliases: [医务处] }\n');
  put(base, 'plans/a.yaml', PLAN_A);
  put(base, 'plans/drafts/draft.yaml', 'version: 1\ntitle: 草稿\nstatus: unknown\n');
  put(base, 'plans/team/c.yaml', PLAN_C);
  put(base, 'plans/team/plan.config.yaml', 'rules:\n  overdue: error\n');
  put(base, 'node_modules/pkg/plan.yaml', 'version: 1\ntitle: 依赖包\nbogus: 1\n');
  put(base, '.github/workflows/ci.yaml', 'name: CI\non: push\n');
  return base;
}

describe('plan.config.yaml found from each plan upward', () => {
  const base = repository('found');

  it('applies the nearest config to each plan: severities, shared units, ignore', () => {
    const { code, diagnostics } = check(['plans'], base);
    // a.yaml: overdue off (root config), due-soon raised to a warning, `med`
    // known from the shared registry; drafts/ left out; team/c.yaml under its
    // own config, where overdue is an error: exit 1.
    expect(brief(diagnostics)).toEqual([
      'plans/a.yaml:18 warning due-soon',
      'plans/team/c.yaml:6 error overdue',
    ]);
    expect(code).toBe(1);
  });

  it('--no-config: the defaults, no shared units, no ignore', () => {
    const { code, diagnostics } = check(['plans', '--no-config'], base);
    expect(brief(diagnostics)).toEqual([
      'plans/a.yaml:11 error unknown-reference', // med: not in the plan's own registry
      'plans/a.yaml:12 warning overdue',
      'plans/a.yaml:18 info due-soon',
      'plans/drafts/draft.yaml:3 error unknown-key',
      'plans/team/c.yaml:6 warning overdue',
    ]);
    expect(code).toBe(1);
  });

  it('--rule wins over every config', () => {
    const { code, diagnostics } = check(['plans', '--rule', 'overdue:warning'], base);
    expect(brief(diagnostics)).toEqual([
      'plans/a.yaml:12 warning overdue',
      'plans/a.yaml:18 warning due-soon',
      'plans/team/c.yaml:6 warning overdue',
    ]);
    expect(code).toBe(0);
    const off = check(['plans', '--rule', 'overdue:off', '--rule', 'due-soon:off'], base);
    expect(brief(off.diagnostics)).toEqual([]);
    expect(off.code).toBe(0);
  });

  it('results stop changing with the date when overdue is off', () => {
    // A year later c.yaml is still overdue, a.yaml's T2 too: both off.
    const later = runCli(
      ['check', 'plans', '--today', '2025-06-30', '--rule', 'overdue:off', '--max-warnings', '0'],
      { cwd: base },
    );
    expect(later.code).toBe(0);
  });

  it('a file named explicitly is checked even when the config ignores it', () => {
    const { diagnostics } = check(['plans/drafts/draft.yaml'], base);
    expect(brief(diagnostics)).toEqual(['plans/drafts/draft.yaml:3 error unknown-key']);
  });

  it('stops at the repository root: a config above it is not read', () => {
    const outer = join(scratch, 'outer');
    put(outer, 'plan.config.yaml', 'rules:\n  overdue: off\n');
    const inner = join(outer, 'repo');
    mkdirSync(join(inner, '.git'), { recursive: true });
    put(inner, 'c.yaml', PLAN_C);
    expect(brief(check(['c.yaml'], inner).diagnostics)).toEqual(['c.yaml:6 warning overdue']);
    // Without the .git, the walk goes on up and finds it.
    const open = join(outer, 'open');
    put(open, 'c.yaml', PLAN_C);
    expect(brief(check(['c.yaml'], open).diagnostics)).toEqual([]);
  });

  it('--config FILE is used for every plan, relative paths from its own folder', () => {
    put(base, 'ci/strict.yaml', 'rules:\n  due-soon: error\nunits: ../shared/units.yaml\n');
    const { code, diagnostics } = check(['plans/a.yaml', '--config', 'ci/strict.yaml'], base);
    expect(brief(diagnostics)).toEqual([
      'plans/a.yaml:12 warning overdue',
      'plans/a.yaml:18 error due-soon',
    ]);
    expect(code).toBe(1);
  });

  it('lang gives plans without a locale their language; --lang wins', () => {
    put(base, 'zh/plan.config.yaml', 'lang: zh-CN\n');
    put(base, 'zh/c.yaml', PLAN_C);
    const zh = check(['zh/c.yaml'], base);
    expect(zh.diagnostics[0]?.message).toBe('任务“落实核心制度”已逾期 30 天');
    const en = check(['zh/c.yaml', '--lang', 'en'], base);
    expect(en.diagnostics[0]?.message).toBe('task "落实核心制度" is 30 days overdue');
  });
});

describe('configs in a parallel check', () => {
  it('reach the worker threads: 24 plans (a run of 16 or more uses them) all judged by their config', () => {
    const base = join(scratch, 'parallel');
    mkdirSync(join(base, '.git'), { recursive: true });
    put(base, 'plans/plan.config.yaml', 'rules:\n  overdue: error\n');
    for (let i = 0; i < 24; i++) put(base, `plans/p${String(i).padStart(2, '0')}.yaml`, PLAN_C);
    const { code, diagnostics } = check(['plans'], base);
    expect(code).toBe(1);
    expect(diagnostics).toHaveLength(24);
    expect(new Set(diagnostics.map((d) => `${d.severity} ${d.code}`))).toEqual(
      new Set(['error overdue']),
    );
  });
});

describe('lights from the config, under the plan’s own block', () => {
  // T1 runs 2024-01-01 … 2024-12-31 at 20% on 2024-06-30: about half the
  // window has passed (序时进度 ≈ 50%), so it trails by about 30 points.
  const plan = (lights: string) => `version: 1
title: 亮灯规则
goals:
  - { id: G1, title: 提升医疗服务能力 }
tasks:
  - { id: T1, title: 落实核心制度, goal: G1, lead: 医务科, start: 2024-01-01, due: 2024-12-31, status: doing, progress: 20 }
${lights}`;
  const base = join(scratch, 'lights');
  mkdirSync(join(base, '.git'), { recursive: true });
  const codes = (file: string) => check([file], base).diagnostics.map((d) => d.code);

  it('a config yellow line of 40 points lets a 30-point shortfall pass; 20 does not', () => {
    put(base, 'wide/plan.config.yaml', 'lights:\n  yellow: 40\n  red: 60\n');
    put(base, 'wide/p.yaml', plan(''));
    put(base, 'narrow/plan.config.yaml', 'lights:\n  yellow: 20\n  red: 60\n');
    put(base, 'narrow/p.yaml', plan(''));
    expect(codes('wide/p.yaml')).toEqual([]);
    expect(codes('narrow/p.yaml')).toEqual(['behind-schedule']);
  });

  it('the plan’s own lights: block wins over the config', () => {
    put(base, 'wide/own.yaml', plan('lights:\n  yellow: 20\n  red: 60\n'));
    expect(codes('wide/own.yaml')).toEqual(['behind-schedule']);
  });
});

describe('the views judge by the same config', () => {
  // The same plan as above: 20% on 2024-06-30 in a 2024 window, about 30
  // points behind 序时进度. It leads with `med`, known only to the shared units.
  const base = join(scratch, 'views');
  mkdirSync(join(base, '.git'), { recursive: true });
  const plan = `version: 1
title: 亮灯规则
units:
  office: 院办
goals:
  - { id: G1, title: 提升医疗服务能力 }
tasks:
  - { id: T1, title: 落实核心制度, goal: G1, lead: med, start: 2024-01-01, due: 2024-12-31, status: doing, progress: 20 }
`;
  put(base, 'p.yaml', plan);
  put(base, 'units.yaml', 'med: 医务科\n');
  const overdue = () => {
    const result = runCli(['overdue', 'p.yaml', '--today', TODAY, '--format', 'json'], {
      cwd: base,
    });
    const report = JSON.parse(result.stdout || '{}') as {
      items?: { light: string }[];
      errors?: { code: string }[];
    };
    return { code: result.code, report, stderr: result.stderr };
  };

  it('yellow under the default rule, and `med` unknown without the shared units', () => {
    const { report } = overdue();
    expect(report.items?.map((item) => item.light)).toEqual(['yellow']);
    expect(report.errors?.map((e) => e.code)).toEqual(['unknown-reference']);
  });

  it('no item under a config whose yellow line is 40 points, and `med` known', () => {
    put(base, 'plan.config.yaml', 'lights: { yellow: 40, red: 60 }\nunits: units.yaml\n');
    const { report } = overdue();
    expect(report.items).toEqual([]);
    expect(report.errors).toEqual([]);
    rmSync(join(base, 'plan.config.yaml'));
  });

  it('a config with problems stops a view too (exit 2)', () => {
    put(base, 'plan.config.yaml', 'lights: { yelow: 40 }\n');
    const { code, stderr } = overdue();
    expect(code).toBe(2);
    expect(stderr).toContain('unknown config key "yelow"');
    rmSync(join(base, 'plan.config.yaml'));
  });
});

describe('a config with problems: located diagnostics, exit 2, no plan checked', () => {
  const base = join(scratch, 'bad');
  mkdirSync(join(base, '.git'), { recursive: true });
  put(base, 'p.yaml', PLAN_C);
  put(base, 'units-list.yaml', '- 医务科\n- 护理部\n');
  const run = (config: string) => {
    put(base, 'plan.config.yaml', config);
    return check(['p.yaml'], base);
  };
  const cases: [string, string, [line: number, column: number, suggestion?: string]][] = [
    ['an unknown key', 'rules: {}\nignores: [drafts/]\n', [2, 1, 'ignore']],
    ['an unknown code', 'rules:\n  overdeu: off\n', [2, 3, 'overdue']],
    ['a bad severity', 'rules:\n  overdue: warn\n', [2, 12, 'warning']],
    ['a missing units file', 'units: shared/none.yaml\n', [1, 8]],
    ['a units file that is not a registry', 'units: units-list.yaml\n', [1, 8]],
    ['an unparsable ignore pattern', 'ignore:\n  - "plans/[draft"\n', [2, 5]],
    ['a bad lights block', 'lights:\n  yellow: 40\n  red: 20\n', [3, 8]],
    ['a lang that is not one', 'lang: fr\n', [1, 7]],
    ['broken YAML', 'rules:\n  overdue: off\n bad: 1\n', [3, 2]],
  ];
  for (const [what, config, [line, column, suggestion]] of cases) {
    it(what, () => {
      const { code, diagnostics } = run(config);
      expect(code).toBe(2);
      expect(diagnostics).toHaveLength(1);
      const [d] = diagnostics;
      expect([d!.file, d!.code, d!.line, d!.column, d!.suggestion]).toEqual([
        'plan.config.yaml',
        'config',
        line,
        column,
        suggestion,
      ]);
    });
  }

  it('a valid config beside them checks the plan (the other side of the line)', () => {
    const { code, diagnostics } = run('rules:\n  overdue: warning\n');
    expect(code).toBe(0);
    expect(brief(diagnostics)).toEqual(['p.yaml:6 warning overdue']);
  });

  it('--config naming a missing file is a config problem, exit 2', () => {
    const { code, diagnostics } = check(['p.yaml', '--config', 'nope.yaml'], base);
    expect(code).toBe(2);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([['nope.yaml', 'config']]);
  });

  it('is worded in Chinese too', () => {
    put(base, 'plan.config.yaml', 'rules:\n  overdeu: off\n');
    const result = runCli(['check', 'p.yaml', '--lang', 'zh-CN'], { cwd: base });
    expect(result.stdout).toContain('问题代码“overdeu”不存在');
    expect(result.code).toBe(2);
  });
});

describe('--rule CODE:SEVERITY', () => {
  it('refuses an unknown code with the nearest, and a bad severity: exit 2', () => {
    const code = runCli(['check', 'x.yaml', '--rule', 'overdeu:off']);
    expect(code.code).toBe(2);
    expect(code.stderr).toContain('there is no diagnostic code "overdeu"; did you mean overdue?');
    const level = runCli(['check', 'x.yaml', '--rule', 'overdue:warn']);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('the severity must be off, info, warning or error');
  });
});

describe('suppression comments through the CLI', () => {
  const base = join(scratch, 'suppress');
  mkdirSync(join(base, '.git'), { recursive: true });
  // c.yaml's T1 on line 6 is 30 days overdue as of 2024-06-30.
  const lines = PLAN_C.split('\n');
  const withComment = (comment: string) =>
    [...lines.slice(0, 5), comment, ...lines.slice(5)].join('\n');

  it('a comment silences the next line; without it the warning is back', () => {
    put(base, 'yes.yaml', withComment('  # plan-disable-next-line overdue -- 已报请延期'));
    put(base, 'no.yaml', PLAN_C);
    expect(brief(check(['yes.yaml'], base).diagnostics)).toEqual([]);
    expect(brief(check(['no.yaml'], base).diagnostics)).toEqual(['no.yaml:6 warning overdue']);
  });

  it('a code the config turns off makes its comment unused', () => {
    put(base, 'off.yaml', withComment('  # plan-disable-next-line overdue -- 已报请延期'));
    const { diagnostics } = check(['off.yaml', '--rule', 'overdue:off'], base);
    expect(brief(diagnostics)).toEqual(['off.yaml:6 warning unused-suppression']);
    // …and the config can turn that off too.
    const quiet = check(
      ['off.yaml', '--rule', 'overdue:off', '--rule', 'unused-suppression:off'],
      base,
    );
    expect(quiet.diagnostics).toEqual([]);
  });
});

describe('the config schema and the starter', () => {
  const committed = readFileSync(join(repoRoot, 'schemas', 'config.schema.json'), 'utf8');

  it('schemas/config.schema.json is the generated one', () => {
    if (committed !== configJsonSchema()) {
      expect.fail('schemas/config.schema.json is stale: run `npm run schema` and commit it');
    }
    const printed = runCli(['schema', 'config']);
    expect(printed.stdout).toBe(committed);
  });

  it('the starter is valid for the validator and for the JSON Schema, and unknown codes fail both', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(committed) as object);
    const starter = starterConfig();
    expect(validateConfig(starter).findings).toEqual([]);
    expect(validate(jsYaml.load(starter))).toBe(true);
    const bad = 'rules:\n  overdeu: off\n';
    expect(validateConfig(bad).findings.map((f) => f.code)).toEqual(['config']);
    expect(validate(jsYaml.load(bad))).toBe(false);
  });

  it('plan init --config writes it once and never overwrites', () => {
    const base = join(scratch, 'init');
    mkdirSync(base, { recursive: true });
    const first = runCli(['init', '--config'], { cwd: base });
    expect(first.code).toBe(0);
    expect(readFileSync(join(base, 'plan.config.yaml'), 'utf8')).toBe(starterConfig());
    const second = runCli(['init', '--config'], { cwd: base });
    expect(second.code).toBe(2);
    expect(readFileSync(join(base, 'plan.config.yaml'), 'utf8')).toBe(starterConfig());
  });
});
