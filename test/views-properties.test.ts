/**
 * Properties of every view over generated plans: no renderer throws or
 * prints a stack trace on any plan, valid or not; a plan that can be
 * modelled renders in every format, errors or not (and is refused under
 * `--strict` when it has errors); the JSON parses and carries the plan's
 * errors; the CSV has one row per task plus the header; the same plan
 * gives the same bytes twice.
 *
 * Then a fuzz of the whole command line (issue 13): every command, option
 * and format, with plan text full of controls, bidi overrides, invisible
 * marks and line breaks, and options taken from the plan or made up. The
 * oracles: no uncaught exception or `internal error`, exit 0, 1 or 2; JSON
 * parses; SVG and the XML parts of xlsx and docx are well-formed; no raw
 * control character in any text format, nor on stderr.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../src/compile.js';
import { runInProcess } from './helpers/run-in-process.js';
import { notXmlChar, zipParts } from './table-office-helpers.js';

const text = fc.oneof(
  fc.constantFrom(
    '加强医疗服务体系建设',
    '县卫生健康局',
    'a|b',
    '<b>x</b>',
    '=1+1',
    '@x',
    '\u001b[2Jx',
    '行一\n行二',
    ' ',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
// Starts all come before dues; errors come from a lead unit the registry
// lacks (below), so plans with and without errors are both generated.
const startDate = fc.constantFrom(
  '2023-01',
  '2023-06',
  '2024-01',
  '2024年上半年',
  '2024-H1',
  '2024年1月上旬',
);
const dueDate = fc.constantFrom(
  '2024',
  '2024-06',
  '2024-06-15',
  '2024-Q3',
  '2024年6月底',
  '2024年6月下旬',
  '二〇二五年三月三十一日',
  '2025-03-31',
  '长期坚持',
);
const date = fc.oneof(startDate, dueDate);
const status = fc.constantFrom('todo', 'doing', 'done', 'blocked', 'dropped');
const units = ['health', 'finance', '县医保局'];

const leaf = fc.record(
  {
    title: text,
    // 县审计署 is not in the registry: an error the views render anyway.
    lead: fc.constantFrom(...units, ...units, '县审计署'),
    support: fc.subarray(units),
    start: startDate,
    due: dueDate,
    status,
    progress: fc.integer({ min: 0, max: 100 }),
    repeat: fc.constantFrom('weekly', 'monthly', 'quarterly', 'yearly'),
    updates: fc.array(
      fc.record({ date: date, progress: fc.integer({ min: 0, max: 100 }), note: text }),
      {
        maxLength: 2,
      },
    ),
  },
  { requiredKeys: ['title'] },
);
const task = fc
  .record({ parent: leaf, children: fc.array(leaf, { maxLength: 3 }) })
  .map(({ parent, children }) => (children.length > 0 ? { ...parent, tasks: children } : parent));

const plan = fc
  .record({
    title: text,
    tasks: fc.array(task, { minLength: 1, maxLength: 6 }),
    milestones: fc.array(fc.record({ title: text, due: dueDate, status }), { maxLength: 2 }),
    phases: fc.array(fc.record({ name: text, start: startDate, end: dueDate }), { maxLength: 2 }),
  })
  .map((p) => ({
    version: 1,
    locale: 'zh-CN',
    units: {
      health: '县卫生健康局',
      finance: { name: '县财政局', aliases: ['财政局'] },
      县医保局: '县医疗保障局',
    },
    ...p,
  }));

const countTasks = (tasks: readonly object[]): number =>
  tasks.reduce(
    (sum: number, t) => sum + 1 + countTasks('tasks' in t ? (t.tasks as object[]) : []),
    0,
  );

const views: string[][] = [
  ['table', '-f', 'term', '--width', '80'],
  ['table', '-f', 'md'],
  ['table', '-f', 'csv'],
  ['table', '-f', 'tsv'],
  ['table', '-f', 'json'],
  ['checklist'],
  ['checklist', '--group-by', 'unit'],
  ['timeline', '--width', '100'],
  ['overdue', '-f', 'term'],
  ['overdue', '-f', 'json'],
  ['overdue', '-f', 'csv'],
  ['report', '-f', 'term'],
  ['report', '-f', 'md'],
  ['export', '-f', 'ics'],
];

function clean(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('internal error');
}

describe('every view on generated plans', () => {
  it('renders or refuses cleanly, and deterministically', async () => {
    let rendered = 0;
    let withErrors = 0;
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const yaml = stringify(p);
        const check = await runInProcess(
          ['check', '-', '--today', '2024-06-30', '-f', 'json'],
          yaml,
        );
        clean(check.stderr);
        const errors = JSON.parse(check.stdout.toString()).summary.errors;
        const modelled = compilePlan('<stdin>', yaml).plan !== undefined;
        if (modelled && errors > 0) withErrors++;
        for (const view of views) {
          const args = [...view, '-', '--today', '2024-06-30'];
          const first = await runInProcess(args, yaml);
          clean(first.stderr);
          expect(first.code).toBe(modelled ? 0 : 1);
          // Errors are named on stderr, and only then.
          expect(first.stderr.includes('✖')).toBe(errors > 0);
          if (!modelled) continue;
          rendered++;
          const second = await runInProcess(args, yaml);
          expect(second.stdout.equals(first.stdout)).toBe(true);
          const out = first.stdout.toString('utf8');
          if (view.includes('json')) expect(JSON.parse(out).errors).toHaveLength(errors);
          if (view[0] === 'table' && view.includes('csv')) {
            const rows: string[][] = parseCsv(out, { bom: true });
            expect(rows).toHaveLength(countTasks(p.tasks) + 1);
          }
          if (view[0] === 'table' && view.includes('json')) {
            expect(JSON.parse(out).rows).toHaveLength(countTasks(p.tasks));
          }
          // No control sequence from plan text reaches a terminal view.
          if (view.includes('term') || view[0] === 'timeline') expect(out).not.toContain('\u001b');
        }
        if (modelled && errors > 0) {
          const strict = await runInProcess(
            ['table', '-', '--today', '2024-06-30', '--strict'],
            yaml,
          );
          expect(strict.code).toBe(1);
          expect(strict.stdout.length).toBe(0);
        }
      }),
      { numRuns: 25 },
    );
    // The property is only worth something if most plans got rendered.
    expect(rendered).toBeGreaterThan(views.length * 10);
    expect(withErrors).toBeGreaterThan(0);
  }, 240_000);
});

// Plan text as an attacker writes it: terminal escapes, C1 controls, bidi
// overrides, invisible marks, line breaks of every kind, formula starts.
const hostileText = fc.oneof(
  text,
  fc.constantFrom(
    '\u009b31mred',
    'a\u202eb',
    'x\u2066y\u2069',
    'zero\u200bwidth',
    '\ufeffbom',
    'line\u2028sep',
    'x\n\n✔ 0 files checked: no problems\n',
    'plan: wrote /etc/passwd.',
    '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
    '\u001b]52;c;aGk=\u0007',
    '\r=1+1',
    '\u3000＝1+1',
    '\u0007\u0008\u007f',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
);

const hostilePlan = fc
  .record({
    title: hostileText,
    unitName: hostileText,
    phaseName: hostileText,
    goalTitle: hostileText,
    tasks: fc.array(
      fc.record({
        title: hostileText,
        note: hostileText,
        status,
        start: startDate,
        due: dueDate,
        repeat: fc.constantFrom(undefined, 'weekly', 'monthly'),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map((p) => ({
    version: 1,
    title: p.title,
    units: { u1: p.unitName, u2: '县财政局' },
    goals: [{ id: 'G1', title: p.goalTitle }],
    phases: [{ id: 'P1', name: p.phaseName, start: '2023-01', end: '2025-12' }],
    tasks: p.tasks.map((t, i) => ({
      id: `T${i + 1}`,
      title: t.title,
      goal: 'G1',
      phase: 'P1',
      lead: 'u1',
      support: ['u2'],
      status: t.status,
      start: t.start,
      due: t.due,
      ...(t.repeat ? { repeat: t.repeat } : {}),
      updates: [{ date: '2024-03-31', progress: 30, note: t.note }],
    })),
  }));

type Kind = 'text' | 'json' | 'svg' | 'html' | 'zip';

const commandLines: { args: string[]; kind: Kind }[] = [
  { args: ['check'], kind: 'text' },
  { args: ['check', '-f', 'json'], kind: 'json' },
  { args: ['check', '-f', 'sarif'], kind: 'json' },
  { args: ['check', '-f', 'github'], kind: 'text' },
  { args: ['table', '-f', 'term'], kind: 'text' },
  { args: ['table', '-f', 'md'], kind: 'text' },
  { args: ['table', '-f', 'csv'], kind: 'text' },
  { args: ['table', '-f', 'tsv'], kind: 'text' },
  { args: ['table', '-f', 'json'], kind: 'json' },
  { args: ['table', '-f', 'xlsx'], kind: 'zip' },
  { args: ['table', '-f', 'docx'], kind: 'zip' },
  { args: ['checklist'], kind: 'text' },
  { args: ['timeline'], kind: 'text' },
  { args: ['timeline', '-f', 'svg'], kind: 'svg' },
  { args: ['timeline', '-f', 'mermaid'], kind: 'text' },
  { args: ['overdue'], kind: 'text' },
  { args: ['overdue', '-f', 'json'], kind: 'json' },
  { args: ['overdue', '-f', 'csv'], kind: 'text' },
  { args: ['overdue', '-f', 'md'], kind: 'text' },
  { args: ['report'], kind: 'text' },
  { args: ['report', '-f', 'md'], kind: 'text' },
  { args: ['report', '-f', 'html'], kind: 'html' },
  { args: ['export', '-f', 'ics'], kind: 'text' },
];

/** Options as a user (or an attacker) might add them; some name the plan's own things. */
const extraOptions = (names: string[]): fc.Arbitrary<string[]> => {
  const named = fc.constantFrom(...names, 'nope');
  const options: [string, fc.Arbitrary<string>][] = [
    ['--phase', named],
    ['--goal', fc.oneof(fc.constant('G1'), named)],
    ['--unit', fc.oneof(fc.constant('u1'), named)],
    ['--status', fc.constantFrom('todo', 'done', 'nope')],
    ['--group-by', fc.constantFrom('unit', 'phase', 'goal', 'nope')],
    ['--scale', fc.constantFrom('week', 'month', 'quarter', 'nope')],
    ['--lang', fc.constantFrom('zh-CN', 'zh-TW', 'en', 'xx')],
    ['--width', fc.constantFrom('40', '200', '-1', 'x')],
    ['--warn-days', fc.constantFrom('0', '30', 'x')],
    ['--columns', fc.constantFrom('no,title', 'title,nope', '')],
  ];
  return fc
    .subarray(options, { maxLength: 2 })
    .chain((chosen) => fc.tuple(...chosen.map(([flag, value]) => value.map((v) => [flag, v]))))
    .map((pairs) => pairs.flat());
};

