// Hostile plans from issue 13 (items 6–11), as YAML text, each sized by its
// arguments. `scripts/attacks.js` runs them at full size and prints timings;
// the regression tests (test/attacks.test.ts) run them small.
import { largePlan } from './large-plan.js';

const head = ['version: 1', 'title: 攻击测试', 'period: { start: 2023-01, end: 2025-12 }'];

/** Item 6: T(i) depends on T(i+1) and on T1, so every task closes a circle through T1. */
export function cyclePlan(count) {
  const lines = [...head, 'tasks:'];
  for (let i = 1; i <= count; i++) {
    const deps = i < count ? `[T${i + 1}, T1]` : '[T1]';
    lines.push(`  - { id: T${i}, title: 任务${i}, lead: 卫健委, depends_on: ${deps} }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Item 7: the whole plan on one line, with one warning (no-lead) per task. */
export function oneLinePlan(count) {
  const tasks = [];
  for (let i = 1; i <= count; i++) tasks.push(`{id: T${i}, title: 任务${i}}`);
  return `{version: 1, title: 一行计划, tasks: [${tasks.join(', ')}]}\n`;
}

/** Item 8: `count` titles alias one string of `bytes` characters. */
export function aliasStringPlan(count, bytes) {
  const lines = ['version: 1', `title: &t "${'长'.repeat(bytes)}"`, 'tasks:'];
  for (let i = 1; i <= count; i++) lines.push(`  - { id: T${i}, title: *t, lead: 卫健委 }`);
  return `${lines.join('\n')}\n`;
}

/** Item 8: a flow sequence of `count` aliases of a long string, used as a mapping key. */
export function aliasKeyPlan(count, bytes) {
  const aliases = new Array(count).fill('*t').join(', ');
  return [
    'version: 1',
    `title: &t "${'a'.repeat(bytes)}"`,
    'tasks:',
    `  - { id: T1, title: x, lead: 卫健委, [${aliases}]: 1 }`,
    '',
  ].join('\n');
}

/** Item 9: a registry of `count` units and as many references to units not in it. */
export function unknownUnitsPlan(count) {
  const lines = [...head, 'units:'];
  for (let i = 1; i <= count; i++) lines.push(`  u${i}: 第${String(i).padStart(6, '0')}号科室`);
  lines.push('tasks:');
  for (let i = 1; i <= count; i++)
    lines.push(`  - { id: T${i}, title: 任务${i}, lead: 未登记${String(i).padStart(6, '0')}处 }`);
  return `${lines.join('\n')}\n`;
}

/** Item 9: `count` tasks, each depending on a task that does not exist. */
export function unknownDependsPlan(count) {
  const lines = [...head, 'tasks:'];
  for (let i = 1; i <= count; i++)
    lines.push(`  - { id: T${i}, title: 任务${i}, lead: 卫健委, depends_on: [X${i}] }`);
  return `${lines.join('\n')}\n`;
}

/** Item 9: one mapping (the plan's) with `count` keys the format does not have. */
export function unknownKeysPlan(count) {
  const lines = [...head];
  for (let i = 1; i <= count; i++) lines.push(`k${i}: 1`);
  return `${lines.join('\n')}\n`;
}

/**
 * Item 9: `count` phase ids that all become the same SVG element id
 * (`phase_A_B`): only separators tell them apart.
 */
export function collidingIdsPlan(count) {
  const separators = ['.', '-', '_', '/', ':', '(', ')', '[', ']'];
  const lines = [...head, 'phases:'];
  for (let i = 0; i < count; i++) {
    let middle = '';
    for (let n = i; ; n = Math.floor(n / separators.length) - 1) {
      middle += separators[n % separators.length];
      if (n < separators.length) break;
    }
    lines.push(
      `  - { id: ${JSON.stringify(`A${middle}B`)}, name: 阶段${i}, start: 2023-01, end: 2023-06 }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Item 10: `count` weekly duties over the years 1000–9999. */
export function weeklyPlan(count) {
  const lines = ['version: 1', 'title: 每周报送', 'tasks:'];
  for (let i = 1; i <= count; i++)
    lines.push(
      `  - { id: T${i}, title: 每周报送${i}, lead: 卫健委, start: 1000-01, due: 9999-12, repeat: weekly }`,
    );
  return `${lines.join('\n')}\n`;
}

/** Item 11: a clean plan, as large as the spread of its rows used to overflow. */
export function cleanPlan(count) {
  return largePlan(count);
}
