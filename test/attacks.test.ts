/**
 * Issue 13, items 6–15: each attack at a size that runs in a second or two,
 * in process. `node scripts/attacks.js` runs them at full size with timings.
 * Each judgement is tested on both sides of its line.
 */
import { describe, expect, it } from 'vitest';
import {
  aliasKeyPlan,
  aliasStringPlan,
  collidingIdsPlan,
  cyclePlan,
  oneLinePlan,
  unknownDependsPlan,
  unknownKeysPlan,
  unknownUnitsPlan,
  weeklyPlan,
} from '../scripts/attack-plans.js';
import { compilePlan } from '../src/compile.js';
import { codeFrame } from '../src/render/code-frame.js';
import { rowIds } from '../src/render/timeline/svg-ids.js';
import { calendarEvents, MAX_CALENDAR_OCCURRENCES } from '../src/views/calendar-events.js';
import { runInProcess } from './helpers/run-in-process.js';

const today = ['--today', '2024-06-30', '--lang', 'en'];

interface JsonDiagnostic {
  code: string;
  message: string;
  line: number;
  suggestion?: string;
}

async function checkJson(yaml: string): Promise<JsonDiagnostic[]> {
  const result = await runInProcess(['check', '-', '-f', 'json', ...today], yaml);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout.toString()).diagnostics;
}

describe('item 6: dependency cycles', () => {
  it('reports one tangle once, with a shortest circle and the size of the tangle', async () => {
    // T(i) depends on T(i+1) and on T1: 300 tasks in one strongly connected
    // group; T1 depending on itself is the shortest circle through T1.
    const found = await checkJson(cyclePlan(300));
    const cycles = found.filter((d) => d.code === 'dependency-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toBe(
      'tasks depend on each other in a circle: T1 → T1; 300 tasks in all depend on each other in circles',
    );
  });

  it('names a long circle by its first nine tasks, … and its last, and a short one whole', async () => {
    const circle = (n: number): string => {
      const lines = ['version: 1', 'title: t', 'tasks:'];
      for (let i = 1; i <= n; i++)
        lines.push(`  - { id: T${i}, title: t${i}, lead: x, depends_on: [T${(i % n) + 1}] }`);
      return `${lines.join('\n')}\n`;
    };
    // 10 tasks: exactly MAX_CIRCLE_NAMES, named whole.
    const ten = (await checkJson(circle(10))).filter((d) => d.code === 'dependency-cycle');
    expect(ten.map((d) => d.message)).toEqual([
      'tasks depend on each other in a circle: T1 → T2 → T3 → T4 → T5 → T6 → T7 → T8 → T9 → T10 → T1',
    ]);
    // 11 tasks: one past it; the group is the circle, so no count is added.
    const eleven = (await checkJson(circle(11))).filter((d) => d.code === 'dependency-cycle');
    expect(eleven.map((d) => d.message)).toEqual([
      'tasks depend on each other in a circle: T1 → T2 → T3 → T4 → T5 → T6 → T7 → T8 → T9 → … → T11 → T1',
    ]);
    // The dependency that closes the circle: T11's, on line 3 + 11.
    expect(eleven[0]!.line).toBe(14);
  });

  it('keeps two separate circles apart and leaves a chain alone', async () => {
    const yaml = [
      'version: 1',
      'title: t',
      'tasks:',
      '  - { id: A, title: a, lead: x, depends_on: [B] }',
      '  - { id: B, title: b, lead: x, depends_on: [A] }',
      '  - { id: C, title: c, lead: x, depends_on: [D] }',
      '  - { id: D, title: d, lead: x, depends_on: [C, A] }',
      '  - { id: E, title: e, lead: x, depends_on: [A, D] }',
      '',
    ].join('\n');
    const cycles = (await checkJson(yaml)).filter((d) => d.code === 'dependency-cycle');
    expect(cycles.map((d) => [d.line, d.message])).toEqual([
      [5, 'tasks depend on each other in a circle: A → B → A'],
      [7, 'tasks depend on each other in a circle: C → D → C'],
    ]);
  });
});

