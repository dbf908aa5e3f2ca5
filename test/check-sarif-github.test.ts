/**
 * SARIF that GitHub code scanning takes whole, and annotations GitHub places:
 * paths relative to the repository root whichever folder `plan` runs in,
 * rules from the registry with their help pages, fingerprints that survive
 * lines added above a finding, and Microsoft's SARIF multitool with GitHub's
 * rule set (and the SARIF schema) finding nothing to complain of.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleDocsPath, ruleDocsUrl } from '../src/diagnostics/codes.js';
import { FIXTURE_DIR, TODAY } from './check-fixtures.js';
import { repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'plan-sarif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function put(base: string, file: string, text: string): void {
  mkdirSync(dirname(join(base, file)), { recursive: true });
  writeFileSync(join(base, file), text);
}

const fixture = (name: string) => readFileSync(join(repoRoot, FIXTURE_DIR, name), 'utf8');

interface SarifLog {
  runs: {
    tool: {
      driver: {
        informationUri: string;
        rules: {
          id: string;
          helpUri: string;
          help: { text: string };
          fullDescription: { text: string };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    originalUriBaseIds: Record<string, unknown>;
    results: {
      ruleId: string;
      ruleIndex: number;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number };
        };
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/** A repository with plans two folders down. */
const repo = join(scratch, 'repo');
mkdirSync(join(repo, '.git'), { recursive: true });
put(repo, 'plans/county/overdue.yaml', fixture('overdue.yaml'));
put(repo, 'plans/county/unknown-reference.yaml', fixture('unknown-reference.yaml'));

const sarif = (args: readonly string[], cwd: string): SarifLog =>
  JSON.parse(
    runCli(['check', ...args, '--today', TODAY, '--lang', 'en', '-f', 'sarif'], { cwd }).stdout,
  ) as SarifLog;

const uris = (log: SarifLog) =>
  [
    ...new Set(
      log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri),
    ),
  ].sort();

describe('SARIF for GitHub code scanning', () => {
  it('names files from the repository root, from the root and from a subfolder alike', () => {
    const fromRoot = sarif(['plans'], repo);
    const fromSub = sarif(['.'], join(repo, 'plans', 'county'));
    const fromUp = sarif(['../county/overdue.yaml'], join(repo, 'plans', 'county'));
    const wanted = ['plans/county/overdue.yaml', 'plans/county/unknown-reference.yaml'];
    expect(uris(fromRoot)).toEqual(wanted);
    expect(uris(fromSub)).toEqual(wanted);
    expect(uris(fromUp)).toEqual(['plans/county/overdue.yaml']);
    expect(JSON.stringify(fromSub)).not.toContain('../');
    expect(fromSub.runs[0]!.originalUriBaseIds).toHaveProperty('%SRCROOT%');
  });

  it('lists only the rules results use, each with its page, help and default level', () => {
    const log = sarif(['plans'], repo);
    const run = log.runs[0]!;
    const used = [...new Set(run.results.map((r) => r.ruleId))].sort();
    expect(run.tool.driver.rules.map((rule) => rule.id).sort()).toEqual(used);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
    for (const rule of run.tool.driver.rules) {
      const code = rule.id as Parameters<typeof ruleDocsUrl>[0];
      expect(rule.helpUri).toBe(ruleDocsUrl(code));
      // The page the link points at exists in this repository.
      expect(existsSync(join(repoRoot, ruleDocsPath(code)))).toBe(true);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    }
    const overdue = run.tool.driver.rules.find((rule) => rule.id === 'overdue');
    expect(overdue?.defaultConfiguration.level).toBe('warning');
  });

  it('keeps fingerprints when lines are added above a finding, and tells findings apart', () => {
    const base = join(scratch, 'shift');
    mkdirSync(join(base, '.git'), { recursive: true });
    const text = fixture('overdue.yaml');
    put(base, 'p.yaml', text);
    const before = sarif(['p.yaml'], base).runs[0]!.results;
    put(base, 'p.yaml', `# 新增的说明\n# 第二行\n${text}`);
    const after = sarif(['p.yaml'], base).runs[0]!.results;
    const line = (r: (typeof before)[number]) => r.locations[0]!.physicalLocation.region.startLine;
    expect(after.map(line)).toEqual(before.map((r) => line(r) + 2));
    expect(after.map((r) => r.partialFingerprints)).toEqual(
      before.map((r) => r.partialFingerprints),
    );
    const prints = before.map((r) => Object.values(r.partialFingerprints)[0]);
    expect(new Set(prints).size).toBe(prints.length);
    // Another file: other fingerprints.
    put(base, 'q.yaml', text);
    const other = sarif(['q.yaml'], base).runs[0]!.results;
    expect(other.map((r) => Object.values(r.partialFingerprints)[0])).not.toEqual(prints);
  });
});

