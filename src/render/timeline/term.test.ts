import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../compile.js';
import { parseIsoDay } from '../../dates/index.js';
import type { Lang } from '../../i18n/lang.js';
import { buildTimeline, type Timeline, type TimelineOptions } from '../../views/timeline.js';
import { displayWidth } from '../formats/text-width.js';
import {
  chartGeometry,
  chartRoom,
  GUTTER,
  labelColumnWidth,
  rowLabelText,
  termFits,
} from './layout.js';
import { glyph, renderTimelineTerm } from './term.js';

const day = (text: string) => parseIsoDay(text)!;
const today = day('2024-06-30');
const ansi = /\u001b\[[0-9;]*m/g;
const strip = (text: string) => text.replace(ansi, '');

function build(
  yaml: string,
  options: Partial<TimelineOptions> = {},
  width = 100,
  lang: Lang = 'en',
) {
  const compiled = compilePlan('t.yaml', `version: 1\ntitle: 测试\n${yaml}`);
  if (!compiled.plan) throw new Error(JSON.stringify(compiled.findings));
  return buildTimeline(compiled.plan, {
    today,
    warnDays: 14,
    fits: termFits(width, lang),
    ...options,
  });
}

function render(t: Timeline, width = 100, lang: Lang = 'en', color = false) {
  return renderTimelineTerm(t, { lang, color, width });
}

/** Lines between the title and the legend: the ones that must line up. */
function chartLines(output: string, lang: Lang): string[] {
  const all = output.trimEnd().split('\n');
  // From the today line (blank up to the rule): a long title takes several lines above it.
  const lines = all.slice(all.findIndex((line) => /^ +│/.test(strip(line))));
  const legendStart = lines.findIndex((line) =>
    strip(line).startsWith({ en: 'Legend:', 'zh-CN': '图例：', 'zh-TW': '圖例：' }[lang]),
  );
  return lines.slice(0, legendStart);
}

/** The chart part of the line for a row, found by its label. */
function chartOf(output: string, label: string): string {
  const line = output.split('\n').find((l) => l.includes(label));
  if (!line) throw new Error(`no line for ${label}`);
  return line.slice(line.indexOf('│') + 1);
}

/** The first `width` columns of a line. */
function leftColumns(line: string, width: number): string {
  let used = 0;
  let out = '';
  for (const ch of line) {
    used += displayWidth(ch);
    if (used > width) break;
    out += ch;
  }
  return out;
}

/** The label column of the rows' lines read top to bottom, white space left out. */
function labelColumnText(timeline: Timeline, output: string, width: number, lang: Lang): string {
  const labelWidth = labelColumnWidth(timeline.rows, width, lang);
  // Below the today line, the axis and the rule.
  const rows = chartLines(output, lang).slice(3);
  return rows.map((line) => leftColumns(line, labelWidth).replace(/\s/g, '')).join('');
}

/** Every row's label, whole, white space left out: what the label column must hold. */
function wholeLabels(timeline: Timeline): string {
  return timeline.rows.map((row) => rowLabelText(row).replace(/\s/g, '')).join('');
}

const yearPlan = 'period: { start: 2024-01, end: 2024-12 }\n';

/** A year by month in 48 columns: four per month, about a week each. */
function monthly(yaml: string, options: Partial<TimelineOptions> = {}) {
  const timeline = build(yaml, { scale: 'month', ...options });
  const width = labelColumnWidth(timeline.rows, 200, 'en') + GUTTER + 48;
  expect(
    chartGeometry(timeline, chartRoom(labelColumnWidth(timeline.rows, width, 'en'), width)).perUnit,
  ).toBe(4);
  return { timeline, output: render(timeline, width) };
}

describe('bars', () => {
  it.each([
    ['2024', 0, 47],
    ['2024-H1', 0, 23],
    ['2024-Q3', 24, 35],
    ['2024-06', 20, 23],
    ['2024年6月底', 20, 23],
    ['2024-06-15', 21, 21],
  ])('a task from %s to the same covers columns %i to %i', (written, first, last) => {
    const { output } = monthly(
      `${yearPlan}tasks:\n  - { title: 任务, start: "${written}", due: "${written}" }\n`,
    );
    const chart = chartOf(output, '任务');
    const filled = [...chart].flatMap((ch, i) => (ch === glyph.task ? [i] : []));
    expect([filled[0], filled.at(-1), filled.length]).toEqual([first, last, last - first + 1]);
  });

  it('shades the part a task borrows from its phase', () => {
    const { output } = monthly(
      `${yearPlan}phases:\n  - { id: p, name: 实施, start: 2024-03, end: 2024-10 }\n` +
        'tasks:\n  - { title: 任务, phase: p, due: 2024-06 }\n',
    );
    expect(chartOf(output, '任务').slice(8, 25)).toBe(
      `${glyph.fromPhase.repeat(12)}${glyph.task.repeat(4)} `,
    );
  });

  it('runs an ongoing duty to the right edge with an arrow', () => {
    const { output } = monthly(
      `${yearPlan}tasks:\n  - { title: 长期, start: 2024-07, due: 长期坚持 }\n`,
    );
    expect(chartOf(output, '长期')).toBe(
      `${' '.repeat(23)}${glyph.today}${glyph.task.repeat(23)}${glyph.ongoing}`,
    );
  });

  it('marks recurring due days as ticks', () => {
    const { output } = monthly(
      `${yearPlan}tasks:\n  - { title: 月报, start: 2024-01, due: 2024-06, repeat: monthly }\n`,
    );
    expect(chartOf(output, '月报').slice(0, 25)).toBe(`${'━━━┿'.repeat(6)} `);
  });

  it('puts arrows at the edges for items outside the range, keeping alignment', () => {
    const { output } = monthly(
      `${yearPlan}tasks:\n  - { title: 早, due: 2023-03 }\n  - { title: 晚, start: 2025-02, due: 2025-03 }\n`,
    );
    expect(chartOf(output, '早')).toBe(
      `${glyph.before}${' '.repeat(22)}${glyph.today}${' '.repeat(24)}`,
    );
    expect(chartOf(output, '晚')).toBe(
      `${' '.repeat(23)}${glyph.today}${' '.repeat(23)}${glyph.after}`,
    );
    expect(new Set(chartLines(output, 'en').map(displayWidth)).size).toBe(1);
  });

  it('draws a milestone as a diamond on its due day', () => {
    const { output } = monthly(`${yearPlan}milestones:\n  - { title: 报告, due: 2024-03-31 }\n`);
    expect(chartOf(output, '报告').indexOf(glyph.milestone)).toBe(11);
  });
});

describe('today', () => {
  it('is a column in empty cells and on the rule, named on the line above', () => {
    const { timeline, output } = monthly(`${yearPlan}tasks:\n  - { title: 任务, due: 2024-01 }\n`);
    const column = chartGeometry(timeline, 48).columnOf(today);
    expect(column).toBe(23);
    expect(chartOf(output, '任务')[column]).toBe(glyph.today);
    const lines = output.split('\n');
    expect(chartOf(output, 'today')).toContain('today 2024-06-30 ▼');
    expect(chartOf(output, 'today').indexOf('▼')).toBe(column);
    expect(lines[3]!.slice(lines[3]!.indexOf('┼') + 1)[column]).toBe('╂');
  });

  it('is named at the edge when outside the range', () => {
    const before = build(yearPlan, { scale: 'month', from: day('2024-08-01') }, 78);
    expect(render(before, 78).split('\n')[1]).toContain('◀ today 2024-06-30');
    const after = build(yearPlan, { scale: 'month', to: day('2024-03-01') }, 78);
    expect(render(after, 78).split('\n')[1]).toMatch(/today 2024-06-30 ▶$/);
  });

  it('is 今天 in Chinese', () => {
    const timeline = build(yearPlan, { scale: 'month' }, 78, 'zh-CN');
    expect(render(timeline, 78, 'zh-CN').split('\n')[1]).toContain('今天 2024年6月30日 ▼');
  });
});

describe('lights', () => {
  const yaml =
    `${yearPlan}tasks:\n` +
    '  - { title: 逾期, due: 2024-03 }\n' +
    '  - { title: 临期, due: 2024-07-05 }\n' +
    '  - { title: 正常, due: 2024-12 }\n' +
    '  - { title: 完成, due: 2024-02, status: done }\n';

  it.each([
    ['en', ['R', 'Y', 'G', '-']],
    ['zh-CN', ['红', '黄', '绿', '无']],
    ['zh-TW', ['紅', '黃', '綠', '無']],
  ] as const)('are readable without colour in %s', (lang, marks) => {
    const output = render(build(yaml, {}, 100, lang), 100, lang);
    expect(output).not.toContain('\u001b');
    ['逾期', '临期', '正常', '完成'].forEach((title, i) => {
      const line = output.split('\n').find((l) => l.includes(title))!;
      expect(line.slice(0, line.indexOf('│')).trimEnd().endsWith(marks[i]!)).toBe(true);
    });
  });

  it('colour the bars and the dots when colour is on, and still line up', () => {
    const output = render(build(yaml), 100, 'en', true);
    expect(output).toContain(`\u001b[31m${glyph.task}`);
    expect(output).toContain('\u001b[33m');
    expect(output).toContain('\u001b[32m●');
    expect(output).toContain(`\u001b[35m${glyph.today}`);
    const widths = new Set(chartLines(output, 'en').map((l) => displayWidth(strip(l))));
    expect(widths.size).toBe(1);
    const plain = render(build(yaml), 100, 'en', false);
    expect(chartLines(strip(output), 'en').map((l) => l.slice(l.indexOf('│')))).toEqual(
      chartLines(plain, 'en').map((l) => l.slice(l.indexOf('│'))),
    );
  });
});

describe('layout', () => {
  it('wraps long labels, cutting nothing, and keeps every chart line the same width', () => {
    const long = '推进紧密型县域医疗卫生共同体建设，完善县乡村三级医疗卫生服务网络并建立长效机制';
    const yaml = `${yearPlan}tasks:\n  - title: ${long}\n    due: 2024-06\n    tasks:\n      - { title: ${long}, tasks: [{ title: ${long} }] }\n`;
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      for (const width of [40, 60, 100, 160]) {
        const timeline = build(yaml, {}, width, lang);
        const output = render(timeline, width, lang);
        const lines = chartLines(output, lang);
        expect(new Set(lines.map(displayWidth)).size).toBe(1);
        expect(displayWidth(lines[0]!)).toBeLessThanOrEqual(Math.max(width, 40));
        expect(output).not.toContain('…');
        expect(labelColumnText(timeline, output, width, lang)).toBe(wholeLabels(timeline));
      }
    }
  });

  // Issue 10: nothing the officer needs is cut. The label column, read down
  // the lines, holds every title whole and in order, at 80 and at 160.
  it.each([80, 160])('shows every title whole at %i columns, Chinese and Latin', (width) => {
    const titles = [
      '加强公立医院党的建设，全面执行党委领导下的院长负责制（“一院一策”）并建立健全长效机制',
      'Strengthen the leadership of the Party committee over public hospitals and the presidents responsibility system under it',
      '短标题',
      '推动优质医疗资源扩容下沉和区域均衡布局，建设国家区域医疗中心和省级区域医疗中心',
    ];
    const tasks = titles
      .map(
        (title, i) => `  - { title: "${title}", start: 2024-0${i + 1}, due: 2024-Q4, phase: p }\n`,
      )
      .join('');
    const phase = '组织实施阶段（全面推开、重点突破、示范引领、巩固提升）';
    const yaml = `${yearPlan}phases:\n  - { id: p, name: ${phase}, start: 2024-01, end: 2024-12 }\ntasks:\n${tasks}`;
    for (const lang of ['en', 'zh-CN'] as const) {
      const timeline = build(yaml, {}, width, lang);
      const output = render(timeline, width, lang);
      const lines = chartLines(output, lang);
      expect(new Set(lines.map(displayWidth)).size).toBe(1);
      expect(output).not.toContain('…');
      const column = labelColumnText(timeline, output, width, lang);
      expect(column).toBe(wholeLabels(timeline));
      for (const title of titles) expect(column).toContain(title.replace(/\s/g, ''));
      // At 80 columns the long titles take several lines; each bar is drawn
      // once, on its title's first line, and further lines keep the track empty.
      if (width === 80) expect(lines.length).toBeGreaterThan(3 + timeline.rows.length);
      const bars = lines.filter((line) => line.includes(glyph.task));
      expect(bars).toHaveLength(titles.length);
    }
  });

  it('keeps the label column within 40% of the width', () => {
    const t = build(`tasks:\n  - { title: ${'很长的标题'.repeat(20)}, due: 2024-06 }\n`, {}, 100);
    expect(labelColumnWidth(t.rows, 100, 'en')).toBe(40);
    expect(chartRoom(40, 100)).toBe(55);
  });

  it('shows a plan with nothing to draw as one empty row', () => {
    const output = render(build(''), 80);
    expect(output).toContain('(nothing to show)');
    expect(new Set(chartLines(output, 'en').map(displayWidth)).size).toBe(1);
  });

  it('wraps the legend within the width', () => {
    const output = render(build(yearPlan), 60, 'zh-CN');
    const lines = output.trimEnd().split('\n');
    const legend = lines.slice(lines.findIndex((l) => l.startsWith('图例：')));
    expect(legend.length).toBeGreaterThan(1);
    for (const line of legend) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('renders the same twice: no clock, no environment', () => {
    const t = build(yearPlan);
    expect(render(t)).toBe(render(t));
  });
});

describe('a plan of 10,000 tasks', () => {
  it('renders every row, aligned', () => {
    const tasks = Array.from(
      { length: 10_000 },
      (_, i) =>
        `  - { title: 第${i}项重点任务：加强医疗服务体系建设, start: 2024-0${1 + (i % 9)}, due: 2024-Q4 }\n`,
    ).join('');
    const t = build(`${yearPlan}tasks:\n${tasks}`, {}, 120, 'zh-CN');
    const output = render(t, 120, 'zh-CN');
    const lines = chartLines(output, 'zh-CN');
    expect(lines).toHaveLength(10_000 + 3);
    expect(new Set(lines.map((line) => displayWidth(line))).size).toBe(1);
  });
});
