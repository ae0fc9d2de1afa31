/**
 * French and German articles in real Chromium with the built extension: a page declared in
 * either language gets cards for its people, with the role as the article writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, readCardParts, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { highlightedTexts } from './mention-probe';

describe('French and German articles in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  for (const [fixture, name, role] of [
    ['article-fr.html', 'Maëlle Bonnefoy', 'directrice du port'],
    ['article-de.html', 'Antje Wollschläger', 'Reederei-Geschäftsführerin'],
  ] as const) {
    it(`shows a card from the article for ${name}, with the role as written`, async () => {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url(`/fixtures/${fixture}`));
      await expect.poll(() => highlightedTexts(page), { timeout: 20_000, interval: 200 }).toContain(name);
      await hover(page, name);
      await waitForCard(page, name);
      const card = await page.evaluate(readCardParts);
      expect(card.role).toBe(role);
      expect(card.origin).toBe('In this article');
      expect(errors.pageErrors).toEqual([]);
      await page.close();
    });
  }
});
