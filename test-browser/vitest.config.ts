import { defineConfig } from 'vitest/config';

/** The real-browser test (`npm run test:browser`): Debian chromium driven by playwright-core. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test-browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
