/**
 * Reading memory in real Chromium with the built extension (issue 22): an article read (in the
 * foreground for a few seconds) is remembered; a later article that names one of its people
 * without saying who they are gets a card from the earlier one, dated and linked; the briefing
 * shows the story so far; after "Forget everything" in the options, the card no longer does.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../lib/story/iso-date';
import { hover, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { highlightedTexts } from './mention-probe';
import { corpusAvailable } from './paths';

/** The open card's "Earlier in your reading": its text and links, or null when it has none. */
function earlierOnCard(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card');
    const section = card?.querySelector('.bs-earlier');
    return {
      role: card?.querySelector('.bs-card__role')?.textContent ?? null,
      section: section?.textContent ?? null,
      links: [...(card?.querySelectorAll<HTMLAnchorElement>('.bs-earlier__link') ?? [])].map((a) => ({
        label: a.textContent,
        href: a.getAttribute('href'),
      })),
    };
  });
}

async function waitForHighlighted(page: Page, text: string): Promise<void> {
  await expect.poll(() => highlightedTexts(page), { timeout: 20_000, interval: 200 }).toContain(text);
}

describe('reading memory in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  /** The options page's count of articles remembered. */
  async function usage(options: Page): Promise<string> {
    await options.reload();
    const line = options.getByTestId('reading-usage');
    // Until the background answers, the line says it is looking.
    await expect.poll(async () => (await line.textContent()) ?? '').not.toMatch(/^Looking/);
    return (await line.textContent()) ?? '';
  }

  it('gives a later article’s unexplained name a card from the earlier article, until the reader forgets everything', async () => {
    const first = await browser.newPage();
    const errors = watchErrors(first);
    await first.goto(server.url('/fixtures/article-any.html'));
    await waitForHighlighted(first, 'Margit Osterberg');
    const options = await browser.openExtensionPage('options.html');
    // Read: a few seconds in the foreground.
    await first.bringToFront();
    await expect.poll(() => usage(options), { timeout: 20_000, interval: 500 }).toMatch(/^1 article remembered/);

    const later = await browser.newPage();
    await later.goto(server.url('/fixtures/article-later.html'));
    await waitForHighlighted(later, 'Margit Osterberg');
    await hover(later, 'Margit Osterberg');
    await waitForCard(later, 'Margit Osterberg');
    await expect
      .poll(async () => (await earlierOnCard(later)).section, { timeout: 5_000 })
      .toContain('Earlier in your reading');
    const card = await earlierOnCard(later);
    // The later article never says who she is; the earlier one did.
    expect(card.role).toBe('Council leader');
    expect(card.section).toContain('We have waited long enough for a boat that runs every hour');
    // Dated in the browser's own language.
    const language = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    expect(card.links[0]).toEqual({
      label: `The Coastal Ledger · ${formatIsoDate('2026-03-14', language)}`,
      href: server.url('/fixtures/article-any.html'),
    });

    // The briefing: the story so far, and everyone read about.
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${await browser.tabIdOf(later)}`);
    const soFar = panel.getByRole('region', { name: 'Story so far' });
    await expect
      .poll(() => soFar.getByRole('link').first().textContent(), { timeout: 10_000 })
      .toBe('Harbour council approves the new ferry line');
    // What this article adds to what the reader knew of her: the earlier article never said it.
    const fresh = soFar.getByRole('heading', { name: 'New since you last read about Margit Osterberg' });
    expect(await fresh.count()).toBe(1);
    expect(await soFar.textContent()).toContain('Margit Osterberg told the island radio station');
    const people = panel.getByRole('region', { name: 'People you’ve read about' });
    await expect.poll(() => people.textContent(), { timeout: 10_000 }).toContain('Margit Osterberg');
    await panel.close();

    // Forget everything: the next card for her says nothing of the earlier article.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await expect.poll(() => usage(options), { timeout: 10_000 }).toMatch(/^0 articles remembered/);
    await later.reload();
    await waitForHighlighted(later, 'Margit Osterberg');
    await hover(later, 'Margit Osterberg');
    await waitForCard(later, 'Margit Osterberg');
    await later.waitForTimeout(1000);
    expect((await earlierOnCard(later)).section).toBeNull();
    expect(errors.pageErrors).toEqual([]);
    await Promise.all([first.close(), later.close(), options.close()]);
  });

  it('remembers nothing from a site the reader switched off', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await expect.poll(() => usage(options), { timeout: 10_000 }).toMatch(/^0 articles remembered/);
    await options.getByLabel('Turn Backstory off on a site').fill(server.url('/'));
    await options.getByRole('button', { name: 'Add site' }).click();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/fixtures/article-any.html'));
      await page.waitForTimeout(7000);
      expect(await usage(options)).toMatch(/^0 articles remembered/);
    } finally {
      await options.getByRole('button', { name: /Turn Backstory on again/ }).click();
      await expect.poll(() => options.getByRole('button', { name: /Turn Backstory on again/ }).count()).toBe(0);
      await Promise.all([page.close(), options.close()]);
    }
  });

  it.skipIf(!corpusAvailable())('remembers a saved BBC article and brings it back on a later page', async () => {
    const first = await browser.newPage();
    await first.goto(server.url('/corpus/bbc-1.html'));
    await waitForHighlighted(first, 'Jon Sopel');
    // Scrolled into: counts as read at once.
    await first.mouse.wheel(0, 1200);
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => usage(options), { timeout: 20_000, interval: 500 }).toMatch(/^1 article remembered/);
    const later = await browser.newPage();
    await later.goto(server.url('/fixtures/article-sopel.html'));
    await waitForHighlighted(later, 'Jon Sopel');
    await hover(later, 'Jon Sopel');
    await waitForCard(later, 'Jon Sopel');
    await expect
      .poll(async () => (await earlierOnCard(later)).section, { timeout: 5_000 })
      .toContain('Earlier in your reading');
    expect((await earlierOnCard(later)).role).toContain('North America editor');
    await Promise.all([first.close(), later.close(), options.close()]);
  });
});
