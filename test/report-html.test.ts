/**
 * `plan report --format html`, the printable page: golden files for every
 * example and fixture in English and the plan's own language; the page
 * loaded in a real browser (chromium, headless) to check that it makes no
 * request, logs no error, shows every task and the urgent items of the view
 * model, embeds the timeline, keeps plan text as text, and prints as
 * intended (A4 landscape, header rows repeated, nothing wider than the
 * paper). Screenshots and PDFs go to test/artifacts/ for a look by eye.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay } from '../src/dates/index.js';
import { sharedLabels } from '../src/i18n/labels.js';
import type { Lang } from '../src/i18n/lang.js';
import { escapeHtml, htmlLine, htmlLines } from '../src/render/html.js';
import { itemCells } from '../src/render/overdue/item-cells.js';
import { reportSummary } from '../src/views/report-summary.js';
import { buildTableView } from '../src/views/table-rows.js';
import {
  describeInBrowser,
  ensureArtifactDir,
  launchBrowser,
  openPage,
} from './helpers/browser.js';
import { exampleFiles, expectGolden } from './helpers/golden.js';
import { type CliResult, runCli } from './helpers/run-cli.js';
import { AS_OF, goldenBase, langsFor, loadPlan, ownLang } from './overdue-helpers.js';

const hostile = 'test/fixtures/views/report-html-hostile.yaml';
const small = 'test/fixtures/views/report-html-small.yaml';
const plans = [...exampleFiles().map((name) => `examples/${name}`), small, hostile];

const runs = new Map<string, CliResult>();
function reportHtml(file: string, extra: string[] = [], env?: Record<string, string>): CliResult {
  const args = ['report', file, '--format', 'html', '--today', AS_OF, ...extra];
  const key = JSON.stringify([args, env]);
  let result = runs.get(key);
  if (!result) {
    result = runCli(args, env ? { env } : {});
    runs.set(key, result);
  }
  return result;
}

const today = parseIsoDay(AS_OF)!;
const schedule = { today, warnDays: 14 };

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
  it('makes control characters visible and keeps line breaks as text or <br>', () => {
    expect(escapeHtml('\u001b[2J\u0007x\r\ny')).toBe('␛[2J␇x\ny');
    expect(htmlLines('a\r\nb\rc\n<d>')).toBe('a<br>b<br>c<br>&lt;d&gt;');
    expect(htmlLine('a\nb\tc')).toBe('a b c');
  });
  it('leaves no raw < > " \' or control in any text', () => {
    const all = `${Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)).join('')}\u202a\u202e\u2066\u2069`;
    expect(escapeHtml(all)).not.toMatch(
      /[<>"'\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
    );
    // Text with nothing to escape comes back as it was.
    expect(escapeHtml('推进“互联网+医疗健康”发展 2024年6月')).toBe(
      '推进“互联网+医疗健康”发展 2024年6月',
    );
  });
});

describe.each(plans)('plan report --format html %s', (file) => {
  for (const lang of langsFor(file)) {
    it(`in ${lang} matches its golden file`, () => {
      const result = reportHtml(file, lang === ownLang(file) ? [] : ['--lang', lang]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expectGolden(`report-html/${goldenBase(file)}.${lang}.html`, result.stdout);
    });
  }

  it('is one self-contained page: no script, no link, no URL to fetch', () => {
    const html = reportHtml(file).stdout;
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${ownLang(file)}">`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    // `url(#…)` is the timeline's own pattern fill, not a fetch.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    // Any attribute that could fetch: none, whatever the plan says.
    expect(html).not.toMatch(/<[^>]*\s(src|href|srcset|action|data)\s*=/i);
  });

  it('marks in red only the overdue count of a unit, and only when it is not zero', () => {
    const html = reportHtml(file).stdout;
    const section = html.slice(
      html.indexOf('<section id="units">'),
      html.indexOf('</section>', html.indexOf('<section id="units">')),
    );
    const loads = reportSummary(loadPlan(file), schedule).units;
    const rows = [...section.matchAll(/<tr><td>.*?<\/tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(loads.length);
    rows.forEach((row, index) => {
      const cells = [...row.matchAll(/<td( class="([^"]*)")?>(.*?)<\/td>/g)];
      // unit, leads, supports, open, overdue, done late: the fifth is overdue.
      cells.forEach((cell, column) => {
        const late = (cell[2] ?? '').split(' ').includes('late');
        expect(late).toBe(column === 4 && loads[index]!.overdue > 0);
      });
    });
  });

  it('prints the same bytes whatever the time zone, and run after run', () => {
    const first = reportHtml(file).stdout;
    expect(reportHtml(file, [], { TZ: 'Pacific/Kiritimati' }).stdout).toBe(first);
    expect(runCli(['report', file, '--format', 'html', '--today', AS_OF]).stdout).toBe(first);
  });
});

describe('the urgent list and the summary count the same lights, or say why not', () => {
  it('sorts the list by kind and quotes the cards, which count leaf tasks only', () => {
    // As of 2024-06-30 the provincial plan's overdue list has red 6.2 and
    // 9.2 (leaf tasks) and the 住院患者满意度 target; yellow 6.3, 5.2, 3.2,
    // 5.1 (leaf tasks) and milestone M3. The cards count red 2, yellow 4.
    const html = reportHtml('examples/provincial-hospital-quality.yaml').stdout;
    expect(html).toContain(
      '<p class="note">全部 8 项中，红灯 3 项（末级任务 2 项、指标 1 项），黄灯 5 项（末级任务 4 项、节点 1 项）。“总体情况”的灯号只计末级任务，不计阶段、节点、指标和有子任务的任务：红灯 2 项、黄灯 4 项。</p>',
    );
    const summary = reportSummary(loadPlan('examples/provincial-hospital-quality.yaml'), schedule);
    expect([summary.tasks.byLight.red, summary.tasks.byLight.yellow]).toEqual([2, 4]);
  });

  it('counts a task with sub-tasks apart from leaf tasks, and words the kinds in English', () => {
    const html = reportHtml(hostile, ['--lang', 'en']).stdout;
    expect(html).toContain(
      'Of all 6 items: red 5 (1 leaf task, 1 task with sub-tasks, 1 phase, 1 milestone, 1 target); yellow 1 (1 leaf task).',
    );
  });
});

describe('plan report --format html -o', () => {
  it('writes the page to a file and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-report-html-'));
    try {
      const out = join(dir, 'report.html');
      const result = runCli(['report', small, '--format', 'html', '--today', AS_OF, '-o', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(reportHtml(small).stdout).toContain('<h1>XX县医疗服务能力提升工作方案</h1>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** What the page shows, read in the browser. */
