/**
 * `plan timeline --format mermaid`: golden files for every example (in
 * English and the plan's own language) and the hostile fixture; the text's
 * shape (directives, one section per phase, one task line per dated row
 * with simple unique ids, dates at day precision, counts of what was left
 * out); and, in chromium, Mermaid itself: `mermaid.parse` accepts every
 * diagram, `mermaid.render` draws one bar per dated row, every label reads
 * exactly as the plan wrote it (Mermaid's syntax characters included), and
 * bars end at the end of their last day, with today's line on its day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import { formatIsoDay, parseIsoDay } from '../src/dates/index.js';
import type { Lang } from '../src/i18n/lang.js';
import { timelineLabels } from '../src/i18n/timeline-labels.js';
import type { Plan } from '../src/model/types.js';
import { terminalLine } from '../src/render/sanitize.js';
import { mermaidFits, mermaidText, renderTimelineMermaid } from '../src/render/timeline/mermaid.js';
import { rowIds } from '../src/render/timeline/svg-ids.js';
import { buildTimeline, type Timeline, type TimelineRow } from '../src/views/timeline.js';
import {
  describeInBrowser,
  ensureArtifactDir,
  launchBrowser,
  openPage,
} from './helpers/browser.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const AS_OF = '2024-06-30';
const today = parseIsoDay(AS_OF)!;
const hostile = 'test/fixtures/views/timeline-svg-hostile.yaml';
const plans = [...exampleFiles().map((name) => `examples/${name}`), hostile];
const mermaidBundle = join(repoRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} did not compile`);
  return compiled.plan;
}

function langsFor(file: string): Lang[] {
  const own = loadPlan(file).meta.locale ?? 'en';
  return own === 'en' ? ['en'] : ['en', own];
}

function timelineOf(plan: Plan, options: { from?: number; to?: number } = {}): Timeline {
  return buildTimeline(plan, { today, warnDays: 14, ...options, fits: mermaidFits });
}

const goldenName = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.yaml$/, '');

/** Rows Mermaid can draw: dated and inside the range. */
const drawn = (row: TimelineRow) => row.placement === 'within' && row.extent.kind !== 'none';

/** What a row's label must read as once Mermaid has drawn it: a recurring duty's with its note. */
function shownLabel(row: TimelineRow, lang: Lang): string {
  const number = row.kind === 'step' ? '' : row.number;
  const note =
    row.repeat !== undefined && row.occurrences.length > 0
      ? timelineLabels(lang).recurringNote(row.repeat, row.occurrences.length)
      : '';
  return terminalLine(`${number ? `${number} ${row.label}` : row.label}${note}`)
    .replace(/\s+/g, ' ')
    .trim();
}

const decode = (text: string) =>
  text.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

interface TaskLine {
  readonly label: string;
  readonly tags: string[];
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

const taskLine =
  /^ {4}(.+) :((?:(?:crit|done|active|milestone|vert), )*)([A-Za-z0-9_]+), (\d{4}-\d\d-\d\d), (\d{4}-\d\d-\d\d|0d)$/;

function taskLines(text: string): TaskLine[] {
  return text
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('    ') &&
        !/^ {4}(%%|section |title |dateFormat |inclusiveEndDates|axisFormat |tickInterval |weekday |todayMarker )/.test(
          line,
        ),
    )
    .map((line) => {
      const match = taskLine.exec(line);
      expect(match, line).not.toBeNull();
      const [, label, tags, id, start, end] = match!;
      return {
        label: label!,
        tags: tags!.split(', ').filter(Boolean),
        id: id!,
        start: start!,
        end: end!,
      };
    });
}

