/**
 * Esc on a card the keyboard opened gives focus back to what had it before, so a keyboard reader
 * carries on from where they were instead of from the top of the page. The other card tests open
 * the card with nothing focused, where "back" and "nowhere" look the same.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForNoCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { sendCommand } from './mention-commands';
import { waitForHighlights } from './mention-probe';

describe('focus when a keyboard-opened card closes', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  const cardHasFocus = (page: Page) =>
    page.waitForFunction(() => document.activeElement === document.querySelector('[data-backstory-ui]'), null, {
      timeout: 5_000,
    });

  it('returns focus to the link that had it, after stepping through mentions, when Esc closes the card', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/card-plain.html'));
    await waitForHighlights(page);
    await page.bringToFront();
    await page.focus('#the-link');

    await sendCommand(browser, page, 'next-mention');
    await cardHasFocus(page);
    await sendCommand(browser, page, 'next-mention');
    await cardHasFocus(page);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('the-link');
    await page.close();
  });
});
