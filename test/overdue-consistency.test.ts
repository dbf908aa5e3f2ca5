/**
 * `plan overdue` and `plan check` must never disagree: for every example and
 * fixture, on several days, each listed item's reasons are exactly the
 * schedule findings `checkCompiled` reports for it, matched by path (a
 * finding points at a field of the item: its due, start, progress, end,
 * metric or title).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiled, compilePlan } from '../src/compile.js';
import { parseIsoDay } from '../src/dates/index.js';
import { overdueItems } from '../src/views/overdue-items.js';
import { exampleFiles, repoRoot } from './helpers/golden.js';

const scheduleCodes = new Set([
  'overdue',
  'late-to-start',
  'behind-schedule',
  'blocked',
  'due-soon',
  'target-at-risk',
  'missed-occurrence',
]);

const plans = [
  ...exampleFiles().map((name) => join('examples', name)),
  'test/fixtures/views/overdue-hostile.yaml',
  'test/fixtures/views/overdue-small.yaml',
];
const days = ['2022-01-01', '2023-06-30', '2023-07-01', '2024-06-30', '2025-03-15', '2026-01-01'];

describe.each(plans)('%s: the overdue list agrees with plan check', (file) => {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  it.each(
    days.flatMap((today) => [14, 30].map((warnDays) => [today, warnDays] as const)),
  )('as of %s, warning window %i days', (today, warnDays) => {
    const context = { today: parseIsoDay(today)!, warnDays };
    const plan = compiled.plan!;
    // Done late is on the list as a record, not a problem plan check reports.
    const fromList = overdueItems(plan, context)
      .items.flatMap((item) => item.reasons.map((reason) => `${item.path.join('.')} ${reason}`))
      .filter((entry) => !entry.endsWith(' done-late'))
      .sort();
    let fromCheck = checkCompiled(compiled, context)
      .filter((finding) => scheduleCodes.has(finding.code))
      .map((finding) => `${finding.path.slice(0, -1).join('.')} ${finding.code}`);
    // Check reports each missed occurrence; the list, the duty once.
    fromCheck = [...new Set(fromCheck)].sort();
    expect(fromList).toEqual(fromCheck);
  });
});

it('the comparison is not vacuous: the fixtures have findings of every schedule code', () => {
  const codes = new Set<string>();
  for (const file of plans.filter((name) => name.startsWith('test/'))) {
    const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
    for (const finding of checkCompiled(compiled, {
      today: parseIsoDay('2024-06-30')!,
      warnDays: 14,
    }))
      codes.add(finding.code);
  }
  for (const code of scheduleCodes) expect(codes).toContain(code);
});
