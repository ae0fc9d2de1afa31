/**
 * The popup and the briefing in Firefox, opened for the demo page's tab: the same story and
 * mentions as in Chromium, through Firefox's own messaging and its session storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import type { TestServer } from './harness';

describe('the popup and briefing in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;
  let demoTabId: number;

  beforeAll(async () => {
    ({ firefox, server } = await openFirefoxSuite());
    const demo = await firefox.newPage();
    await demo.goto(server.url('/demo/index.html?firefox-panels'));
    await demo.waitForFunction(() => (CSS.highlights.get('backstory-mention')?.size ?? 0) > 20, { timeout: 15_000 });
    // Any extension page can ask the tabs API which tab shows the demo.
    const probe = await firefox.openExtensionPage('sidepanel.html', 'main');
    demoTabId = await probe.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).browser;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url?.includes('firefox-panels'))?.id ?? -1;
    });
    await probe.close();
  });

  afterAll(async () => {
    await closeFirefoxSuite(firefox, server);
  });

  it('shows the story and who is on the page in the popup', async () => {
    expect(demoTabId).toBeGreaterThan(0);
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${demoTabId}`, '.pp-story__headline');
    expect(await popup.$eval('.pp-story__headline', (h) => h.textContent)).toMatch(/Istanbul/);
    expect(await popup.$$eval('.pp-side > h3', (hs) => hs.map((h) => h.textContent))).toContain('Russia');
    expect(await popup.$('[data-entity-id="vladimir-medinsky"]')).not.toBeNull();
    await popup.close();
  });

  it('lists the page’s mentions in the briefing', async () => {
    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${demoTabId}`, '.bf-mention');
    expect(await panel.$$eval('.bf-mention', (rows) => rows.length)).toBeGreaterThan(20);
    await panel.close();
  });
});
