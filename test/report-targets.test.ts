/**
 * The report's target tables for a plan with every target state and the
 * forms plans write (test/fixtures/views/report-targets.yaml), in each
 * language and format: goldens, and the light and state of each row checked
 * against what the fixture's comments work out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/i18n/lang.js';
import { expectGolden } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';
import { AS_OF } from './overdue-helpers.js';

const file = 'test/fixtures/views/report-targets.yaml';
const langs: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

function report(format: string, lang: Lang): string {
  const result = runCli([
    'report',
    file,
    '--today',
    AS_OF,
    '--format',
    format,
    '--width',
    '120',
    '--lang',
    lang,
  ]);
  expect(result.code).toBe(0);
  return result.stdout;
}

/** Metric → [light cell, state cell] from the Markdown target tables. */
function targetRows(markdown: string): Map<string, [string, string]> {
  const rows = new Map<string, [string, string]>();
  for (const line of markdown.split('\n')) {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
    if (cells.length !== 7) continue;
    rows.set(cells[1] ?? '', [cells[0] ?? '', cells[6] ?? '']);
  }
  return rows;
}

describe.each(langs)('plan report, targets, in %s', (lang) => {
  const ext = { term: 'txt', md: 'md' } as const;
  for (const [format, suffix] of Object.entries(ext)) {
    it(`--format ${format} matches its golden file`, () => {
      expectGolden(`report/report-targets.${lang}.${suffix}`, report(format, lang));
    });
  }

  it('--format html: the goals section matches its golden file', () => {
    const html = report('html', lang);
    const section = /<section id="goals">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).not.toBe('');
    expectGolden(`report-html/report-targets.${lang}.goals.html`, `${section}\n`);
  });
});

describe('plan report, target lights and states (zh-CN)', () => {
  let rows: Map<string, [string, string]> | undefined;
  const rowOf = (metric: string) => {
    rows ??= targetRows(report('md', 'zh-CN'));
    return rows.get(metric);
  };
  it.each([
    ['药占比', '🟢 绿灯', '已达标'], // 29.5% against 30%以下
    ['平均住院日', '🟢 绿灯', '推进中'], // 7.9天 against 7.2天左右 (≤ 7.56), due far
    ['医院综合排名', '🟢 绿灯', '已达标'], // 388名 within 前400名
    ['新增省级临床重点专科', '🟢 绿灯', '已达标'], // 2项 within 2至3项
    ['病例组合指数（CMI）', '🟢 绿灯', '已达标'], // 1.16 ≥ 1.2 − 5%
    ['四级手术占比', '🟢 绿灯', '已达标'], // 19.2% > reference 18.5%
    ['门诊次均费用', '—', '无法判定'], // 同比下降8%, no reference
    ['培训骨干医师', '—', '无法判定'], // 21项 against 20人
    ['电子病历系统应用水平', '—', '暂无数据'], // no reading
    ['三级医院等级评审', '🟢 绿灯', '已达标'], // achieved: true
    ['平均等候时间', '🔴 红灯', '有风险'], // 20分钟 is not 低于20分钟, due in 10 days
  ])('%s: %s %s', (metric, light, state) => {
    expect(rowOf(metric)).toEqual([light, state]);
  });
});
