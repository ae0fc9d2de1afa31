/**
 * A frame's navigation is not the page's (decision 0025, 2026-12-07): Chromium tells the tab
 * "loading, same address" both when an embedded frame loads another page and when the reader
 * reloads, so a frame that moves on must not empty the popup, and a reload must still drop what
 * the old page listed.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';

let browser: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
});

afterAll(() => closeChromiumSuite(browser, server));

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The entities the popup lists (sorted), once it lists `awaited`. */
async function listedOnceShown(popup: Page, awaited: string): Promise<string[]> {
  // Attached, not visible: places are listed in a folded group.
  await popup.waitForSelector(`[data-entity-id="${awaited}"]`, { state: 'attached', timeout: 10_000 });
  return popup
    .locator('[data-entity-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id') ?? '').sort());
}

/** Whether the tab has finished loading, as the background hears it. */
function tabComplete(tabId: number): Promise<boolean> {
  return browser.serviceWorker.evaluate(async (id: number) => {
    const api = (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ status?: string }> } } })
      .chrome;
    return (await api.tabs.get(id)).status === 'complete';
  }, tabId);
}

describe('a reload of the page', () => {
  it('lists what the page names now, not what it named before', async () => {
    const address = server.url('/fixtures/reloaded.html');
    let loads = 0;
    await browser.context.route(address, (route) => {
      loads++;
      const text = loads === 1 ? 'Hakan Fidan welcomed Marco Rubio.' : 'Rustem Umerov met Dmitry Peskov.';
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<title>Reloaded</title><p>${text}</p>` });
    });
    const page = await browser.newPage();
    await page.goto(address);
    const tabId = await browser.tabIdOf(page);
    const popup = await openPopup(tabId);
    expect(await listedOnceShown(popup, 'hakan-fidan')).toEqual(['hakan-fidan', 'marco-rubio']);

    await page.reload();
    expect(await listedOnceShown(popup, 'rustem-umerov')).toEqual(['dmitry-peskov', 'rustem-umerov']);
    await popup.close();
    await page.close();
    await browser.context.unroute(address);
  });

  it('drops the old page’s names when the reload fails and nothing reports again', async () => {
    const address = server.url('/fixtures/fails-on-reload.html');
    let loads = 0;
    await browser.context.route(address, (route) => {
      loads++;
      if (loads > 1) return route.abort('connectionreset');
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<title>Fails on reload</title><p>Hakan Fidan welcomed Marco Rubio.</p>',
      });
    });
    const page = await browser.newPage();
    await page.goto(address);
    const tabId = await browser.tabIdOf(page);
    const popup = await openPopup(tabId);
    expect(await listedOnceShown(popup, 'hakan-fidan')).toEqual(['hakan-fidan', 'marco-rubio']);

    // The browser's error page: no content script runs there, and the address stays the same.
    await page.reload().catch(() => {});
    await expect.poll(() => popup.locator('[data-entity-id]').count(), { timeout: 10_000 }).toBe(0);
    await popup.close();
    await page.close();
    await browser.context.unroute(address);
  });
});

describe('a page whose frame navigates', () => {
  it('keeps listing the top frame’s names and the other frames’ after a frame loads another page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/frames-listed.html'));
    const tabId = await browser.tabIdOf(page);
    const before = await openPopup(tabId);
    // Istanbul is the top frame's; Hakan Fidan the srcdoc frame's; Medinsky the same-origin frame's.
    expect(await listedOnceShown(before, 'hakan-fidan')).toEqual(
      expect.arrayContaining(['istanbul', 'hakan-fidan', 'vladimir-medinsky']),
    );
    await before.close();

    // The embedded post moves on, as an ad frame reloads or a live post is replaced, and back.
    for (const [next, named, gone] of [
      ['frame-moved.html', 'rustem-umerov', 'vladimir-medinsky'],
      ['frame-inner.html', 'vladimir-medinsky', 'rustem-umerov'],
    ] as const) {
      const same = page
        .frames()
        .find((frame) => frame.parentFrame() === page.mainFrame() && frame.url().includes('/fixtures/frame-'));
      if (!same) throw new Error('no same-origin frame');
      await same.evaluate((address) => {
        location.href = address;
      }, next);
      await expect.poll(() => tabComplete(tabId), { timeout: 10_000 }).toBe(true);
      const after = await openPopup(tabId);
      const listed = await listedOnceShown(after, named);
      expect(listed).toEqual(expect.arrayContaining(['istanbul', 'hakan-fidan']));
      expect(listed).not.toContain(gone);
      await after.close();
    }
    await page.close();
  });
});
