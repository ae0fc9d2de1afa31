/**
 * The demo's browser: the one find-browser.ts finds on this machine, or Debian's `chromium`
 * installed now when chromium-install-plan.ts says the demo may; otherwise one line saying what
 * to run, and exit. This file only gathers the machine's facts and runs the plan.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumInstallPlan } from './chromium-install-plan';
import { BRAND_NAMES, type BrowserSearch, type FoundBrowser, findBrowser } from './find-browser';

const THIS_MACHINE: BrowserSearch = { platform: process.platform, env: process.env, exists: existsSync };

export function ensureBrowser(search: BrowserSearch = THIS_MACHINE): FoundBrowser {
  const { CHROME_PATH } = search.env;
  if (CHROME_PATH && !search.exists(CHROME_PATH)) {
    console.warn(`CHROME_PATH is ${CHROME_PATH}, which does not exist: looking elsewhere.`);
  }
  const found = findBrowser(search);
  if (found) {
    console.log(`Browser: ${BRAND_NAMES[found.brand]} (${found.path})`);
    return found;
  }

  const plan = chromiumInstallPlan({
    platform: search.platform,
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : undefined,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    isRoot: process.getuid?.() === 0,
    passwordlessSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  });
  if (plan.kind === 'advise') return fail(plan.message);

  console.log(`No Chrome, Chromium or Edge found: installing Debian's chromium (${plan.display})…`);
  for (const [command, ...args] of plan.commands) {
    const run = spawnSync(command as string, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0)
      return fail(
        `Installing chromium failed (${[command, ...args].join(' ')}); run it yourself, then \`npm run demo\`.`,
      );
  }
  const installed = findBrowser(search);
  if (!installed) return fail('chromium was installed but is not where it should be: set CHROME_PATH to it.');
  console.log(`Browser: ${BRAND_NAMES[installed.brand]} (${installed.path})`);
  return installed;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
