/**
 * A page that throws its document away after Backstory has read it (issue 25, finding 8):
 * `document.open()`/`write()`, `document.replaceChild` of `<html>` or `documentElement.replaceWith`.
 * The new document's names are highlighted, the popup lists them and not the old ones, and a card
 * opens on them, also when a card had already been shown on the old document.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { highlightedTexts, waitForHighlights } from './mention-probe';

let browser: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
});

afterAll(() => closeChromiumSuite(browser, server));

/** The entities the tab's popup lists under "On this page", read from a popup opened afresh. */
async function popupEntities(tabId: number): Promise<string[]> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.pp-story__meta', { timeout: 10_000 });
  const ids = await popup
    .locator('[data-entity-id]')
    .evaluateAll((elements) => elements.map((el) => el.getAttribute('data-entity-id') ?? ''));
  await popup.close();
  return [...new Set(ids)].sort();
}

/** Waits for the new document's names, and for no mark left on the old one's (detached, they read ''). */
async function waitForNewNames(page: Page): Promise<void> {
  await expect
    .poll(() => highlightedTexts(page), { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['Hakan Fidan', 'Marco Rubio']));
  const texts = await highlightedTexts(page);
  expect(texts.filter((text) => !/Fidan|Rubio|Washington/.test(text))).toEqual([]);
}

describe.each(['open', 'replaceChild', 'replaceWith'])('a page that replaces its document (%s)', (how) => {
  it('highlights the new names, reports them instead of the old ones, and opens cards on them', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/fixtures/replaced-document.html?how=${how}`));
    // The page replaces its document once Backstory has marked the first one.
    await page.locator(`html[data-replaced="${how}"]`).waitFor({ timeout: 15_000 });
    await waitForNewNames(page);

    const tabId = await browser.tabIdOf(page);
    await expect.poll(() => popupEntities(tabId), { timeout: 15_000 }).toEqual(['hakan-fidan', 'marco-rubio']);

    await page.bringToFront();
    await hover(page, 'Hakan Fidan');
    await waitForCard(page, 'Hakan Fidan');
    await page.close();
  });
});

describe('a page that writes a new document while a card has been shown on the old one', () => {
  it('shows the next card on the new document', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/replaced-document.html?how=open&when=asked'));
    await waitForHighlights(page, 2);
    await hover(page, 'Vladimir Medinsky');
    await waitForCard(page, 'Vladimir Medinsky');
    await page.mouse.move(2, 2);

    await page.evaluate(() => (window as unknown as { replaceDocument(): void }).replaceDocument());
    await waitForNewNames(page);
    await hover(page, 'Marco Rubio');
    await waitForCard(page, 'Marco Rubio');
    // The card's host is on the new <html>, not left on the old one.
    expect(await page.evaluate(() => document.querySelectorAll('[data-backstory-ui]').length)).toBe(1);
    await page.close();
  });
});
