import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // The same version the build puts in, so in-process runs print what the binary prints.
  define: { __PLAN_VERSION__: JSON.stringify(version) },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI tests spawn the built binary; a few seconds is plenty, a hang is a bug.
    testTimeout: 30_000,
    // Most tests wait on a spawned CLI, so two workers overlap one test's
    // waiting with another's work even on two cores (measured: 195 s with
    // vitest's default of one worker here, 133 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
