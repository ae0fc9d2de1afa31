/**
 * SVG text in Firefox (decision 0025): a chart's labels are read, highlighted and open cards, and
 * Firefox paints both the default underline (highlights.css) and the SVG tint
 * (highlights-svg.css) over them, where Chromium paints the tint only; the undrawn description is
 * not read.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import { highlightedTexts, hover, waitForCard, waitForHighlighted } from './firefox-probe';
import type { TestServer } from './harness';
import { highlightBox, highlightPaint } from './highlight-paint';
import { MENTION_HIGHLIGHT } from './mention-probe';

let firefox: FirefoxSession;
let server: TestServer;

beforeAll(async () => {
  ({ firefox, server } = await openFirefoxSuite());
});

afterAll(() => closeFirefoxSuite(firefox, server));

type Clip = { x: number; y: number; width: number; height: number };

/** The box of the mention `text`, with a few pixels below it for the underline. */
function mentionBox(page: Page, text: string): Promise<Clip> {
  return page.evaluate(highlightBox, [MENTION_HIGHLIGHT, text, 8] as const);
}

/** In a screenshot of `clip`: the underline's amber pixels and the tint's. */
async function paintedPixels(page: Page, clip: Clip): Promise<{ amber: number; tint: number }> {
  const shot = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(highlightPaint, shot);
}

describe('a page with a chart drawn in SVG, in Firefox', () => {
  it('highlights the names in its labels, paints them, and opens their cards; its description is not read', async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url('/fixtures/svg-text.html'));
    await waitForHighlighted(page, 'Vladimir Medinsky');
    await waitForHighlighted(page, 'Rustem Umerov');
    expect(await highlightedTexts(page)).toEqual(['Vladimir Medinsky', 'Rustem Umerov']);
    const painted = await paintedPixels(page, await mentionBox(page, 'Vladimir Medinsky'));
    expect(painted.tint).toBeGreaterThan(50);
    expect(painted.amber).toBeGreaterThan(10);
    // The part of a label in a <tspan> is tinted too: Firefox does not carry the label's highlight
    // style down to it.
    const tspan = await page.evaluate(() => {
      const box = (document.querySelector('tspan') as SVGTSpanElement).getBoundingClientRect();
      return { x: box.left, y: box.top, width: box.width, height: box.height };
    });
    expect((await paintedPixels(page, tspan)).tint).toBeGreaterThan(50);
    await hover(page, 'Vladimir Medinsky');
    await waitForCard(page, 'Vladimir Medinsky');
    await page.close();
  });
});