const fuzzCase = hostilePlan.chain((p) =>
  fc.record({
    plan: fc.constant(p),
    runs: fc.array(
      fc.record({
        line: fc.constantFrom(...commandLines),
        options: extraOptions([p.title, p.units.u1, p.phases[0]!.name, p.goals[0]!.title]),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

// Control characters that no text output may carry raw (CR and LF are line
// ends; tab lays out TSV). ESC covers colour too: captured output is no TTY.
const rawControl =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the command line, fuzzed with hostile plans and options', () => {
  it('ends cleanly, and every output is well-formed and inert', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, fc.context(), async ({ plan: p, runs }, ctx) => {
        const yaml = stringify(p);
        for (const { line, options } of runs) {
          const { args, kind } = line;
          const argv = [...args, '-', '--today', '2024-06-30', ...options];
          ctx.log(JSON.stringify(argv));
          const result = await runInProcess(argv, yaml);
          clean(result.stderr);
          expect([0, 1, 2]).toContain(result.code);
          expect(result.stderr).not.toMatch(rawControl);
          // A refused option or plan ends in a message, checked above.
          if (result.code === 2 || (result.code === 1 && args[0] !== 'check')) continue;
          if (kind === 'zip') {
            if (result.stdout.length === 0) continue;
            for (const [name, part] of await zipParts(result.stdout)) {
              if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
              expect(part, name).not.toMatch(notXmlChar);
              expect(XMLValidator.validate(part), name).toBe(true);
            }
            continue;
          }
          const out = result.stdout.toString('utf8');
          if (kind === 'json') expect(() => JSON.parse(out)).not.toThrow();
          if (kind === 'svg') expect(XMLValidator.validate(out)).toBe(true);
          if (kind === 'text' || kind === 'json') expect(out).not.toMatch(rawControl);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('never crashes on a made-up command line', async () => {
    const token = fc.oneof(
      fc.constantFrom(
        'check',
        'table',
        'checklist',
        'timeline',
        'overdue',
        'report',
        'export',
        'schema',
        '-',
        '-f',
        '--format',
        '--today',
        '--lang',
        '--phase',
        '--unit',
        '--strict',
        '--quiet',
        '--max-warnings',
        '--max-bytes',
        '--width',
        '--help',
        '2024-06-30',
        'json',
        'svg',
        'nope',
        '\u001b[2J',
        '\u202e',
        '-o',
      ),
      fc.string({ maxLength: 6 }),
    );
    const valid = stringify({ version: 1, title: 'x', tasks: [{ title: 'a', lead: 'b' }] });
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        // Never write files: -o and its value are dropped.
        const safe = argv.filter((arg, i) => arg !== '-o' && argv[i - 1] !== '-o');
        const result = await runInProcess(safe, valid);
        clean(result.stderr);
        expect([0, 1, 2]).toContain(result.code);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
