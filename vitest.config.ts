import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { offlineEnv } from './scripts/offline.mjs';

// No telemetry, update checks or cf.json downloads from wrangler, miniflare or astro during tests.
Object.assign(process.env, offlineEnv);

const migrations = await readD1Migrations('migrations');

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            main: './tests/functions/testWorker.ts',
            miniflare: { bindings: { TEST_MIGRATIONS: migrations, FORM_TOKEN_SECRET: 'test-form-token-secret' } },
          }),
        ],
        test: {
          name: 'functions',
          include: ['tests/functions/**/*.test.ts'],
          setupFiles: ['./tests/functions/applyMigrations.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/startWorker.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
