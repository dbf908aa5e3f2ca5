/**
 * Properties of the table and checklist on generated plans: whatever the
 * text and shape of a valid plan, no renderer throws, the CSV has one record
 * per task plus the header, the JSON gives back every title exactly, the
 * Markdown is one table with a row per task, the terminal box lines up, and
 * the checklist has one box per task and milestone (plus occurrences).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkCompiled, compilePlan } from '../src/compile.js';
import { parseIsoDay } from '../src/dates/index.js';
import { diagnosticCodes } from '../src/diagnostics/codes.js';
import { langs } from '../src/i18n/lang.js';
import { renderChecklistMarkdown } from '../src/render/checklist/markdown.js';
import { displayWidth } from '../src/render/formats/text-width.js';
import { renderTableCsv } from '../src/render/table/csv.js';
import { renderTableJson } from '../src/render/table/json.js';
import { renderTableMarkdown } from '../src/render/table/markdown.js';
import { renderTableTerm } from '../src/render/table/term.js';
import { renderTableTsv } from '../src/render/table/tsv.js';
import { buildChecklistView, checklistGroupings } from '../src/views/checklist-groups.js';
import { buildTableView } from '../src/views/table-rows.js';

const today = parseIsoDay('2024-06-30')!;

const text = fc
  .array(
    fc.constantFrom(
      ...'ab 1|<>=+-@#*_[]()`!\\"\'&~.中文、（）',
      '\t',
      '\n',
      '\r\n',
      '\u001b[2J',
      '\u0007',
      '\u009b',
      '\u202e',
      '👍',
      '<img src=x>',
      '- [ ] ',
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''))
  .filter((value) => value.trim() !== '');

const month = fc
  .integer({ min: 0, max: 35 })
  .map((n) => `${2023 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);

interface TaskShape {
  title: string;
  lead?: string;
  status: string;
  progress?: number;
  due?: string;
  repeat?: string;
  updates?: { date: string; note: string }[];
  tasks?: TaskShape[];
}

const leaf: fc.Arbitrary<TaskShape> = fc.record(
  {
    title: text,
    lead: fc.constantFrom('甲', '乙', 'unit|c'),
    status: fc.constantFrom('todo', 'doing', 'done', 'blocked', 'dropped'),
    progress: fc.integer({ min: 0, max: 100 }),
    due: fc.oneof(month, fc.constant('ongoing')),
    repeat: fc.constantFrom('weekly', 'monthly', 'quarterly', 'yearly'),
    updates: fc.array(fc.record({ date: fc.constant('2024-01-15'), note: text }), { maxLength: 2 }),
  },
  { requiredKeys: ['title', 'status'] },
);
const task: fc.Arbitrary<TaskShape> = fc
  .tuple(leaf, fc.array(leaf, { maxLength: 3 }))
  .map(([parent, children]) => (children.length > 0 ? { ...parent, tasks: children } : parent));

const planArb = fc.record({
  title: text,
  tasks: fc.array(task, { minLength: 1, maxLength: 6 }),
  milestones: fc.array(fc.record({ title: text, due: month }), { maxLength: 2 }),
});

function compileValid(shape: unknown) {
  const compiled = compilePlan('p.yaml', stringify({ version: 1, ...(shape as object) }));
  if (!compiled.plan) return undefined;
  // Plans without errors only: how views show errors is tested in view-errors.test.ts.
  const errors = checkCompiled(compiled, { today, warnDays: 14 }).filter(
    (finding) => diagnosticCodes[finding.code] === 'error',
  );
  return errors.length === 0 ? compiled.plan : undefined;
}

describe('table and checklist properties', () => {
  it('every format holds every task, on any valid plan, in every language', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom(...langs), (shape, lang) => {
        const plan = compileValid(shape);
        fc.pre(plan !== undefined);
        const tasks = plan!.allTasks.length;
        const view = buildTableView(plan!, { lang, today, warnDays: 14 });
        expect(view.rows).toHaveLength(tasks);

        const records = parseCsv(renderTableCsv(view, { bom: true }), { bom: true }) as string[][];
        expect(records).toHaveLength(tasks + 1);
        const tsv = renderTableTsv(view, { bom: false }).split('\r\n');
        expect(tsv).toHaveLength(tasks + 2);

        const json = JSON.parse(renderTableJson(view)) as { rows: { title: string }[] };
        expect(json.rows.map((row) => row.title)).toEqual(plan!.allTasks.map((t) => t.title));

        const html = micromark(renderTableMarkdown(view), {
          allowDangerousHtml: true,
          extensions: [gfm()],
          htmlExtensions: [gfmHtml()],
        });
        expect([...html.matchAll(/<table>/g)]).toHaveLength(1);
        expect([...html.matchAll(/<tr>/g)]).toHaveLength(tasks + 1);
        expect(html).not.toContain('<img');

        const term = renderTableTerm(view, { width: 100, color: false });
        expect(term).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
        const box = term.split('\n').filter((line) => /^[┌│├└]/.test(line));
        expect(new Set(box.map(displayWidth)).size).toBe(1);

        for (const groupBy of checklistGroupings) {
          const checklist = renderChecklistMarkdown(
            buildChecklistView(plan!, { lang, today, warnDays: 14, groupBy }),
          );
          expect(checklist).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
          if (groupBy === 'phase') {
            const items = checklist
              .split('\n')
              .filter((line) => /^ *- \[[ x]\] (?!\d{4})/.test(line));
            expect(items).toHaveLength(tasks + plan!.milestones.length);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
