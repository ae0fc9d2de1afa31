/**
 * How soon after a page load a card for a name read from the article can open: from navigation
 * start to the first frame in which the page's mention highlight holds a range whose text is an
 * alias of an entity only the article gave (no curated story knows it). The highlight and the
 * card's lookup are set in the same task (MentionEngine.publish), so a highlighted name is one a
 * hover opens. Measured with the service worker warm (running, and it has read articles before)
 * and right after a worker restart: the worker is stopped (CDP ServiceWorker.stopAllWorkers) after
 * the tab is made and before the navigation, and Chromium starts it again for the navigation's
 * events, as for a reader whose worker went idle. Untraced loads; a probe in the page notes when
 * each highlighted range first appears (one check per animation frame, nothing else).
 */
import type { Page } from 'playwright-core';
import { bundledStories } from '../data/stories';
import { foldKey } from '../lib/matching/text-fold';
import { MENTION_HIGHLIGHT } from '../lib/page/highlights';
import { buildCatalog } from '../lib/story/story-model';
import type { ExtensionBuild } from './extension-cost';
import { type ExtensionSession, openExtensionSession } from './extension-session';
import { DETECTION_BOUND_MS, waitUntilSettled } from './page-settle';
import { median } from './stats';

export interface ArticleLatency {
  page: string;
  /** Entities in the story read from the page that no curated story knows. */
  extractedNames: number;
  /** Navigation start → load event (median of the warm loads). */
  loadMs: number;
  /** Navigation start → the page sent its article block (warm loads' median). */
  askedMs: number | null;
  /** Navigation start → first highlighted extracted name: medians (null: no load showed one). */
  warmMs: number | null;
  restartMs: number | null;
  warmRuns: (number | null)[];
  restartRuns: (number | null)[];
}

interface LoadTiming {
  cardMs: number | null;
  loadMs: number;
  askedMs: number | null;
  extractedNames: number;
}

const PROBE_KEY = '__backstoryBenchHighlights';
/** The probe stops looking after this long (ms from navigation start): every wait below is shorter. */
const PROBE_LIMIT_MS = 30_000;

/**
 * Runs in the page's main world from document start (the highlight registry is shared with it).
 * A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
 * The painter clears and re-adds every range, so a new highlight, size or first range means new ranges.
 */
const HIGHLIGHT_PROBE = `(() => {
  const firstSeen = new Map();
  let lastHighlight, lastSize = -1, lastFirst;
  const check = (now) => {
    const highlight = CSS.highlights.get(${JSON.stringify(MENTION_HIGHLIGHT)});
    if (highlight) {
      const first = highlight.values().next().value;
      if (highlight !== lastHighlight || highlight.size !== lastSize || first !== lastFirst) {
        lastHighlight = highlight;
        lastSize = highlight.size;
        lastFirst = first;
        // performance.now(), not the frame's timestamp: that can be older than the task that added them.
        const at = performance.now();
        for (const range of highlight) if (!firstSeen.has(range)) firstSeen.set(range, at);
      }
    }
    if (now < ${PROBE_LIMIT_MS}) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window[${JSON.stringify(PROBE_KEY)}] = () => [...firstSeen].map(([range, at]) => ({ text: range.toString(), at }));
})();`;

const curatedIds = new Set(buildCatalog(bundledStories).entities.keys());
const normal = (text: string) => foldKey(text.replace(/\s+/g, ' '));

