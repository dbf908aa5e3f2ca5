/**
 * The formats CI systems ingest — junit, checkstyle, gitlab, compact — and
 * `--output-format FORMAT=FILE`, through the built binary. Goldens cover a
 * few fixtures (every fixture in every format would be noise); the XML is
 * held to a validator and its required fields, hostile plan text included,
 * and GitLab's fingerprints to being unique and stable.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, TODAY } from './check-fixtures.js';
import { expectGolden, repoRoot } from './helpers/golden.js';
import { runCli, scenario } from './helpers/run-cli.js';

const ciFormats = ['junit', 'checkstyle', 'gitlab', 'compact'] as const;
const OVERDUE = `${FIXTURE_DIR}/overdue.yaml`; // 3 warnings
const UNKNOWN = `${FIXTURE_DIR}/unknown-reference.yaml`; // 4 errors
const DUE_SOON = `${FIXTURE_DIR}/due-soon.yaml`; // 1 info
// Not clean as of TODAY (a warning, two infos), but --quiet shows none of
// them: the clean-file shape (a passing testcase, an empty <file>).
const EXAMPLE = 'examples/district-health-en.yaml';

const scratch = mkdtempSync(join(tmpdir(), 'plan-ci-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const check = (args: readonly string[], format: string, cwd = repoRoot) =>
  runCli(['check', ...args, '--today', TODAY, '--lang', 'en', '-f', format], { cwd });

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

describe('goldens', () => {
  const cases: Record<string, readonly string[]> = {
    overdue: [OVERDUE],
    'unknown-reference': [UNKNOWN],
    'clean-example': [EXAMPLE, '--quiet'],
  };
  for (const [name, args] of Object.entries(cases)) {
    it(`${name} in every CI format`, () => {
      const runs = ciFormats.map((format) => {
        const full = ['check', ...args, '--today', TODAY, '--lang', 'en', '-f', format];
        return scenario(full, runCli(full));
      });
      expectGolden(`check/ci-formats/${name}.txt`, runs.join('\n'));
    });
  }
});

describe('junit', () => {
  it('is valid XML with a testsuite per file and a testcase per diagnostic', () => {
    const result = check([UNKNOWN, OVERDUE, DUE_SOON, EXAMPLE], 'junit');
    expect(result.code).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const suites = parser.parse(result.stdout).testsuites[0].testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual([
      UNKNOWN,
      OVERDUE,
      DUE_SOON,
      EXAMPLE,
    ]);
    // unknown-reference: 4 errors, all failures.
    expect(suites[0].tests).toBe('4');
    expect(suites[0].failures).toBe('4');
    const first = suites[0].testcase[0];
    expect(first.name).toBe('plan.unknown-reference');
    expect(first.classname).toBe(`${FIXTURE_DIR}/unknown-reference`);
    expect(first.failure[0].type).toBe('error');
    expect(first.failure[0].message).toBe('goal "G2" is not defined (did you mean "G1"?)');
    // overdue: 3 warnings, failures too.
    expect(suites[1].failures).toBe('3');
    expect(suites[1].testcase.every((c: { failure?: unknown[] }) => c.failure?.length === 1)).toBe(
      true,
    );
    // due-soon: one info, a testcase that passes (no failure) with its text.
    expect(suites[2].tests).toBe('1');
    expect(suites[2].failures).toBe('0');
    expect(suites[2].testcase[0].failure).toBeUndefined();
    expect(suites[2].testcase[0]['system-out'][0]).toMatch(/^line \d+, col \d+, Info - /);
  });

  it('gives a clean file one passing testcase named after it', () => {
    const result = check([EXAMPLE, '--quiet'], 'junit');
    expect(result.code).toBe(0);
    const suite = parser.parse(result.stdout).testsuites[0].testsuite[0];
    expect(suite.tests).toBe('1');
    expect(suite.failures).toBe('0');
    expect(suite.testcase).toEqual([
      { time: '0', name: EXAMPLE, classname: 'examples/district-health-en' },
    ]);
  });
});

describe('checkstyle', () => {
  it('is valid XML with a <file> per file checked and an <error> per diagnostic', () => {
    const result = check([UNKNOWN, OVERDUE, DUE_SOON, EXAMPLE, '--quiet'], 'checkstyle');
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const root = parser.parse(result.stdout).checkstyle[0];
    expect(root.version).toBe('4.3');
    // --quiet: the warnings and infos are not shown, so three empty files.
    expect(root.file.map((f: { name: string }) => f.name)).toEqual([
      UNKNOWN,
      OVERDUE,
      DUE_SOON,
      EXAMPLE,
    ]);
    expect(root.file.slice(1).map((f: { error?: unknown[] }) => f.error)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const errors = root.file[0].error;
    expect(errors).toHaveLength(4);
    expect(errors[0]).toEqual({
      line: '17',
      column: '11',
      severity: 'error',
      message: 'goal "G2" is not defined (did you mean "G1"?) (unknown-reference)',
      source: 'plan.unknown-reference',
    });
  });

  it('tells warnings and infos apart by severity', () => {
    const result = check([OVERDUE, DUE_SOON], 'checkstyle');
    const files = parser.parse(result.stdout).checkstyle[0].file;
    expect(files[0].error.map((e: { severity: string }) => e.severity)).toEqual([
      'warning',
      'warning',
      'warning',
    ]);
    expect(files[1].error.map((e: { severity: string }) => e.severity)).toEqual(['info']);
  });
});

describe('hostile plan text and file names in XML', () => {
  // A goal id with a C0 control, a CDATA terminator, markup, a line break and
  // a bidi override; the file name has an ampersand, angle brackets and a quote.
  const name = `县 & <"方案">.yaml`;
  writeFileSync(
    join(scratch, name),
    [
      'version: 1',
      'title: 方案',
      'goals: [{ id: G1, title: 目标 }]',
      'tasks:',
      '  - { id: T1, title: 任务, lead: 医务科, due: 2025-06, goal: "G\\x01]]><b>&amp;\\n\\u202Ex" }',
      '',
    ].join('\n'),
  );

  for (const format of ['junit', 'checkstyle'] as const) {
    it(`${format} stays well-formed and reads back the words exactly`, () => {
      const result = check([name], format, scratch);
      expect(result.code).toBe(1);
      expect(XMLValidator.validate(result.stdout)).toBe(true);
      // Raw, the bidi override would reorder a terminal that shows the file.
      expect(result.stdout).not.toMatch(/[\u0000-\u0008\u202e]/);
      const parsed = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        processEntities: true,
        htmlEntities: true,
      }).parse(result.stdout);
      const text = JSON.stringify(parsed);
      expect(text).toContain(JSON.stringify(name).slice(1, -1));
      // U+0001 is not an XML character: shown as its picture, ␁.
      expect(text).toContain('G␁]]><b>&amp;\\n\u202ex');
    });
  }
});

describe('gitlab', () => {
  interface Issue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number } };
  }
  const issuesOf = (args: readonly string[], cwd = repoRoot): Issue[] =>
    JSON.parse(check(args, 'gitlab', cwd).stdout) as Issue[];

  it('has every field GitLab requires, severities on its scale', () => {
    const issues = issuesOf([UNKNOWN, OVERDUE, DUE_SOON]);
    expect(issues).toHaveLength(4 + 3 + 1);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual([
        'check_name',
        'description',
        'fingerprint',
        'location',
        'severity',
      ]);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    }
    expect(issues.map((i) => i.severity)).toEqual([
      ...Array(4).fill('major'),
      ...Array(3).fill('minor'),
      'info',
    ]);
    expect(issues[0]).toMatchObject({
      check_name: 'unknown-reference',
      location: { path: UNKNOWN, lines: { begin: 17 } },
    });
  });

  it('gives unique fingerprints, the same from run to run and from an absolute path', () => {
    const issues = issuesOf([UNKNOWN, OVERDUE, DUE_SOON, EXAMPLE]);
    const prints = issues.map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(issuesOf([UNKNOWN, OVERDUE, DUE_SOON, EXAMPLE]).map((i) => i.fingerprint)).toEqual(
      prints,
    );
    // Named by absolute path, the file is still reported relative to the
    // folder plan runs in, so the fingerprint does not move with the checkout.
    expect(issuesOf([join(repoRoot, UNKNOWN)]).map((i) => i.fingerprint)).toEqual(
      prints.slice(0, 4),
    );
  });

  it('keeps two identical findings apart', () => {
    // Two support entries on one line naming the same unknown unit: same
    // file, code, line and message.
    writeFileSync(
      join(scratch, 'twice.yaml'),
      'version: 1\ntitle: 方案\nunits: { a: 医务科 }\ntasks:\n  - { id: T1, title: 任务, lead: a, support: [zz, zz], due: 2025-06 }\n',
    );
    const issues = issuesOf(['twice.yaml'], scratch);
    const same = issues.filter((i) => i.check_name === 'unknown-reference');
    expect(same).toHaveLength(2);
    expect(same[0]!.description).toBe(same[1]!.description);
    expect(same[0]!.location).toEqual(same[1]!.location);
    expect(same[0]!.fingerprint).not.toBe(same[1]!.fingerprint);
  });
});

describe('compact', () => {
  it('is one line per diagnostic, file:line:col: severity message [code]', () => {
    const result = check([UNKNOWN, DUE_SOON], 'compact');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines)
      expect(line).toMatch(/^[^:]+:\d+:\d+: (error|warning|info) .+ \[[a-z-]+\]$/);
    expect(lines[0]).toBe(
      `${UNKNOWN}:17:11: error goal "G2" is not defined (did you mean "G1"?) [unknown-reference]`,
    );
  });

  it('prints nothing for a clean run', () => {
    const result = check([EXAMPLE, '--quiet'], 'compact');
    expect(result).toEqual({ stdout: '', stderr: '', code: 0 });
  });
});

describe('--output-format FORMAT=FILE', () => {
  it('writes every output and still prints the main format; the exit code is the same', () => {
    const dir = join(scratch, 'multi');
    mkdirSync(dir);
    const args = [
      UNKNOWN,
      OVERDUE,
      '--output-format',
      `sarif=${dir}/reports/plan.sarif`,
      '--output-format',
      `junit=${dir}/reports/junit.xml`,
      '--output-format',
      `gitlab=${dir}/gl-code-quality.json`,
    ];
    const result = check(args, 'compact');
    const alone = check([UNKNOWN, OVERDUE], 'compact');
    expect(result).toEqual(alone);
    expect(result.code).toBe(1);
    // Each file is what its format prints on standard output.
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    expect(read('reports/plan.sarif')).toBe(check([UNKNOWN, OVERDUE], 'sarif').stdout);
    expect(read('reports/junit.xml')).toBe(check([UNKNOWN, OVERDUE], 'junit').stdout);
    expect(read('gl-code-quality.json')).toBe(check([UNKNOWN, OVERDUE], 'gitlab').stdout);
  });

  it('exit 0 stays 0 with outputs written', () => {
    const out = join(scratch, 'clean.xml');
    const result = check([EXAMPLE, '--quiet', '--output-format', `checkstyle=${out}`], 'json');
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('writes the others, then exits 2 naming each output it could not write', () => {
    const dir = join(scratch, 'partly');
    mkdirSync(dir);
    // A folder where a file would go, and a path through a plain file: both
    // fail even for root.
    writeFileSync(join(dir, 'plain'), '');
    const result = check(
      [
        OVERDUE,
        '--output-format',
        `junit=${dir}/plain/junit.xml`,
        '--output-format',
        `gitlab=${dir}/gl.json`,
        '--output-format',
        `compact=${dir}`,
      ],
      'json',
    );
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).summary.warnings).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8'))).toHaveLength(3);
    expect(result.stderr).toContain(`cannot write ${dir}: it is a directory`);
    expect(result.stderr).toContain(`cannot write ${dir}/plain/junit.xml`);
  });

  it('refuses to overwrite an input', () => {
    const result = check([OVERDUE, '--output-format', `junit=${OVERDUE}`], 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('it is an input of this run');
    expect(readFileSync(join(repoRoot, OVERDUE), 'utf8')).toMatch(/^version: 1/);
  });

  it.each([
    ['junit', 'FORMAT=FILE'],
    ['=x.xml', 'FORMAT=FILE'],
    ['junit=', 'FORMAT=FILE'],
    [
      'xml=x.xml',
      'must name one of stylish, json, github, sarif, junit, checkstyle, gitlab, compact',
    ],
  ])('refuses --output-format %s before checking anything', (value, words) => {
    const result = check([OVERDUE, '--output-format', value], 'json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(words);
  });

  it('refuses a second format on standard output', () => {
    const result = check([OVERDUE, '--output-format', 'junit=-'], 'json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('two outputs would write standard output');
  });

  it('refuses two outputs to one file', () => {
    const out = join(scratch, 'same.xml');
    const result = check([OVERDUE, '--output-format', `junit=${out}`, '-o', out], 'checkstyle');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('two outputs would write');
    expect(existsSync(out)).toBe(false);
  });
});
