import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../lib/storage/settings';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { highlightedTexts, MENTION_HIGHLIGHT, mentionPoint, waitForHighlights } from './mention-probe';
import { pageRead } from './page-read-probe';
import { corpusAvailable, corpusPages } from './paths';

/**
 * Resolves once the content script has told the background that it finished reading the page
 * (mentions or not: a page without any has no highlight to wait for), and settled.
 */
async function waitForEngine(browser: ChromiumSession, page: Page, settleMs = 400): Promise<void> {
  await expect.poll(() => pageRead(browser, page), { timeout: 15_000, interval: 100 }).toBe(true);
  await page.waitForTimeout(settleMs);
}

async function updateSettings(browser: ChromiumSession, change: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker.evaluate(
    async ([key, patch]) => {
      // Runs in the service worker, where `chrome` exists; typed by what we use of it.
      const api = (globalThis as unknown as { chrome: { storage: { local: StorageLocal } } }).chrome;
      const stored = (await api.storage.local.get(key as string))[key as string] ?? {};
      await api.storage.local.set({ [key as string]: { ...(stored as object), ...(patch as object) } });
    },
    [SETTINGS_KEY, change] as const,
  );
}

const setEnabled = (browser: ChromiumSession, enabled: boolean) => updateSettings(browser, { enabled });

const sameImage = (a: Buffer, b: Buffer) => Buffer.compare(a, b) === 0;

