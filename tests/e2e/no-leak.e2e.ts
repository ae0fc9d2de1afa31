/**
 * No leak (issue 25, finding 6): pointer moves over mentions and cards opened and closed leave
 * the renderer's JavaScript event listeners where they were. Read over the DevTools protocol
 * after a forced garbage collection: `Memory.getDOMCounters` counts every world's listeners (the
 * page's and the content script's, AbortSignal "abort" listeners included), and the content
 * script's own listeners on the document and window are counted in its world. Heap figures are
 * printed for the decision records (0020, 0025), never asserted; the pointer moves' heap is printed
 * for a second round too, which tells a first round's one-off growth from a leak.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard, waitForNoCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer } from './harness';
import { MENTION_HIGHLIGHT, mentionPoint, waitForHighlights } from './mention-probe';

/** Listeners that may be in flight when counted (a message waiting for its answer), none kept. */
const ALLOWANCE = 12;
const MOVES = 2000;
const OPENS = 200;

let browser: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite());
});

/** The reader's hover delay (the content script follows the settings as they change). */
async function setHoverDelay(ms: number): Promise<void> {
  await browser.serviceWorker.evaluate(async (hoverDelayMs) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ 'settings:v1': { hoverDelayMs } });
  }, ms);
}

afterAll(() => closeChromiumSuite(browser, server));

interface Counts {
  /** Every JavaScript event listener in the renderer, in every world. */
  listeners: number;
  /** The content script's listeners on the document and the window, counted in its own world. */
  contentScript: number;
  heapBytes: number;
}

/** The content script's world in the page (Chromium names it after the extension). */
async function contentScriptWorld(cdp: CDPSession, page: Page): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === 'Backstory');
  await cdp.send('Runtime.disable');
  if (!world) throw new Error(`no Backstory world on ${page.url()}: ${contexts.map((c) => c.name).join(', ')}`);
  return world.id;
}

async function measure(cdp: CDPSession, world: number): Promise<Counts> {
  // Twice: a listener removed in the first collection may hold objects the second frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const own = await cdp.send('Runtime.evaluate', {
    contextId: world,
    includeCommandLineAPI: true,
    returnByValue: true,
    // getEventListeners (the console's) lists the listeners of the world it runs in.
    expression: `(() => {
      const count = (target) => Object.values(getEventListeners(target)).reduce((n, list) => n + list.length, 0);
      return count(document) + count(window) + count(document.documentElement);
    })()`,
  });
  return { listeners: jsEventListeners, contentScript: own.result.value as number, heapBytes: usedSize };
}

/** The centres of the highlighted mentions in the viewport. */
function mentionPoints(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate((name) => {
    const points: { x: number; y: number }[] = [];
    for (const range of CSS.highlights.get(name) ?? []) {
      const rect = (range as Range).getClientRects()[0];
      if (!rect || rect.top < 0 || rect.bottom > innerHeight || rect.width === 0) continue;
      points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
    return points;
  }, MENTION_HIGHLIGHT);
}

/** MOVES pointer moves over the mentions at `points`, then off them with no card left open. */
async function moveOverMentions(page: Page, points: { x: number; y: number }[]): Promise<void> {
  for (let i = 0; i < MOVES; i++) {
    const point = points[i % points.length] as { x: number; y: number };
    // A pixel either way, so that every move is a move even on a mention visited before.
    await page.mouse.move(point.x + (i % 3) - 1, point.y);
  }
  // Off every mention, and the card the last rest may have opened is closed again.
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await waitForNoCard(page);
}

function report(what: string, before: Counts, after: Counts): void {
  console.log(
    `${what}: listeners ${before.listeners} → ${after.listeners}, content script's on document/window ${before.contentScript} → ${after.contentScript}, heap ${(before.heapBytes / 1024).toFixed(0)} KB → ${(after.heapBytes / 1024).toFixed(0)} KB`,
  );
}

describe('a long read on a page full of names', () => {
  let page: Page;
  let cdp: CDPSession;
  let world: number;

  beforeAll(async () => {
    page = await browser.newPage();
    await page.goto(server.url('/demo/index.html'));
    await waitForHighlights(page, 20);
    cdp = await browser.context.newCDPSession(page);
    world = await contentScriptWorld(cdp, page);
    // Once, before counting: the card's module, its shadow root and its first render stay.
    await hover(page, 'Medinsky');
    await waitForCard(page, 'Vladimir Medinsky');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  afterAll(async () => {
    await cdp?.detach().catch(() => {});
    await page?.close();
  });

  it(`keeps listeners flat over ${MOVES} pointer moves over mentions`, { timeout: 240_000 }, async () => {
    const points = await mentionPoints(page);
    expect(points.length).toBeGreaterThan(5);
    await page.mouse.move(2, 2);
    const before = await measure(cdp, world);
    await moveOverMentions(page, points);
    const after = await measure(cdp, world);
    report(`${MOVES} pointer moves`, before, after);
    expect(after.listeners - before.listeners).toBeLessThanOrEqual(ALLOWANCE);
    expect(after.contentScript).toBe(before.contentScript);
    // Even after forced collections the heap grows over a first round and then levels off (what the
    // page compiles and caches as it runs); a leak would grow it again in the second. Printed,
    // never asserted (docs/decisions/0025).
    await moveOverMentions(page, points);
    report(`${MOVES} more pointer moves`, after, await measure(cdp, world));
  });

  it(`keeps listeners flat over ${OPENS} cards opened and closed`, { timeout: 180_000 }, async () => {
    // The mention as printed, and the name on its card.
    const names = [
      ['Medinsky', 'Vladimir Medinsky'],
      ['Zelensky', 'Volodymyr Zelensky'],
      ['Putin', 'Vladimir Putin'],
      ['Rubio', 'Marco Rubio'],
    ] as const;
    // The shortest hover delay, so that 200 cards open in seconds rather than minutes.
    await setHoverDelay(0);
    const before = await measure(cdp, world);
    for (let i = 0; i < OPENS; i++) {
      const [text, name] = names[i % names.length] as (typeof names)[number];
      // Half rest the pointer on the name, half click it (a pinned card); a click on nothing
      // closes each.
      if (i % 2 === 0) await hover(page, text);
      else {
        await page.mouse.move(2, 2);
        const { x, y } = await mentionPoint(page, text);
        await page.mouse.click(x, y);
      }
      await waitForCard(page, name);
      await page.mouse.click(2, 2);
      await waitForNoCard(page);
    }
    await page.mouse.move(2, 2);
    const after = await measure(cdp, world);
    report(`${OPENS} cards`, before, after);
    expect(after.listeners - before.listeners).toBeLessThanOrEqual(ALLOWANCE);
    expect(after.contentScript).toBe(before.contentScript);
  });
});
