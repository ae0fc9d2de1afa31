/**
 * Reading memory in real Firefox (firefox-esr, the build as a temporary add-on): the archive lives
 * in the background page's IndexedDB. An article read is remembered; a later article that names
 * one of its people without saying who they are gets a card from the earlier one; after "Forget
 * everything" in the options, it no longer does.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../lib/story/iso-date';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import { hover, waitForCard, waitForHighlighted } from './firefox-probe';
import type { TestServer } from './harness';

/** The open card's "Earlier in your reading" text, or null when it has none. */
function earlierSection(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card .bs-earlier')?.textContent ??
      null,
  );
}

/** Clicks the options page's button whose text is `label` (the last one: a confirmation comes after). */
function clickButton(page: Page, label: string): Promise<void> {
  return page.evaluate((text: string) => {
    const buttons = [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);
    buttons.at(-1)?.click();
  }, label);
}

describe('reading memory in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ firefox, server } = await openFirefoxSuite());
  });
  afterAll(async () => {
    await closeFirefoxSuite(firefox, server);
  });

  async function usage(): Promise<string> {
    const options = await firefox.openExtensionPage('options.html', '[data-testid="reading-usage"]');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const text = await options.$eval('[data-testid="reading-usage"]', (el) => el.textContent ?? '');
    await options.close();
    return text;
  }

  it('gives a later article’s unexplained name a card from the earlier one, until the reader forgets everything', async () => {
    const first = await firefox.newPage();
    await first.setViewport({ width: 1280, height: 400 });
    await first.goto(server.url('/fixtures/article-any.html'));
    await waitForHighlighted(first, 'Margit Osterberg');
    // The reader scrolls into the article: it counts as read.
    await first.evaluate(() => window.scrollBy(0, 400));
    await expect.poll(usage, { timeout: 20_000, interval: 500 }).toMatch(/^1 article remembered/);

    const later = await firefox.newPage();
    await later.setViewport({ width: 1280, height: 900 });
    await later.goto(server.url('/fixtures/article-later.html'));
    await waitForHighlighted(later, 'Margit Osterberg');
    await hover(later, 'Margit Osterberg');
    await waitForCard(later, 'Margit Osterberg');
    await expect.poll(() => earlierSection(later), { timeout: 5_000 }).toContain('Earlier in your reading');
    // Dated in the browser's own language.
    const page = await firefox.openExtensionPage('options.html', '[data-testid="reading-usage"]');
    const language = await page.evaluate(() =>
      (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage(),
    );
    await page.close();
    expect(await earlierSection(later)).toContain(`The Coastal Ledger · ${formatIsoDate('2026-03-14', language)}`);

    const options = await firefox.openExtensionPage('options.html', '[data-testid="reading-usage"]');
    await clickButton(options, 'Forget everything');
    await clickButton(options, 'Forget everything');
    await options.close();
    await expect.poll(usage, { timeout: 10_000, interval: 500 }).toMatch(/^0 articles remembered/);

    await later.bringToFront();
    await later.reload();
    await waitForHighlighted(later, 'Margit Osterberg');
    await hover(later, 'Margit Osterberg');
    await waitForCard(later, 'Margit Osterberg');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await earlierSection(later)).toBeNull();
    await first.close();
    await later.close();
  });
});
