import { defineConfig } from 'vitest/config';

// Real-browser tests: they load the built extension (.output/) into Debian's Chromium / Firefox.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the machine has two cores and each browser wants both.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
