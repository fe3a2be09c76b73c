// Test projects: pure units (core, api), web components (happy-dom), and server integration
// against real databases — PGlite always, PostgreSQL too when TEST_DATABASE_URL is set.
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const sourceFirst = {
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
};

const serverProject = (database: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  ...sourceFirst,
  test: {
    name: database === 'pglite' ? 'server' : 'server-postgres',
    include: ['apps/server/src/**/*.test.ts'],
    // Process-level tests: shutdown needs one run; scale-out needs a PostgreSQL server.
    // Redis tests need REDIS_URL (CI sets it; a plain `npm test` has no Redis).
    exclude: [
      database === 'postgres'
        ? 'apps/server/src/shutdown.test.ts'
        : 'apps/server/src/scale-out.test.ts',
      ...(process.env.REDIS_URL === undefined ? ['apps/server/src/**/*.redis.test.ts'] : []),
    ],
    environment: 'node',
    globalSetup: ['apps/server/src/testing/global-setup.ts'],
    setupFiles: ['apps/server/src/testing/no-network.ts'],
    env: { CONSILIUM_TEST_DATABASE: database },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

const projects: TestProjectInlineConfiguration[] = [
  {
    ...sourceFirst,
    test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' },
  },
  {
    ...sourceFirst,
    test: { name: 'api', include: ['packages/api/src/**/*.test.ts'], environment: 'node' },
  },
  {
    ...sourceFirst,
    test: {
      name: 'web',
      include: ['apps/web/src/**/*.test.{ts,tsx}'],
      environment: 'happy-dom',
      setupFiles: ['apps/web/src/testing/setup.ts'],
    },
  },
  serverProject('pglite'),
];

if (process.env.TEST_DATABASE_URL) projects.push(serverProject('postgres'));

export default defineConfig({ test: { projects } });
