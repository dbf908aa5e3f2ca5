/**
 * Bad input of any kind ends in diagnostics and a clean exit code, never a
 * stack trace or an internal error. fast-check feeds random bytes and random
 * YAML-ish text to `plan check -` in-process (the CLI's `run` with its
 * streams passed in, as bin/plan.js does), so hundreds of inputs take
 * seconds; a few go through the built binary too.
 */
import { XMLValidator } from 'fast-xml-parser';
import { closeSync, openSync, ftruncateSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../src/pipeline/defaults.js';
import { checkFormats } from '../src/render/check/formatters.js';
import { runCli } from './helpers/run-cli.js';
import { runInProcess } from './helpers/run-in-process.js';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function checkInProcess(input: Uint8Array | string, args: string[] = []): Promise<Outcome> {
  const outcome = await runInProcess(
    ['check', '-', '--today', '2024-06-30', '--lang', 'en', ...args],
    input,
  );
  return { ...outcome, stdout: outcome.stdout.toString('utf8') };
}

function expectClean(outcome: Outcome): void {
  expect([0, 1]).toContain(outcome.code);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr).not.toContain('internal error');
  expect(outcome.stdout).not.toMatch(/^\s+at /m);
}

/** Pieces of plans and of broken YAML, so random text often gets deep into the pipeline. */
const yamlPiece = fc.constantFrom(
  'version: 1\n',
  'title: 方案\n',
  'tasks:\n',
  'goals:\n',
  'phases:\n',
  'milestones:\n',
  'units:\n',
  '  - ',
  '    ',
  'id: T1\n',
  'title: 任务\n',
  'due: ',
  'start: ',
  '2023-02-30',
  '2023年上半年',
  '20xx年12月',
  'ongoing',
  '长期坚持',
  'depends_on: [T1]\n',
  'lead: ',
  'support: [a, b]\n',
  'progress: 150\n',
  'status: done\n',
  'repeat: monthly\n',
  'targets:\n',
  'target: ">= 30%"\n',
  '{',
  '}',
  '[',
  ']',
  ': ',
  ', ',
  '\n',
  '\t',
  '&a ',
  '*a ',
  '<<: *a\n',
  '!!binary ',
  '!!js/function ',
  '---\n',
  '...\n',
  '"',
  "'",
  '# ',
  '%YAML 1.2\n',
  '? ',
  '|\n',
  '>-\n',
  '__proto__: ',
  'constructor: ',
  '\u0000',
  '\u001b[2J',
  '\ufeff',
  '\r\n',
  '\ud800',
  '𠮷',
);

const yamlish = fc.array(yamlPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('hostile input through plan check -', () => {
  it('random bytes never make a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expectClean(await checkInProcess(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('random YAML-ish text never makes a stack trace, in every format', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, fc.constantFrom(...checkFormats), async (text, format) => {
        const outcome = await checkInProcess(text, ['-f', format]);
        expectClean(outcome);
        if (format === 'json' || format === 'sarif' || format === 'gitlab') {
          expect(() => JSON.parse(outcome.stdout)).not.toThrow();
        }
        if (format === 'junit' || format === 'checkstyle') {
          expect(XMLValidator.validate(outcome.stdout)).toBe(true);
        }
        if (format === 'compact') {
          for (const line of outcome.stdout.split('\n').filter(Boolean))
            expect(line).toMatch(/^<stdin>:\d+:\d+: (error|warning|info) /);
        }
        if (format === 'github') {
          for (const line of outcome.stdout.split('\n').filter(Boolean))
            expect(line).toMatch(/^::(error|warning|notice) file=/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a valid plan with random text in every free-text field is checked cleanly', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, unit, note) => {
        const plan = {
          version: 1,
          title: `${title}x`,
          tasks: [{ title: `${title}y`, lead: unit, due: '2024-06', notes: note }],
        };
        const outcome = await checkInProcess(JSON.stringify(plan), ['-f', 'json']);
        expectClean(outcome);
        const report = JSON.parse(outcome.stdout) as { summary: { errors: number } };
        // JSON is YAML: the plan is valid whatever the text, so no errors.
        expect(report.summary.errors).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('the built binary agrees on a few random inputs', () => {
    const samples = fc.sample(fc.uint8Array({ maxLength: 2048 }), { numRuns: 5, seed: 42 });
    for (const bytes of [...samples, Buffer.from('\u0000\u0001\u0002'), Buffer.from('{{{{')]) {
      const result = runCli(['check', '-', '--today', '2024-06-30'], { input: Buffer.from(bytes) });
      expect([0, 1]).toContain(result.code);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });
});

describe('a file past the size limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused as input-too-large, quickly and without being read', () => {
    const file = join(dir, 'huge.yaml');
    // A sparse file: 10 MB + 1 byte that cost nothing to make. Reading it
    // would still take time and memory; refusing it from its size does not.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, DEFAULT_MAX_BYTES + 1);
    closeSync(fd);
    const started = performance.now();
    const result = runCli(['check', file, '--lang', 'en', '-f', 'json']);
    const elapsed = performance.now() - started;
    const report = JSON.parse(result.stdout) as {
      diagnostics: { code: string; message: string }[];
    };
    expect(report.diagnostics.map((d) => d.code)).toEqual(['input-too-large']);
    expect(report.diagnostics[0]!.message).toContain(String(DEFAULT_MAX_BYTES + 1));
    expect(result.code).toBe(1);
    // Generous for a loaded CI machine; reading and decoding 10 MB of NULs
    // as a plan would report an encoding problem instead.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('one byte under a --max-bytes limit is read', () => {
    const file = join(dir, 'small.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 100);
    closeSync(fd);
    const atLimit = runCli(['check', file, '--max-bytes', '100', '--lang', 'en', '-f', 'json']);
    const overLimit = runCli(['check', file, '--max-bytes', '99', '--lang', 'en', '-f', 'json']);
    const codes = (stdout: string) =>
      (JSON.parse(stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    // 100 NUL bytes: read, and refused as not text.
    expect(codes(atLimit.stdout)).toEqual(['encoding']);
    expect(codes(overLimit.stdout)).toEqual(['input-too-large']);
  });
});
