/**
 * Reading and driving Backstory's highlights and card in Firefox through puppeteer-core (its
 * argument order: options before the function's arguments). Page-side waits poll on a timer:
 * animation frames stall in a background tab.
 */
import type { Frame, Page } from 'puppeteer-core';
import { shownCardName } from './card-probe';
import { revealCardRootInFirefox } from './card-root';
import { MENTION_HIGHLIGHT } from './mention-probe';
import { until } from './until';

/** The text of every highlighted range on the page, or in one of its frames. */
export function highlightedTexts(page: Page | Frame): Promise<string[]> {
  return page.evaluate(
    (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()),
    MENTION_HIGHLIGHT,
  );
}

/** The frame of the page's `<iframe id>`. */
export async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe#${id}`);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

/** Waits until the page's highlights include `text` (the article is read off the page, then rescanned). */
export async function waitForHighlighted(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (name: string, wanted: string) =>
      [...(CSS.highlights.get(name) ?? [])].some((range) => (range as Range).toString() === wanted),
    { timeout: 20_000, polling: 200 },
    MENTION_HIGHLIGHT,
    text,
  );
}

/** Waits for the card of `name` to be shown (its closed root revealed to the page's world; see card-root.ts). */
export async function waitForCard(page: Page, name: string): Promise<void> {
  await until(
    async () => {
      await revealCardRootInFirefox(page);
      return page.evaluate(shownCardName);
    },
    (shown) => shown === name,
    `the card of ${name}`,
    5_000,
  );
}

/** Waits until no card is shown or held; the root is revealed first, so that an open card is seen. */
export async function waitForNoCard(page: Page): Promise<void> {
  await revealCardRootInFirefox(page);
  await page.waitForFunction(
    () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card'),
    {
      timeout: 5_000,
    },
  );
}

/** Scrolls the first highlighted range reading `text` to the middle and returns its centre. */
export async function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (name: string, wanted: string) => {
      const highlight = CSS.highlights.get(name);
      const ranges = highlight ? ([...highlight] as Range[]).filter((r) => r.toString() === wanted) : [];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[0];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    MENTION_HIGHLIGHT,
    text,
  );
  if (!point) throw new Error(`no highlighted mention "${text}"`);
  return point;
}

/** Rests the pointer on the first highlighted range reading `text`, coming from a blank corner. */
export async function hover(page: Page, text: string): Promise<void> {
  await page.mouse.move(2, 2);
  const point = await mentionPoint(page, text);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}
