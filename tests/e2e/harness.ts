/**
 * Real-browser helpers shared by every e2e test: Chromium with the built extension loaded
 * into a throwaway profile, the static server, and page-error collection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, findChromium } from './paths';

import { startServer, type TestServer } from './server';

export { startServer, type TestServer };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // This machine has no network: background fetches would only produce refused connections.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  newPage(): Promise<Page>;
  /** Opens an extension page (popup.html, sidepanel.html?tabId=3, options.html) as a tab. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** The tab id Chromium gave a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Device pixels per CSS pixel (the store screenshots are taken at 2 for Mozilla's size). */
  deviceScaleFactor?: number;
  /**
   * The browser's interface language ("uk"): `--lang`, which picks the extension's `_locales`
   * table; `locale` sets the pages' own. Headless Chromium's i18n.getUILanguage() still says
   * "en-US" (lib/extension/ui-locale.ts says how Backstory copes).
   */
  lang?: string;
  /** Another Chrome, Chromium or Edge than findChromium's (the demo's own search). */
  executablePath?: string;
  /**
   * How the extension is loaded: the command-line flags, which only Chromium and Chrome for
   * Testing still obey, or the DevTools protocol's Extensions.loadUnpacked, which branded Chrome
   * (137 and later) and Edge also accept.
   */
  sideload?: 'flags' | 'devtools';
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found: install it with `apt-get install chromium` or set CHROME_PATH.');
  }
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const byDevtools = options.sideload === 'devtools';
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    ...(options.lang ? { locale: options.lang } : {}),
    // Playwright turns extensions off unless the flags name one.
    ...(byDevtools ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(byDevtools
        ? ['--enable-unsafe-extension-debugging']
        : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
      ...CHROMIUM_ARGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  if (byDevtools) await loadUnpacked(context, extensionDir);
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    newPage: () => context.newPage(),
    async openExtensionPage(pathname) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await serviceWorker.evaluate(async (target: string) => {
        // Runs in the service worker, where `chrome` exists; typed here by what we use of it.
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab found for ${url}`);
      return id;
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Extensions.loadUnpacked over the browser's DevTools pipe (needs --enable-unsafe-extension-debugging). */
async function loadUnpacked(context: BrowserContext, extensionDir: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context to load the extension into');
  const session = await browser.newBrowserCDPSession();
  await session.send('Extensions.loadUnpacked', { path: extensionDir });
  await session.detach();
}

interface TabsApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
}

export interface ErrorLog {
  pageErrors: string[];
  consoleErrors: string[];
}

/** Collects uncaught page errors and console errors as the page runs. */
export function watchErrors(page: Page): ErrorLog {
  const log: ErrorLog = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  return log;
}

/** The usual session of a suite: the static server, and Chromium with the extension and every other origin blocked. */
export async function openChromiumSuite(
  options: LaunchOptions = {},
): Promise<{ browser: ChromiumSession; server: TestServer }> {
  const server = await startServer();
  const browser = await launchChromium(options);
  await blockExternalRequests(browser.context, server.origin);
  return { browser, server };
}

/** Closes what `openChromiumSuite` opened (either may be missing when opening failed). */
export async function closeChromiumSuite(browser: ChromiumSession | undefined, server: TestServer | undefined) {
  await browser?.close();
  await server?.close();
}

/** Route every request that is not to the local test server to an abort: the machine is offline anyway. */
export async function blockExternalRequests(context: BrowserContext, allowedOrigin: string): Promise<void> {
  await context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== allowedOrigin,
    (route) => route.abort(),
  );
}

/** Empties the extension's `storage.local`, from its service worker (a test's fresh start). */
export async function clearExtensionStorage(browser: ChromiumSession): Promise<void> {
  await browser.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
}
