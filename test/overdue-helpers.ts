/**
 * What the overdue and report CLI tests share: the plans they run on, each
 * plan's own language, and the consumers that check the output (a GFM
 * parser, display-width alignment of terminal tables).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { compilePlan } from '../src/compile.js';
import type { Lang } from '../src/i18n/lang.js';
import type { Plan } from '../src/model/types.js';
import { displayWidth } from '../src/render/formats/text-width.js';
import { exampleFiles, repoRoot } from './helpers/golden.js';

export const AS_OF = '2024-06-30';

export const viewFixtures = [
  'test/fixtures/views/overdue-hostile.yaml',
  'test/fixtures/views/overdue-small.yaml',
  'test/fixtures/views/overdue-none.yaml',
];

/** Every example and the views' fixtures, as paths from the repository root. */
export function plansUnderTest(): string[] {
  return [...exampleFiles().map((name) => join('examples', name)), ...viewFixtures];
}

export function loadPlan(file: string): Plan {
  const compiled = compilePlan(file, readFileSync(join(repoRoot, file), 'utf8'));
  if (!compiled.plan) throw new Error(`${file} does not compile`);
  return compiled.plan;
}

/** The language a plan renders in without --lang (the runner sets LANG=C). */
export function ownLang(file: string): Lang {
  return loadPlan(file).meta.locale ?? 'en';
}

/** en, and the plan's own language when that is another. */
export function langsFor(file: string): Lang[] {
  const own = ownLang(file);
  return own === 'en' ? ['en'] : ['en', own];
}

export function goldenBase(file: string): string {
  return basename(file, '.yaml');
}

/**
 * Markdown as GitHub would render it, raw HTML allowed through: if plan text
 * got out as HTML, it shows up as a tag in this output.
 */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/**
 * Tags in rendered Markdown other than the ones Markdown itself produces.
 * GFM turns a URL in text into a link showing that URL (`http://evil` stays
 * readable as itself); such autolinks are not markup the plan injected, so
 * they are left out. Any other link is reported.
 */
export function foreignTags(html: string): string[] {
  html = html.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (link, href: string, text: string) =>
    unescapeAmp(decodeURI(href)).endsWith(unescapeAmp(text)) ? text : link,
  );
  const allowed = new Set([
    'h1',
    'h2',
    'h3',
    'p',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'br',
  ]);
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)]
    .map((match) => match[1]!.toLowerCase())
    .filter((tag) => !allowed.has(tag));
}

/** The rows of each table of rendered Markdown, as arrays of cell text. */
export function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decode(cell[1]!)),
    ),
  );
}

const unescapeAmp = (text: string): string => text.replace(/&amp;/g, '&');

function decode(html: string): string {
  return html
    .replace(/<br \/>|<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The boxed tables of terminal output: runs of lines that start with a box
 * drawing character. Each line of one table must take the same display width.
 */
export function terminalTables(text: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/^[┌│├└]/.test(line)) {
      if (!current) {
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else current = undefined;
  }
  return tables;
}

export function widths(lines: readonly string[]): number[] {
  return lines.map((line) => displayWidth(line));
}
