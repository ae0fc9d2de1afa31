/**
 * Frames (issue 25, finding 10): a same-origin frame and a `srcdoc` frame get highlights and
 * cards of their own; another site's frame and a frame too small to read are left alone. Their
 * mentions are the page's: the popup and side panel list them, a jump reaches them in their frame,
 * and a frame taken out of the page takes its mentions with it (decision 0025).
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownCardName } from './card-probe';
import { revealCardRoot } from './card-root';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { MENTION_HIGHLIGHT } from './mention-probe';
import { until } from './until';

let browser: ChromiumSession;
let server: TestServer;
/** Another site, answered here, for the frame Backstory must leave alone. */
const CROSS = 'http://cross-site.test/frame-inner.html';

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
  const inner = readFileSync(path.join(import.meta.dirname, 'fixtures/frame-inner.html'), 'utf8');
  await browser.context.route(CROSS, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: inner }),
  );
});

afterAll(() => closeChromiumSuite(browser, server));

function frameOf(page: Page, id: string): Promise<Frame> {
  return page
    .locator(`iframe#${id}`)
    .elementHandle()
    .then(async (handle) => {
      const frame = await handle?.contentFrame();
      if (!frame) throw new Error(`no frame #${id}`);
      return frame;
    });
}

function highlighted(frame: Frame): Promise<string[]> {
  return frame.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
    MENTION_HIGHLIGHT,
  );
}

/** Rests the pointer on the mention `text` inside the frame `id`, in the page's coordinates. */
async function hoverInFrame(page: Page, id: string, text: string): Promise<void> {
  const frame = await frameOf(page, id);
  const point = await frame.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name as string) ?? [])].find((r) => r.toString() === wanted) as Range;
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [MENTION_HIGHLIGHT, text] as const,
  );
  const box = await page.locator(`iframe#${id}`).boundingBox();
  if (!box) throw new Error(`frame #${id} is not shown`);
  await page.mouse.move(2, 2);
  // The frame's border: 1px.
  await page.mouse.move(box.x + 1 + point.x, box.y + 1 + point.y, { steps: 2 });
}

/** Waits for the frame's own card of `name` (its closed root revealed to the frame's world; card-root.ts). */
function waitForCardIn(frame: Frame, name: string): Promise<unknown> {
  return until(
    async () => {
      await revealCardRoot(frame.page());
      return frame.evaluate(shownCardName);
    },
    (shown) => shown === name,
    `the card of ${name} in a frame`,
    5_000,
  );
}

describe('a page with frames', () => {
  it('highlights names in same-origin and srcdoc frames and opens cards on them, and leaves other frames alone', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/fixtures/frames.html?cross=${encodeURIComponent(CROSS)}`));
    const same = await frameOf(page, 'same');
    const srcdoc = await frameOf(page, 'srcdoc');
    await expect.poll(() => highlighted(same), { timeout: 10_000 }).toEqual(['Vladimir Medinsky']);
    await expect.poll(() => highlighted(srcdoc), { timeout: 10_000 }).toEqual(['Hakan Fidan', 'Istanbul']);

    await hoverInFrame(page, 'same', 'Vladimir Medinsky');
    await waitForCardIn(same, 'Vladimir Medinsky');
    // The frame is 120 px tall, shorter than the shortest card: the card is drawn whole inside it,
    // over the mention, rather than clipped at the frame's bottom edge.
    const fit = await same.evaluate(() => {
      const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card');
      const rect = card?.getBoundingClientRect();
      return rect && { top: rect.top, bottom: rect.bottom, viewport: document.documentElement.clientHeight };
    });
    expect(fit?.top).toBeGreaterThanOrEqual(0);
    expect(fit?.bottom).toBeLessThanOrEqual(fit?.viewport ?? 0);
    await hoverInFrame(page, 'srcdoc', 'Hakan Fidan');
    await waitForCardIn(srcdoc, 'Hakan Fidan');

    // Another site's frame (its text loaded, as long as the others took and more), and one too
    // small to read: nothing registered.
    const cross = await frameOf(page, 'cross');
    await cross.waitForFunction(() => document.body?.textContent?.includes('Medinsky'), null, {
      polling: 100,
      timeout: 10_000,
    });
    await page.waitForTimeout(1500);
    for (const id of ['cross', 'tiny']) expect(await highlighted(await frameOf(page, id))).toEqual([]);
    await page.close();
  });
});

/** The popup or side panel for `tabId`, opened as a tab. */
async function openPanel(surface: 'popup' | 'sidepanel', tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize(surface === 'popup' ? { width: 380, height: 600 } : { width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/${surface}.html?tabId=${tabId}`);
  return panel;
}

describe('the mentions of a page with frames, in the popup and side panel', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await browser.newPage();
    await page.goto(server.url('/fixtures/frames-listed.html'));
    const srcdoc = await frameOf(page, 'srcdoc');
    await until(
      () => highlighted(srcdoc),
      (texts) => texts.includes('Hakan Fidan'),
      'the srcdoc frame read',
      10_000,
    );
    tabId = await browser.tabIdOf(page);
  });

  afterAll(() => page.close());

  it('lists the names in same-origin and srcdoc frames beside the top frame’s, counted', async () => {
    const popup = await openPanel('popup', tabId);
    for (const id of ['hakan-fidan', 'vladimir-medinsky'])
      await popup.waitForSelector(`[data-entity-id="${id}"]`, { timeout: 10_000 });
    const badge = popup.locator('[data-entity-id="hakan-fidan"] .bs-count [aria-hidden="true"]');
    expect(await badge.textContent()).toBe('1');
    await popup.close();

    const panel = await openPanel('sidepanel', tabId);
    await panel.waitForSelector('.bf-mention[data-frame-id]', { timeout: 10_000 });
    const rows = await panel
      .locator('.bf-mention')
      .evaluateAll((els) =>
        els.map((el) => ({ framed: el.hasAttribute('data-frame-id'), text: el.querySelector('mark')?.textContent })),
      );
    expect(rows).toEqual(
      expect.arrayContaining([
        { framed: true, text: 'Vladimir Medinsky' },
        { framed: true, text: 'Hakan Fidan' },
      ]),
    );
    // The top frame's own come first, and none of them is taken for a frame's.
    expect(rows.filter((row) => !row.framed).map((row) => row.text)).toContain('Istanbul');
    expect(rows.findIndex((row) => row.framed)).toBe(rows.filter((row) => !row.framed).length);
    await panel.close();
  });

  it('jumps from the popup to a name in a frame out of view: the page scrolls and the frame opens its card', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPanel('popup', tabId);
    await popup.click('[data-entity-id="hakan-fidan"]');
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
    await waitForCardIn(await frameOf(page, 'srcdoc'), 'Hakan Fidan');
    // Only the frame holding the mention was asked: the top frame and the other frame, which number
    // their own mentions from 0 too, opened nothing.
    expect(await page.evaluate(shownCardName)).toBeNull();
    expect(await (await frameOf(page, 'same')).evaluate(shownCardName)).toBeNull();
    await popup.close().catch(() => {});
  });

  it('forgets a frame’s names once the frame leaves the page', async () => {
    await page.evaluate(() => document.getElementById('srcdoc')?.remove());
    const popup = await openPanel('popup', tabId);
    await popup.waitForSelector('[data-entity-id="vladimir-medinsky"]', { timeout: 10_000 });
    await expect.poll(() => popup.locator('[data-entity-id="hakan-fidan"]').count(), { timeout: 5_000 }).toBe(0);
    await popup.close();
  });
});
