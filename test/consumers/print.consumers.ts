/**
 * The office files and the report page as the programs people use print
 * them (issue 10, item 7): every example's `plan table --format xlsx` and
 * `--format docx` converted to PDF by LibreOffice (headless), and its
 * `plan report --format html` printed to PDF by Chromium; the PDFs read
 * back with poppler's pdftotext. For each:
 *
 * - every task title appears whole: read from the word boxes of
 *   `pdftotext -bbox`, a title starts with a word, goes on with the words
 *   to its right on that line and then with the lines below that start
 *   where it started (a cell's wrapped lines), until every character of
 *   the title is read, white space aside. A title cut at a cell's edge, or
 *   lost under a row too short for it, is not read whole;
 * - no text is printed under 10 pt. pdffonts gives no sizes, so the size
 *   is measured from `pdftotext -bbox`: a word of CJK ideographs only is as
 *   wide as its characters times the font size (every CJK font sets them
 *   one em wide), which gives the size to a hundredth of a point. A Latin
 *   word's box is 1.26 (Chromium) to 1.3 (LibreOffice) times its size high
 *   here, so a Latin word must be at least 12.5 pt high: 10 pt text passes
 *   in both, 9.5 pt text fails in both;
 * - the page count stays within bounds for the example (see `pageBounds`).
 *
 * Without LibreOffice, poppler or Chromium the checks are skipped on a
 * developer's machine with a note saying what is missing; in CI (`CI` set)
 * they fail instead: `.ci/run` installs them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { chromiumPath, launchBrowser } from '../helpers/browser.js';
import { exampleFiles, repoRoot } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = '2024-06-30';
const formats = ['xlsx', 'docx', 'html'] as const;
type Format = (typeof formats)[number];

/**
 * The most pages each example may print on. The office files: at least ten
 * rows a page but the first, which holds the title block (county and
 * hospital have 20 tasks, provincial 27, district 6). The report: its
 * sections, the timeline's pages and the task table, as measured when these
 * bounds were set (8, 4, 7, 10 pages), plus one for a font that sets a
 * little wider.
 */
const pageBounds: Record<string, Record<Format, number>> = {
  'county-public-hospital': { xlsx: 3, docx: 3, html: 9 },
  'district-health-en': { xlsx: 1, docx: 1, html: 5 },
  'hospital-service-capacity': { xlsx: 3, docx: 3, html: 8 },
  'provincial-hospital-quality': { xlsx: 4, docx: 4, html: 11 },
};

/** The smallest size allowed, less what measuring from glyph boxes can be off by. */
const MIN_POINTS = 9.95;
const MIN_LATIN_HEIGHT = 12.5;

function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

const soffice = which('soffice') ?? which('libreoffice');
const missing = [
  soffice ? undefined : 'LibreOffice (soffice)',
  which('pdftotext') ? undefined : 'poppler-utils (pdftotext)',
  chromiumPath ? undefined : 'chromium',
].filter((name): name is string => name !== undefined);

/** Skipped without the programs on a developer's machine, failing in CI. */
const describeWithConsumers = (name: string, body: () => void): void => {
  if (missing.length > 0 && process.env.CI) {
    describe(name, () => {
      it('has the programs it checks with', () => {
        throw new Error(`${missing.join(', ')} not installed; .ci/run installs them with apt-get`);
      });
    });
    return;
  }
  if (missing.length > 0)
    console.warn(`consumer checks skipped: ${missing.join(', ')} not installed`);
  describe.skipIf(missing.length > 0)(name, body);
};

interface Word {
  readonly text: string;
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The words of a PDF with their boxes, page by page. */
function pdfWords(pdf: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  xml.split('<page ').forEach((page, index) => {
    for (const [, x0, y0, x1, y1, text] of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        text: decodeXml(text!),
        page: index,
        x: Number(x0),
        y: Number(y0),
        width: Number(x1) - Number(x0),
        height: Number(y1) - Number(y0),
      });
    }
  });
  return words;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Lines of words: same page, same top (within a point), left to right. */
