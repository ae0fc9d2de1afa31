/**
 * Reading Backstory's highlights from a real page. The CSS highlight registry is shared with
 * the page, so tests (and the demo) can see exactly what the content script painted.
 */
import type { Page } from 'playwright-core';

export const MENTION_HIGHLIGHT = 'backstory-mention';

/** The text of every highlighted range, in registry order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, MENTION_HIGHLIGHT);
}

/** Waits until the content script has highlighted at least `min` ranges. */
export async function waitForHighlights(page: Page, min = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([name, count]) => (CSS.highlights.get(name as string)?.size ?? 0) >= (count as number),
    [MENTION_HIGHLIGHT, min] as const,
    { timeout },
  );
}

/**
 * Scrolls the `nth` highlighted range whose text equals `text` into the middle of the viewport
 * and returns the viewport point at its centre, for hovering or tapping.
 */
export async function mentionPoint(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([name, wanted, index]) => {
      const highlight = CSS.highlights.get(name as string);
      const ranges = highlight ? ([...highlight] as Range[]).filter((r) => r.toString() === wanted) : [];
      const sorted = ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = sorted[index as number];
      if (!(range instanceof Range)) return null;
      const element = range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [MENTION_HIGHLIGHT, text, nth] as const,
  );
  if (!point) throw new Error(`no highlighted mention "${text}" (#${nth}) on ${page.url()}`);
  return point;
}
