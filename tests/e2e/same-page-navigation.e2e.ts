/**
 * What the popup says about a tab after its page moves without reloading. A #fragment change
 * (a table of contents, a "jump to comments" link) keeps the page and its state, the story read
 * from its article included. A single-page move to a new address (an infinite-scroll news site
 * updates the address as the reader scrolls into the next article) makes the background drop the
 * old address's state, so the page must report itself again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_STATE_KEY_PREFIX } from '../../lib/extension/tab-state-store';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { highlightedTexts, waitForHighlights } from './mention-probe';

describe('the popup after the page moves without reloading', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  /** The address of the tab's state as the background keeps it (null when it keeps none). */
  async function reportedUrl(tabId: number): Promise<string | null> {
    return browser.serviceWorker.evaluate(
      async ([id, prefix]) => {
        // Runs in the service worker, where `chrome` exists; typed by what we use of it.
        const api = (
          globalThis as unknown as {
            chrome: { storage: { session: { get(k: string): Promise<Record<string, { url?: string }>> } } };
          }
        ).chrome;
        const key = `${prefix}${id}`;
        return (await api.storage.session.get(key))[key]?.url ?? null;
      },
      [tabId, TAB_STATE_KEY_PREFIX] as const,
    );
  }

  /** The people the popup lists for the tab, polled until they include `name`. */
  async function expectPopupToList(tabId: number, name: string): Promise<void> {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('.pp-entity__name, .pp-chip__name').allTextContents(), { timeout: 10_000 })
      .toContain(name);
    await popup.close();
  }

  async function openAndRead(pathname: string, name: string): Promise<{ page: Page; tabId: number }> {
    const page = await browser.newPage();
    await page.goto(server.url(pathname));
    await expect.poll(() => highlightedTexts(page), { timeout: 20_000, interval: 200 }).toContain(name);
    const tabId = await browser.tabIdOf(page);
    await expectPopupToList(tabId, name);
    return { page, tabId };
  }

  it('keeps the people read from the article after a #fragment change', async () => {
    const { page, tabId } = await openAndRead('/fixtures/article-any.html', 'Margit Osterberg');
    const moved = await page.evaluate(() => {
      location.hash = '#comments';
      return location.href;
    });
    // The page reports itself after the move; once that report is in, the popup reads the state.
    await expect.poll(() => reportedUrl(tabId), { timeout: 10_000 }).toBe(moved);
    await expectPopupToList(tabId, 'Margit Osterberg');
    await page.close();
  });

  it('reports the page again at its new address after a single-page move', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/card-plain.html'));
    await waitForHighlights(page);
    const tabId = await browser.tabIdOf(page);
    await expectPopupToList(tabId, 'Vladimir Medinsky');
    const moved = await page.evaluate(() => {
      history.pushState({}, '', '/fixtures/card-plain.html?article=2');
      return location.href;
    });
    await expect.poll(() => reportedUrl(tabId), { timeout: 10_000 }).toBe(moved);
    await expectPopupToList(tabId, 'Vladimir Medinsky');
    await page.close();
  });
});