describe('GitHub annotations', () => {
  it('name files from the repository root when run in a subfolder', () => {
    const result = runCli(['check', 'overdue.yaml', '--today', TODAY, '-f', 'github'], {
      cwd: join(repo, 'plans', 'county'),
    });
    const files = result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => /file=([^,]*)/.exec(line)?.[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set(['plans/county/overdue.yaml']));
  });

  it('outside a repository, from the working folder', () => {
    const loose = join(scratch, 'loose');
    put(loose, 'sub/p.yaml', fixture('overdue.yaml'));
    const result = runCli(['check', 'sub/p.yaml', '--today', TODAY, '-f', 'github'], {
      cwd: loose,
    });
    expect(result.stdout).toContain('file=sub/p.yaml,');
  });
});

// The multitool is a .NET program; it needs no ICU when told so.
const multitool = join(
  repoRoot,
  'node_modules',
  '@microsoft',
  'sarif-multitool-linux',
  'Sarif.Multitool',
);

/** Errors and warnings of the GitHub and SARIF rule sets (and the schema) on a log. */
function validate(log: string, name: string): string[] | undefined {
  const input = join(scratch, `${name}.sarif`);
  const output = join(scratch, `${name}.validation.sarif`);
  writeFileSync(input, log);
  const result = spawnSync(
    multitool,
    [
      'validate',
      '--rule-kind',
      'Gh;Sarif',
      '--level',
      'Error;Warning',
      '--log',
      'ForceOverwrite',
      '-o',
      output,
      input,
    ],
    {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (result.error || !existsSync(output)) return undefined;
  const validation = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as {
    runs: { results?: { ruleId: string; message: { text?: string } }[] }[];
  };
  return (validation.runs[0]?.results ?? []).map((r) => `${r.ruleId}: ${r.message.text ?? ''}`);
}

const canRun =
  process.platform === 'linux' &&
  existsSync(multitool) &&
  spawnSync(multitool, ['--version'], {
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    timeout: 60_000,
  }).status === 0;

describe.skipIf(!canRun)('the SARIF multitool with GitHub’s rules', () => {
  if (!canRun) console.warn('skipped: the SARIF multitool cannot run on this machine');

  it('finds nothing wrong with a log of every kind of finding, run from a subfolder', () => {
    const fixtures = join(repoRoot, FIXTURE_DIR);
    const log = runCli(
      ['check', fixtures, join(repoRoot, 'examples'), '--today', TODAY, '-f', 'sarif'],
      { cwd: join(repoRoot, 'test') },
    ).stdout;
    expect(JSON.parse(log).runs[0].results.length).toBeGreaterThan(50);
    expect(validate(log, 'all')).toEqual([]);
  }, 180_000);

  it('does complain of a log without help and full descriptions (the test can fail)', () => {
    const log = sarif(['plans'], repo) as unknown as {
      runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[];
    };
    for (const rule of log.runs[0]!.tool.driver.rules) {
      delete rule.help;
      delete rule.fullDescription;
    }
    const problems = validate(JSON.stringify(log), 'stripped');
    expect(problems?.some((p) => p.startsWith('GH2012'))).toBe(true);
  }, 180_000);
});