function pdfLines(words: readonly Word[]): Word[][] {
  const sorted = [...words].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  const lines: Word[][] = [];
  for (const word of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && first.page === word.page && Math.abs(first.y - word.y) < 1)
      line.push(word);
    else lines.push([word]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * Whether `title` reads whole somewhere: from a word it starts with, on
 * along its line, then down the lines that start where it started.
 */
function readsWhole(lines: readonly Word[][], title: string): boolean {
  const want = squeeze(title);
  for (let at = 0; at < lines.length; at++) {
    for (const [index, start] of lines[at]!.entries()) {
      if (start.text === '' || !want.startsWith(squeeze(start.text))) continue;
      let rest = want;
      let line = lines[at]!;
      let from = index;
      let row = at;
      for (;;) {
        // Along the line while the words go on with the title.
        for (let i = from; i < line.length && rest !== ''; i++) {
          const text = squeeze(line[i]!.text);
          if (!rest.startsWith(text)) break;
          rest = rest.slice(text.length);
        }
        if (rest === '') return true;
        // The next line below that has a word where the title started.
        const next = lines.findIndex(
          (candidate, n) =>
            n > row &&
            candidate[0]!.page === start.page &&
            candidate[0]!.y - line[0]!.y < 2.5 * start.height &&
            candidate.some((word) => Math.abs(word.x - start.x) < 3),
        );
        if (next < 0) break;
        row = next;
        line = lines[next]!;
        from = line.findIndex((word) => Math.abs(word.x - start.x) < 3);
        if (!rest.startsWith(squeeze(line[from]!.text))) break;
      }
    }
  }
  return false;
}

const ideographs = /^[\u4e00-\u9fff]{2,}$/u;
const latin = /^[A-Za-z]{3,}$/;

/** The smallest text of a PDF: CJK words by width, Latin words by height (see the top). */
function smallestText(words: readonly Word[]): { cjk: number; latinHeight: number; word: string } {
  let cjk = Number.POSITIVE_INFINITY;
  let latinHeight = Number.POSITIVE_INFINITY;
  let word = '';
  for (const w of words) {
    if (ideographs.test(w.text)) {
      const size = w.width / [...w.text].length;
      if (size < cjk) {
        cjk = size;
        word = w.text;
      }
    } else if (latin.test(w.text) && w.height < latinHeight) latinHeight = w.height;
  }
  return { cjk, latinHeight, word };
}

function pdfText(pdf: string): string {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

function pageCount(pdf: string): number {
  return (pdfText(pdf).match(/\f/g) ?? []).length;
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('reading a PDF back', () => {
  const word = (text: string, x: number, y: number, width = 10 * [...text].length): Word => ({
    text,
    page: 1,
    x,
    y,
    width,
    height: 13,
  });

  it('reads a title wrapped in its cell whole, and one cut at the cell edge as cut', () => {
    // 加强医疗 / 服务体系建设 in a cell at x 10, 县卫生健康局 in the next cell.
    const wrapped = pdfLines([
      word('加强医疗', 10, 100),
      word('县卫生健康局', 100, 100),
      word('服务体系建设', 10, 114),
    ]);
    expect(readsWhole(wrapped, '加强医疗服务体系建设')).toBe(true);
    // The last character lost: clipped, or under a row too short.
    const cut = pdfLines([word('加强医疗', 10, 100), word('服务体系建', 10, 114)]);
    expect(readsWhole(cut, '加强医疗服务体系建设')).toBe(false);
    // The rest in another column is another cell's text, not the title's.
    const elsewhere = pdfLines([word('加强医疗', 10, 100), word('服务体系建设', 100, 114)]);
    expect(readsWhole(elsewhere, '加强医疗服务体系建设')).toBe(false);
  });

  it('reads Latin words along a line and down the cell', () => {
    const lines = pdfLines([
      word('Train', 10, 100),
      word('community', 40, 100),
      word('nurses', 10, 114),
      word('in', 50, 114),
      word('foot', 10, 128),
      word('care', 40, 128),
    ]);
    expect(readsWhole(lines, 'Train community nurses in foot care')).toBe(true);
    expect(readsWhole(lines, 'Train community nurses in diabetes foot care')).toBe(false);
  });

  it('measures CJK text by its width: 进行中 30 pt wide is 10 pt, 27 pt wide is 9 pt', () => {
    expect(smallestText([word('进行中', 0, 0, 30)]).cjk).toBe(10);
    expect(smallestText([word('进行中', 0, 0, 27), word('重点任务', 0, 20, 40)])).toMatchObject({
      cjk: 9,
      word: '进行中',
    });
    // A Latin word by its height: 13 pt high is at least 10 pt (see the top).
    expect(smallestText([word('Train', 0, 0)]).latinHeight).toBe(13);
  });
});

describeWithConsumers('the examples as LibreOffice and Chromium print them', () => {
  const examples = exampleFiles().map((name) => basename(name, '.yaml'));
  let dir = '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-consumers-'));
    for (const format of formats) mkdirSync(join(dir, format));
    for (const name of examples) {
      const file = join('examples', `${name}.yaml`);
      for (const [command, format] of [
        ['table', 'xlsx'],
        ['table', 'docx'],
        ['report', 'html'],
      ] as const) {
        const out = join(dir, format, `${name}.${format}`);
        const result = runCli([command, file, '--today', AS_OF, '--format', format, '-o', out]);
        if (result.code !== 0) throw new Error(`plan ${command} ${file}: ${result.stderr}`);
      }
    }
    // One LibreOffice run per format, on a profile of its own, so that an
    // office suite open elsewhere on the machine does not take the files.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    for (const format of ['xlsx', 'docx'] as const) {
      const folder = join(dir, format);
      const files = examples.map((name) => join(folder, `${name}.${format}`));
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          ...files,
        ],
        { stdio: 'pipe', timeout: 240_000 },
      );
    }
    browser = await launchBrowser();
    for (const name of examples) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(dir, 'html', `${name}.html`)).href);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({
        path: join(dir, 'html', `${name}.pdf`),
        format: 'A4',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
      });
      await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cases = exampleFiles().flatMap((file) =>
    formats.map((format) => [basename(file, '.yaml'), format] as const),
  );

  it.each(cases)('%s as %s: every task title whole', (name, format) => {
    const pdf = join(dir, format, `${name}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const lines = pdfLines(pdfWords(pdf));
    const source = join(repoRoot, 'examples', `${name}.yaml`);
    const plan = compilePlan(source, readFileSync(source, 'utf8')).plan!;
    const cut = plan.allTasks
      .map((task) => task.title)
      .filter((title) => !readsWhole(lines, title));
    expect(cut).toEqual([]);
    // A number too wide for its cell: a spreadsheet shows ### instead.
    expect(pdfText(pdf)).not.toContain('###');
  });

  it.each(cases)('%s as %s: no text under 10 pt', (name, format) => {
    const { cjk, latinHeight, word } = smallestText(pdfWords(join(dir, format, `${name}.pdf`)));
    // Every example has text of one script or the other.
    expect(Math.min(cjk, latinHeight)).toBeLessThan(Number.POSITIVE_INFINITY);
    if (cjk < Number.POSITIVE_INFINITY)
      expect(cjk, `smallest: ${word}`).toBeGreaterThanOrEqual(MIN_POINTS);
    if (latinHeight < Number.POSITIVE_INFINITY) {
      expect(latinHeight).toBeGreaterThanOrEqual(MIN_LATIN_HEIGHT);
    }
  });

  it.each(cases)('%s as %s: pages within bounds', (name, format) => {
    const pages = pageCount(join(dir, format, `${name}.pdf`));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(pageBounds[name]![format]);
  });
});
