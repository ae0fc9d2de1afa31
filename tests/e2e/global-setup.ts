/**
 * Before any e2e test: make sure the browsers exist (one clear line if not) and build the
 * extension fresh, so the tests never run against a stale .output/.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './paths';

export default function setup(): void {
  if (!findChromium()) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get install chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  if (process.env.BACKSTORY_E2E_NO_BUILD === '1') return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  }
}