interface PageFacts {
  title: string;
  taskHeader: string[];
  taskRows: string[][];
  urgentRows: string[][];
  svgs: number;
  timelineLabels: number;
  scripts: number;
  handlers: string[];
  foreign: string[];
  bodyText: string;
  bodyDisplay: string;
}

// Run in the page (this project's TypeScript has no DOM types, so as text).
const factsScript = `(() => {
  const cells = (row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText);
  const handlers = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) handlers.push(attribute.name);
    }
  }
  const allowed = new Set(${JSON.stringify(
    'header p h1 h2 h3 dl div dt dd section ul li strong span br table colgroup col thead tbody tr th td wbr'.split(
      ' ',
    ),
  )});
  const foreign = [...document.querySelectorAll('body *')]
    .filter((element) => element.closest('svg') === null && !allowed.has(element.localName))
    .map((element) => element.localName);
  return {
    title: document.title,
    taskHeader: [...document.querySelectorAll('#tasks thead th')].map((th) => th.textContent),
    taskRows: [...document.querySelectorAll('#tasks tbody tr')].map(cells),
    urgentRows: [...document.querySelectorAll('#urgent tbody tr')].map(cells),
    svgs: document.querySelectorAll('#timeline svg').length,
    timelineLabels: document.querySelectorAll('#timeline .tl-label').length,
    scripts: document.scripts.length,
    handlers,
    foreign,
    bodyText: document.body.innerText,
    bodyDisplay: getComputedStyle(document.body).display,
  };
})()`;

const printScript = `(() => ({
  thead: [...document.querySelectorAll('thead')].map((t) => getComputedStyle(t).display),
  rowBreak: getComputedStyle(document.querySelector('tbody tr')).breakInside,
  tasksBreak: getComputedStyle(document.querySelector('#tasks')).breakBefore,
  timelineBreak: getComputedStyle(document.querySelector('#timeline')).breakBefore,
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
  svgWidth: document.querySelector('#timeline svg').getBoundingClientRect().width,
  svgHeights: [...document.querySelectorAll('#timeline svg')].map((svg) => svg.getBoundingClientRect().height),
  headingToFirstSvg:
    document.querySelector('#timeline svg').getBoundingClientRect().bottom -
    document.querySelector('#timeline h2').getBoundingClientRect().top,
}))()`;

interface PrintFacts {
  thead: string[];
  rowBreak: string;
  tasksBreak: string;
  timelineBreak: string;
  scrollWidth: number;
  clientWidth: number;
  svgWidth: number;
  svgHeights: number[];
  headingToFirstSvg: number;
}

