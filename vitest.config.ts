import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __PLAN_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI tests spawn the built binary; a few seconds is plenty, a hang is a bug.
    testTimeout: 30_000,
  },
});
