import { describe, expect, it } from 'vitest';
import { compilePlan } from '../compile.js';
import { formatIsoDay, parseIsoDay } from '../dates/index.js';
import { occurrences } from './occurrences.js';

function task(fields: string) {
  const plan = compilePlan('t.yaml', `version: 1\ntitle: t\ntasks:\n  - title: 报送\n${fields}`)
    .plan!;
  return plan.allTasks[0]!;
}
const day = (text: string) => parseIsoDay(text)!;
const list = (days: number[]) => days.map(formatIsoDay);

describe('occurrences', () => {
  it('keeps the day of month of the final due date', () => {
    const t = task('    repeat: monthly\n    start: 2023-01\n    due: 2023-04-28\n');
    expect(list(occurrences(t, day('2022-01-01'), day('2024-01-01')))).toEqual([
      '2023-01-28',
      '2023-02-28',
      '2023-03-28',
      '2023-04-28',
    ]);
  });

  it('keeps month ends at month ends', () => {
    const t = task('    repeat: monthly\n    start: 2024-01\n    due: 2024-04\n');
    expect(list(occurrences(t, day('2024-01-01'), day('2024-12-31')))).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('clips an ongoing duty to the window', () => {
    const t = task('    repeat: quarterly\n    start: 2024-03-31\n    due: 长期坚持\n');
    expect(list(occurrences(t, day('2024-05-01'), day('2025-01-01')))).toEqual([
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });

  it('steps weekly from the anchor', () => {
    const t = task('    repeat: weekly\n    start: 2024-01-01\n    due: 2024-01-26\n');
    expect(list(occurrences(t, day('2024-01-01'), day('2024-12-31')))).toEqual([
      '2024-01-05',
      '2024-01-12',
      '2024-01-19',
      '2024-01-26',
    ]);
  });

  it('gives nothing for a task that does not repeat', () => {
    expect(occurrences(task('    due: 2024-01\n'), day('2024-01-01'), day('2024-12-31'))).toEqual(
      [],
    );
  });
});
