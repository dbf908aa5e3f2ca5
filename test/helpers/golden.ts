import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const goldenDir = join(repoRoot, 'test', 'golden');

/**
 * Compares `actual` with the golden file `test/golden/<name>`. With
 * UPDATE_GOLDEN=1 the file is rewritten instead; the diff of the golden files
 * is then the review of the change.
 */
export function expectGolden(name: string, actual: string | Uint8Array): void {
  const file = join(goldenDir, name);
  const bytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : Buffer.from(actual);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) {
      throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npm test and review it`);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return;
  }
  const expected = readFileSync(file);
  if (typeof actual === 'string') expect(bytes.toString('utf8')).toBe(expected.toString('utf8'));
  else expect(bytes.equals(expected)).toBe(true);
}

/** The bundled examples, by file name. */
export function exampleFiles(): string[] {
  const dir = join(repoRoot, 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}