interface StorageLocal {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('the mention engine in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  it("highlights the demo page's mentions, names split by markup included", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/demo/index.html'));
    await waitForHighlights(page, 20);
    await waitForEngine(browser, page);
    // Ranges keep the page's own line breaks: "Vladimir\n  <em>Medinsky</em>".
    const texts = (await highlightedTexts(page)).map((t) => t.replace(/\s+/g, ' '));
    for (const expected of [
      'Volodymyr Zelensky',
      'Vladimir Putin',
      'Vladimir Medinsky',
      'Dolmabahce Palace',
      'Donald Trump',
      'Tammy Bruce',
      'Andriy Yermak',
      'Kremlin',
      'Zelensky',
      'AFP',
      'US',
    ]) {
      expect(texts, expected).toContain(expected);
    }
    expect(texts).not.toContain('Vladimir');
    expect(texts).not.toContain('Russian');
    // Possessives stay outside the highlight.
    expect(texts.some((t) => /['’]s$/.test(t))).toBe(false);
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('switching off removes every highlight and leaves the page exactly as it was', async () => {
    const page = await browser.newPage();
    // DOMContentLoaded comes before document_idle, when the content script starts.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __bodyBefore: string }).__bodyBefore = document.body.outerHTML;
        (window as unknown as { __sheetsBefore: number[] }).__sheetsBefore = [
          document.adoptedStyleSheets.length,
          document.querySelectorAll('style, link[rel~="stylesheet"]').length,
        ];
      });
    });
    await page.goto(server.url('/demo/index.html'));
    await waitForHighlights(page, 20);
    const bodyBefore = () => page.evaluate(() => (window as unknown as { __bodyBefore: string }).__bodyBefore);
    const bodyNow = () => page.evaluate(() => document.body.outerHTML);
    expect(await bodyNow()).toBe(await bodyBefore());

    // Styled by the manifest stylesheet: nothing is added to the page's own style sheets.
    const sheetsNow = () =>
      page.evaluate(() => [
        document.adoptedStyleSheets.length,
        document.querySelectorAll('style, link[rel~="stylesheet"]').length,
      ]);
    expect(await sheetsNow()).toEqual(
      await page.evaluate(() => (window as unknown as { __sheetsBefore: number[] }).__sheetsBefore),
    );
    const { x, y } = await mentionPoint(page, 'Vladimir Putin');
    const box = { x: x - 70, y: y - 14, width: 140, height: 28 };
    // caret: 'initial' — hiding the caret, Playwright would leave style="" on the page's inputs.
    const underlined = await page.screenshot({ clip: box, caret: 'initial' });

    // Another style moves the mentions to another highlight name, and the page shows it.
    await updateSettings(browser, { highlightStyle: 'tint' });
    await page.waitForFunction((name) => CSS.highlights.has(`${name}-tint`), MENTION_HIGHLIGHT, { timeout: 5000 });
    expect(await page.evaluate((name) => CSS.highlights.has(name), MENTION_HIGHLIGHT)).toBe(false);
    const tinted = await page.screenshot({ clip: box, caret: 'initial' });
    await updateSettings(browser, { highlightStyle: 'underline' });
    await waitForHighlights(page, 20);

    await setEnabled(browser, false);
    await page.waitForFunction((name) => !CSS.highlights.has(name), MENTION_HIGHLIGHT, { timeout: 5000 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await bodyNow()).toBe(await bodyBefore());
    expect(await sheetsNow()).toEqual(
      await page.evaluate(() => (window as unknown as { __sheetsBefore: number[] }).__sheetsBefore),
    );
    // Each style painted something of its own where the plain text is now.
    const plain = await page.screenshot({ clip: box, caret: 'initial' });
    expect(sameImage(underlined, plain)).toBe(false);
    expect(sameImage(tinted, plain)).toBe(false);
    expect(sameImage(tinted, underlined)).toBe(false);

    await setEnabled(browser, true);
    await waitForHighlights(page, 20);
    await page.close();
  });

  it('keeps a live page highlighted as its script rewrites and appends paragraphs', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/engine-dynamic.html'));
    await waitForEngine(browser, page, 0);
    // The ticker never stops changing, and each change is rescanned in idle time a moment later:
    // the state is read in one page task, polled until the highlights match the page as it is
    // then (a rescan that never caught up would time out, showing the last state read).
    const liveState = () =>
      page.evaluate(
        ([name, names]) => {
          const ranges = [...(CSS.highlights.get(name as string) ?? [])];
          const texts = ranges.map((range) => range.toString());
          const ticker = document.getElementById('ticker')?.textContent ?? '';
          const shown = (names as readonly string[]).find((n) => ticker.includes(n)) ?? `no name in "${ticker}"`;
          return {
            fidan: texts.filter((t) => t === 'Hakan Fidan').length,
            tickerHighlighted: texts.includes(shown) ? true : `${shown} not in ${JSON.stringify(texts)}`,
            // Replaced text must leave no stale highlight behind.
            detached: ranges.filter((range) => !range.startContainer.isConnected).length,
          };
        },
        [MENTION_HIGHLIGHT, ['Volodymyr Zelensky', 'Vladimir Putin', 'Vladimir Medinsky', 'Rustem Umerov']] as const,
      );
    // Six paragraphs arrive over 1.8 s, three of them naming Hakan Fidan.
    await expect
      .poll(liveState, { timeout: 8000, interval: 50 })
      .toEqual({ fidan: 3, tickerHighlighted: true, detached: 0 });
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('follows text that the page shows or hides by changing a class', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/engine-restyle.html'));
    await waitForHighlights(page, 2);
    expect((await highlightedTexts(page)).sort()).toEqual(['Hakan Fidan', 'Vladimir Putin']);
    await waitForEngine(browser, page);
    // The button opens "read more" and hides the aside, by their classes only.
    await page.click('#toggle');
    await page.waitForFunction(
      (name) => [...(CSS.highlights.get(name) ?? [])].some((r) => String(r).startsWith('Rustem')),
      MENTION_HIGHLIGHT,
      { timeout: 5000 },
    );
    await page.waitForTimeout(400);
    expect((await highlightedTexts(page)).sort()).toEqual(['Rustem Umerov', 'Vladimir Putin']);
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  describe.skipIf(!corpusAvailable())('on the real news corpus', () => {
    const absent = ['medinsky', 'umerov', 'dolmabahce', 'zelensky', 'nato', 'kremlin'];
    for (const file of corpusPages()) {
      it(`${file}: loads without extension errors and without false mentions`, async () => {
        const page = await browser.newPage();
        const errors = watchErrors(page);
        await page.goto(server.url(`/corpus/${file}`), { waitUntil: 'load' });
        await waitForEngine(browser, page);
        const texts = await highlightedTexts(page);
        const wrong = texts.filter((t) => absent.some((name) => fold(t).includes(name)));
        expect(wrong).toEqual([]);
        const ours = errors.pageErrors.filter((e) => /backstory|chrome-extension:/i.test(e));
        expect(ours).toEqual([]);
        await page.close();
      });
    }
  });
});
