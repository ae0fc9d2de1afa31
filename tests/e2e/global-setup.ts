/**
 * Before any e2e test: make sure the browsers exist (one clear line if not) and build the
 * extension fresh, so the tests never run against a stale .output/.
 */
import { execFileSync } from 'node:child_process';
import { CORPUS_DIR, corpusAvailable, findChromium } from './paths';

export default function setup(): void {
  if (!findChromium()) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get install chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  // Throws in CI, where the corpus tests must run.
  if (!corpusAvailable()) {
    console.warn(
      `News corpus not found at ${CORPUS_DIR}: the corpus-page tests are skipped. Set BACKSTORY_CORPUS_DIR to run them.`,
    );
  }
  if (process.env.BACKSTORY_E2E_NO_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, and with it @preact/preset-vite bundles Preact's devtools hooks:
  // the tests must run the build that ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
}
