/**
 * Firefox (Debian firefox-esr) driven over WebDriver BiDi by puppeteer-core, with the built
 * extension installed as a temporary add-on. The UUID pref pins its moz-extension:// address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { startServer, type TestServer } from './harness';
import { FIREFOX_BUILD, findFirefox } from './paths';

export const FIREFOX_EXTENSION_UUID = '6f1c4a52-6d6b-4f3e-9a86-3c2b1f0e7d11';

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  /** Installs a build as a temporary add-on; over an installed one (the same gecko id) it is an update. */
  install(extensionDir: string): Promise<void>;
  newPage(): Promise<Page>;
  /** Opens an extension page; Firefox never resolves goto() for moz-extension:// URLs, so wait for a selector. */
  openExtensionPage(pathname: string, readySelector: string): Promise<Page>;
  /** The id of the tab showing `url`, asked of the tabs API from an extension page. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** Firefox on a fresh profile, with `extensionDir` installed (null: nothing yet). */
export async function launchFirefox(
  extensionDir: string | null = FIREFOX_BUILD,
  extraPrefs: Record<string, unknown> = {},
  extraEnv?: Record<string, string>,
): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error('Firefox not found: install it with `apt-get install firefox-esr` or set FIREFOX_PATH.');
  }
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    ...(extraEnv ? { env: { ...process.env, ...extraEnv } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Offline machine: no update pings, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.update.enabled': false,
      ...extraPrefs,
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const session: FirefoxSession = {
    browser,
    extensionOrigin,
    async install(dir) {
      await browser.installExtension(dir);
    },
    newPage: () => browser.newPage(),
    async tabIdOf(url) {
      const probe = await session.openExtensionPage('sidepanel.html', 'main');
      const id = await probe.evaluate(async (target: string) => {
        const api = (globalThis as unknown as { browser: TabsBrowser }).browser;
        return (await api.tabs.query({})).find((t) => t.url === target)?.id ?? -1;
      }, url);
      await probe.close();
      if (id < 0) throw new Error(`no tab found for ${url}`);
      return id;
    },
    async openExtensionPage(pathname, readySelector) {
      const page = await browser.newPage();
      void page.goto(`${extensionOrigin}/${pathname.replace(/^\//, '')}`).catch(() => {});
      // Polled by hand: while a moz-extension:// page is still loading, BiDi's script.evaluate
      // can fail outright ("right-hand side of 'in' should be an object"), which would end a
      // waitForSelector early. Such errors only mean "not yet".
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = await page.$(readySelector).catch(() => null);
        if (found) return page;
        if (Date.now() > deadline) throw new Error(`${pathname}: ${readySelector} did not appear within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** What an extension page uses of the tabs API. */
interface TabsBrowser {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
}

/** A suite's Firefox and the local test server it loads pages from. */
export async function openFirefoxSuite(): Promise<{ firefox: FirefoxSession; server: TestServer }> {
  const server = await startServer();
  const firefox = await launchFirefox();
  return { firefox, server };
}

/** Closes what `openFirefoxSuite` opened (either may be missing when opening failed). */
export async function closeFirefoxSuite(firefox: FirefoxSession | undefined, server: TestServer | undefined) {
  await firefox?.close();
  await server?.close();
}
