// Browser journeys run one file at a time against the server that e2e/run.mjs started.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Pages on a busy machine may take more than the default second to show what is awaited.
    expect: { poll: { timeout: 10_000 } },
  },
});
