import { defineConfig } from 'vitest/config';

// The release command end to end (`npm run test:release`): it builds the packages twice, from the
// committed tree and from the sources zip alone, in throwaway clones. No browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/release/**/*.test.ts'],
    // One build at a time: the machine has two cores and each build wants both.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
