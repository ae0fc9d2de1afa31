/**
 * SVG text (issue 25, finding 10; decision 0025): a chart's labels are read, highlighted, painted
 * (Chromium paints a highlight's background over SVG text but not its underline, hence
 * highlights-svg.css) and open cards; an SVG's undrawn description is not read.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { highlightedTexts, MENTION_HIGHLIGHT, waitForHighlights } from './mention-probe';

let browser: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
});

afterAll(() => closeChromiumSuite(browser, server));

/** Pixels of highlights-svg.css's tint over white in a screenshot of the mention `text`. */
async function tintedPixels(page: Page, text: string): Promise<number> {
  const clip = await page.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name as string) ?? [])].find((r) => r.toString() === wanted) as Range;
      const box = range.getBoundingClientRect();
      return { x: box.left, y: box.top, width: box.width, height: box.height };
    },
    [MENTION_HIGHLIGHT, text] as const,
  );
  const shot = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let tinted = 0;
    // rgb(245 180 20 / 0.24) over white is about (253, 237, 199).
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
      if (r > 245 && g > 225 && g < 248 && b > 180 && b < 215) tinted++;
    }
    return tinted;
  }, shot);
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
