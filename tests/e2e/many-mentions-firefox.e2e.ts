/**
 * A page with more mentions than Backstory paints whole, in Firefox: the highlight holds those
 * near the view and follows the reader's scrolling (lib/page/paint-window.ts; Chromium's 40,000
 * mentions: huge-page.e2e.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINT_ALL_UP_TO } from '../../lib/page/paint-window';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import type { TestServer } from './harness';
import { MENTION_HIGHLIGHT } from './mention-probe';

const MENTIONS = 1_600;

/** The paragraphs ("day N.") whose mentions the highlight holds: how many ranges, first and last day. */
const painted = (page: Page) =>
  page.evaluate((name: string) => {
    const days = [...(CSS.highlights.get(name) ?? [])].map((range) =>
      Number(/day (\d+)\.$/.exec((range as Range).startContainer.parentElement?.textContent ?? '')?.[1]),
    );
    return { count: days.length, first: Math.min(...days), last: Math.max(...days) };
  }, MENTION_HIGHLIGHT);

async function until(page: Page, wanted: (p: Awaited<ReturnType<typeof painted>>) => boolean): Promise<void> {
  const end = Date.now() + 15_000;
  while (!wanted(await painted(page))) {
    if (Date.now() > end) throw new Error(`highlight never as wanted: ${JSON.stringify(await painted(page))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a page with more mentions than are painted whole, in Firefox', () => {
  let firefox: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ firefox, server } = await openFirefoxSuite());
  });

  afterAll(async () => {
    await closeFirefoxSuite(firefox, server);
  });

  it('highlights the mentions near the view, and those at the end once the reader scrolls there', async () => {
    expect(MENTIONS).toBeGreaterThan(PAINT_ALL_UP_TO);
    const page = await firefox.newPage();
    await page.goto(server.url('/fixtures/many-mentions.html'));
    await until(page, (p) => p.count > 0 && p.first === 1);
    expect((await painted(page)).count).toBeLessThan(MENTIONS);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await until(page, (p) => p.last === MENTIONS / 4 && p.first > 1);
    await page.close();
  });
});
