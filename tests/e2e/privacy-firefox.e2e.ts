/**
 * Backstory makes no network requests, in Firefox too (issue 27). WebDriver BiDi does not say
 * which script started a request (every initiator reads "other") and does not see the background
 * page at all, so requests cannot be attributed here as they are in Chromium (privacy.e2e.ts).
 * Instead Firefox sends everything bound for a host other than the loopback test server through a
 * recording proxy that forwards nothing (tests/e2e/outbound-proxy.ts), Firefox's own Remote
 * Settings sync (the only traffic it made by itself here) is pointed at the test server, and the
 * session browses only pages that ask for nothing beyond the test server: a request that reaches
 * the proxy was made because of the extension.
 * The session opens cards, reads an article into the reading archive and brings it back on a
 * later card, finds names from the popup, shows "Story so far" in the sidebar page, imports a
 * pack and exports the archive; every page stays open, watched, until 10 s after the last of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_STATE_KEY_PREFIX } from '../../lib/extension/tab-state-store';
import { type FirefoxSession, launchFirefox } from './firefox-harness';
import { hover, waitForCard, waitForHighlighted } from './firefox-probe';
import { startServer, type TestServer } from './harness';
import { type OutboundRecorder, proxyPrefs, startOutboundRecorder } from './outbound-proxy';
import { ROOT } from './paths';
import { until } from './until';

const VALID_PACK = path.join(ROOT, 'tests/fixtures/packs/valid-pack.json');
const WATCH_AFTER_LAST_INTERACTION_MS = 10_000;
const INTERACTIONS = [
  'read an article into the reading archive',
  'opened a later article’s card with “Earlier in your reading”',
  'showed “Story so far” in the sidebar page',
  'found names on a page that is not an article, from the popup',
  'opened a card on the demo page',
  'imported a story pack in the options',
  'opened a card for a name from the pack',
  'exported the reading archive',
];

/** The parts of the WebExtension API read from an extension page here. */
interface ExtensionApi {
  browser: {
    tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
    storage: { session: { get(key: string): Promise<Record<string, { reading?: boolean }>> } };
    runtime: { getBackgroundPage(): Promise<Window> };
  };
}

function earlierSection(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card .bs-earlier')?.textContent ??
      null,
  );
}