async function timedLoad(session: ExtensionSession, name: string, restart: boolean): Promise<LoadTiming> {
  const page: Page = await session.browser.newPage();
  try {
    await page.addInitScript(HIGHLIGHT_PROBE);
    if (restart) await session.stopWorker();
    else await session.logRequests();
    const since = Date.now();
    await page.goto(session.pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
    const settled = await waitUntilSettled(session, page, { since, expectArticle: true, trailingMs: 0 });
    // The request log lives in the worker's globals: still there means the worker never restarted.
    if (restart && (await session.requests(page.url(), since)) !== null) {
      throw new Error(`${name}: the service worker was not restarted`);
    }
    const story = await session.articleStory(page.url());
    const extracted = new Set(
      (story?.entities ?? [])
        .filter((entity) => !curatedIds.has(entity.id))
        .flatMap((entity) => entity.aliases.map((alias) => normal(alias.text))),
    );
    const seen = await page.evaluate(
      (key) => (window as unknown as Record<string, () => { text: string; at: number }[]>)[key]?.() ?? [],
      PROBE_KEY,
    );
    const timing = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventStart,
    }));
    const times = seen.filter((s) => extracted.has(normal(s.text))).map((s) => s.at);
    return {
      cardMs: times.length ? Math.min(...times) : null,
      loadMs: timing.load ?? Number.NaN,
      askedMs: settled.request ? settled.request.sentAt - timing.origin : null,
      extractedNames: story ? story.entities.filter((entity) => !curatedIds.has(entity.id)).length : 0,
    };
  } finally {
    await page.close();
  }
}

/** Whether the page asks for an article read, on a load that also warms the worker. */
async function asksForArticle(session: ExtensionSession, name: string): Promise<boolean> {
  const page = await session.browser.newPage();
  try {
    await session.logRequests();
    const since = Date.now();
    await page.goto(session.pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
    const settled = await waitUntilSettled(session, page, { since, detectionWaitMs: DETECTION_BOUND_MS });
    return settled.request !== null || settled.state.articleNames !== null;
  } finally {
    await page.close();
  }
}

const medianOrNull = (runs: (number | null)[]): number | null => {
  const shown = runs.filter((r): r is number => r !== null);
  // A load that showed no extracted name counts as slower than any that did.
  return shown.length * 2 > runs.length ? median(runs.map((r) => r ?? Number.POSITIVE_INFINITY)) : null;
};

/**
 * Medians of `reps` warm loads and `reps` loads after a worker restart, for each page the
 * extension reads as an article (`articlePages` when known; otherwise found by a first load of
 * each page). Pages take turns, warm loads first, so that drift on a busy machine spreads evenly.
 */
export async function measureArticleLatency(
  build: ExtensionBuild,
  pages: string[],
  reps: number,
  articlePages?: ReadonlySet<string>,
): Promise<ArticleLatency[]> {
  const session = await openExtensionSession(build.dir, pages);
  try {
    let articles: string[];
    if (articlePages) {
      articles = pages.filter((name) => articlePages.has(name));
      // A worker that has read an article before: its extraction code is compiled.
      if (articles[0]) await asksForArticle(session, articles[0]);
    } else {
      articles = [];
      for (const name of pages) if (await asksForArticle(session, name)) articles.push(name);
    }
    const warm = new Map<string, LoadTiming[]>(articles.map((name) => [name, []]));
    const restarted = new Map<string, LoadTiming[]>(articles.map((name) => [name, []]));
    let timed = articles;
    for (let rep = 0; rep < reps; rep++) {
      for (const name of timed) warm.get(name)?.push(await timedLoad(session, name, false));
      // A page whose first load showed no new name (none read, or their text not rendered) is not loaded again.
      if (rep === 0) timed = timed.filter((name) => warm.get(name)?.[0]?.cardMs != null);
    }
    for (let rep = 0; rep < reps; rep++) {
      for (const name of timed) restarted.get(name)?.push(await timedLoad(session, name, true));
    }
    return articles.map((name) => {
      const w = warm.get(name) ?? [];
      const r = restarted.get(name) ?? [];
      const asked = w.flatMap((t) => (t.askedMs === null ? [] : [t.askedMs]));
      return {
        page: name,
        extractedNames: Math.max(0, ...w.map((t) => t.extractedNames)),
        loadMs: median(w.map((t) => t.loadMs)),
        askedMs: asked.length ? median(asked) : null,
        warmMs: medianOrNull(w.map((t) => t.cardMs)),
        restartMs: r.length ? medianOrNull(r.map((t) => t.cardMs)) : null,
        warmRuns: w.map((t) => t.cardMs),
        restartRuns: r.map((t) => t.cardMs),
      };
    });
  } finally {
    await session.close();
  }
}
