/**
 * A tab that was open before Backstory was installed has no content script (Chrome does not
 * inject into open tabs): the popup must say so and offer to reload the tab, and the reload must
 * start Backstory there. Playwright can only load an extension at launch, so this one suite
 * drives Chromium with puppeteer-core, which installs it into a running browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, startServer, type TestServer } from './harness';
import { MENTION_HIGHLIGHT } from './mention-probe';
import { CHROME_BUILD, findChromium } from './paths';

const highlightCount = (page: Page) =>
  page.evaluate((name: string) => CSS.highlights.get(name)?.size ?? 0, MENTION_HIGHLIGHT);

describe('a tab opened before Backstory was installed', () => {
  let browser: Browser;
  let server: TestServer;
  let profileDir: string;

  beforeAll(async () => {
    server = await startServer();
    profileDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-install-'));
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profileDir,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('gets an offer to reload in the popup, and the reload starts Backstory there', async () => {
    const article = await browser.newPage();
    await article.goto(server.url('/demo/index.html?opened-before-install'));
    const extensionId = await browser.installExtension(CHROME_BUILD);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await highlightCount(article)).toBe(0);

    const popup = await browser.newPage();
    const consoleErrors: string[] = [];
    popup.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    popup.on('pageerror', (error) => consoleErrors.push(String(error)));
    await popup.setViewport({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await popup.evaluate(async (wanted: string) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      };
      return (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id ?? -1;
    }, article.url());
    expect(tabId).toBeGreaterThan(0);

    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.bs-notice[data-state="not-injected"]');
    expect(await popup.$eval('.bs-notice h2', (h) => h.textContent)).toMatch(/Reload to start Backstory here/);
    const reload = await popup.waitForSelector('::-p-text(Reload this tab)');
    await reload?.click();
    // Backstory does no work in a hidden tab: the reader comes back to the article.
    await article.bringToFront();

    await article.waitForFunction(
      (name: string) => (CSS.highlights.get(name)?.size ?? 0) > 20,
      { timeout: 15_000 },
      MENTION_HIGHLIGHT,
    );
    expect(consoleErrors).toEqual([]);
  });
});
