/**
 * `plan checklist` run as a user runs it: golden files for every example and
 * the fixtures, grouped each way, in English and the plan's own language, as
 * of 2024-06-30; the Markdown read back by a GFM parser (a task list whose
 * boxes, headings and nesting are what the plan says, and no plan text
 * turned into markup); and the command's usage errors.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { runCli, scenario } from './helpers/run-cli.js';

const AS_OF = '2024-06-30';
const sample = 'test/fixtures/views/table-sample.yaml';
const hostile = 'test/fixtures/views/table-hostile.yaml';
const recurring = 'test/fixtures/views/checklist-recurring.yaml';
const groups = 'test/fixtures/views/unit-groups.yaml';
const groupings = ['phase', 'goal', 'unit'] as const;

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

function ownLang(file: string): Lang {
  return loadPlan(file).meta.locale ?? 'en';
}

function langsFor(file: string): Lang[] {
  if (file === sample) return ['zh-CN', 'zh-TW', 'en'];
  const own = ownLang(file);
  return own === 'en' ? ['en'] : [own, 'en'];
}

function checklist(file: string, args: readonly string[] = []) {
  return runCli(['checklist', file, '--today', AS_OF, ...args]);
}

function markdownToHtml(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

const plans = [
  ...exampleFiles().map((name) => join('examples', name)),
  sample,
  hostile,
  recurring,
  groups,
];

describe.each(plans)('plan checklist %s', (file) => {
  for (const lang of langsFor(file)) {
    for (const groupBy of groupings) {
      it(`--group-by ${groupBy} in ${lang} matches its golden file`, () => {
        const langArgs = lang === ownLang(file) ? [] : ['--lang', lang];
        const args = groupBy === 'phase' ? langArgs : [...langArgs, '--group-by', groupBy];
        const result = checklist(file, args);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expectGolden(`checklist/${basename(file, '.yaml')}.${groupBy}.${lang}.md`, result.stdout);
      });
    }
  }

  it('is a GFM task list: one heading, a box per task and milestone when grouped by phase', () => {
    const plan = loadPlan(file);
    const html = markdownToHtml(checklist(file).stdout);
    expect(count(html, /<h1>/g)).toBe(1);
    const boxes = count(html, /<input [^>]*type="checkbox"/g);
    // Every task and milestone once, plus the occurrences of recurring tasks.
    expect(boxes).toBeGreaterThanOrEqual(plan.allTasks.length + plan.milestones.length);
    const occurrences = count(html, /<input [^>]*type="checkbox"[^>]*\/> \d{4}(年|-)/g);
    expect(boxes - occurrences).toBe(plan.allTasks.length + plan.milestones.length);
    const finished = [...plan.allTasks, ...plan.milestones].filter(
      (item) => item.status === 'done' || item.status === 'dropped',
    ).length;
    expect(count(html, /<input [^>]*checked=""/g)).toBeGreaterThanOrEqual(finished);
  });
});

describe('plan checklist on hostile plan text', () => {
  const plan = loadPlan(hostile);

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`renders no plan text as markup (${lang})`, () => {
      const markdown = checklist(hostile, ['--lang', lang]).stdout;
      expect(markdown).not.toContain('\u001b');
      expect(markdown).not.toContain('\u0007');
      const html = markdownToHtml(markdown);
      for (const tag of ['<img', '<script', '<b>', '<strong>', '<code>', '<h3', '<table'])
        expect(html).not.toContain(tag);
      expect(html).not.toMatch(/<a [^>]*>链接<\/a>/);
      // The title and the groups are the only headings; the fake one is text.
      expect(count(html, /<h1>/g)).toBe(1);
      expect(count(html, /<h2>/g)).toBe(3);
      expect(html).toContain('-2 ## 不是标题 - [x] 不是清单');
      // Each task and milestone is one item with one box; the nested tasks
      // and the quarterly occurrences are lists inside their parent's item.
      const items = count(html, /<li>/g);
      const boxes = count(html, /<input [^>]*type="checkbox"/g);
      // The quarterly duty has no end, so its window is a year from today
      // (2024-06-30..2025-06-30): quarter ends 6/30, 9/30, 12/31, 3/31, 6/30.
      // None is past; 6/30 is due today, so it is listed as the next, and
      // the other four are counted in one line with no box.
      expect(items).toBe(boxes + 1);
      expect(boxes).toBe(plan.allTasks.length + plan.milestones.length + 1);
      expect(count(html, /<ul>/g)).toBe(3 + 2);
    });
  }
});

describe('plan checklist --unit', () => {
  it('gives a unit its own list, lead and support marked, numbers kept', () => {
    const result = checklist(sample, ['--unit', '信息科']);
    expect(result.code).toBe(0);
    expectGolden('checklist/table-sample.unit-xinxi.zh-CN.md', result.stdout);
    expect(result.stdout).toContain('责任单位：信息中心（牵头 1 项，配合 3 项）');
    expect(result.stdout).toContain('- [ ] 2 【配合】推进预约诊疗服务');
    expect(result.stdout).toContain('    - [ ] 2.2.1 【牵头】影像检查预约系统上线');
    expect(result.stdout).not.toMatch(/^- \[.\] [13-7] /m);
  });

  it('marks roles in English too, grouped by unit', () => {
    const result = checklist(sample, ['--unit', 'huli', '--lang', 'en', '--group-by', 'unit']);
    expect(result.stdout).toContain('## 护理部');
    expect(result.stdout).toContain('- [x] 1 [support] 制定改善医疗服务行动实施细则');
    expect(result.stdout).toContain('- [ ] 4 [lead] 优化护理服务流程');
    expect(result.stdout).toContain('- [ ] Milestone: [support] 上报半年工作总结');
  });
});

describe('plan checklist --unit, for a member of a collective unit', () => {
  // unit-groups.yaml: 各临床科室 (clinical) has the members 内科, 外科, 儿科.
  it("includes the group's tasks and milestones, marked as coming from the group", () => {
    const result = checklist(groups, ['--unit', 'internal']);
    expect(result.code).toBe(0);
    expectGolden('checklist/unit-groups.unit-internal.zh-CN.md', result.stdout);
    // Leads 2, 2.1 and the milestone through the group, 2.2 by name;
    // supports 3 and 5 through the group.
    expect(result.stdout).toContain('责任单位：内科（牵头 4 项，配合 2 项）');
    expect(result.stdout).toContain('- [ ] 2 【牵头（各临床科室）】落实十八项医疗质量安全核心制度');
    expect(result.stdout).toContain('  - [ ] 2.2 【牵头】开展危急值报告专项检查');
    expect(result.stdout).toContain('- [ ] 3 【配合（各临床科室）】开展病历内涵质量检查');
    expect(result.stdout).toContain('- [ ] 节点：【牵头（各临床科室）】报送半年工作进展');
    // 医务科's own task and 外科's are not 内科's.
    expect(result.stdout).not.toMatch(/^- \[.\] [14] /m);
  });

  it("keeps them in the member's own group when grouped by unit, in English too", () => {
    const result = checklist(groups, ['--unit', '儿科', '--group-by', 'unit', '--lang', 'en']);
    expect(result.stdout.match(/^## .*$/gm)).toEqual(['## 儿科']);
    expect(result.stdout).toContain('- [ ] 2 [lead via 各临床科室] 落实十八项医疗质量安全核心制度');
    expect(result.stdout).toContain('- [ ] 5 [support via 各临床科室] 总结评估，形成年度报告');
  });

  it('leaves the group one group of its own without --unit', () => {
    const result = checklist(groups, ['--group-by', 'unit']);
    expect(result.stdout.match(/^## .*$/gm)).toEqual([
      '## 医务科',
      '## 护理部',
      '## 内科',
      '## 外科',
      '## 各临床科室',
    ]);
    expect(result.stdout).not.toContain('（各临床科室）】');
  });
});

describe('plan checklist occurrences', () => {
  it('lists a recurring duty within --from and --to', () => {
    const result = checklist(recurring, ['--from', '2024-07-01', '--to', '2024-12-31']);
    expect(result.code).toBe(0);
    expectGolden('checklist/checklist-recurring.window.zh-CN.md', result.stdout);
    expect(result.stdout).toContain('  - [ ] 2024年7月28日\n  - [ ] 2024年8月28日');
  });
});

describe('plan checklist options', () => {
  it('records its usage errors and notes', () => {
    const runs = [
      ['--group-by', 'owner'],
      ['--format', 'csv'],
      ['--format', 'md', '--unit', '宣传科'],
      ['--from', '2024-12-31', '--to', '2024-01-01'],
      ['--from', '2024/01/01'],
    ].map((args) => {
      const full = ['checklist', sample, '--today', AS_OF, ...args];
      return scenario(full, runCli(full));
    });
    expectGolden('checklist/cli-options.txt', runs.join('\n'));
    expect(runs.filter((run) => run.endsWith('====status====\n2\n'))).toHaveLength(4);
  });
});
