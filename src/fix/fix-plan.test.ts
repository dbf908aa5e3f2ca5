import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../compile.js';
import { dayFromCivil } from '../dates/calendar.js';
import { toDiagnostics } from '../diagnostics/to-diagnostics.js';
import { applyEdits, fixPlanText, planEdits } from './fix-plan.js';
import { unifiedDiff } from './unified-diff.js';
import { catalogues } from '../../test/helpers/catalogues.js';

// 2023-05-01: before every due date in the plans below, so no lateness
// finding (which has no fix) muddles what is left.
const context = { today: dayFromCivil(2023, 5, 1), warnDays: 14 };
const messy = readFileSync(
  join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'fix', 'messy.yaml'),
  'utf8',
);

const plan = (tasks: string, head = ''): string =>
  `version: 1\ntitle: 方案\nperiod: { start: 2023-01, end: 2023-12 }\n${head}tasks:\n${tasks}`;

const codesOf = (text: string): string[] =>
  checkCompiled(compilePlan('p.yaml', text), context).map((finding) => finding.code);

const changedLines = (before: string, after: string): [string, string][] => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
};

describe('fixPlanText on a plan with every kind of certain fix', () => {
  const result = fixPlanText('messy.yaml', messy, context);

  it('changes exactly the fixable spans, and every other byte stays', () => {
    expect(result.refused).toBe(false);
    expect(changedLines(messy, result.text)).toEqual([
      ['    title：完善分级诊疗制度', '    title: 完善分级诊疗制度'],
      // The plan writes its units by id (health, finance), so aliases become ids.
      ['    lead: 卫健局', '    lead: health'],
      ['    support: [财政局]', '    support: [finance]'],
      ['    start: 2023.3', '    start: 2023-03'],
      // Quotes stay as written.
      ['    due: "2023.6.30"', '    due: "2023-06-30"'],
      ['    status: 已完成', '    status: done'],
      // The key typo and the status word behind it, the trailing comment kept.
      ['    stauts: 进行中   # 键名拼写错误', '    status: doing   # 键名拼写错误'],
      ['    due: 2023/9/1', '    due: 2023-09-01'],
      ['    notes:\u3000与医保部门对接', '    notes: 与医保部门对接'],
      // 医务科 is 醫務科 in the other script: the registry says which unit it is.
      ['    lead: 医务科', '    lead: yiwu'],
      [
        '  - { id: M1, title: 上报半年总结, due: 2023.7.15, lead: 县卫健局, status: 已完成 }',
        '  - { id: M1, title: 上报半年总结, due: 2023-07-15, lead: health, status: done }',
      ],
    ]);
    expect(result.fixed).toBe(14);
  });

  it('leaves what needs a judgement: 6月中 is not certainly 中旬', () => {
    expect(result.text).toContain('due: 2023年6月中 ');
    expect(codesOf(result.text)).toEqual(['invalid-date']);
    expect(result.left).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it('has nothing left to do on a second run', () => {
    const again = fixPlanText('messy.yaml', result.text, context);
    expect(again.fixed).toBe(0);
    expect(again.text).toBe(result.text);
  });

  it('gives each fixable diagnostic its fix as a line/column range', () => {
    const compiled = compilePlan('messy.yaml', result.text.replace('status: done', 'status: 完成'));
    const [diagnostic] = toDiagnostics(
      compiled,
      checkCompiled(compiled, context),
      catalogues.en,
    ).filter((d) => d.code === 'schema');
    // `    status: 完成` on line 22: the value runs from column 13 to 15 (end exclusive).
    expect(diagnostic?.fix).toEqual({
      range: { start: { line: 22, column: 13 }, end: { line: 22, column: 15 } },
      text: 'done',
    });
  });
});

describe('what is not certain is not fixed', () => {
  it('a key with two nearest candidates keeps its suggestion but gets no fix', () => {
    // `nd` is one edit from both `no` and `id`.
    const text = plan('  - title: a\n    nd: x\n');
    const findings = checkCompiled(compilePlan('p.yaml', text), context);
    expect(findings.find((f) => f.code === 'unknown-key')).toMatchObject({ suggestion: 'id' });
    expect(findings.find((f) => f.code === 'unknown-key')?.fix).toBeUndefined();
    expect(fixPlanText('p.yaml', text, context).fixed).toBe(0);
  });

  it('a key typo is fixed when its one candidate is free, and not when it is taken', () => {
    const free = plan('  - title: a\n    stauts: doing\n');
    expect(fixPlanText('p.yaml', free, context).text).toContain('    status: doing\n');
    // The mapping has `status` already: renaming would make a duplicate key.
    const taken = plan('  - title: a\n    status: doing\n    stauts: done\n');
    expect(fixPlanText('p.yaml', taken, context).fixed).toBe(0);
    // Two typos of one key: renaming both would make a duplicate key.
    const twice = plan('  - title: a\n    stauts: doing\n    statsu: done\n');
    expect(fixPlanText('p.yaml', twice, context).fixed).toBe(0);
  });

  it('a status written as a near spelling is suggested, not fixed; a Chinese word is fixed', () => {
    const typo = plan('  - title: a\n    status: doen\n');
    expect(fixPlanText('p.yaml', typo, context).fixed).toBe(0);
    const word = plan('  - title: a\n    status: 进行中\n');
    expect(fixPlanText('p.yaml', word, context).text).toContain('status: doing\n');
  });

  it('a unit split out of one string, or spelled two ways without a registry, is left', () => {
    const head = 'units:\n  health: { name: 县卫生健康局, aliases: [卫健局] }\n';
    const split = plan('  - title: a\n    lead: 卫健局/县财政局\n', head);
    expect(codesOf(split)).toContain('unit-alias');
    expect(fixPlanText('p.yaml', split, context).fixed).toBe(0);
    const noRegistry = plan('  - title: a\n    lead: 医务科\n  - title: b\n    lead: 醫務科\n');
    expect(codesOf(noRegistry)).toContain('unit-alias');
    expect(fixPlanText('p.yaml', noRegistry, context).fixed).toBe(0);
  });

  it('an alias becomes the registered name when the plan writes its units by name', () => {
    // One reference by name, none by id: the name is the plan's habit.
    const head = 'units:\n  health: { name: 县卫生健康局, aliases: [卫健局] }\n';
    const text = plan(
      '  - title: a\n    lead: 卫健局\n  - title: b\n    lead: 县卫生健康局\n',
      head,
    );
    expect(fixPlanText('p.yaml', text, context).text).toContain('lead: 县卫生健康局\n  - title: b');
  });

  it('a yearless date that one year would fit is left for the author', () => {
    // The period spans 2023–2024, so 6月底 is a guess of the year.
    const text =
      'version: 1\ntitle: 方案\nperiod: { start: 2023-07, end: 2024-12 }\ntasks:\n  - title: a\n    due: 6月底\n';
    expect(codesOf(text)).toContain('invalid-date');
    expect(fixPlanText('p.yaml', text, context).fixed).toBe(0);
  });

  it('in a file that does not parse, fixes only a colon after a key of the format', () => {
    // Line 6 is indented with a U+3000 (how deep is a guess); `Note：` sits
    // in a block of text. Only `due：` is certainly a key.
    const text = plan('  - title: a\n    due：2023-06\n\u3000 notes: |\n      Note：x\n');
    const result = fixPlanText('p.yaml', text, context);
    expect(result.fixed).toBe(1);
    expect(changedLines(text, result.text)).toEqual([['    due：2023-06', '    due: 2023-06']]);
    // It now parses, with the wide indent still reported for a person.
    expect(result.parses).toBe(true);
    expect(codesOf(result.text)).toContain('paste-artefact');
  });
});

describe('planEdits and applyEdits', () => {
  it('drops duplicates, overlaps and conflicting replacements of one span', () => {
    const edits = planEdits([
      { start: 4, end: 6, text: 'X' },
      { start: 0, end: 2, text: 'A' },
      { start: 0, end: 2, text: 'A' },
      { start: 5, end: 7, text: 'Y' },
      { start: 8, end: 9, text: 'P' },
      { start: 8, end: 9, text: 'Q' },
    ]);
    expect(edits).toEqual([
      { start: 0, end: 2, text: 'A' },
      { start: 4, end: 6, text: 'X' },
    ]);
    expect(applyEdits('0123456789', edits)).toBe('A23X6789');
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a/p', 'b/p', 'x\n', 'x\n')).toBe('');
  });

  it('is a patch that git applies to the original to give the fixed text', () => {
    const fixed = fixPlanText('messy.yaml', messy, context).text;
    const diff = unifiedDiff('a/messy.yaml', 'b/messy.yaml', messy, fixed);
    // The first change is on line 17, so its hunk opens 3 lines before it.
    expect(diff.startsWith('--- a/messy.yaml\n+++ b/messy.yaml\n@@ -14,')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-'));
    try {
      writeFileSync(join(dir, 'messy.yaml'), messy);
      writeFileSync(join(dir, 'fix.diff'), diff);
      execFileSync('git', ['apply', 'fix.diff'], { cwd: dir });
      expect(readFileSync(join(dir, 'messy.yaml'), 'utf8')).toBe(fixed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks a last line without a line break, as diff does', () => {
    expect(unifiedDiff('a/p', 'b/p', 'a\nb', 'a\nc')).toBe(
      '--- a/p\n+++ b/p\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });
});
