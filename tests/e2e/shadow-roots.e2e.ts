/**
 * Text in open shadow roots (issue 25, finding 10): a declarative one, and one attached well
 * after load by a custom element whose definition arrives late (nested in another). Their names
 * are highlighted and cards open on them; a closed root's text stays unread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard, waitForNoCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { highlightedTexts } from './mention-probe';

let browser: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
});

afterAll(() => closeChromiumSuite(browser, server));

describe('a page built of web components', () => {
  it('highlights names in open shadow roots, declarative and attached after load, and opens cards on them', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/web-components.html'));
    await page.locator('html[data-defined="true"]').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Marco Rubio', 'Hakan Fidan']));
    // The closed root's name is never read.
    expect(await highlightedTexts(page)).not.toContain('Rustem Umerov');

    await hover(page, 'Marco Rubio');
    await waitForCard(page, 'Marco Rubio');
    // The card would cover the next name down.
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await hover(page, 'Hakan Fidan');
    await waitForCard(page, 'Hakan Fidan');
    await page.close();
  });

  it('lists the names in shadow roots in the popup, in reading order, and jumps to them', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/web-components.html?define=0'));
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Marco Rubio', 'Hakan Fidan']));
    const tabId = await browser.tabIdOf(page);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('.bf-mention');
    const rows = await panel.locator('.bf-mention').allTextContents();
    const rubio = rows.findIndex((row) => row.includes('Marco Rubio'));
    const fidan = rows.findIndex((row) => row.includes('Hakan Fidan'));
    expect(rubio).toBeGreaterThanOrEqual(0);
    expect(fidan).toBeGreaterThan(rubio);

    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('.bf-mention', { hasText: 'Hakan Fidan' }).first().click();
    await page.bringToFront();
    // Jumping flashes the mention with the active highlight.
    await expect
      .poll(
        () => page.evaluate(() => [...(CSS.highlights.get('backstory-active') ?? [])].map((range) => range.toString())),
        { timeout: 5_000 },
      )
      .toEqual(['Hakan Fidan']);
    await panel.close();
    await page.close();
  });
});
