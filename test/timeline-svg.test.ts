/**
 * `plan timeline --format svg`: golden files for every example (in English
 * and the plan's own language) and the hostile fixture; the output read
 * back by a real XML parser (well-formed, one row group per row, one bar
 * group per dated row, nothing external, every label's full text in its
 * `<title>`); today's line and bars at the exact x of their days; labels
 * cut before the chart; any text at all, lone surrogates and controls
 * included, giving a well-formed file; the scale chosen to the width.
 * The browser half is in timeline-svg-browser.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../src/compile.js';
import { parseIsoDay } from '../src/dates/index.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { rowLabelText } from '../src/render/timeline/layout.js';
import { renderTimelineSvg } from '../src/render/timeline/svg.js';
import { rowIds } from '../src/render/timeline/svg-ids.js';
import { FONT_SIZE, MIN_UNIT_PX, svgFits } from '../src/render/timeline/svg-layout.js';
import { textWidth, truncateToPx } from '../src/render/timeline/svg-text.js';
import { escapeXml, xmlChars } from '../src/render/xml.js';
import { buildTimeline, type Timeline, type TimelineScale } from '../src/views/timeline.js';
import { exampleFiles, expectGolden, repoRoot } from './helpers/golden.js';
import { runCli } from './helpers/run-cli.js';

const AS_OF = '2024-06-30';
const today = parseIsoDay(AS_OF)!;
const hostile = 'test/fixtures/views/timeline-svg-hostile.yaml';
const plans = [...exampleFiles().map((name) => `examples/${name}`), hostile];

function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} did not compile`);
  return compiled.plan;
}

function langsFor(file: string): Lang[] {
  const own = loadPlan(file).meta.locale ?? 'en';
  return own === 'en' ? ['en'] : ['en', own];
}

function timelineOf(
  plan: Plan,
  lang: Lang,
  options: { width?: number; scale?: TimelineScale; from?: number; to?: number } = {},
): Timeline {
  const { width, ...rest } = options;
  return buildTimeline(plan, { today, warnDays: 14, ...rest, fits: svgFits(width, lang) });
}

// --- reading the SVG back ---------------------------------------------------

interface XmlNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** The text directly inside, not in child elements. */
  readonly text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

type Raw = Record<string, unknown>;

function toNode(raw: Raw): XmlNode | undefined {
  const tag = Object.keys(raw).find((key) => key !== ':@');
  if (tag === undefined || tag === '#text' || tag.startsWith('?')) return undefined;
  const rawChildren = (raw[tag] as Raw[]) ?? [];
  const children = rawChildren.map(toNode).filter((n): n is XmlNode => n !== undefined);
  const text = rawChildren
    .filter((child) => '#text' in child)
    .map((child) => String(child['#text']))
    .join('');
  return { tag, attrs: (raw[':@'] as Record<string, string>) ?? {}, children, text };
}

function parseSvg(text: string): XmlNode {
  expect(XMLValidator.validate(text)).toBe(true);
  const root = (parser.parse(text) as Raw[]).map(toNode).find((node) => node?.tag === 'svg');
  expect(root).toBeDefined();
  return root!;
}

function findAll(node: XmlNode, test: (node: XmlNode) => boolean, out: XmlNode[] = []): XmlNode[] {
  if (test(node)) out.push(node);
  for (const child of node.children) findAll(child, test, out);
  return out;
}

const hasClass = (name: string) => (node: XmlNode) =>
  (node.attrs.class ?? '').split(' ').includes(name);

/** Every x of a path made of `M x y…` moves. */
function pathXs(d: string): number[] {
  return [...d.matchAll(/M(-?[\d.]+) /g)].map((m) => Number(m[1]));
}

/** The chart's left edge and right edge, as drawn. */
function chartEdges(svg: XmlNode): { left: number; right: number } {
  const [edge] = findAll(svg, hasClass('tl-chart-edge'));
  const [grid] = findAll(svg, hasClass('tl-grid'));
  const left = pathXs(edge!.attrs.d!)[0]!;
  const right = Math.max(...pathXs(grid!.attrs.d!));
  return { left, right };
}

/**
 * Nothing in the file can load or run anything: no links, scripts, images,
 * foreign content or event handlers; `url()` only to the file's own
 * patterns. (The namespace URI is a name, not something fetched.)
 */
