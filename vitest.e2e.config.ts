import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`npm run test:e2e`): one app server with demo data and one Debian Chromium for
 * the whole run; files run one after another.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    env: { TZ: 'UTC' },
  },
});
