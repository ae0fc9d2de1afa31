import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCardRoot } from './card-root';
import { type ChromiumSession, launchChromium, startServer, type TestServer, watchErrors } from './harness';
import { mentionPoint, waitForHighlights } from './mention-probe';
import { CHROME_BUILD } from './paths';

/** Points at a mention of `name` and waits for its card to render. */
async function openCard(page: Page, name: string): Promise<void> {
  const { x, y } = await mentionPoint(page, name);
  await page.mouse.move(x, y, { steps: 2 });
  await waitForCardRoot(page);
  await page.waitForFunction(
    () => !!document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card'),
  );
}

describe('the extension in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the build that ships (no development-only code in the content script)', () => {
    // @preact/preset-vite adds Preact's devtools hooks to any build not made for production.
    const content = readFileSync(path.join(CHROME_BUILD, 'content-scripts/content.js'), 'utf8');
    expect(content).not.toContain('__PREACT_DEVTOOLS__');
  });

  it("gives the scripts every page loads the lean context, not WXT's, and the frame gate none (docs/decisions/0029)", () => {
    const read = (script: string) => readFileSync(path.join(CHROME_BUILD, script), 'utf8');
    // WXT's context carries its location watcher; the pages' (page-script-context.ts) does not.
    expect(read('content-scripts/content.js')).not.toContain('wxt:locationchange');
    expect(read('content-scripts/content.js')).toContain('content-script-started');
    // The script every frame loads makes no context at all: the frame reader makes one where it starts.
    expect(read('frame-gate.js')).not.toContain('content-script-started');
    // Both start from a plain entry, without WXT's start-up wrapper (scripts/page-bundle-config.ts).
    expect(read('content-scripts/content.js')).not.toContain('crashed on startup');
    expect(read('frame-gate.js')).not.toContain('crashed on startup');
    // The article check's body search is a module of its own (entrypoints/article-check).
    expect(read('content-scripts/content.js')).not.toContain('articleBody');
    expect(read('article-check.js')).toContain('articleBody');
  });

  it('starts its service worker under a chrome-extension:// address', () => {
    expect(browser.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('loads the demo news page with no page errors', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/demo/index.html'));
    expect(await page.locator('h1').textContent()).toMatch(/Istanbul/);
    await waitForHighlights(page, 20);
    // The content script's UI lives in one shadow-root host, mounted on first use (a hover).
    expect(await page.locator('[data-backstory-ui]').count()).toBe(0);
    const { x, y } = await mentionPoint(page, 'Medinsky');
    await page.mouse.move(x, y, { steps: 2 });
    await page.locator('[data-backstory-ui]').waitFor({ state: 'attached' });
    // The page's own scripts see a host with no shadow root: the card's root is closed.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('[data-backstory-ui]');
        return {
          inBody: document.body.contains(host),
          ui: host?.hasAttribute('data-backstory-ui'),
          rootVisibleToPage: host?.shadowRoot !== null,
        };
      }),
    ).toEqual({ inBody: false, ui: true, rootVisibleToPage: false });
    await waitForCardRoot(page);
    expect(
      await page.evaluate(() => !!document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card')),
    ).toBe(true);
    expect(errors.pageErrors).toEqual([]);
    expect(errors.consoleErrors).toEqual([]);
    await page.close();
  });

  it("sends the page's own scripts no message (WXT's start-up postMessage is off)", async () => {
    const page = await browser.newPage();
    // The page's world: every message event that reaches the window, as a page script would see it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __messages: string[] }).__messages = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    await page.goto(server.url('/demo/index.html'));
    await waitForHighlights(page, 20);
    await openCard(page, 'Medinsky');
    // A message posted during start-up is delivered in a later task: give it time to arrive.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
    await page.close();
  });

  for (const surface of ['popup.html', 'sidepanel.html', 'options.html']) {
    it(`renders ${surface} with no console errors`, async () => {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.goto(`chrome-extension://${browser.extensionId}/${surface}`);
      await page.waitForSelector('main');
      await page.waitForTimeout(300);
      expect(errors.pageErrors).toEqual([]);
      expect(errors.consoleErrors).toEqual([]);
      await page.close();
    });
  }
});
