/**
 * `plan check` as CI and people use it, through the built binary: exit
 * codes, --strict / --max-warnings / --quiet, globs expanded by the tool,
 * standard input, the JSON, SARIF and GitHub contracts, colour switches, a
 * closed pipe, and byte-identical output whatever the time zone or locale.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, TODAY } from './check-fixtures.js';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const fixture = (name: string): string => `${FIXTURE_DIR}/${name}`;
const WARNINGS_ONLY = fixture('overdue.yaml'); // 3 warnings
const ERRORS = fixture('schema.yaml'); // 5 errors
const CLEAN_ISH = fixture('due-soon.yaml'); // 1 info

interface JsonReport {
  diagnostics: Record<string, unknown>[];
  summary: Record<string, number>;
}

function checkJson(args: readonly string[], options: Parameters<typeof runCli>[1] = {}) {
  const result = runCli(
    ['check', ...args, '--today', TODAY, '--lang', 'en', '-f', 'json'],
    options,
  );
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

const scratch = mkdtempSync(join(tmpdir(), 'plan-check-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('exit codes', () => {
  const exit = (...args: string[]): number =>
    runCli(['check', ...args, '--today', TODAY, '--lang', 'en']).code;

  it('0 for warnings only, and for infos only', () => {
    expect(exit(WARNINGS_ONLY)).toBe(0);
    expect(exit(CLEAN_ISH)).toBe(0);
  });

  it('0 for a clean plan', () => {
    expect(exit(CLEAN_ISH, '--today', '2024-01-01')).toBe(0);
    const result = runCli(['check', CLEAN_ISH, '--today', '2024-01-01', '--lang', 'en']);
    expect(result.stdout).toContain('1 file checked');
    expect(result.stdout).not.toContain('problem (');
  });

  it('1 for errors, even among warnings', () => {
    expect(exit(ERRORS)).toBe(1);
    expect(exit(WARNINGS_ONLY, ERRORS)).toBe(1);
  });

  it('1 for warnings under --strict; infos do not count', () => {
    expect(exit(WARNINGS_ONLY, '--strict')).toBe(1);
    expect(exit(CLEAN_ISH, '--strict')).toBe(0);
  });

  it('1 when warnings pass --max-warnings, 0 at the limit', () => {
    expect(exit(WARNINGS_ONLY, '--max-warnings', '0')).toBe(1);
    expect(exit(WARNINGS_ONLY, '--max-warnings', '2')).toBe(1);
    expect(exit(WARNINGS_ONLY, '--max-warnings', '3')).toBe(0);
  });

  it('2 for a missing file or a glob that matches nothing', () => {
    expect(exit(fixture('no-such-plan.yaml'))).toBe(2);
    // A folder is walked for plans now: see test/check-discover.test.ts.
    expect(exit(`${FIXTURE_DIR}/nothing-*.yaml`)).toBe(2);
    // A missing file among good ones still ends the run with 2, and the
    // good ones are still checked.
    const result = checkJson([WARNINGS_ONLY, fixture('no-such-plan.yaml')]);
    expect(result.code).toBe(2);
    expect(result.report.summary).toEqual({ files: 2, errors: 1, warnings: 3, infos: 0 });
  });

  it('2 for a bad --format, --today, --lang, --warn-days or --max-bytes', () => {
    for (const bad of [
      ['--format', 'xml'],
      ['--today', '2024-13-01'],
      ['--today', 'yesterday'],
      ['--lang', 'fr'],
      ['--warn-days', '-1'],
      ['--max-bytes', 'lots'],
      ['--no-such-option'],
    ]) {
      const result = runCli(['check', WARNINGS_ONLY, ...bad]);
      expect(result.code, bad.join(' ')).toBe(2);
      expect(result.stdout, bad.join(' ')).toBe('');
      expect(result.stderr, bad.join(' ')).not.toMatch(/^\s+at /m);
    }
  });
});

describe('--quiet', () => {
  it('hides warnings and infos, keeps errors', () => {
    const { report, code } = checkJson([WARNINGS_ONLY, CLEAN_ISH, ERRORS, '--quiet']);
    expect(report.diagnostics.length).toBe(5);
    expect(report.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(code).toBe(1);
  });

  it('on warnings only prints no problems and exits 0', () => {
    const result = runCli(['check', WARNINGS_ONLY, '--quiet', '--today', TODAY, '--lang', 'en']);
    expect(result.stdout).not.toContain('overdue');
    expect(result.code).toBe(0);
  });
});

describe('file arguments', () => {
  it('expands a quoted glob itself, in sorted order', () => {
    const { report } = checkJson([`${FIXTURE_DIR}/over*.yaml`]);
    expect(report.summary.files).toBe(2);
    const files = [...new Set(report.diagnostics.map((d) => d.file))];
    expect(files).toEqual([fixture('overdue-month-precision.yaml'), fixture('overdue.yaml')]);
  });

  it('reads standard input for -', () => {
    const text = readFileSync(join(repoRoot, WARNINGS_ONLY));
    const fromStdin = checkJson(['-'], { input: text });
    const fromFile = checkJson([WARNINGS_ONLY]);
    expect(fromStdin.report.diagnostics.map((d) => d.file)).toEqual([
      '<stdin>',
      '<stdin>',
      '<stdin>',
    ]);
    const strip = (report: JsonReport) => report.diagnostics.map(({ file: _f, ...rest }) => rest);
    expect(strip(fromStdin.report)).toEqual(strip(fromFile.report));
  });

  it('refuses standard input larger than --max-bytes', () => {
    const { report, code } = checkJson(['-', '--max-bytes', '100'], {
      input: Buffer.alloc(5000, 0x61),
    });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['input-too-large']);
    expect(code).toBe(1);
  });
});

describe('the language of each file', () => {
  it("follows that file's own locale, not the first file's", () => {
    const result = runCli([
      'check',
      'examples/county-public-hospital.yaml',
      'examples/district-health-en.yaml',
      'examples/hospital-service-capacity.yaml',
      '--today',
      '2024-06-30',
      '--format',
      'json',
    ]);
    const first = new Map<string, string>();
    for (const d of JSON.parse(result.stdout).diagnostics)
      if (!first.has(d.file)) first.set(d.file, d.message);
    expect(first.get('examples/county-public-hospital.yaml')).toMatch(/任务“/);
    expect(first.get('examples/district-health-en.yaml')).toMatch(/^task "/);
    expect(first.get('examples/hospital-service-capacity.yaml')).toMatch(/任務「/);
  });

  it('is the one --lang names, for every file', () => {
    const result = runCli([
      'check',
      'examples/county-public-hospital.yaml',
      'examples/district-health-en.yaml',
      '--today',
      '2024-06-30',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    for (const d of JSON.parse(result.stdout).diagnostics)
      expect(d.message).not.toMatch(/^(任务|任務|目标|目標|阶段|階段)/);
  });
});

describe('JSON output', () => {
  const contract = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code'];

  it('follows the contract of DESIGN.md', () => {
    const { report, stdout } = checkJson([
      WARNINGS_ONLY,
      ERRORS,
      fixture('unknown-reference.yaml'),
      fixture('encoding-gb18030.yaml'),
    ]);
    expect(Object.keys(report)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(report.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
    expect(report.summary).toEqual({ files: 4, errors: 10, warnings: 3, infos: 0 });
    for (const d of report.diagnostics) {
      const keys = Object.keys(d);
      expect(keys.slice(0, 9)).toEqual([...contract, 'message', 'path']);
      // `status: finished` now has a certain fix (done), as the README documents.
      expect(keys.slice(9).every((key) => key === 'suggestion' || key === 'fix')).toBe(true);
      for (const key of ['line', 'column', 'endLine', 'endColumn'])
        expect(Number.isInteger(d[key]) && (d[key] as number) >= 1).toBe(true);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(typeof d.message).toBe('string');
      expect(typeof d.path).toBe('string');
    }
    // Round trip: what was printed is exactly the pretty-printed value.
    expect(`${JSON.stringify(report, null, 2)}\n`).toBe(stdout);
  });

  it('is never coloured, even with FORCE_COLOR', () => {
    const result = runCli(['check', WARNINGS_ONLY, '-f', 'json', '--today', TODAY], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(result.stdout).not.toContain('\u001b[');
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});

describe('SARIF output', () => {
  const sarif = (args: string[], cwd = repoRoot) => {
    const result = runCli(['check', ...args, '--today', TODAY, '--lang', 'en', '-f', 'sarif'], {
      cwd,
    });
    return JSON.parse(result.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string; uriBaseId: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
  };

  it('is SARIF 2.1.0 with relative URIs, also for absolute arguments', () => {
    const log = sarif([WARNINGS_ONLY, join(repoRoot, ERRORS)]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [runResult] = log.runs;
    expect(runResult?.tool.driver.name).toBe('plan');
    const uris = new Set(
      runResult!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri),
    );
    expect([...uris].sort()).toEqual([WARNINGS_ONLY, ERRORS]);
    for (const r of runResult!.results) {
      expect(r.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(runResult!.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
    }
  });

  it('percent-encodes a file name with spaces and Chinese characters', () => {
    writeFileSync(join(scratch, '县 方案.yaml'), readFileSync(join(repoRoot, WARNINGS_ONLY)));
    const log = sarif(['县 方案.yaml'], scratch);
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe(`${encodeURIComponent('县')}%20${encodeURIComponent('方案')}.yaml`);
  });
});

describe('GitHub annotations', () => {
  it('escape % in messages, show their line breaks as ⏎, and escape : and , in properties', () => {
    const name = 'plan,v1:draft.yaml';
    writeFileSync(
      join(scratch, name),
      [
        'version: 1',
        'title: 转义测试',
        'goals: [ { id: G1, title: 目标 } ]',
        'tasks:',
        '  - id: T1',
        '    title: "完成率100%, 阶段: 一\\n第二行\\r"',
        '    goal: G1',
        '    lead: 医务科',
        '    due: 2024-03',
        '',
      ].join('\n'),
    );
    const result = runCli(['check', name, '--today', TODAY, '--lang', 'en', '-f', 'github'], {
      cwd: scratch,
    });
    const lines = result.stdout.split('\n').filter((line) => line.length > 0);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatch(/^::warning file=plan%2Cv1%3Adraft\.yaml,line=9,col=10,/);
    expect(line).toContain('title=plan overdue::');
    const message = line!.slice(line!.indexOf('::', 2) + 2);
    // Line breaks inside quoted plan text are shown as ⏎ (issue 13 item 13),
    // so none is left for %0A/%0D; % is still escaped.
    expect(message).toBe('task "完成率100%25, 阶段: 一⏎第二行⏎" is 91 days overdue');
    expect(result.stdout).not.toContain('\r');
  });

  it('marks infos as notices', () => {
    const result = runCli(['check', CLEAN_ISH, '--today', TODAY, '--lang', 'en', '-f', 'github']);
    expect(result.stdout).toMatch(/^::notice file=/);
  });
});

describe('colour', () => {
  const stylish = (env: Record<string, string | undefined>, ...extra: string[]) =>
    runCli(['check', WARNINGS_ONLY, '--today', TODAY, '--lang', 'en', ...extra], { env }).stdout;
  const ansi = '\u001b[';

  it('is off by default into a pipe, and with NO_COLOR', () => {
    expect(stylish({ NO_COLOR: undefined })).not.toContain(ansi);
    expect(stylish({ NO_COLOR: '1' })).not.toContain(ansi);
  });

  it('is on with FORCE_COLOR=1, even into a pipe', () => {
    const out = stylish({ NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(out).toContain(ansi);
    // Colour changes the paint, not the words.
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toBe(stylish({}));
  });

  it('is off with --no-color or NO_COLOR, even with FORCE_COLOR=1', () => {
    expect(stylish({ NO_COLOR: undefined, FORCE_COLOR: '1' }, '--no-color')).not.toContain(ansi);
    expect(stylish({ NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain(ansi);
    expect(stylish({ NO_COLOR: undefined, FORCE_COLOR: '0' })).not.toContain(ansi);
  });
});

describe('a reader that goes away', () => {
  it('`plan check … | head -1` ends without a stack trace', () => {
    // Enough overdue tasks that the output is far larger than a pipe buffer.
    const tasks = Array.from(
      { length: 3000 },
      (_, i) => `  - { id: T${i}, title: 任务${i}, lead: 医务科, due: 2023-06 }`,
    );
    const big = join(scratch, 'big.yaml');
    writeFileSync(big, ['version: 1', 'title: 大方案', 'tasks:', ...tasks, ''].join('\n'));
    const bin = join(repoRoot, 'bin', 'plan.js');
    for (const format of ['json', 'stylish']) {
      const result = spawnSync(
        'sh',
        [
          '-c',
          `"${process.execPath}" "${bin}" check "${big}" --today ${TODAY} --lang en -f ${format} | head -1; echo "plan-exit=$?"`,
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 30_000 },
      );
      expect(result.stdout.split('\n')[0]).toBe(format === 'json' ? '{' : big);
      expect(result.stderr, format).not.toMatch(/^\s+at /m);
      expect(result.stderr, format).not.toMatch(/EPIPE|Error/);
    }
  });
});

describe('determinism', () => {
  it('prints byte-identical JSON under any time zone and locale', () => {
    // The environment's language words the messages of plans that name no
    // locale (as it should); --lang pins it, so what is compared is
    // everything else: dates, order, numbers.
    const args = [
      'check',
      'examples/*.yaml',
      `${FIXTURE_DIR}/*.yaml`,
      '--today',
      TODAY,
      '-f',
      'json',
      '--lang',
      'en',
    ];
    const environments: Record<string, string | undefined>[] = [
      { TZ: 'UTC' },
      { TZ: 'Asia/Shanghai' },
      { TZ: 'America/Los_Angeles' },
      { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8' },
      { TZ: 'America/Los_Angeles', LANG: 'zh_CN.UTF-8', LC_ALL: 'C' },
    ];
    const outputs = environments.map((env) => runCli(args, { env }));
    const [first] = outputs;
    expect(first!.stdout.length).toBeGreaterThan(1000);
    expect(JSON.parse(first!.stdout).summary.files).toBeGreaterThan(30);
    for (const [index, output] of outputs.entries()) {
      expect(output.stdout, JSON.stringify(environments[index])).toBe(first!.stdout);
      expect(output.code).toBe(first!.code);
    }
  });

  it('prints the same stylish text twice', () => {
    const args = ['check', 'examples/*.yaml', '--today', TODAY];
    expect(runCli(args).stdout).toBe(runCli(args, { env: { TZ: 'Asia/Shanghai' } }).stdout);
  });
});

describe('dates at month and half-year precision', () => {
  const file = fixture('overdue-month-precision.yaml');
  const codesAsOf = (today: string) =>
    (
      JSON.parse(
        runCli(['check', file, '--today', today, '--lang', 'en', '-f', 'json']).stdout,
      ) as JsonReport
    ).diagnostics.map((d) => [d.code, d.line, d.message]);

  it('are due on their last day: not overdue on 2023-06-30', () => {
    expect(codesAsOf('2023-06-30')).toEqual([
      ['due-soon', 11, 'task "完成病历质量点评" is due today'],
      ['due-soon', 17, 'task "完成上半年自查" is due today'],
    ]);
  });

  it('are overdue from the next day, 2023-07-01', () => {
    expect(codesAsOf('2023-07-01')).toEqual([
      ['overdue', 11, 'task "完成病历质量点评" is 1 day overdue'],
      ['overdue', 17, 'task "完成上半年自查" is 1 day overdue'],
    ]);
  });

  it('are not yet due soon 15 days before, with the default window of 14', () => {
    expect(codesAsOf('2023-06-15')).toEqual([]);
    expect(codesAsOf('2023-06-16').map(([code]) => code)).toEqual(['due-soon', 'due-soon']);
  });
});

describe('positions in flow mappings', () => {
  it('point at the field inside `- { … }`, not at the whole item', () => {
    const text = [
      'version: 1',
      'title: 流式写法',
      'goals: [ { id: G1, title: 目标 } ]',
      'tasks: [ { id: T1, title: 任务, goal: G1, lead: 医务科, due: 2025-06 } ]',
      'milestones:',
      '  - { title: 上报总结, due: 2024-03-31, lead: 医务科, goal: G1 }',
      '  - { title: 上报方案, due: 2024-07-01, lead: 医务科, goal: G1, satus: todo }',
      '',
    ].join('\n');
    const { report } = checkJson(['-'], { input: text });
    expect(report.diagnostics.map((d) => [d.code, d.line, d.column, d.endColumn])).toEqual([
      ['overdue', 6, 25, 35],
      ['due-soon', 7, 25, 35],
      ['unknown-key', 7, 58, 63],
    ]);
  });
});

describe('a plan that does not parse is worded in its own locale', () => {
  // paste-fullwidth-colon.yaml says `locale: zh-CN` on line 2 and fails to
  // parse at line 3; an English environment and no --lang.
  it('zh-CN from the file, over LANG=en_US', () => {
    const result = runCli(
      ['check', `${FIXTURE_DIR}/paste-fullwidth-colon.yaml`, '--today', TODAY, '-f', 'json'],
      { env: { LANG: 'en_US.UTF-8' } },
    );
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.diagnostics[0]?.message).toContain('全角冒号');
  });

  it('English when the file says no locale', () => {
    const result = runCli(
      ['check', `${FIXTURE_DIR}/paste-wide-space.yaml`, '--today', TODAY, '-f', 'json'],
      { env: { LANG: 'en_US.UTF-8' } },
    );
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.diagnostics[0]?.message).toContain('ideographic space');
  });
});
