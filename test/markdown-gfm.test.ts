/**
 * The Markdown outputs read back by a GFM parser (micromark), end to end:
 * every task title in the table renders to exactly the plan's text, and the
 * raw text, which people paste into WeChat, DingTalk or an OA system, has
 * no escape a reader would not need and no HTML entity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import { renderGfm, seenText } from './helpers/gfm.js';
import { exampleFiles, repoRoot } from './helpers/golden.js';
import { runInProcess } from './helpers/run-in-process.js';

/** Text a plan may well hold that needs no escape in GFM. */
const plain = `version: 1
title: 设备配置 PET-CT 与 3.0MRI
tasks:
  - no: "5.1"
    title: 配置PET-CT、3.0MRI，床位使用率 98.6%
    lead: 医务部
    due: 2024-06
  - no: "5.2"
    title: -174 万元结余 [lead] >= 99% R&D
    lead: 财务部
    due: 2024-06
`;

async function markdown(args: readonly string[], input = ''): Promise<string> {
  return (
    await runInProcess([...args, '--today', '2024-06-30', '-f', 'md'], input)
  ).stdout.toString('utf8');
}

describe('Markdown through a GFM parser', () => {
  it('shows PET-CT, 3.0MRI, 98.6%, -174, [lead] and >= as written, with no escapes', async () => {
    const out = await markdown(['table', '-'], plain);
    expect(out).not.toMatch(/\\[-.[\]%>]|&(?:gt|lt|amp|quot);/);
    const html = renderGfm(out);
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => seenText(m[1]!));
    expect(cells).toContain('配置PET-CT、3.0MRI，床位使用率 98.6%');
    expect(cells).toContain('-174 万元结余 [lead] >= 99% R&D');
    expect(cells).toContain('5.1');
  });

  for (const name of exampleFiles()) {
    it(`${name}: every task title in the table renders to the plan's text`, async () => {
      const file = join('examples', name);
      const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
      const titles = compiled.plan!.allTasks.map((task) => task.title);
      const html = renderGfm(await markdown(['table', file, '--columns', 'no,title']));
      const rows = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>\s*<td>(.*?)<\/td>/g)];
      // Sub-tasks are indented with `　└ `, which is ours, not the plan's.
      expect(rows.map((m) => seenText(m[2]!).replace(/^\u3000*└ /, ''))).toEqual(titles);
    });

    it(`${name}: the report's Markdown has no HTML entity and no needless escape`, async () => {
      const out = await markdown(['report', join('examples', name)]);
      expect(out).not.toMatch(/&(?:gt|lt|amp|quot|#\d+);/);
      expect(out).not.toMatch(/\\[-.%]/);
    });
  }
});
