/**
 * How soon a card appears once the reader's dwell on a mention has ended: the first card of a page
 * load, for which the content script loads the card's module (entrypoints/card-view), and a later
 * card in the same page. From the pointer's arrival on the mention (the pointermove's own time
 * stamp) plus the hover delay, to the first frame in which the card is shown (placed and visible).
 * A probe in the page notes both (one check per animation frame, nothing else); the pointer comes
 * from outside the page (CDP input), as a reader's does. Untraced loads.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../lib/storage/settings';
import { revealCardRootUntil } from '../tests/e2e/card-root';
import { highlightedTexts, mentionPoint, waitForHighlights } from '../tests/e2e/mention-probe';
import { corpusPages } from '../tests/e2e/paths';
import { buildExtension, type ExtensionBuild } from './extension-cost';
import { type ExtensionSession, openExtensionSession } from './extension-session';
import { median } from './stats';

export interface CardLatency {
  page: string;
  /** The mentions hovered: the first card's, then the later card's. */
  mentions: [string, string] | null;
  /** Dwell end → card shown, medians over the loads (null: no load showed one). */
  firstMs: number | null;
  laterMs: number | null;
  firstRuns: (number | null)[];
  laterRuns: (number | null)[];
}

const HOVER_DELAY_MS = DEFAULT_SETTINGS.hoverDelayMs;
/** Time for the page to settle after its first highlights, so the hover meets a page at rest. */
const SETTLE_MS = 1500;
const CARD_TIMEOUT_MS = 5000;

/**
 * Notes when the pointer arrives (the last pointermove's time stamp) and the first frame in which
 * the card is shown. A string, so that nothing the bench's compiler adds reaches the page.
 * performance.now(), not the frame's time stamp, which can be older than the task that showed it.
 * The card's root is closed: the bench reveals it to the page while the card is still held
 * (tests/e2e/card-root.ts); a card already shown when the root was first seen is not timed.
 */
const CARD_PROBE = `(() => {
  const probe = { arrived: -1, shown: -1, late: false, rootSeen: false };
  window.__cardProbe = probe;
  document.addEventListener('pointermove', (event) => { probe.arrived = event.timeStamp; });
  const check = () => {
    const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
    const card = root?.querySelector('.bs-card');
    const visible = !!card && card.style.visibility !== 'hidden';
    if (root && !probe.rootSeen) {
      probe.rootSeen = true;
      probe.late = visible;
    }
    if (visible) probe.shown = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

export async function measureCardLatency(build: ExtensionBuild, pages: string[], reps: number): Promise<CardLatency[]> {
  const session = await openExtensionSession(build.dir, pages);
  try {
    const results: CardLatency[] = [];
    for (const name of pages) {
      const firstRuns: (number | null)[] = [];
      const laterRuns: (number | null)[] = [];
      let mentions: [string, string] | null = null;
      for (let rep = 0; rep < reps; rep++) {
        const load = await measureLoad(session, name);
        if (!load) break;
        mentions = load.mentions;
        firstRuns.push(load.firstMs);
        laterRuns.push(load.laterMs);
      }
      results.push({
        page: name,
        mentions,
        firstMs: medianOf(firstRuns),
        laterMs: medianOf(laterRuns),
        firstRuns,
        laterRuns,
      });
    }
    return results;
  } finally {
    await session.close();
  }
}

function medianOf(runs: (number | null)[]): number | null {
  const seen = runs.filter((run): run is number => run !== null);
  return seen.length ? median(seen) : null;
}

interface LoadLatency {
  mentions: [string, string];
  firstMs: number | null;
  laterMs: number | null;
}

/** One fresh load: two cards on two different mentions; null when the page has fewer than two. */
async function measureLoad(session: ExtensionSession, name: string): Promise<LoadLatency | null> {
  const page = await session.browser.newPage();
  try {
    await page.goto(session.pageUrl(name));
    await waitForHighlights(page, 1).catch(() => {});
    await page.waitForTimeout(SETTLE_MS);
    const texts = [...new Set(await highlightedTexts(page))];
    if (texts.length < 2) return null;
    const mentions: [string, string] = [texts[0] as string, texts[1] as string];
    const firstMs = await dwellToCard(page, mentions[0]);
    await page.mouse.move(1, 1);
    await page.waitForFunction(
      () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card'),
      null,
      {
        timeout: CARD_TIMEOUT_MS,
      },
    );
    const laterMs = await dwellToCard(page, mentions[1]);
    return { mentions, firstMs, laterMs };
  } finally {
    await page.close();
  }
}

/** Rests the pointer on a mention; dwell end → first frame with the card shown, or null if none came. */
async function dwellToCard(page: Page, text: string): Promise<number | null> {
  await page.mouse.move(1, 1);
  const point = await mentionPoint(page, text);
  await page.evaluate(CARD_PROBE);
  await page.mouse.move(point.x, point.y);
  const shown = page
    .waitForFunction(() => (window as unknown as { __cardProbe: { shown: number } }).__cardProbe.shown >= 0, null, {
      timeout: HOVER_DELAY_MS + CARD_TIMEOUT_MS,
    })
    .then(
      () => true,
      () => false,
    );
  await revealCardRootUntil(page, shown);
  if (!(await shown)) return null;
  const probe = await page.evaluate(
    () => (window as unknown as { __cardProbe: { arrived: number; shown: number; late: boolean } }).__cardProbe,
  );
  if (probe.late) {
    console.warn(`  (${text}: the card was shown before its root could be revealed; not timed)`);
    return null;
  }
  return probe.shown - (probe.arrived + HOVER_DELAY_MS);
}

/** `npx tsx bench/first-card.ts [page…]`: this table alone (BENCH_CARD_REPS loads a page, default 3). */
if (process.argv[1]?.endsWith('first-card.ts')) {
  const build = buildExtension();
  const pages = process.argv.length > 2 ? process.argv.slice(2) : corpusPages();
  measureCardLatency(build, pages, Number(process.env.BENCH_CARD_REPS ?? 3))
    .then((results) => {
      const round = (ms: number | null) => (ms === null ? '—' : Math.round(ms * 10) / 10);
      console.table(
        results.map((r) => ({
          page: r.page,
          'first card ms': round(r.firstMs),
          'later card ms': round(r.laterMs),
          first: r.firstRuns.map(round).join(' '),
          later: r.laterRuns.map(round).join(' '),
        })),
      );
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => build.remove());
}
