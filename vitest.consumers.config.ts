import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The consumer checks (`npm run test:consumers`): the examples' workbooks
 * and documents through LibreOffice, the report page through Chromium, the
 * PDFs read back with poppler. Slow (LibreOffice starts in seconds), so
 * they are not part of `npm test`; `.ci/run` runs them after it.
 */
export default defineConfig({
  define: { __PLAN_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/consumers/**/*.consumers.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One LibreOffice at a time: two on one profile refuse each other.
    maxWorkers: 1,
  },
});
