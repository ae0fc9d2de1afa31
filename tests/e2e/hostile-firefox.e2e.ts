/**
 * A page that presses a card's "Open briefing" by script, in Firefox (issue 25, finding 1):
 * Firefox never opens its sidebar for a message, so every such press used to become a new tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import type { TestServer } from './harness';

describe('a page that presses “Open briefing” by script, in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ firefox, server } = await openFirefoxSuite());
  });

  afterAll(async () => {
    await closeFirefoxSuite(firefox, server);
  });

  it('opens no tab for thirty presses without a gesture', async () => {
    const before = (await firefox.browser.pages()).length;
    const page = await firefox.newPage();
    // Nothing is evaluated in the page before the attack: the page's own timer runs it.
    await page.goto(server.url('/fixtures/hostile-open-briefing.html'));
    await page.waitForSelector('body[data-attack^="done"]', { timeout: 15_000 });
    // The card's root is closed: the page finds no button to press. (What presses that reach it
    // would open is checked in Chromium, where the test can open the root without a gesture.)
    expect(await page.$eval('body', (b) => b.dataset.attack)).toBe('done:0');
    // Give the background time to act on every request it got.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await firefox.browser.pages()).length).toBe(before + 1);
  });
});
