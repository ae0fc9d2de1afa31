/**
 * Any-article reading in real Firefox (Debian firefox-esr over WebDriver BiDi) with the Firefox
 * build installed as a temporary add-on: the article goes from the content script to Firefox's
 * background page (an event page, not a service worker), is read there with linkedom, Readability
 * and compromise, and comes back as a story and matcher tables; a page that is not an article gets
 * nothing until the popup's "Find names on this page".
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_STATE_KEY_PREFIX } from '../../lib/extension/tab-state-store';
import { readCardParts } from './card-probe';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import { highlightedTexts, hover, waitForCard, waitForHighlighted } from './firefox-probe';
import type { TestServer } from './harness';

/** Typed by what the tests use of Firefox's `browser` global in an extension page. */
interface ExtensionPageBrowser {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/** What the background keeps for a tab: whether its first scan is over, and the article read from it. */
function tabStateIn(extensionPage: Page, tabId: number): Promise<{ read: boolean; article: boolean } | null> {
  return extensionPage.evaluate(async (key: string) => {
    const api = (globalThis as unknown as { browser: ExtensionPageBrowser }).browser;
    const state = (await api.storage.session.get(key))[key] as { reading?: boolean; article?: unknown } | undefined;
    return state ? { read: state.reading === false, article: state.article != null } : null;
  }, `${TAB_STATE_KEY_PREFIX}${tabId}`);
}

describe('any-article reading in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ firefox, server } = await openFirefoxSuite());
  });
  afterAll(async () => {
    await closeFirefoxSuite(firefox, server);
  });

  it('shows a card, from the article itself, for a person in no story, with the role as written', async () => {
    const page = await firefox.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url('/fixtures/article-any.html'));
    await waitForHighlighted(page, 'Margit Osterberg');
    await hover(page, 'Margit Osterberg');
    await waitForCard(page, 'Margit Osterberg');
    const card = await page.evaluate(readCardParts);
    expect(card.role).toBe('Council leader');
    expect(card.origin).toBe('In this article');
    expect(card.text).toContain('Read by Backstory, in your browser, from this article');
    // Two people who share a surname stay apart; the bare surname is left unmarked.
    const texts = await highlightedTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['Anna Berg', 'Lars Berg', 'Tobias Lindqvist']));
    expect(texts).not.toContain('Berg');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('reads nothing on a page that is not an article until the popup’s button is pressed', async () => {
    const page = await firefox.newPage();
    const url = server.url('/fixtures/not-an-article.html');
    await page.goto(url);
    const tabId = await firefox.tabIdOf(url);

    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '.pp-find__button');
    await expect.poll(() => tabStateIn(popup, tabId), { timeout: 15_000, interval: 100 }).toMatchObject({ read: true });
    // On screen, so that a page wrongly read as an article would also be painted.
    await page.bringToFront();
    // Detection runs in an idle callback after the first scan (at most 2 s later); give a wrong
    // "this is an article" time to be read and painted before saying nothing was.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await tabStateIn(popup, tabId)).toEqual({ read: true, article: false });

    await popup.bringToFront();
    expect(await popup.$eval('.pp-find__button', (b) => b.textContent)).toBe('Find names on this page');
    await popup.click('.pp-find__button');
    // The page paints only while it is on screen (a hidden tab's engine waits), as it is under a real popup.
    await page.bringToFront();
    await waitForHighlighted(page, 'Margit Osterberg');
    expect(await tabStateIn(popup, tabId)).toEqual({ read: true, article: true });
    await popup.waitForFunction(
      () => [...document.querySelectorAll('.pp-side > h3')].some((h) => h.textContent === 'Named in this article'),
      // Polled by time: the popup's tab is in the background now, where animation frames stall.
      { timeout: 10_000, polling: 200 },
    );
    expect(await popup.$$eval('.pp-entity__name', (names) => names.map((n) => n.textContent))).toContain(
      'Tobias Lindqvist',
    );
    await popup.close();
    await page.close();
  });
});
