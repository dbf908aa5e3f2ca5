/**
 * The SVG timeline in chromium, as a user opens the file: it loads with no
 * console error and no request but for itself; with the fonts the browser
 * really has, no two labels overlap, every label ends before the chart,
 * axis names and legend entries do not collide, and today's line is where
 * the formula puts it. Inlined twice in an HTML page (as the report does)
 * it still renders cleanly and shrinks to the page when printed. A
 * screenshot of each goes to test/artifacts/ for a look.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import { parseIsoDay } from '../src/dates/index.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { renderTimelineSvg } from '../src/render/timeline/svg.js';
import { svgFits } from '../src/render/timeline/svg-layout.js';
import { buildTimeline, type Timeline } from '../src/views/timeline.js';
import {
  describeInBrowser,
  ensureArtifactDir,
  launchBrowser,
  openPage,
} from './helpers/browser.js';
import { exampleFiles, repoRoot } from './helpers/golden.js';

const today = parseIsoDay('2024-06-30')!;
const hostile = 'test/fixtures/views/timeline-svg-hostile.yaml';
const plans = [...exampleFiles().map((name) => `examples/${name}`), hostile];

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} did not compile`);
  return compiled.plan;
}

function timelineOf(plan: Plan, lang: Lang, width?: number): Timeline {
  return buildTimeline(plan, { today, warnDays: 14, fits: svgFits(width, lang) });
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly text: string;
}

interface Facts {
  readonly width: number;
  readonly height: number;
  readonly chartLeft: number;
  readonly chartRight: number;
  readonly labels: Box[];
  readonly ticks: Box[];
  readonly years: Box[];
  readonly legend: Box[];
  readonly title: Box;
  readonly todayX?: number;
  readonly todayLabel?: Box;
}

// Runs in the page (a string: the test's own types have no DOM): the boxes
// of everything that could collide, as laid out with the fonts this browser has.
const factsScript = `(() => {
  const svg = document.querySelector('svg');
  const box = (el) => {
    const b = el.getBBox();
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('');
    return { x: b.x, y: b.y, w: b.width, h: b.height, text };
  };
  const all = (selector) => [...svg.querySelectorAll(selector)].map(box);
  const gridBox = svg.querySelector('.tl-grid').getBBox();
  const line = svg.querySelector('.tl-today-line');
  const todayLabel = svg.querySelector('.tl-today-label');
  return {
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    chartLeft: svg.querySelector('.tl-chart-edge').getBBox().x,
    chartRight: gridBox.x + gridBox.width,
    labels: all('.tl-label'),
    ticks: all('.tl-tick'),
    years: all('.tl-year'),
    legend: all('.tl-legend text'),
    title: box(svg.querySelector('.tl-title')),
    ...(line ? { todayX: Number(line.getAttribute('x1')) } : {}),
    ...(todayLabel ? { todayLabel: box(todayLabel) } : {}),
  };
})()`;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function expectApart(boxes: readonly Box[], what: string): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      expect(overlaps(a, b), `${what}: "${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }
}

describeInBrowser('plan timeline --format svg in chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'plan-timeline-svg-'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cases = plans.flatMap((file) => {
    const own = loadPlan(file).meta.locale ?? 'en';
    const langs: Lang[] = own === 'en' ? ['en'] : ['en', own];
    return langs.flatMap((lang) => [1200, 640].map((width) => ({ file, lang, width })));
  });

  it.each(
    cases,
  )('$file in $lang at $width px: loads offline, nothing overlaps, today on its day', async ({
    file,
    lang,
    width,
  }) => {
    const timeline = timelineOf(loadPlan(file), lang, width);
    const name = `${file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '')}.${lang}.${width}`;
    const path = join(dir, `${name}.svg`);
    writeFileSync(path, renderTimelineSvg(timeline, { lang, width }));
    const url = pathToFileURL(path).href;
    const { page, errors, requests } = await openPage(browser);
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      const facts = (await page.evaluate(factsScript)) as Facts;
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(facts.width).toBe(width);

      // Every row's label, and none runs into the chart or into another.
      expect(facts.labels).toHaveLength(timeline.rows.length);
      for (const label of facts.labels) {
        expect(label.x + label.w, `"${label.text}" runs into the chart`).toBeLessThanOrEqual(
          facts.chartLeft,
        );
      }
      expectApart(facts.labels, 'labels');
      expectApart(facts.ticks, 'tick names');
      expectApart(facts.years, 'year names');
      expectApart(facts.legend, 'legend');
      for (const tick of [...facts.ticks, ...facts.years]) {
        expect(tick.x + tick.w).toBeLessThanOrEqual(facts.chartRight + 1);
      }
      expect(facts.title.x + facts.title.w).toBeLessThanOrEqual(width);
      for (const item of facts.legend) expect(item.x + item.w).toBeLessThanOrEqual(width);

      // Today: left edge of the chart plus the days since its first day.
      const pxPerDay = (facts.chartRight - facts.chartLeft) / (timeline.to - timeline.from + 1);
      expect(timeline.todayInRange).toBe(true);
      expect(facts.todayX).toBeCloseTo(
        facts.chartLeft + (timeline.today - timeline.from) * pxPerDay,
        1,
      );
      expect(facts.todayLabel!.x).toBeGreaterThanOrEqual(facts.chartLeft - 1);
      expect(facts.todayLabel!.x + facts.todayLabel!.w).toBeLessThanOrEqual(width);

      await page.setViewportSize({ width, height: Math.min(facts.height, 4000) });
      await page.screenshot({ path: join(ensureArtifactDir(), `timeline-${name}.png`) });
    } finally {
      await page.close();
    }
  }, 60_000);

  it('inlines twice in an HTML page, and shrinks to the page when printed', async () => {
    const plan = loadPlan('examples/district-health-en.yaml');
    const inline = renderTimelineSvg(timelineOf(plan, 'en'), { lang: 'en', standalone: false });
    const zh = loadPlan(hostile);
    const inlineZh = renderTimelineSvg(timelineOf(zh, 'zh-CN'), {
      lang: 'zh-CN',
      standalone: false,
    });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><svg id="host" width="1000" height="10" viewBox="0 0 1000 10"></svg>${inline}${inlineZh}</body></html>`;
    const path = join(dir, 'inline.html');
    writeFileSync(path, html);
    const { page, errors, requests } = await openPage(browser);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(path).href]);
      const screen = await page.evaluate(
        `[...document.querySelectorAll('svg.plan-timeline')].map((svg) => svg.getBoundingClientRect().width)`,
      );
      expect(screen).toEqual([1200, 1200]);

      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 700, height: 900 });
      const printed = (await page.evaluate(
        `[...document.querySelectorAll('svg.plan-timeline')].map((svg) => {
          const r = svg.getBoundingClientRect();
          return { w: r.width, h: r.height, ratio: svg.viewBox.baseVal.height / svg.viewBox.baseVal.width };
        })`,
      )) as { w: number; h: number; ratio: number }[];
      expect(printed).toHaveLength(2);
      for (const svg of printed) {
        expect(svg.w).toBeLessThanOrEqual(700);
        expect(svg.h / svg.w).toBeCloseTo(svg.ratio, 2);
      }
      // The print rule is the timeline's own: the page's other pictures keep their size.
      const host = await page.evaluate(
        `document.getElementById('host').getBoundingClientRect().width`,
      );
      expect(host).toBe(1000);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({
        path: join(ensureArtifactDir(), 'timeline-inline.png'),
        fullPage: true,
      });
    } finally {
      await page.close();
    }
  }, 60_000);
});
