import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: happy-dom, the fake browser from WXT, no real browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // testing-library's automatic cleanup between tests needs globals.
    globals: true,
    include: ['tests/{lib,data,components,entrypoints,scripts,bench}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
