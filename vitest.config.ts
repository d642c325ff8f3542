import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests run with a fixed zone, as DESIGN.md says, so date output is reproducible.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
