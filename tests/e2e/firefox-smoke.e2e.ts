import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './firefox-harness';
import { startServer, type TestServer } from './harness';

describe('the extension in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('loads the demo page', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('/demo/index.html'));
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/Istanbul/);
    const sidebar = await firefox.openExtensionPage('sidepanel.html', 'main');
    expect(await sidebar.$eval('h1', (h) => h.textContent)).toMatch(/Backstory/);
  });
});
