/**
 * The layers of src/, declared once, lowest first, and a scan that fails on
 * any import running up them. A stage may use any stage below it, never one
 * above: the pipeline then reads top to bottom, and the library (src/index.ts)
 * can ship every stage without dragging the CLI along.
 *
 * Every import counts, `import type` and `export … from` included: a type
 * from a higher layer ties the lower one to it just as surely, and the
 * shipped .d.ts files would carry the tie to library users. Dynamic
 * `import()` counts too. Tests (`*.test.ts`) are exempt: a unit test beside
 * a stage may compile a whole plan to get its input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/golden.js';

/** Lowest first. Why each sits where it does: docs/decisions.md, "Layers". */
const layers = [
  'dates',
  'read',
  'parse',
  'diagnostics',
  'schema',
  'model',
  'analyze',
  'i18n',
  'views',
  'config',
  'render',
  'pipeline',
  'fix',
  'init',
  'api',
  'cli',
] as const;
type Layer = (typeof layers)[number];

/** Files directly in src/ belong to the layer of their role. */
const rootFiles: Readonly<Record<string, Layer>> = {
  'compile.ts': 'pipeline',
  'index.ts': 'api',
};

const src = join(repoRoot, 'src');

/** The layer of a file under src/, or undefined for one no layer claims. */
function layerOf(file: string): Layer | undefined {
  const parts = relative(src, file).split(/[\\/]/);
  // Imports name the emitted `.js`; the file on disk is `.ts`.
  if (parts.length === 1) return rootFiles[parts[0]!.replace(/\.js$/, '.ts')];
  return (layers as readonly string[]).includes(parts[0]!) ? (parts[0] as Layer) : undefined;
}

/** Every module specifier a file imports or re-exports, statically or with import(). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function violations(): string[] {
  const rank = (layer: Layer): number => layers.indexOf(layer);
  const found: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = layerOf(file);
    if (from === undefined) continue;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = layerOf(resolve(dirname(file), spec));
      if (to !== undefined && rank(to) > rank(from)) {
        found.push(`${relative(repoRoot, file)} (${from}) imports ${spec} (${to})`);
      }
    }
  }
  return found;
}

describe('layers', () => {
  it('every file under src/ belongs to a declared layer', () => {
    const unclaimed = sourceFiles(src)
      .filter((file) => !file.endsWith('.d.ts') && layerOf(file) === undefined)
      .map((file) => relative(repoRoot, file));
    expect(unclaimed).toEqual([]);
  });

  it('no import runs up the layers', () => {
    expect(violations()).toEqual([]);
  });

  it('the scan sees every kind of import, type-only and dynamic included', () => {
    const text = [
      "import type { A } from '../views/a.js';",
      "import { b } from './b.js';",
      "export { c } from '../c.js';",
      "export type { D } from '../d.js';",
      "import './side-effect.js';",
      "const e = await import('../e.js');",
      'import {',
      '  f,',
      "} from '../f.js';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      '../views/a.js',
      './b.js',
      '../c.js',
      '../d.js',
      './side-effect.js',
      '../e.js',
      '../f.js',
    ]);
  });

  it('ranks a file by its folder, and files in src/ by their role', () => {
    expect(layerOf(join(src, 'i18n/timeline-labels.ts'))).toBe('i18n');
    expect(layerOf(join(src, 'compile.ts'))).toBe('pipeline');
    expect(layerOf(join(src, 'compile.js'))).toBe('pipeline');
    expect(layerOf(join(src, 'elsewhere.ts'))).toBeUndefined();
    // views is above i18n: a catalogue importing a view is the kind of tie
    // the scan is there to catch.
    expect(layers.indexOf('views')).toBeGreaterThan(layers.indexOf('i18n'));
  });
});