describe('item 7: code frames on a long line', () => {
  it('cut a wide line to a window around the column, with … marks, CJK aligned', () => {
    const line = `${'任务'.repeat(200)}X${'任务'.repeat(200)}`;
    const column = 401; // X: 400 code units of 任务 before it
    const frame = codeFrame(line, 1, column, 1, column + 1);
    const [shown, caret] = frame.split('\n');
    expect(shown!.startsWith('> 1 | …')).toBe(true);
    expect(shown!.endsWith('…')).toBe(true);
    // 50 columns before the column: 25 wide characters (务 and 12 × 任务),
    // after the … (1 column): the caret sits under X at 1 + 50 = 51 columns in.
    expect(shown).toContain(`…务${'任务'.repeat(12)}X`);
    expect(caret).toBe(`    | ${' '.repeat(51)}^`);
  });

  it('shows a line of 160 columns whole and one of 161 cut', () => {
    const at160 = codeFrame('a'.repeat(160), 1, 1, 1, 2);
    expect(at160).not.toContain('…');
    const at161 = codeFrame('a'.repeat(161), 1, 1, 1, 2);
    expect(at161.split('\n')[0]).toBe(`> 1 | ${'a'.repeat(120)}…`);
  });

  it('never splits a surrogate pair', () => {
    const frame = codeFrame('😀'.repeat(300), 1, 301, 1, 303);
    expect(frame).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
  });

  it('keeps 2,000 warnings on a one-line plan small and fast', async () => {
    const result = await runInProcess(['check', '-', ...today], oneLinePlan(2_000));
    expect(result.code).toBe(0);
    const out = result.stdout.toString();
    expect(out).toContain('2000 problems (0 errors, 2000 warnings');
    // Each frame line is at most about 130 columns; the plan is 55 KB.
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThan(200);
  });
});