describeInBrowser('plan report --format html in a browser', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'plan-report-html-'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Loads a file's page from disk, as a user opens it; returns the page and what it recorded. */
  async function open(file: string, name: string) {
    const result = reportHtml(file);
    expect(result.code).toBe(0);
    const path = join(dir, `${name}.html`);
    writeFileSync(path, result.stdout);
    const url = pathToFileURL(path).href;
    const opened = await openPage(browser);
    await opened.page.setViewportSize({ width: 1280, height: 900 });
    await opened.page.goto(url, { waitUntil: 'load' });
    const facts = (await opened.page.evaluate(factsScript)) as PageFacts;
    return { ...opened, url, facts };
  }

  const pageFiles = [...exampleFiles().map((name) => `examples/${name}`), small];
  it.each(
    pageFiles,
  )('%s loads offline, shows every task and the urgent list, and prints on A4 landscape', async (file) => {
    const name = goldenBase(file);
    const { page, errors, requests, url, facts } = await open(file, name);
    const lang: Lang = ownLang(file);
    const plan = loadPlan(file);
    try {
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(facts.scripts).toBe(0);
      expect(facts.handlers).toEqual([]);
      expect(facts.foreign).toEqual([]);
      // The timeline: one picture, or several that each fit a printed page.
      expect(facts.svgs).toBeGreaterThanOrEqual(1);
      expect(facts.timelineLabels).toBeGreaterThanOrEqual(plan.allTasks.length);

      // The task table: one row per task, in order, titles as the view has them.
      const view = buildTableView(plan, { lang, ...schedule });
      expect(facts.taskRows).toHaveLength(plan.allTasks.length);
      expect(facts.taskRows).toHaveLength(view.rows.length);
      const titleAt = facts.taskHeader.indexOf(sharedLabels(lang).column.title);
      const noAt = facts.taskHeader.indexOf(sharedLabels(lang).column.no);
      expect(titleAt).toBeGreaterThan(0);
      expect(facts.taskRows.map((row) => row[titleAt])).toEqual(view.rows.map((row) => row.title));
      expect(facts.taskRows.map((row) => row[noAt])).toEqual(view.rows.map((row) => row.no));

      // The urgent list: the view model's head of the overdue list, in order.
      const summary = reportSummary(plan, schedule);
      expect(facts.urgentRows.map((row) => [row[2], row[3]])).toEqual(
        summary.urgent.map((item) => {
          const cells = itemCells(item, lang);
          return [cells.no, cells.title];
        }),
      );

      const artifacts = ensureArtifactDir();
      await page.screenshot({ path: join(artifacts, `report-${name}.png`), fullPage: true });

      // Print: the header row repeats, the big sections start a page, and
      // nothing is wider than A4 landscape less its margins (273 mm).
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 1032, height: 730 });
      const print = (await page.evaluate(printScript)) as PrintFacts;
      expect(new Set(print.thead)).toEqual(new Set(['table-header-group']));
      expect(print.rowBreak).toBe('avoid');
      expect(print.tasksBreak).toBe('page');
      expect(print.timelineBreak).toBe('page');
      expect(print.scrollWidth).toBeLessThanOrEqual(print.clientWidth);
      expect(print.svgWidth).toBeLessThanOrEqual(print.clientWidth);
      // A4 landscape less 12 mm margins is 186 mm high, 703 px: every
      // picture of the timeline fits a page, the first with its heading,
      // so the heading is never left alone at a page's foot.
      for (const height of print.svgHeights) expect(height).toBeLessThanOrEqual(703);
      expect(print.headingToFirstSvg).toBeLessThanOrEqual(703);

      const pdf = await page.pdf({
        path: join(artifacts, `report-${name}.pdf`),
        format: 'A4',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
      });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
      // Summary, timeline and task table each start a page.
      expect(pages.length).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('keeps hostile plan text as text: no script, no handler, no foreign element', async () => {
    const { page, errors, requests, url, facts } = await open(hostile, 'hostile');
    try {
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(facts.scripts).toBe(0);
      expect(facts.handlers).toEqual([]);
      expect(facts.foreign).toEqual([]);
      expect(facts.title).toContain('<script>alert(1)</script> 报告 & "引号" \'single\' ␛[2J');
      const text = facts.bodyText;
      for (const literal of [
        '<script>alert(1)</script>建立工作机制',
        '<img src=x onerror=alert(1)>卫健委',
        '</title><script>alert(2)</script>',
        '<b onmouseover=alert(3)>卫健委</b>',
        '财政局" onerror="alert(4)',
        '␛[31m红色单位␛]8;;http://evil␇链接',
        '第一行\n第二行 <img src=x onerror=alert(6)>',
        '子任务 ␛[2J␛[H清屏 <a href="javascript:alert(7)">点我</a>',
        '"双引号" \'single\' & <b>粗体</b>\n换行',
        '<script src=//evil/x.js></script>上报总结',
        '目标 </h3><iframe src=//evil></iframe>',
      ]) {
        expect(text).toContain(literal);
      }
      // Plan text brought in no style of its own: the body is still shown.
      expect(facts.bodyDisplay).toBe('block');
      expect(facts.taskRows).toHaveLength(loadPlan(hostile).allTasks.length);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('plan report --format html on hostile plan text, as bytes', () => {
  const html = reportHtml(hostile).stdout;
  it('has no tag, handler or escape byte from the plan', () => {
    expect(html).not.toMatch(/<(script|img|iframe|a|link|b|i|u)[\s>]/i);
    expect(html).not.toMatch(/<svg[^>]*onload/i);
    // Inside a tag: plan text has no raw `<`, so every tag here is the page's own.
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('财政局&quot; onerror=&quot;alert(4)');
  });
});