describe('privacy in Firefox: nothing leaves for a host other than the loopback test server', () => {
  let server: TestServer;
  let proxy: OutboundRecorder;
  let firefox: FirefoxSession;
  let downloads: string;
  let extensionPage: Page;
  const done: string[] = [];
  let watchedAfterLastInteraction = 0;
  let outbound: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    proxy = await startOutboundRecorder();
    downloads = mkdtempSync(path.join(os.tmpdir(), 'backstory-downloads-'));
    firefox = await launchFirefox(
      undefined,
      {
        ...proxyPrefs(proxy.port),
        // Firefox's own Remote Settings sync would otherwise fill the proxy; the variable below
        // lets a release build take this server address, and the test server answers 404.
        'services.settings.server': server.url('/remote-settings/v1'),
        // The reading archive's export is a download: into a throwaway folder, without asking.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
      { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    );
    let lastInteraction = Date.now();
    const interacted = (what: string) => {
      done.push(what);
      lastInteraction = Date.now();
    };
    const openPage = async (pathname: string, viewport = { width: 1280, height: 900 }): Promise<Page> => {
      const page = await firefox.newPage();
      await page.setViewport(viewport);
      // A page that fails to load fails the suite: what it would have shown goes unchecked.
      await page.goto(server.url(pathname), { waitUntil: 'load', timeout: 30_000 });
      return page;
    };
    extensionPage = await firefox.openExtensionPage('options.html', '[data-testid="reading-usage"]');
    const tabIdOf = async (pathname: string) => {
      const url = server.url(pathname);
      const id = await extensionPage.evaluate(
        async (wanted: string) =>
          (await (globalThis as unknown as ExtensionApi).browser.tabs.query({})).find((t) => t.url === wanted)?.id ??
          -1,
        url,
      );
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    };
    const usage = async () => {
      const options = await firefox.openExtensionPage('options.html', '[data-testid="reading-usage"]');
      const text = await until(
        () => options.$eval('[data-testid="reading-usage"]', (el) => el.textContent ?? ''),
        (t) => !t.startsWith('Looking'),
        'the archive’s size',
      );
      await options.close();
      return text;
    };

    // An article read (scrolled into) goes into the archive, and comes back on a later card.
    const earlier = await openPage('/fixtures/article-any.html', { width: 1280, height: 400 });
    await waitForHighlighted(earlier, 'Margit Osterberg');
    await earlier.evaluate(() => window.scrollBy(0, 400));
    await until(usage, (text) => /^1 article remembered/.test(text), 'the article to be remembered', 20_000);
    interacted('read an article into the reading archive');
    const later = await openPage('/fixtures/article-later.html');
    await waitForHighlighted(later, 'Margit Osterberg');
    await hover(later, 'Margit Osterberg');
    await waitForCard(later, 'Margit Osterberg');
    await until(
      () => earlierSection(later),
      (text) => !!text?.includes('Earlier in your reading'),
      '“Earlier in your reading” on the card',
    );
    interacted('opened a later article’s card with “Earlier in your reading”');
    const panel = await firefox.openExtensionPage(
      `sidepanel.html?tabId=${await tabIdOf('/fixtures/article-later.html')}`,
      '#bf-so-far a',
    );
    await until(
      () => panel.$eval('#bf-so-far a', (a) => a.textContent),
      (text) => text === 'Harbour council approves the new ferry line',
      '“Story so far” in the sidebar page',
    );
    interacted('showed “Story so far” in the sidebar page');

    // A page that is not an article is read only on demand, from the popup.
    const search = await openPage('/fixtures/not-an-article.html');
    const searchTab = await tabIdOf('/fixtures/not-an-article.html');
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${searchTab}`, '.pp-main');
    // The page scans only while it is on screen (the popup's tab covered it).
    await search.bringToFront();
    await until(
      () =>
        popup.evaluate(
          async (key: string) => (await (globalThis as unknown as ExtensionApi).browser.storage.session.get(key))[key],
          `${TAB_STATE_KEY_PREFIX}${searchTab}`,
        ),
      (state) => state?.reading === false,
      'the page’s first scan',
      15_000,
    );
    await popup.bringToFront();
    await until(
      () => popup.$('.pp-find__button'),
      (button) => button !== null,
      'the popup’s “Find names on this page”',
    );
    await popup.click('.pp-find__button');
    // The page paints only while it is on screen, as it is under a real popup.
    await search.bringToFront();
    await waitForHighlighted(search, 'Margit Osterberg');
    interacted('found names on a page that is not an article, from the popup');

    const demo = await openPage('/demo/index.html');
    await waitForHighlighted(demo, 'Medinsky');
    await hover(demo, 'Medinsky');
    await waitForCard(demo, 'Vladimir Medinsky');
    interacted('opened a card on the demo page');

    const options = await firefox.openExtensionPage('options.html', '[data-testid="pack-file-input"]');
    const input = (await options.$('[data-testid="pack-file-input"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(VALID_PACK);
    await options.waitForSelector('[data-testid="import-success"]', { timeout: 10_000 });
    interacted('imported a story pack in the options');
    const packPage = await openPage('/fixtures/options-pack-page.html');
    await waitForHighlighted(packPage, 'Christina Koch');
    await hover(packPage, 'Christina Koch');
    await waitForCard(packPage, 'Christina Koch');
    interacted('opened a card for a name from the pack');

    await options.bringToFront();
    await options.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.op-reading__actions button')];
      buttons.find((b) => b.textContent?.trim() === 'Export')?.click();
    });
    await options.waitForFunction(
      () => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.startsWith('Exported')),
      { timeout: 10_000, polling: 200 },
    );
    interacted('exported the reading archive');

    await new Promise((resolve) => setTimeout(resolve, WATCH_AFTER_LAST_INTERACTION_MS));
    watchedAfterLastInteraction = Date.now() - lastInteraction;
    outbound = proxy.requests.map((r) => r.request);
  }, 180_000);

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('uses every surface, and watches them all for 10 s after the last interaction', () => {
    expect(done).toEqual(INTERACTIONS);
    expect(watchedAfterLastInteraction).toBeGreaterThanOrEqual(WATCH_AFTER_LAST_INTERACTION_MS);
  });

  it('sends no request to any host but the loopback test server', () => {
    expect(outbound, 'requests that left for another host (through the recording proxy)').toEqual([]);
  });

  it('would notice a request from the background page, an extension page or a page (the proxy sees them)', async () => {
    const before = proxy.requests.length;
    await extensionPage.evaluate(async () => {
      await fetch('http://probe-page.invalid/x').catch(() => {});
      const background = await (globalThis as unknown as ExtensionApi).browser.runtime.getBackgroundPage();
      await background.fetch('http://probe-background.invalid/x').catch(() => {});
    });
    const page = await firefox.newPage();
    await page.goto(server.url('/fixtures/card-plain.html'));
    await page.evaluate(() => fetch('http://probe-web.invalid/x').catch(() => {}));
    await page.close();
    const hosts = proxy.requests.slice(before).map((r) => r.request.replace(/^\S+ (https?:\/\/)?([^/:]+).*$/, '$2'));
    expect(hosts.sort()).toEqual(['probe-background.invalid', 'probe-page.invalid', 'probe-web.invalid']);
  });
});