describe.each(plans)('plan timeline %s --format mermaid', (file) => {
  for (const lang of langsFor(file)) {
    it(`matches its golden file in ${lang}`, () => {
      const args = ['timeline', file, '--today', AS_OF, '--format', 'mermaid', '--lang', lang];
      const result = runCli(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expectGolden(`timeline-mermaid/${goldenName(file)}.${lang}.mmd`, result.stdout);
    });
  }

  it('has one task line per dated row, simple unique ids, labels with no Mermaid syntax', () => {
    const plan = loadPlan(file);
    const timeline = timelineOf(plan);
    const text = renderTimelineMermaid(timeline, { lang: 'en' });
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'gantt',
      expect.stringMatching(/^ {4}title \S/),
      '    dateFormat YYYY-MM-DD',
      '    inclusiveEndDates',
    ]);
    expect(lines).toContain('    todayMarker off');

    const tasks = taskLines(text).filter((task) => !task.tags.includes('vert'));
    const rows = timeline.rows.filter(drawn);
    expect(tasks).toHaveLength(rows.length);
    const ids = rowIds(timeline.rows.map((row) => row.key));
    expect(tasks.map((task) => task.id)).toEqual(
      timeline.rows.flatMap((row, i) => (drawn(row) ? [ids[i]] : [])),
    );
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    tasks.forEach((task, i) => {
      const row = rows[i]!;
      // Only Mermaid's entity codes may carry syntax characters.
      expect(task.label.replace(/#\d+;/g, '')).not.toMatch(/[:;#%&<>]/);
      expect(decode(task.label)).toBe(shownLabel(row, 'en'));
      expect(task.tags.includes('crit')).toBe(row.light === 'red');
      const done = row.kind === 'phase' ? row.state?.finished : row.status === 'done';
      expect(task.tags.includes('done')).toBe(done);
      expect(task.tags.includes('active')).toBe(row.status === 'doing');
      expect(task.tags.includes('milestone')).toBe(row.kind === 'milestone');
      // Dates inside the range; a milestone is a point on its day.
      expect(task.start >= formatIsoDay(timeline.from)).toBe(true);
      if (row.kind === 'milestone') expect(task.end).toBe('0d');
      else expect(task.end <= formatIsoDay(timeline.to) && task.end >= task.start).toBe(true);
    });

    // One section per phase with something drawn, then one for items in no phase.
    const sections = lines.filter((line) => line.startsWith('    section '));
    const phases = timeline.rows.filter(
      (row) =>
        row.kind === 'phase' && timeline.rows.some((r) => r.phaseId === row.phaseId && drawn(r)),
    );
    const unphased = timeline.rows.some((row) => row.phaseId === undefined && drawn(row));
    expect(sections).toHaveLength(phases.length + (unphased && phases.length > 0 ? 1 : 0));

    // What cannot be drawn is counted, not silently dropped.
    const left = timeline.rows.length - rows.length;
    expect(lines.some((line) => line.startsWith('    %% not shown: '))).toBe(left > 0);
  });
});

describe('Mermaid text', () => {
  it('writes dates at day precision with inclusive ends', () => {
    const plan = loadPlan('examples/district-health-en.yaml');
    const text = renderTimelineMermaid(timelineOf(plan), { lang: 'en' });
    // Preparation: 2024-01 to 2024-02, i.e. 1 January to 29 February inclusive.
    expect(text).toContain('    1 Preparation :done, phase_prepare, 2024-01-01, 2024-02-29\n');
    expect(text).toContain('    3 Review :phase_review, 2024-12-01, 2024-12-31\n');
    expect(text).toContain(':vert, today, 2024-06-30, 0d');
    expect(text).toContain('    axisFormat %Y-%m\n    tickInterval 1month\n');
  });

  it('clips to the range, counts what falls outside, and leaves out today when it is', () => {
    const plan = loadPlan('examples/district-health-en.yaml');
    const from = parseIsoDay('2024-07-01')!;
    const to = parseIsoDay('2024-09-30')!;
    const timeline = timelineOf(plan, { from, to });
    const text = renderTimelineMermaid(timeline, { lang: 'en' });
    // Three months: by week, so the range is whole ISO weeks.
    expect(timeline.scale).toBe('week');
    expect(text).toContain('    weekday monday\n');
    const [first, last] = [formatIsoDay(timeline.from), formatIsoDay(timeline.to)];
    expect([first, last]).toEqual(['2024-07-01', '2024-10-06']);
    for (const task of taskLines(text)) {
      expect(task.start >= first).toBe(true);
      if (task.end !== '0d') expect(task.end <= last).toBe(true);
    }
    expect(text).toMatch(/%% not shown: \d+ outside the range/);
    expect(text).not.toContain(':vert');
    expect(text).toContain('%% today is outside the range: 2024-06-30');
  });

  it('escapes what Mermaid reads as syntax, and keywords at the start', () => {
    expect(mermaidText('a: b; #1 50% <b>&')).toBe('a#58; b#59; #35;1 50#37; #60;b#62;#38;');
    expect(mermaidText('title of the plan')).toBe('#116;itle of the plan');
    expect(mermaidText('Section 3')).toBe('#83;ection 3');
    expect(mermaidText('click me')).toBe('#99;lick me');
    expect(mermaidText('call back')).toBe('#99;all back');
    expect(mermaidText('2024-06-30 start')).toBe('#50;024-06-30 start');
    // Not keywords: words that only begin like one.
    expect(mermaidText('Titles and sections')).toBe('Titles and sections');
    expect(mermaidText('Callers')).toBe('Callers');
    // One line, trimmed, controls visible.
    expect(mermaidText('  a\nb\r\n\tc\u001b[2J  ')).toBe('a b c␛[2J');
    expect(mermaidText('   ')).toBe('—');
    expect(decode(mermaidText('医疗：质量；#1'))).toBe('医疗：质量；#1');
  });

  it('uses the language of the output for the axis and the words', () => {
    const plan = loadPlan('examples/county-public-hospital.yaml');
    const zh = renderTimelineMermaid(timelineOf(plan), { lang: 'zh-CN' });
    expect(zh).toContain('    axisFormat %Y年%-m月\n');
    expect(zh).toContain('    section 未列入阶段的事项\n');
    expect(zh).toContain('今天 2024年6月30日 :vert, today, 2024-06-30, 0d');
  });
});

describeInBrowser('Mermaid parses and draws the diagrams', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let requests: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, errors, requests } = await openPage(browser));
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: mermaidBundle });
    await page.evaluate('mermaid.initialize({ startOnLoad: false })');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  interface Drawn {
    readonly parsed: string;
    readonly bars: { id: string; x: number; w: number; cls: string }[];
    readonly texts: Record<string, string>;
    readonly title: string;
    readonly sections: string[];
  }

  // Runs in the page (a string: the test's own types have no DOM).
  const drawScript = (text: string, id: string): string => `(async () => {
    const text = ${JSON.stringify(text)};
    const id = ${JSON.stringify(id)};
    const parsed = await mermaid.parse(text);
    const { svg } = await mermaid.render(id, text);
    const out = document.getElementById('out');
    out.innerHTML = svg;
    const bars = [...out.querySelectorAll('rect.task')].map((r) => ({
      id: r.id.slice(id.length + 1),
      x: Number(r.getAttribute('x')),
      w: Number(r.getAttribute('width')),
      cls: r.getAttribute('class') ?? '',
    }));
    const texts = {};
    for (const t of out.querySelectorAll('text[id$="-text"]')) {
      texts[t.id.slice(id.length + 1, -'-text'.length)] = t.textContent ?? '';
    }
    const sections = [...out.querySelectorAll('text.sectionTitle')].map((t) => (t.textContent ?? '').trim());
    const title = out.querySelector('.titleText')?.textContent ?? '';
    return { parsed: parsed.diagramType, bars, texts, title, sections };
  })()`;

  async function draw(text: string, id: string): Promise<Drawn> {
    return (await page.evaluate(drawScript(text, id))) as Drawn;
  }

  const cases = plans.flatMap((file) => langsFor(file).map((lang) => ({ file, lang })));

  it.each(cases)('$file in $lang: parsed and drawn as the plan says', async ({ file, lang }) => {
    const timeline = timelineOf(loadPlan(file));
    const text = renderTimelineMermaid(timeline, { lang });
    const result = await draw(
      text,
      `g${cases.findIndex((c) => c.file === file && c.lang === lang)}`,
    );
    expect(result.parsed).toBe('gantt');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);

    const rows = timeline.rows.filter(drawn);
    const ids = rowIds(timeline.rows.map((row) => row.key));
    const rowIdList = timeline.rows.flatMap((row, i) => (drawn(row) ? [ids[i]!] : []));
    const bars = result.bars.filter((bar) => !bar.cls.split(' ').includes('vert'));
    expect(bars).toHaveLength(rows.length);
    expect(new Set(bars.map((bar) => bar.id))).toEqual(new Set(rowIdList));

    // Every label exactly as the plan wrote it, Mermaid's syntax characters included.
    rows.forEach((row, i) => {
      expect(result.texts[rowIdList[i]!]?.trim()).toBe(shownLabel(row, lang));
    });
    expect(result.title).toContain(terminalLine(timeline.title).replace(/\s+/g, ' ').trim());

    // Bars end where their last day ends: measured against the first bar.
    const byId = new Map(bars.map((bar) => [bar.id, bar]));
    const spans = rows.flatMap((row, i) => {
      const bar = byId.get(rowIdList[i]!)!;
      if (row.kind === 'milestone') return [];
      const task = taskLines(text).find((t) => t.id === rowIdList[i])!;
      const start = parseIsoDay(task.start)!;
      const end = parseIsoDay(task.end)! + 1;
      return [{ start, end, x: bar.x, right: bar.x + bar.w }];
    });
    const first = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    const perDay = (first.right - first.x) / (first.end - first.start);
    const xOf = (day: number) => first.x + (day - first.start) * perDay;
    for (const span of spans) {
      expect(Math.abs(span.x - xOf(span.start))).toBeLessThan(1);
      expect(Math.abs(span.right - xOf(span.end))).toBeLessThan(1);
    }
    const vert = result.bars.find((bar) => bar.cls.split(' ').includes('vert'));
    expect(Math.abs(vert!.x - xOf(today))).toBeLessThan(1);

    if (file === hostile && lang !== 'en') {
      await page
        .locator('#out svg')
        .screenshot({ path: join(ensureArtifactDir(), 'timeline-mermaid-hostile.png') });
    }
    if (file === 'examples/county-public-hospital.yaml' && lang !== 'en') {
      await page
        .locator('#out svg')
        .screenshot({ path: join(ensureArtifactDir(), 'timeline-mermaid-county.png') });
    }
  }, 60_000);

  // Each of these, written raw, is lost or misread by Mermaid: cut at the
  // colon, taken as a title, a section, a click or a date, swallowed as a
  // comment, or read as an entity. Escaped, each reads back as written.
  it.each([
    'a: b',
    'click here',
    'call me',
    'Title of the plan',
    'section x',
    '2024-06-30 start',
    '5% done',
    'x #abc; y',
  ])('needs the escaping, and the escaping suffices: %s', async (label) => {
    const diagram = (text: string) =>
      `gantt\n    dateFormat YYYY-MM-DD\n    inclusiveEndDates\n    ${text} :t1, 2024-01-01, 2024-01-31\n    other :t2, 2024-02-01, 2024-02-28\n`;
    const attempt = async (text: string): Promise<string | undefined> => {
      try {
        return (await draw(diagram(text), 'raw')).texts.t1?.trim();
      } catch {
        return undefined;
      }
    };
    expect(await attempt(label)).not.toBe(label);
    expect(await attempt(mermaidText(label))).toBe(label);
  });

  it('needs the escaping in titles too: the sanitiser doubles a raw &', async () => {
    const diagram = (title: string) =>
      `gantt\n    title ${title}\n    dateFormat YYYY-MM-DD\n    a :t1, 2024-01-01, 2024-01-31\n`;
    const title = 'A & B <b>x</b>';
    expect((await draw(diagram(title), 'raw')).title).not.toBe(title);
    expect((await draw(diagram(mermaidText(title)), 'raw')).title).toBe(title);
  });
});
