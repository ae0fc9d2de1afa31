/**
 * A page that throws its document away after Backstory has read it, in Firefox (issue 25,
 * finding 8): `document.open()`/`write()`, `document.replaceChild` of `<html>` or
 * `documentElement.replaceWith`. The new names are highlighted, the popup lists them and not the
 * old ones, and a card opens on them.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import { highlightedTexts, hover, waitForCard, waitForHighlighted } from './firefox-probe';
import type { TestServer } from './harness';

let firefox: FirefoxSession;
let server: TestServer;

beforeAll(async () => {
  ({ firefox, server } = await openFirefoxSuite());
});

afterAll(async () => {
  await closeFirefoxSuite(firefox, server);
});

/** The entities the tab's popup lists under "On this page", read from a popup opened afresh. */
async function popupEntities(tabId: number): Promise<string[]> {
  const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '.pp-story__meta');
  const ids = await popup.$$eval('[data-entity-id]', (elements) =>
    elements.map((el) => el.getAttribute('data-entity-id') ?? ''),
  );
  await popup.close();
  return [...new Set(ids)].sort();
}

async function waitForNewNames(page: Page): Promise<void> {
  await waitForHighlighted(page, 'Hakan Fidan');
  await waitForHighlighted(page, 'Marco Rubio');
  // No mark left on the old document's names (detached, their ranges read '').
  const texts = await highlightedTexts(page);
  expect(texts.filter((text) => !/Fidan|Rubio|Washington/.test(text))).toEqual([]);
}

describe.each(['open', 'replaceChild', 'replaceWith'])('a page that replaces its document, in Firefox (%s)', (how) => {
  it('highlights the new names, reports them instead of the old ones, and opens cards on them', async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const url = server.url(`/fixtures/replaced-document.html?how=${how}`);
    await page.goto(url);
    // The page replaces its document once Backstory has marked the first one.
    await page.waitForSelector(`html[data-replaced="${how}"]`, { timeout: 15_000 });
    await waitForNewNames(page);

    const tabId = await firefox.tabIdOf(url);
    await expect
      .poll(() => popupEntities(tabId), { timeout: 15_000, interval: 200 })
      .toEqual(['hakan-fidan', 'marco-rubio']);

    await page.bringToFront();
    await hover(page, 'Hakan Fidan');
    await waitForCard(page, 'Hakan Fidan');
    await page.close();
  });
});
