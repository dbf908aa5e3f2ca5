/**
 * `plan report --format json`, the dashboards' contract: a golden file per
 * example and fixture, each valid against the committed
 * schemas/report.schema.json (itself generated from the zod contract); the
 * same figures as the printed report and the same items as
 * `plan overdue --format json`; one output whatever the language or time
 * zone; a plan's errors carried, or refused under --strict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../src/render/report/json-contract.js';
import { markdownLightText } from '../src/render/overdue/markdown.js';
import { reportLabels } from '../src/i18n/report-labels.js';
import { statusHeader, targetHeader, unitHeader } from '../src/render/report/report-cells.js';
import { lightOrder, statusOrder } from '../src/views/report-summary.js';
import { expectGolden, repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import {
  AS_OF,
  goldenBase,
  htmlTables,
  markdownToHtml,
  plansUnderTest,
} from './overdue-helpers.js';

const targetsFixture = 'test/fixtures/views/report-targets.yaml';
const errorsFixture = 'test/fixtures/views/errors-source.yaml';
const hostile = 'test/fixtures/views/overdue-hostile.yaml';
const plans = [...plansUnderTest(), targetsFixture];

const committed = readFileSync(join(repoRoot, 'schemas', 'report.schema.json'), 'utf8');
// zod writes a nullable string as `type: ["string", "null"]`, which strict
// mode refuses unless union types are allowed.
const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(
  JSON.parse(committed) as object,
);

function run(command: string, file: string, extra: readonly string[] = []) {
  return runCli([command, file, '--today', AS_OF, '--format', 'json', ...extra]);
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, checked by the schema
type Json = any;

function reportJson(file: string, extra: readonly string[] = []): Json {
  const result = run('report', file, extra);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('schemas/report.schema.json', () => {
  it('is the schema generated from the zod contract', () => {
    if (committed !== reportJsonSchema()) {
      expect.fail(
        'schemas/report.schema.json is stale: it differs from reportJsonSchema(). Run `npm run schema` and commit the result.',
      );
    }
  });
  it('is what `plan schema report` prints', () => {
    const result = runCli(['schema', 'report']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(committed);
  });
  it('`plan schema` still prints the plan schema; an unknown name is a usage error', () => {
    const plan = readFileSync(join(repoRoot, 'schemas', 'plan.schema.json'), 'utf8');
    expect(runCli(['schema']).stdout).toBe(plan);
    expect(runCli(['schema', 'plan']).stdout).toBe(plan);
    const unknown = runCli(['schema', 'reports']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('give plan, report or config, not "reports"');
  });
  it('refuses what breaks the contract', () => {
    const good = reportJson('test/fixtures/views/overdue-small.yaml');
    expect(validate(good)).toBe(true);
    const broken = [
      { ...good, extra: 1 },
      { ...good, asOf: '2024-06' },
      { ...good, tasks: { ...good.tasks, byLight: { ...good.tasks.byLight, grey: 0 } } },
      { ...good, tasks: { ...good.tasks, total: -1 } },
      { ...good, items: [{ ...good.items[0], light: 'grey' }] },
      { ...good, items: [{ ...good.items[0], reasons: [] }] },
    ];
    for (const document of broken) expect(validate(document)).toBe(false);
  });
});

describe.each(plans)('plan report %s --format json', (file) => {
  it('matches its golden file, follows the schema and is the same in every language', () => {
    const outputs = (['en', 'zh-CN', 'zh-TW'] as const).map((lang) => {
      const result = run('report', file, ['--lang', lang]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      return result.stdout;
    });
    expectGolden(`report-json/${goldenBase(file)}.json`, outputs[0]!);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const json = JSON.parse(outputs[0]!);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.asOf).toBe(AS_OF);
    expect(json.plan.file).toBe(file);
    expect(json.errors).toEqual([]);
  });

  it('has exactly the items of plan overdue --format json, in its order', () => {
    const overdue = JSON.parse(run('overdue', file).stdout);
    expect(reportJson(file).items).toEqual(overdue.items);
  });

  it('has the figures the Markdown report prints', () => {
    const json = reportJson(file, ['--lang', 'en']);
    const markdown = runCli(['report', file, '--today', AS_OF, '--format', 'md', '--lang', 'en']);
    const tables = htmlTables(markdownToHtml(markdown.stdout));
    const byHeader = (first: string) => tables.find((table) => table[0]![0] === first);

    // Counts by status, then the total of leaf tasks.
    if (json.tasks.total > 0) {
      const status = byHeader(statusHeader('en')[0]!)!;
      expect(status[0]).toEqual(statusHeader('en'));
      expect(status[1]).toEqual(
        [...statusOrder.map((s) => json.tasks.byStatus[s]), json.tasks.total].map(String),
      );
    }

    // Lights: every light the page shows has the JSON's count; the ones it
    // leaves out (blue without a 宿迁 rule) are 0 in the JSON.
    const lights = tables.find((table) =>
      table[0]!.every((cell) => lightOrder.some((l) => cell === markdownLightText(l, 'en'))),
    )!;
    const shown = new Map(lights[0]!.map((cell, i) => [cell, Number(lights[1]![i])]));
    for (const light of lightOrder) {
      expect(shown.get(markdownLightText(light, 'en')) ?? 0, light).toBe(json.tasks.byLight[light]);
    }

    // Units, row by row in the page's order.
    if (json.units.length > 0) {
      const units = byHeader(unitHeader('en')[0]!)!;
      expect(units[0]).toEqual(unitHeader('en'));
      expect(units.slice(1).map((row) => row.slice(1).map(Number))).toEqual(
        json.units.map((u: Json) => [u.lead, u.support, u.open, u.overdue, u.doneLate]),
      );
    }

    // Targets: one row each, in order, with the light the page shows.
    const targetHead = [reportLabels('en').targetColumn.light, ...targetHeader('en')];
    const targetTables = tables.filter((table) => table[0]!.join('|') === targetHead.join('|'));
    const targetRows = targetTables.flatMap((table) => table.slice(1));
    expect(targetRows.map((row) => row[0])).toEqual(
      json.targets.map((t: Json) => (t.light === null ? '—' : markdownLightText(t.light, 'en'))),
    );
  });
});

describe('plan report --format json, targets (report-targets.yaml as of 2024-06-30)', () => {
  const byMetric = (json: Json) =>
    new Map<string, Json>(json.targets.map((t: Json) => [t.metric, t]));
  const targets = byMetric(reportJson(targetsFixture));

  it.each([
    // metric, kind, value, upper, unit, state, light
    ['药占比', 'at-most', 30, null, '%', 'met', 'green'], // 29.5 ≤ 30
    ['平均住院日', 'about', 7.2, null, '天', 'on-track', 'green'], // 7.9 > 7.56, due 2025-12: far
    ['新增省级临床重点专科', 'range', 2, 3, '项', 'met', 'green'], // 2 within 2–3
    ['四级手术占比', 'at-least', 18.5, null, '%', 'met', 'green'], // 19.2 > reference 18.5
    ['门诊次均费用', 'not-computable', null, null, '', 'not-computable', null], // no reference
    ['培训骨干医师', 'at-least', 20, null, '人', 'not-computable', null], // 21项 against 人
    ['电子病历系统应用水平', 'words', null, null, '', 'unknown', null], // no reading
    ['三级医院等级评审', 'words', null, null, '', 'met', 'green'], // achieved: true
    ['平均等候时间', 'at-most', 20, null, '分钟', 'at-risk', 'red'], // 20 not < 20, due in 10 days
  ])('%s: %s %s–%s %s, %s, %s', (metric, kind, value, upper, unit, state, light) => {
    expect(targets.get(metric)).toMatchObject({ kind, value, upper, unit, state, light });
  });

  it('gives the latest reading with its date, or null without one', () => {
    expect(targets.get('药占比').actual).toEqual({
      value: 29.5,
      unit: '%',
      written: '29.5%',
      achieved: null,
      date: '2024-05',
    });
    // Written as a bare `actual: 2项`: no date.
    expect(targets.get('新增省级临床重点专科').actual.date).toBeNull();
    // The reading's own unit, which is what makes it not computable.
    expect(targets.get('培训骨干医师').actual).toMatchObject({ value: 21, unit: '项' });
    expect(targets.get('三级医院等级评审').actual).toEqual({
      value: null,
      unit: '',
      written: '',
      achieved: true,
      date: '2024-06',
    });
    expect(targets.get('电子病历系统应用水平').actual).toBeNull();
  });

  it('judges a target near its due date at risk only within --warn-days', () => {
    // 平均等候时间 is due 2024-07-10: 10 days after 2024-06-30. Within a
    // 10-day window it is near (at risk, red); within 9 days it is not yet
    // (on track, green), and the overdue list no longer carries it.
    const near = byMetric(reportJson(targetsFixture, ['--warn-days', '10'])).get('平均等候时间');
    const far = byMetric(reportJson(targetsFixture, ['--warn-days', '9'])).get('平均等候时间');
    expect([near.state, near.light]).toEqual(['at-risk', 'red']);
    expect([far.state, far.light]).toEqual(['on-track', 'green']);
    const metrics = (extra: string[]) =>
      reportJson(targetsFixture, extra).items.map((item: Json) => item.title);
    expect(metrics(['--warn-days', '10'])).toContain('平均等候时间');
    expect(metrics(['--warn-days', '9'])).not.toContain('平均等候时间');
  });
});

describe('plan report --format json, plan and counts', () => {
  it('gives the plan heading with language-neutral dates', () => {
    const json = reportJson('examples/county-public-hospital.yaml', ['--lang', 'zh-CN']);
    expect(json.plan).toEqual({
      title: 'XX县推动公立医院高质量发展实施方案',
      issuer: 'XX县人民政府办公室',
      documentNo: 'X政办发〔2021〕X号',
      issued: '2021-11-15',
      period: { start: '2021-11', end: '2025-12' },
      file: 'examples/county-public-hospital.yaml',
    });
  });
  it('has null for a heading the plan does not give', () => {
    const json = reportJson(targetsFixture);
    expect(json.plan).toMatchObject({ documentNo: null, issued: null, period: null });
  });
  it('counts leaf tasks, with all tasks beside them', () => {
    for (const file of plans) {
      const { tasks } = reportJson(file);
      const sum = (counts: Record<string, number>) =>
        Object.values(counts).reduce((a, b) => a + b, 0);
      expect(sum(tasks.byStatus), file).toBe(tasks.total);
      // Only open leaf tasks carry a light: todo, doing and blocked ones.
      expect(sum(tasks.byLight), file).toBe(
        tasks.byStatus.todo + tasks.byStatus.doing + tasks.byStatus.blocked,
      );
      expect(tasks.all, file).toBeGreaterThanOrEqual(tasks.total);
    }
  });
  it('reads standard input as <stdin>', () => {
    const text = readFileSync(join(repoRoot, 'test/fixtures/views/overdue-small.yaml'));
    const result = runCli(['report', '-', '--today', AS_OF, '-f', 'json'], { input: text });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).plan.file).toBe('<stdin>');
  });
});

describe('plan report --format json is deterministic', () => {
  it('gives the same bytes in every time zone', () => {
    for (const file of ['examples/county-public-hospital.yaml', targetsFixture]) {
      const utc = run('report', file).stdout;
      for (const TZ of ['Asia/Shanghai', 'Pacific/Kiritimati', 'America/Adak']) {
        const result = runCli(['report', file, '--today', AS_OF, '-f', 'json'], { env: { TZ } });
        expect(result.stdout, `${file} in ${TZ}`).toBe(utc);
      }
    }
  });
});

describe('plan report --format json on a plan with errors', () => {
  it('carries every error and exits 0; the errors go to stderr too', () => {
    const result = run('report', errorsFixture);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('end-before-start');
    const json = JSON.parse(result.stdout);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.errors.map((e: Json) => [e.line, e.code, e.path])).toEqual([
      [18, 'end-before-start', 'phases[1].end'],
      [40, 'unknown-reference', 'tasks[2].lead'],
    ]);
    expect(json.errors[1]).toMatchObject({ severity: 'error', suggestion: '县审计局' });
  });
  it('changes only the errors’ messages with --lang', () => {
    const [en, zh] = ['en', 'zh-CN'].map((lang) =>
      JSON.parse(run('report', errorsFixture, ['--lang', lang]).stdout),
    );
    expect(en.errors[0].message).not.toBe(zh.errors[0].message);
    const withoutMessages = (json: Json) => ({
      ...json,
      errors: json.errors.map(({ message: _, ...rest }: Json) => rest),
    });
    expect(withoutMessages(en)).toEqual(withoutMessages(zh));
  });
  it('is refused under --strict: nothing written, exit 1', () => {
    const result = run('report', errorsFixture, ['--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('end-before-start');
  });
  it('a clean plan under --strict is written as without it', () => {
    const file = 'test/fixtures/views/overdue-small.yaml';
    expect(run('report', file, ['--strict']).stdout).toBe(run('report', file).stdout);
  });
});

describe('plan report --format json on hostile text', () => {
  it('keeps plan text exactly, with no control byte written raw', () => {
    const result = run('report', hostile);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const json = JSON.parse(result.stdout);
    expect(json.items.some((item: Json) => item.title.includes('\u001b[2J'))).toBe(true);
    expect(json.units.map((u: Json) => u.unit)).toContain('单位|甲');
  });
  it('escapes DEL, C1 and bidi controls as the other JSON outputs do', () => {
    const plan = [
      'version: 1',
      'title: "方案\\x7f\\x9b\\u202e甲"',
      'tasks:',
      '  - title: "任务\\u2066乙"',
      '    lead: "科室\\x85丙"',
      '    due: 2024-05',
      '',
    ].join('\n');
    const result = runCli(['report', '-', '--today', AS_OF, '-f', 'json'], { input: plan });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(result.stdout).toContain('\\u007f\\u009b\\u202e');
    const json = JSON.parse(result.stdout);
    expect(json.plan.title).toBe('方案\u007f\u009b\u202e甲');
    expect(json.units[0].unit).toBe('科室\u0085丙');
    expect(json.items[0].title).toBe('任务\u2066乙');
  });
});
