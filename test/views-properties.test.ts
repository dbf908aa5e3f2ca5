/**
 * Properties of every view over generated plans: no renderer throws or
 * prints a stack trace on any plan, valid or not; a plan that can be
 * modelled renders in every format, errors or not (and is refused under
 * `--strict` when it has errors); the JSON parses and carries the plan's
 * errors; the CSV has one row per task plus the header; the same plan
 * gives the same bytes twice.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../src/compile.js';
import { runInProcess } from './helpers/run-in-process.js';

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
