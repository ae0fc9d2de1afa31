/**
 * Any-article reading in real Chromium with the built extension: an article page gets cards for
 * people no story knows, from the article itself; a page that is not an article gets nothing
 * until the popup's "Find names on this page"; hostile pages stay quiet.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, readCardParts, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { highlightedTexts } from './mention-probe';
import { pageRead } from './page-read-probe';
import { corpusAvailable } from './paths';

/** Waits until the page's highlights include `text` (the article is read off the page, then rescanned). */
async function waitForHighlighted(page: Page, text: string): Promise<void> {
  await expect.poll(() => highlightedTexts(page), { timeout: 20_000, interval: 200 }).toContain(text);
}

describe('any-article reading in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  async function articleOf(page: Page): Promise<unknown> {
    const tabId = await browser.tabIdOf(page);
    return browser.serviceWorker.evaluate(async (id) => {
      // Runs in the service worker, where `chrome` exists; typed by what we use of it.
      const api = (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: string): Promise<Record<string, { article?: unknown }>> } } };
        }
      ).chrome;
      return (await api.storage.session.get(`tabState:${id}`))[`tabState:${id}`]?.article ?? null;
    }, tabId);
  }

  it('shows a card, from the article itself, for a person in no story, with the role as written', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/article-any.html'));
    await waitForHighlighted(page, 'Margit Osterberg');
    await hover(page, 'Margit Osterberg');
    await waitForCard(page, 'Margit Osterberg');
    const card = await page.evaluate(readCardParts);
    expect(card.role).toBe('Council leader');
    expect(card.origin).toBe('In this article');
    expect(card.text).toContain('Read by Backstory, in your browser, from this article');
    // "Show" beside one of the article's lines marks that sentence on the page.
    await page.evaluate(() =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('.bs-card__show')
        ?.click(),
    );
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('backstory-active') ?? [])].map(String)))
      .toEqual(['“The islands have been cut off every winter, and this changes that,” Osterberg added.']);
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps two people who share a surname apart and leaves the bare surname unmarked', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/article-any.html'));
    await waitForHighlighted(page, 'Lars Berg');
    const texts = await highlightedTexts(page);
    expect(texts).toContain('Anna Berg');
    expect(texts).not.toContain('Berg');
    await hover(page, 'Lars Berg');
    await waitForCard(page, 'Lars Berg');
    expect((await page.evaluate(readCardParts)).role).toBe('shipping executive');
    await page.close();
  });

  it('reads nothing on a page that is not an article until the popup’s button is pressed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/not-an-article.html'));
    await expect.poll(() => pageRead(browser, page), { timeout: 15_000, interval: 100 }).toBe(true);
    await page.waitForTimeout(2500);
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await articleOf(page)).toBeNull();

    const popup = await browser.openExtensionPage(`popup.html?tabId=${await browser.tabIdOf(page)}`);
    await popup.getByRole('button', { name: 'Find names on this page' }).click();
    await waitForHighlighted(page, 'Margit Osterberg');
    await expect.poll(() => popup.getByText('Named in this article').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('.pp-entity__name').allTextContents()).toContain('Tobias Lindqvist');
    await popup.close();
    await page.close();
  });

  it('leaves the hostile-CSS page quiet: no article read, no page error', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/card-hostile.html'));
    await expect.poll(() => pageRead(browser, page), { timeout: 15_000, interval: 100 }).toBe(true);
    await page.waitForTimeout(2500);
    expect(await articleOf(page)).toBeNull();
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it.skipIf(!corpusAvailable())('shows a card with the role for a person on a saved BBC article', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/corpus/bbc-1.html'));
    await waitForHighlighted(page, 'Jon Sopel');
    await hover(page, 'Jon Sopel');
    await waitForCard(page, 'Jon Sopel');
    expect((await page.evaluate(readCardParts)).role).toContain('North America editor');
    await page.close();
  });
});
