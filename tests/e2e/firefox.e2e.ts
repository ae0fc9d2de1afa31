/**
 * The demo page in real Firefox (Debian firefox-esr over WebDriver BiDi) with the Firefox build
 * installed as a temporary add-on: the same highlights, hover card, click-to-pin, keyboard path
 * and Esc as the Chromium suites check, through Firefox's own content-script world.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCardRootInFirefox } from './card-root';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import { mentionPoint, waitForCard, waitForNoCard } from './firefox-probe';
import type { TestServer } from './harness';
import { MENTION_HIGHLIGHT } from './mention-probe';

/** What the open card shows, read through its shadow root; null when no card is open. */
function openCard(page: Page): Promise<{ name: string; label: string | null; role: string | null } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector<HTMLElement>('.bs-card');
    if (card?.style.visibility !== 'visible') return null;
    const labelId = card.getAttribute('aria-labelledby');
    const label = labelId ? (card.getRootNode() as ShadowRoot).getElementById(labelId)?.textContent : null;
    return { name: card.querySelector('.bs-card__name')?.textContent ?? '', label: label ?? null, role: card.role };
  });
}

describe('Backstory in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;
  let demo: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ firefox, server } = await openFirefoxSuite());
    demo = await firefox.newPage();
    demo.on('pageerror', (error) => pageErrors.push(String(error)));
    await demo.setViewport({ width: 1280, height: 900 });
    await demo.goto(server.url('/demo/index.html?firefox'));
    await demo.waitForFunction(
      (name: string) => (CSS.highlights.get(name)?.size ?? 0) > 20,
      { timeout: 15_000 },
      MENTION_HIGHLIGHT,
    );
  });

  /** The demo's tab id, asked of the tabs API from an extension page. */
  async function demoTabId(): Promise<number> {
    const probe = await firefox.openExtensionPage('options.html', 'main');
    const id = await probe.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).browser;
      return (await api.tabs.query({})).find((t) => t.url?.includes('demo/index.html?firefox'))?.id ?? -1;
    });
    await probe.close();
    return id;
  }

  afterAll(async () => {
    await closeFirefoxSuite(firefox, server);
  });

  it('highlights the story’s names on the demo page without touching its DOM', async () => {
    const texts = await demo.evaluate(
      (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()),
      MENTION_HIGHLIGHT,
    );
    for (const name of ['Medinsky', 'Zelensky', 'Dolmabahce Palace', 'Istanbul', 'NATO', 'Rustem Umerov']) {
      expect(
        texts.some((t) => t.includes(name.split(' ')[0] as string)),
        name,
      ).toBe(true);
    }
    // Highlights are painted by the CSS Custom Highlight API: no wrapper elements in the article.
    expect(await demo.$$eval('article mark, article [data-backstory-ui]', (els) => els.length)).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('opens the right card after the pointer rests on a mention, as a labelled dialog', async () => {
    await demo.mouse.move(2, 2);
    const { x, y } = await mentionPoint(demo, 'Medinsky');
    await demo.mouse.move(x, y, { steps: 2 });
    await waitForCard(demo, 'Vladimir Medinsky');
    const card = await openCard(demo);
    expect(card).toEqual({ name: 'Vladimir Medinsky', label: 'Vladimir Medinsky', role: 'dialog' });
    const text = await demo.evaluate(
      () => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card')?.textContent ?? '',
    );
    expect(text).toMatch(/Russia/);
    expect(text).toMatch(/mentions? on this page/);
    await demo.mouse.move(2, 2, { steps: 2 });
    await waitForNoCard(demo);
  });

  it('opens no card when the pointer only passes across a mention', async () => {
    const { x, y } = await mentionPoint(demo, 'Istanbul');
    await demo.mouse.move(x - 120, y);
    await demo.mouse.move(x + 120, y, { steps: 5 });
    await demo.mouse.move(2, 2, { steps: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await openCard(demo)).toBeNull();
  });

  it('pins a card on click, and Esc closes it', async () => {
    const { x, y } = await mentionPoint(demo, 'NATO');
    await demo.mouse.click(x, y);
    await waitForCard(demo, 'NATO');
    // A pinned card stays while the pointer wanders off.
    await demo.mouse.move(2, 2, { steps: 2 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await openCard(demo))?.name).toBe('NATO');
    await demo.keyboard.press('Escape');
    await waitForNoCard(demo);
  });

  it('steps to the next mention on the keyboard command, moves focus into its card, and gives it back on Esc', async () => {
    const probe = await firefox.openExtensionPage('options.html', 'main');
    // Headless Firefox cannot press extension shortcuts: send what the background's command
    // forwarding sends (lib/extension/command-forwarding.ts), in the messaging library's envelope.
    const tabId = await demoTabId();
    const sent = await probe.evaluate(async (id: number) => {
      const api = (
        globalThis as unknown as { browser: { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } } }
      ).browser;
      await api.tabs.sendMessage(id, { id: 1, type: 'commandInvoked', data: 'next-mention', timestamp: Date.now() });
      return true;
    }, tabId);
    await probe.close();
    expect(sent).toBe(true);
    await demo.bringToFront();
    await waitForCardRootInFirefox(demo);
    await demo.waitForFunction(
      () => {
        const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
        return (
          !!root?.querySelector('.bs-card') &&
          !!root.activeElement &&
          !!document.activeElement?.hasAttribute('data-backstory-ui')
        );
      },
      { timeout: 5_000 },
    );
    await demo.keyboard.press('Escape');
    await waitForNoCard(demo);
    expect(await demo.evaluate(() => !!document.activeElement?.hasAttribute('data-backstory-ui'))).toBe(false);
  });

  it('renders the sidebar briefing for the demo tab with every section', async () => {
    const tabId = await demoTabId();
    expect(tabId).toBeGreaterThan(0);
    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${tabId}`, '.bf-mention');
    expect(await panel.$eval('h1', (h) => h.textContent)).toMatch(/Istanbul/);
    expect(await panel.$$eval('main section h2', (hs) => hs.map((h) => h.textContent))).toEqual([
      'What you should know',
      'Where each side stands',
      'Who’s who',
      'On this page',
      'Timeline',
      'Key quotes',
      'Key figures',
      'Sources',
    ]);
    expect(await panel.$$eval('.bf-mention', (rows) => rows.length)).toBeGreaterThan(20);
    await panel.close();
    expect(pageErrors).toEqual([]);
  });

  it('renders the options page with the bundled story and its switch', async () => {
    const options = await firefox.openExtensionPage('options.html', '[data-story-id="istanbul-talks-2025"]');
    const errors: string[] = [];
    options.on('pageerror', (error) => errors.push(String(error)));
    expect(await options.$eval('h1', (h) => h.textContent)).toBe('Backstory settings');
    expect(
      await options.$eval('[data-story-id="istanbul-talks-2025"]', (row) => row.getAttribute('data-enabled')),
    ).toBe('true');
    await options.close();
    expect(errors).toEqual([]);
  });

  it('switches a site off from the options page live, and back on', async () => {
    const count = () => demo.evaluate((name: string) => CSS.highlights.get(name)?.size ?? 0, MENTION_HIGHLIGHT);
    expect(await count()).toBeGreaterThan(20);
    // The manifest stylesheet paints the highlight: the pixels around a mention change when it goes.
    const { x, y } = await mentionPoint(demo, 'Vladimir Putin');
    const clip = { x: x - 70, y: y - 14, width: 140, height: 28 };
    // Viewport coordinates: Puppeteer's clip is in document coordinates unless told otherwise.
    const painted = await demo.screenshot({ clip, captureBeyondViewport: false });
    const options = await firefox.openExtensionPage('options.html', 'input.op-input');
    await options.type('input.op-input', '127.0.0.1');
    await options.keyboard.press('Enter');
    await options.waitForSelector('.op-sites__item');
    await demo.bringToFront();
    await demo.waitForFunction((name: string) => (CSS.highlights.get(name)?.size ?? 0) === 0, {}, MENTION_HIGHLIGHT);
    expect(
      Buffer.compare(Buffer.from(painted), Buffer.from(await demo.screenshot({ clip, captureBeyondViewport: false }))),
    ).not.toBe(0);
    await options.bringToFront();
    await options.click('.op-sites__item button');
    await demo.bringToFront();
    await demo.waitForFunction((name: string) => (CSS.highlights.get(name)?.size ?? 0) > 20, {}, MENTION_HIGHLIGHT);
    await options.close();
  });
});