describe('item 8: aliases counted in characters', () => {
  it('refuses 100 aliases of a 100,000-character string, and accepts 10', async () => {
    // 100 × 100,001 = 10,000,100 > 2 × ~302,000 + 1,000,000; 10 uses are
    // 1,000,010 ≤ 2 × ~301,300 + 1,000,000.
    const refused = await checkJson(aliasStringPlan(100, 100_000));
    expect(refused.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(refused[0]!.message).toContain('alias bomb');
    const accepted = await checkJson(aliasStringPlan(10, 100_000));
    expect(accepted.filter((d) => d.code === 'yaml-syntax')).toEqual([]);
  });

  it('refuses a key made of aliases before js-yaml joins it', async () => {
    const found = await checkJson(aliasKeyPlan(300, 100_000));
    expect(found.map((d) => d.code)).toEqual(['yaml-syntax']);
  });
});

describe('item 9: near-linear checks', () => {
  it('suggests for unknown units against a large registry within the budget', async () => {
    const found = await checkJson(unknownUnitsPlan(2_000));
    const unknown = found.filter((d) => d.code === 'unknown-reference');
    expect(unknown).toHaveLength(2_000);
  });

  it('still suggests the near miss in a small plan', async () => {
    const yaml = [
      'version: 1',
      'title: t',
      'units: { finance: 县财政局, health: 县卫生健康局 }',
      'tasks:',
      '  - { id: T1, title: a, lead: finace }',
      '  - { id: T2, title: b, lead: health, depends_on: [X99] }',
      '',
    ].join('\n');
    const unknown = (await checkJson(yaml)).filter((d) => d.code === 'unknown-reference');
    expect(unknown.map((d) => d.suggestion)).toEqual(['finance', undefined]);
  });

  it('reports unknown depends_on ids', async () => {
    const found = await checkJson(unknownDependsPlan(2_000));
    expect(found.filter((d) => d.code === 'unknown-reference')).toHaveLength(2_000);
  });

  it('lists 100 unknown keys of one mapping, the 101st counting the rest', async () => {
    const many = (await checkJson(unknownKeysPlan(5_000))).filter((d) => d.code === 'unknown-key');
    expect(many).toHaveLength(101);
    expect(many[100]!.message).toBe(
      'unknown field "k101"; 4899 more unknown fields in this mapping are not listed',
    );
    // 101 keys: the 101st is listed as itself, with none left to count.
    const exact = (await checkJson(unknownKeysPlan(101))).filter((d) => d.code === 'unknown-key');
    expect(exact).toHaveLength(101);
    expect(exact[100]!.message).toBe('unknown field "k101"');
  });

  it('numbers colliding row ids as probing from 2 would', () => {
    expect(rowIds(['task:A.B', 'task:A-B', 'task:A_B_2', 'task:A/B', 'task:A:B'])).toEqual([
      'task_A_B',
      'task_A_B_2',
      'task_A_B_2_2',
      'task_A_B_3',
      'task_A_B_4',
    ]);
    expect(rowIds(['a', 'a_2', 'a', 'a'])).toEqual(['a', 'a_2', 'a_3', 'a_4']);
  });

  it('draws 3,000 colliding phase ids', async () => {
    const result = await runInProcess(
      ['timeline', '-', '-f', 'svg', ...today],
      collidingIdsPlan(3_000),
    );
    expect(result.code).toBe(0);
    expect(result.stdout.toString()).toContain('id="tl-phase_A_B_3000"');
  });
});

describe('item 10: recurring duties in the calendar', () => {
  /** Weekly duties due within 2 days of each week: a list of dates, not a rule. */
  const withinPlan = (count: number) =>
    weeklyPlan(count).replaceAll('repeat: weekly', 'repeat: { every: week, within: 2 days }');

  it('writes 200 weekly duties over 1000–9999 as 200 series, nothing cut', () => {
    const { plan } = compilePlan('x.yaml', weeklyPlan(200));
    const view = calendarEvents(plan!, { today: 0 });
    expect(view.events.filter((event) => event.series?.rule)).toHaveLength(200);
    expect(view.cut).toBe(0);
  });

  it('lists at most MAX_CALENDAR_OCCURRENCES dates of within duties and counts the duties cut', () => {
    // A within duty is listed, not a rule: weekly over 1000–9999 is far past
    // the 10,000 a duty lists, so all 8 are cut; 5 fill the 50,000 total and
    // the 3 past it keep their final due, so none goes missing.
    const { plan } = compilePlan('x.yaml', withinPlan(8));
    const view = calendarEvents(plan!, { today: 0 });
    const listed = view.events.reduce((sum, event) => sum + (event.series?.dates?.length ?? 0), 0);
    expect(listed).toBe(MAX_CALENDAR_OCCURRENCES);
    expect(view.cut).toBe(8);
    expect(view.events.filter((event) => event.kind === 'task')).toHaveLength(8);
    expect(view.events.filter((event) => event.series === undefined)).toHaveLength(3);
  });

  it('prints a notice when it cuts, and none when it does not', async () => {
    const cut = await runInProcess(['export', '-', ...today], withinPlan(3));
    expect(cut.code).toBe(0);
    expect(cut.stderr).toContain(
      'plan export: the occurrences of 3 recurring tasks are not all listed (at most 10000 per task, 50000 in all)\n',
    );
    // Weekly over 1000..9999 is far past 10,000 occurrences: each duty is
    // also a located error, found without listing them all.
    expect(cut.stderr.match(/falls due more than 10000 times/g)).toHaveLength(3);
    const short = weeklyPlan(1).replace(
      'start: 1000-01, due: 9999-12',
      'start: 2024-01, due: 2024-03',
    );
    const whole = await runInProcess(['export', '-', ...today], short);
    expect(whole.stderr).toBe('');
  });
});

describe('item 12–14: what reaches a terminal or a log', () => {
  const hostile = [
    'version: 1',
    'title: t',
    'phases:',
    '  - { id: "p\\e]0;pwn\\a\\u202e", name: "x\\n\\u009b31m", start: 2023-01, end: 2023-02 }',
    'tasks:',
    '  - { title: "x\\n\\n✔ 0 files checked: no problems\\n", lead: "a\\u200bb", phase: "p\\e]0;pwn\\a\\u202e", start: 2023-01, due: 2023-02 }',
    '',
  ].join('\n');
  const raw =
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u2028\u2029]/;

  it('a usage error lists the plan’s names with controls made visible', async () => {
    const result = await runInProcess(['table', '-', '--phase', 'nope', ...today], hostile);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(raw);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toContain('p␛]0;pwn␇\uFFFD');
  });

  it('a title with line breaks cannot forge a line of check output', async () => {
    for (const format of ['stylish', 'github']) {
      const result = await runInProcess(['check', '-', '-f', format, ...today], hostile);
      const out = result.stdout.toString();
      expect(out).not.toMatch(/^✔/m);
      expect(out).toContain('x⏎⏎✔ 0 files checked: no problems⏎');
      expect(out.replace(/\n/g, '')).not.toMatch(raw);
    }
  });

  it('JSON outputs escape C1 and bidi controls alike and parse back to the text', async () => {
    for (const args of [
      ['check', '-', '-f', 'json'],
      ['check', '-', '-f', 'sarif'],
      ['overdue', '-', '-f', 'json'],
      ['table', '-', '-f', 'json'],
      ['report', '-', '-f', 'json'],
    ]) {
      const result = await runInProcess([...args, ...today], hostile);
      const out = result.stdout.toString();
      expect(out, args.join(' ')).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(JSON.stringify(JSON.parse(out))).toContain('\u009b');
    }
  });

  it('terminal views show invisible marks; data formats keep them', async () => {
    const term = await runInProcess(['table', '-', '-f', 'term', ...today], hostile);
    expect(term.stdout.toString()).toContain('a<U+200B>b');
    const csv = await runInProcess(['table', '-', '-f', 'csv', ...today], hostile);
    expect(csv.stdout.toString()).toContain('a\u200bb');
  });
});
