/**
 * `npm run demo` loads the extension over the DevTools protocol, the one way branded Chrome and
 * Edge still accept (they ignore --load-extension). Chromium accepts it too, so it is checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, startServer, type TestServer } from './harness';
import { waitForHighlights } from './mention-probe';

describe('the extension loaded as the demo loads it', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ sideload: 'devtools' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs its service worker and highlights the demo page', async () => {
    expect(browser.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const page = await browser.newPage();
    await page.goto(server.url('/demo/index.html'));
    await waitForHighlights(page, 20);
    await page.close();
  });
});
