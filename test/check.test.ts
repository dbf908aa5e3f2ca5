/**
 * Golden runs of `plan check`: every fixture and every example through the
 * built binary in each format (stylish, json, github, sarif), kept under
 * test/golden/check/ as scenario records (command, stdout, stderr, exit
 * code). UPDATE_GOLDEN=1 rewrites them; the diff is the review.
 *
 * Besides the goldens, each fixture must produce exactly the diagnostics
 * listed for it in check-fixtures.ts, so a golden rewritten in a hurry
 * cannot hide a rule that stopped firing or moved to another line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../src/diagnostics/codes.js';
import {
  FIXTURE_DIR,
  type Fixture,
  fixtureArgs,
  fixtures,
  formats,
  TODAY,
  translatedFixtures,
} from './check-fixtures.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { type CliResult, runCli, scenario } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  path: string;
  suggestion?: string;
}

/** Each distinct command runs once; the golden and the exact checks share it. */
const runs = new Map<string, CliResult>();
const keyOf = (args: readonly string[]): string => args.join('\u0000');
function run(args: readonly string[]): CliResult {
  const key = keyOf(args);
  let result = runs.get(key);
  if (!result) {
    result = runCli(args);
    runs.set(key, result);
  }
  return result;
}

// The fixtures' ~300 runs go through the CLI's own `run` in this process
// (the same code as the binary, without a Node start-up each: about 30 s
// of the suite); the examples, the translations and the usage problems
// still start the built binary, as a user does.
beforeAll(async () => {
  for (const fixture of fixtures) {
    for (const format of formats) {
      const args = fixtureArgs(fixture, format);
      const outcome = await runInProcess(args);
      runs.set(keyOf(args), {
        code: outcome.code,
        stdout: outcome.stdout.toString('utf8'),
        stderr: outcome.stderr,
      });
    }
  }
}, 120_000);

function goldenOf(argsList: readonly (readonly string[])[]): string {
  return argsList.map((args) => scenario(args, run(args))).join('\n');
}

const stem = (name: string): string => name.replace(/\.yaml$/, '');

describe('fixtures', () => {
  it('lists every fixture file, and every file is listed once', () => {
    const files = readdirSync(join(repoRoot, FIXTURE_DIR)).sort();
    expect(fixtures.map((fixture) => fixture.name).sort()).toEqual(files);
  });

  it('cover every diagnostic code (input-unreadable is a missing file and config a project config, tested apart)', () => {
    const covered = new Set(fixtures.flatMap((fixture) => fixture.expected.map(([code]) => code)));
    const uncovered = Object.keys(diagnosticCodes).filter(
      (code) => !covered.has(code as never) && code !== 'input-unreadable' && code !== 'config',
    );
    expect(uncovered).toEqual([]);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('reports exactly its intended diagnostics, at their lines', () => {
        const result = run(fixtureArgs(fixture, 'json'));
        const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
        const found = report.diagnostics.map((d) =>
          d.suggestion === undefined ? [d.code, d.line] : [d.code, d.line, d.suggestion],
        );
        const wanted = fixture.expected.map((e) => [...e]);
        expect(found).toEqual(wanted);
        for (const d of report.diagnostics) {
          expect(d.file).toBe(`${FIXTURE_DIR}/${fixture.name}`);
          expect(d.severity).toBe(diagnosticCodes[d.code as keyof typeof diagnosticCodes]);
        }
        expect(result.code).toBe(expectedExit(fixture));
      });

      it('matches its golden output in every format', () => {
        expectGolden(
          `check/fixtures/${stem(fixture.name)}.txt`,
          goldenOf(formats.map((format) => fixtureArgs(fixture, format))),
        );
      });
    });
  }
});

describe('fixtures in Chinese', () => {
  for (const name of translatedFixtures) {
    const fixture = fixtures.find((f) => f.name === name)!;
    for (const lang of ['zh-CN', 'zh-TW']) {
      it(`${name} in ${lang}`, () => {
        const args = fixtureArgs(fixture, 'stylish', lang);
        const result = run(args);
        // The English words of the messages must not leak into a translation.
        expect(result.stdout).not.toMatch(
          /\b(?:error|warning)\b|is not defined|days overdue|files? checked|expected text/,
        );
        expectGolden(`check/i18n/${stem(name)}.${lang}.txt`, scenario(args, result));
      });
    }
  }
});

describe('examples', () => {
  it('exist', () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(3);
  });

  for (const name of exampleFiles()) {
    describe(name, () => {
      // In the plan's own language: no --lang.
      const argsFor = (format: string, today = TODAY): string[] => [
        'check',
        `examples/${name}`,
        '--today',
        today,
        '--format',
        format,
      ];

      it('has no errors as of 2024-06-30 and as of 2026-11-22', () => {
        for (const today of [TODAY, '2026-11-22']) {
          const result = run(argsFor('json', today));
          const report = JSON.parse(result.stdout) as { summary: { errors: number } };
          expect(report.summary.errors, `${name} as of ${today}`).toBe(0);
          expect(result.code).toBe(0);
        }
      });

      it('has something to show as of 2024-06-30: warnings, and nothing but schedule and unit findings', () => {
        const report = JSON.parse(run(argsFor('json')).stdout) as {
          diagnostics: JsonDiagnostic[];
        };
        const codes = new Set(report.diagnostics.map((d) => d.code));
        expect(codes.has('late-to-start') || codes.has('overdue')).toBe(true);
        expect(codes.has('due-soon')).toBe(true);
        const allowed = new Set([
          'overdue',
          'due-soon',
          'late-to-start',
          'behind-schedule',
          'missed-occurrence',
          'target-at-risk',
          'unit-alias',
        ]);
        expect([...codes].filter((code) => !allowed.has(code))).toEqual([]);
      });

      it('matches its golden output in every format', () => {
        expectGolden(
          `check/examples/${stem(name)}.txt`,
          goldenOf(formats.map((format) => argsFor(format))),
        );
      });
    });
  }
});

describe('usage problems', () => {
  it('match their golden output', () => {
    const cases = [
      ['check', 'test/fixtures/check/no-such-plan.yaml', '--lang', 'en'],
      // a folder is walked for plans; one with none is a usage problem
      ['check', 'test/golden/check', '--lang', 'en'],
      ['check', 'test/fixtures/check/nothing-*.yaml', '--lang', 'en'],
      ['check', 'test/fixtures/check/overdue.yaml', '--format', 'xml'],
      ['check', 'test/fixtures/check/overdue.yaml', '--today', '2024-02-30'],
      // a month is not a day to judge by
      ['check', 'test/fixtures/check/overdue.yaml', '--today', '2024-07'],
      ['check', 'test/fixtures/check/overdue.yaml', '--max-warnings', 'many'],
      ['check', '--lang', 'en'],
    ];
    expectGolden('check/usage.txt', goldenOf(cases));
    for (const args of cases) expect(run(args).code, args.join(' ')).toBe(2);
  });
});

function expectedExit(fixture: Fixture): number {
  return fixture.expected.some(([code]) => diagnosticCodes[code] === 'error') ? 1 : 0;
}