function expectSelfContained(svg: XmlNode): void {
  const foreign = findAll(svg, (node) =>
    ['script', 'a', 'image', 'use', 'foreignObject', 'iframe', 'feImage'].includes(node.tag),
  );
  expect(foreign.map((node) => node.tag)).toEqual([]);
  for (const node of findAll(svg, () => true)) {
    for (const [name, value] of Object.entries(node.attrs)) {
      expect(name).not.toMatch(/^on|href$/i);
      if (name === 'xmlns') expect(value).toBe('http://www.w3.org/2000/svg');
      else expect(value).not.toMatch(/https?:|javascript:|url\((?!#tl-)/i);
    }
  }
  const styles = findAll(svg, (node) => node.tag === 'style').map((node) => node.text);
  expect(styles.join('')).not.toMatch(/@import|url\(|@font-face/i);
}

// --- golden files -------------------------------------------------------------

const goldenName = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.yaml$/, '');

describe.each(plans)('plan timeline %s --format svg', (file) => {
  for (const lang of langsFor(file)) {
    it(`matches its golden file in ${lang} and is well-formed XML with nothing external`, () => {
      const args = ['timeline', file, '--today', AS_OF, '--format', 'svg', '--lang', lang];
      const result = runCli(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expectGolden(`timeline-svg/${goldenName(file)}.${lang}.svg`, result.stdout);
      expect(result.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      const svg = parseSvg(result.stdout);
      expect(svg.attrs.width).toBe('1200');
      expect(svg.attrs.viewBox).toBe(`0 0 1200 ${svg.attrs.height}`);
      expectSelfContained(svg);
    });
  }
});

describe('the SVG read back', () => {
  for (const file of plans) {
    for (const lang of langsFor(file)) {
      it(`${goldenName(file)} in ${lang}: one row per item, one bar per dated item, labels whole in <title>`, () => {
        const timeline = timelineOf(loadPlan(file), lang);
        const svg = parseSvg(renderTimelineSvg(timeline, { lang }));
        const rows = findAll(svg, hasClass('tl-row'));
        expect(rows).toHaveLength(timeline.rows.length);
        const ids = rowIds(timeline.rows.map((row) => row.key));
        rows.forEach((node, i) => {
          const row = timeline.rows[i]!;
          expect(node.attrs.id).toBe(`tl-${ids[i]}`);
          expect(node.attrs['data-kind']).toBe(row.kind);
          expect(node.attrs['data-light']).toBe(row.light);
          const bars = node.children.filter(hasClass('tl-bar'));
          expect(bars).toHaveLength(row.extent.kind === 'none' ? 0 : 1);
          const labels = node.children.filter(hasClass('tl-label'));
          expect(labels).toHaveLength(1);
          const title = labels[0]!.children.find((child) => child.tag === 'title');
          // The full label, as the plan wrote it, controls made visible.
          expect(title?.text).toBe(xmlChars(rowLabelText(row)));
          // What is shown is the label or a cut of it ending in …
          const shown = labels[0]!.text;
          if (shown !== title?.text) {
            expect(shown.endsWith('…')).toBe(true);
            expect(title?.text.startsWith(shown.slice(0, -1))).toBe(true);
          }
          if (row.kind === 'phase') expect(labels[0]!.attrs['font-weight']).toBe('bold');
        });
        // Ids are unique in the file.
        const allIds = findAll(svg, (node) => node.attrs.id !== undefined).map((n) => n.attrs.id);
        expect(new Set(allIds).size).toBe(allIds.length);
      });
    }
  }

  it('keeps hostile text as text: no element, attribute or entity comes from the plan', () => {
    const timeline = timelineOf(loadPlan(hostile), 'zh-CN');
    const text = renderTimelineSvg(timeline, { lang: 'zh-CN' });
    const svg = parseSvg(text);
    expect(findAll(svg, (node) => ['script', 'b', 'i', 'svg'].includes(node.tag))).toHaveLength(1);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u001b]/);
    expect(text).toContain('␛[2J');
    expect(text).toContain('&lt;script&gt;');
    expect(text).not.toContain('\u202e');
    // The plan's title, whole, is the picture's title.
    const [title] = svg.children.filter((node) => node.tag === 'title');
    expect(title?.text).toContain(
      '<svg onload=alert(1)> & "引号" \'x\' ]]> 方案␛[2J：第一行 第二行',
    );
  });

  it('stays well-formed for any text at all, and every label reads back as written', () => {
    const base = timelineOf(loadPlan(hostile), 'en');
    const anyCodeUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
      .map((codes) => String.fromCharCode(...codes));
    const anyText = fc.oneof(anyCodeUnits, fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 12 }), anyText, (texts, title) => {
        const rows = base.rows.map((row, i) => ({ ...row, label: texts[i % texts.length]! }));
        const timeline = { ...base, title, rows };
        const svg = parseSvg(renderTimelineSvg(timeline, { lang: 'en' }));
        const labels = findAll(svg, hasClass('tl-label'));
        expect(labels.map((l) => l.children.find((c) => c.tag === 'title')?.text)).toEqual(
          rows.map((row) => xmlChars(rowLabelText(row))),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('geometry', () => {
  const file = 'examples/district-health-en.yaml';
  const plan = loadPlan(file);

  for (const width of [480, 800, 1200, 2000]) {
    it(`at ${width} px: today's line and the bars sit on their days; labels end before the chart`, () => {
      const timeline = timelineOf(plan, 'en', { width });
      const svg = parseSvg(renderTimelineSvg(timeline, { lang: 'en', width }));
      expect(svg.attrs.width).toBe(String(width));
      const { left, right } = chartEdges(svg);
      const pxPerDay = (right - left) / (timeline.to - timeline.from + 1);
      const at = (day: number) => left + (day - timeline.from) * pxPerDay;

      const [line] = findAll(svg, hasClass('tl-today-line'));
      expect(Number(line!.attrs.x1)).toBeCloseTo(at(timeline.today), 1);
      expect(line!.attrs.x2).toBe(line!.attrs.x1);

      // A bar with its own start runs from the start of its first day to the end of its last.
      const rows = findAll(svg, hasClass('tl-row'));
      timeline.rows.forEach((row, i) => {
        if (row.extent.kind !== 'span' || row.extent.startFrom !== 'own' || row.repeat) return;
        const rect = rows[i]!.children.find(hasClass('tl-bar'))!.children.find(
          (c) => c.tag === 'rect',
        )!;
        const x = Number(rect.attrs.x);
        const w = Number(rect.attrs.width);
        expect(x).toBeCloseTo(at(Math.max(row.extent.start, timeline.from)), 1);
        expect(x + w).toBeCloseTo(at(Math.min(row.extent.end, timeline.to) + 1), 1);
      });

      // Labels, measured as the renderer measures them, end before the chart.
      for (const label of findAll(svg, hasClass('tl-label'))) {
        const bold = label.attrs['font-weight'] === 'bold';
        const end = Number(label.attrs.x) + textWidth(label.text, FONT_SIZE, bold);
        expect(end).toBeLessThanOrEqual(left);
      }
      // The scale is the finest whose units get 24 px, unless none does.
      if (timeline.scale !== 'quarter') {
        expect((right - left) / timeline.ticks.length).toBeGreaterThanOrEqual(MIN_UNIT_PX);
      }
    });
  }

  it('chooses finer scales for wider pictures, and --scale wins', () => {
    expect(timelineOf(plan, 'en', { width: 480 }).scale).toBe('quarter');
    expect(timelineOf(plan, 'en', { width: 1200 }).scale).toBe('month');
    expect(timelineOf(plan, 'en', { width: 2400 }).scale).toBe('week');
    const forced = timelineOf(plan, 'en', { width: 480, scale: 'week' });
    expect(forced.scale).toBe('week');
    const svg = parseSvg(renderTimelineSvg(forced, { lang: 'en', width: 480 }));
    expect(findAll(svg, hasClass('tl-grid'))).toHaveLength(1);
  });

  it('marks today at the edge when it is outside the range', () => {
    const before = timelineOf(plan, 'en', { from: parseIsoDay('2024-08-01')! });
    const svg = parseSvg(renderTimelineSvg(before, { lang: 'en' }));
    expect(findAll(svg, hasClass('tl-today-line'))).toEqual([]);
    const [label] = findAll(svg, hasClass('tl-today-label'));
    expect(label?.text).toBe('◀ today 2024-06-30');
  });

  it('cuts long labels with … and keeps the full text', () => {
    const cut = truncateToPx('W'.repeat(80), 200, FONT_SIZE);
    expect(cut.cut).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textWidth(cut.text, FONT_SIZE)).toBeLessThanOrEqual(200);
    expect(truncateToPx('短标题', 200, FONT_SIZE)).toEqual({ text: '短标题', cut: false });
    // CJK is an em a character; ASCII by its own width.
    expect(textWidth('医疗质量', 12)).toBe(48);
    expect(textWidth('WWWW', 12)).toBeGreaterThan(textWidth('iiii', 12) * 3);
    // Clusters are not split: an emoji sequence stays whole or goes whole.
    const emoji = truncateToPx(`${'👩‍⚕️'.repeat(10)}`, 50, FONT_SIZE);
    expect(emoji.text.replace(/…$/, '').length % '👩‍⚕️'.length).toBe(0);
  });
});

describe('options and output forms', () => {
  const plan = loadPlan('examples/district-health-en.yaml');

  it('gives an <svg> element to inline in HTML when not standalone', () => {
    const timeline = timelineOf(plan, 'en');
    const inline = renderTimelineSvg(timeline, { lang: 'en', standalone: false });
    expect(inline.startsWith('<svg ')).toBe(true);
    expect(inline).not.toContain('<?xml');
    parseSvg(inline);
    const full = renderTimelineSvg(timeline, { lang: 'en' });
    expect(full).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${inline}`);
  });

  it('scopes its print style to its own class and sizes to the page when printed', () => {
    const text = renderTimelineSvg(timelineOf(plan, 'en'), { lang: 'en' });
    const style = /<style>(.*)<\/style>/.exec(text)?.[1] ?? '';
    expect(style).toContain('@media print{svg.plan-timeline{max-width:100%;height:auto}}');
    for (const rule of style
      .replace(/@media print\{/, '')
      .split('}')
      .filter(Boolean)) {
      expect(rule.trim().startsWith('svg.plan-timeline')).toBe(true);
    }
  });

  it('uses the traditional-Chinese fonts first for zh-TW', () => {
    const timeline = timelineOf(plan, 'zh-TW');
    const svg = parseSvg(renderTimelineSvg(timeline, { lang: 'zh-TW' }));
    expect(svg.attrs['font-family']?.startsWith('"Noto Sans CJK TC"')).toBe(true);
    expect(svg.attrs['font-family']?.endsWith('sans-serif')).toBe(true);
    const zh = parseSvg(renderTimelineSvg(timelineOf(plan, 'zh-CN'), { lang: 'zh-CN' }));
    expect(zh.attrs['font-family']).toBe(
      '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","Microsoft YaHei","PingFang SC",sans-serif',
    );
  });

  it('is the same under any time zone, and the same twice', () => {
    const args = ['timeline', 'examples/district-health-en.yaml', '--today', AS_OF, '-f', 'svg'];
    const utc = runCli(args);
    const tokyo = runCli(args, { env: { TZ: 'Asia/Tokyo' } });
    const samoa = runCli(args, { env: { TZ: 'Pacific/Apia' } });
    expect(tokyo.stdout).toBe(utc.stdout);
    expect(samoa.stdout).toBe(utc.stdout);
    const timeline = timelineOf(plan, 'en');
    expect(renderTimelineSvg(timeline, { lang: 'en' })).toBe(
      renderTimelineSvg(timeline, { lang: 'en' }),
    );
  });

  it('takes --width in px and writes -o files', () => {
    const narrow = runCli([
      'timeline',
      'examples/district-health-en.yaml',
      '-f',
      'svg',
      '--width',
      '700',
      '--today',
      AS_OF,
    ]);
    expect(narrow.code).toBe(0);
    expect(parseSvg(narrow.stdout).attrs.width).toBe('700');
    const bad = runCli([
      'timeline',
      'examples/district-health-en.yaml',
      '-f',
      'svg',
      '--width',
      'wide',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--width');
    const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-svg-'));
    try {
      const out = join(dir, 'timeline.svg');
      const written = runCli([
        'timeline',
        'examples/district-health-en.yaml',
        '-f',
        'svg',
        '--width',
        '700',
        '--today',
        AS_OF,
        '-o',
        out,
      ]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(narrow.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so in a row when there is nothing to draw', () => {
    const empty = compilePlan('empty.yaml', 'version: 1\ntitle: 空方案\nlocale: zh-CN\n').plan!;
    const timeline = timelineOf(empty, 'zh-CN');
    const svg = parseSvg(renderTimelineSvg(timeline, { lang: 'zh-CN' }));
    expect(findAll(svg, hasClass('tl-row'))).toEqual([]);
    expect(findAll(svg, hasClass('tl-empty'))[0]?.text).toBe('（没有可显示的事项）');
  });

  it('draws 10,000 tasks as a well-formed file with every row', async () => {
    // A script without types: imported by a name tsc does not follow.
    const script = '../scripts/large-plan.js';
    const { largePlan } = (await import(script)) as { largePlan: (count: number) => string };
    const big = compilePlan('big.yaml', largePlan(10000)).plan!;
    const timeline = timelineOf(big, 'zh-CN');
    const text = renderTimelineSvg(timeline, { lang: 'zh-CN' });
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text.match(/<g class="tl-row /g)).toHaveLength(timeline.rows.length);
    expect(timeline.rows.length).toBeGreaterThan(10000);
  }, 60_000);
});

describe('escapeXml', () => {
  it('escapes the five characters and makes forbidden ones visible', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('\u001b[2J\u0000\u0008\u000b\u000c\u001f')).toBe('␛[2J␀␈␋␌␟');
    expect(escapeXml('\ud800 \udfff \ufffe \uffff')).toBe('\ufffd \ufffd \ufffd \ufffd');
    // Tab, line feed and CR are XML characters; a surrogate pair is one character.
    expect(escapeXml('a\tb\nc\rd 🏥')).toBe('a\tb\nc\rd 🏥');
    expect(escapeXml('医疗质量')).toBe('医疗质量');
  });
});
