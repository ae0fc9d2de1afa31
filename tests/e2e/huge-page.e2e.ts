/**
 * A page with 40,000 mentions (bench/hostile-pages.ts) in real Chromium: every mention is listed,
 * those near the reader's view are highlighted and the highlights follow scrolling
 * (lib/page/paint-window.ts), the side panel and the popup stay small (the briefing lists a page of mentions at a
 * time), and "On this page" still jumps to a mention far down the list and the page. How long
 * its tasks take is the bench's to say (bench/hostile-cost.ts), not a test's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fortyThousandMentionsPage } from '../../bench/hostile-pages';
import { MENTION_PAGE } from '../../components/briefing/OnThisPage';
import { PAINT_ALL_UP_TO } from '../../lib/page/paint-window';
import { MENTION_LIST_LIMIT } from '../../lib/views/report-summary';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { MENTION_HIGHLIGHT, waitForHighlights } from './mention-probe';
import { pageRead } from './page-read-probe';

const MENTIONS = 40_000;
/** Each paragraph of the page names four people and places. */
const PER_PARAGRAPH = 4;
/** Nodes a panel may hold on this page, at most: a page of rows and the rest of the briefing. */
const PANEL_NODES = 2_500;

let browser: ChromiumSession;
let server: TestServer;
let huge: Page;
let tabId: number;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
  const url = server.url('/generated/forty-thousand.html');
  const body = fortyThousandMentionsPage();
  await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  huge = await browser.newPage();
  await huge.goto(url);
  // Read to the end: the background's report of the tab says so.
  const until = Date.now() + 60_000;
  while (!(await pageRead(browser, huge))) {
    if (Date.now() > until) throw new Error('the 40,000-mention page was not read within 60 s');
    await huge.waitForTimeout(250);
  }
  await waitForHighlights(huge, 1, 10_000);
  tabId = await browser.tabIdOf(huge);
}, 90_000);

afterAll(() => closeChromiumSuite(browser, server));

async function openPanel(surface: 'popup' | 'sidepanel'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(surface === 'popup' ? { width: 380, height: 600 } : { width: 400, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/${surface}.html?tabId=${tabId}`);
  return page;
}

const nodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** The paragraphs ("day N.") whose mentions the highlight holds, first and last. */
const paintedDays = (page: Page) =>
  page.evaluate((name) => {
    const days = [...(CSS.highlights.get(name) ?? [])].map((range) =>
      Number(/day (\d+)\.$/.exec(range.startContainer.parentElement?.textContent ?? '')?.[1]),
    );
    return { count: days.length, first: Math.min(...days), last: Math.max(...days) };
  }, MENTION_HIGHLIGHT);

describe('a page with 40,000 mentions', () => {
  it('highlights the mentions near the view, and those far down once the reader scrolls there', {
    timeout: 30_000,
  }, async () => {
    await huge.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => paintedDays(huge), { timeout: 10_000 }).toMatchObject({ first: 1 });
    const top = await paintedDays(huge);
    expect(top.count).toBeGreaterThan(0);
    expect(top.count).toBeLessThan(PAINT_ALL_UP_TO);
    await huge.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => paintedDays(huge), { timeout: 10_000 }).toMatchObject({ last: MENTIONS / PER_PARAGRAPH });
    // The top of the page is no longer painted.
    expect((await paintedDays(huge)).first).toBeGreaterThan(1);
  });

  it('gets a side panel with a page of mention rows, and says how many the page has', async () => {
    const panel = await openPanel('sidepanel');
    await panel.waitForSelector('.bf-mention');
    expect(await panel.locator('.bf-mention').count()).toBe(MENTION_PAGE);
    expect(await panel.locator('#bf-page').textContent()).toContain('40,000');
    expect(await nodes(panel)).toBeLessThan(PANEL_NODES);
    await panel.close();
  });

  it('gets a small popup', async () => {
    const popup = await openPanel('popup');
    await popup.waitForSelector('.pp-entity');
    expect(await nodes(popup)).toBeLessThan(PANEL_NODES);
    await popup.close();
  });

  it('jumps from the last row listed to its mention, far down the page', { timeout: 60_000 }, async () => {
    await huge.evaluate(() => window.scrollTo(0, 0));
    const panel = await openPanel('sidepanel');
    await panel.waitForSelector('.bf-mention');
    const last = MENTION_LIST_LIMIT - 1;
    const row = panel.locator(`[data-mention-index="${last}"]`);
    while ((await row.count()) === 0) await panel.locator('#bf-page .bs-more').click();
    // Keyboard, as a reader without a pointer: the row is a button.
    await row.focus();
    await panel.keyboard.press('Enter');
    await huge.bringToFront();
    // The page scrolls to that mention, and marks it with the active highlight.
    const paragraph = `day ${Math.floor(last / PER_PARAGRAPH) + 1}.`;
    await huge.waitForFunction(
      (wanted) => {
        const range = [...(CSS.highlights.get('backstory-active') ?? [])][0] as Range | undefined;
        if (!range) return false;
        const rect = range.getBoundingClientRect();
        const block = range.startContainer.parentElement?.textContent ?? '';
        return block.endsWith(wanted) && rect.top >= 0 && rect.bottom <= window.innerHeight && window.scrollY > 0;
      },
      paragraph,
      { timeout: 10_000 },
    );
    await panel.close();
  });
});
