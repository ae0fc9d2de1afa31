/**
 * SVG text (issue 25, finding 10; decision 0025): a chart's labels are read, highlighted, painted
 * (Chromium paints a highlight's background over SVG text but not its underline, hence
 * highlights-svg.css) and open cards; an SVG's undrawn description is not read.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { highlightBox, highlightPaint } from './highlight-paint';
import { highlightedTexts, MENTION_HIGHLIGHT, waitForHighlights } from './mention-probe';

let browser: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
});

afterAll(() => closeChromiumSuite(browser, server));

/** Pixels of highlights-svg.css's tint over white in a screenshot of the mention `text`. */
async function tintedPixels(page: Page, text: string): Promise<number> {
  const clip = await page.evaluate(highlightBox, [MENTION_HIGHLIGHT, text, 0] as const);
  const shot = (await page.screenshot({ clip })).toString('base64');
  return (await page.evaluate(highlightPaint, shot)).tint;
}

describe('a page with a chart drawn in SVG', () => {
  it('highlights the names in its labels, paints them, and opens their cards; its description is not read', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/svg-text.html'));
    await waitForHighlights(page, 2);
    expect(await highlightedTexts(page)).toEqual(['Vladimir Medinsky', 'Rustem Umerov']);
    expect(await tintedPixels(page, 'Vladimir Medinsky')).toBeGreaterThan(50);
    await hover(page, 'Vladimir Medinsky');
    await waitForCard(page, 'Vladimir Medinsky');
    await page.close();
  });
});
