/**
 * A frame's navigation is not the page's (decision 0025, 2026-12-07): Chromium tells the tab
 * "loading, same address" both when an embedded frame loads another page and when the reader
 * reloads, so a frame that moves on must not empty the popup, and a reload must still drop what
 * the old page listed.
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('lists none of the old page’s names while the reloaded page is still arriving', async () => {
    // A server of its own: the reload's page is sent in part and held, as a slow page arrives,
    // so the old document is gone and the new one's script has not run yet.
    let loads = 0;
    let release = () => {};
    const slow = createServer((_req, res) => {
      loads++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      const text = loads === 1 ? 'Hakan Fidan welcomed Marco Rubio.' : 'Rustem Umerov met Dmitry Peskov.';
      // Enough bytes that the browser commits and shows the page before the rest arrives.
      res.write(`<title>Slow</title><p>${text}</p><!--${' '.repeat(4096)}-->`);
      if (loads === 1) res.end();
      else release = () => res.end('<p>The end.</p>');
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow.html`;
    // The suite blocks every origin but the static server's; this one is local too.
    await browser.context.route(address, (route) => route.continue());
    try {
      const page = await browser.newPage();
      await page.goto(address);
      const tabId = await browser.tabIdOf(page);
      const before = await openPopup(tabId);
      expect(await listedOnceShown(before, 'hakan-fidan')).toEqual(['hakan-fidan', 'marco-rubio']);
      await before.close();

      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => document.body?.textContent?.includes('Rustem Umerov'));
      expect(await tabComplete(tabId)).toBe(false);
      const during = await openPopup(tabId);
      await during.getByText('Reading this page…').waitFor({ timeout: 10_000 });
      expect(await during.locator('[data-entity-id]').count()).toBe(0);

      release();
      expect(await listedOnceShown(during, 'rustem-umerov')).toEqual(['dmitry-peskov', 'rustem-umerov']);
      await during.close();
      await page.close();
    } finally {
      await browser.context.unroute(address);
      release();
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
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
