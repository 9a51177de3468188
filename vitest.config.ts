import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two test files at a time. Vitest's default is one fewer than the cores, which on CI's two cores runs every
    // file alone (about 800 s); the files mostly wait on sockets, Chromium and child processes.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,server,client}/src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/test/**/*.test.ts'],
          environment: 'node',
          // One PostgreSQL cluster and one redis-server for the whole run; files take a database each.
          globalSetup: ['server/test/services/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'bench-smoke',
          include: ['bench/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['client/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page opened a moment ago may take longer than the default second to show what the server sent
          // when CI's two cores are busy; the assertions stay the same, they only wait longer for them.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
