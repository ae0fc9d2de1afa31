/**
 * Backstory makes no network requests (issue 27). One Chromium session uses every surface the way
 * a reader does, and every page and surface stays open, watched, until at least 10 s after the
 * last thing the reader did: the demo page and every corpus page, cards on them (the card's module
 * loads on first use), an article read from the page (extraction), an article read into the
 * reading archive and brought back on a later article's card, the popup's "Find names on this
 * page", the side panel's "Story so far", the options page, a pack imported and its names' card,
 * and the reading archive exported. Every request is recorded and attributed
 * (tests/e2e/request-recorder.ts); none may come from the extension. A request is the extension's
 * when it comes from its service worker, from one of its pages (a chrome-extension:// frame), when
 * a chrome-extension:// script initiated it (what a content script's fetch looks like, read from
 * the DevTools protocol's initiator stack), or when it goes to a host that nothing the page itself
 * loaded or ran ever asked for.
 */
import path from 'node:path';
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard } from './card-probe';
import { type ChromiumSession, launchChromium, startServer, type TestServer } from './harness';
import { MENTION_HIGHLIGHT } from './mention-probe';
import { pageRead } from './page-read-probe';
import { corpusAvailable, corpusPages, ROOT } from './paths';
import {
  describeRequest,
  type Initiated,
  isExtensionOrigin,
  pageOfRequest,
  type Recorded,
  record,
  traceInitiators,
} from './request-recorder';
import { until } from './until';

const PAGES = () => ['/demo/index.html', ...corpusPages().map((file) => `/corpus/${file}`)];
/** The fixture pages the reading archive, the popup and the pack import are used on. */
const FIXTURES = {
  earlier: '/fixtures/article-any.html',
  later: '/fixtures/article-later.html',
  notAnArticle: '/fixtures/not-an-article.html',
  packPage: '/fixtures/options-pack-page.html',
};
const WEB_PAGES = () => [...PAGES(), ...Object.values(FIXTURES)];
/** The corpus page whose article is read off the page and whose card is opened. */
const CORPUS_CARD = { pathname: '/corpus/bbc-1.html', name: 'Jon Sopel' };
const VALID_PACK = path.join(ROOT, 'tests/fixtures/packs/valid-pack.json');

/**
 * How long every page and surface stays open, watched, after the reader's last interaction: a
 * request the extension made some seconds later (a delayed report, a lazy module, an idle-time
 * read, a save to the archive) must still be seen.
 */
const WATCH_AFTER_LAST_INTERACTION_MS = 10_000;

/** Everything the session does, in order; the suite checks each one happened. */
const INTERACTIONS = () => [
  'read an article into the reading archive',
  'opened a later article’s card with “Earlier in your reading”',
  'showed “Story so far” in the side panel',
  'found names on a page that is not an article, from the popup',
  'opened a card on the demo page',
  'showed the demo page’s story in the popup',
  ...(corpusAvailable() ? ['opened a card for a name read from a corpus article'] : []),
  'imported a story pack in the options',
  'opened a card for a name from the pack',
  'exported the reading archive',
];

/** Waits until the content script has highlighted `text` (an article's names come after its reading). */
async function waitForHighlighted(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    ([name, wanted]) => [...(CSS.highlights.get(name as string) ?? [])].some((range) => range.toString() === wanted),
    [MENTION_HIGHLIGHT, text] as const,
    { timeout: 20_000, polling: 100 },
  );
}

/** Brings a page to the front, rests the pointer on a mention and waits for its card. */
async function openCard(page: Page, text: string, name: string): Promise<void> {
  await page.bringToFront();
  await waitForHighlighted(page, text);
  await hover(page, text);
  await waitForCard(page, name);
}

/** The open card's "Earlier in your reading" text, or null when it has none. */
function earlierOnCard(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card .bs-earlier')?.textContent ??
      null,
  );
}

describe('privacy: the extension makes no network requests', () => {
  let server: TestServer;
  let browser: ChromiumSession;
  let requests: Recorded[] = [];
  const initiated: Initiated[] = [];
  const done: string[] = [];
  let watchedAfterLastInteraction = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const names = new Map<Page, string>();
    requests = await record(browser.context, server.origin, pageOfRequest(names));
    const traces: CDPSession[] = [];
    let lastInteraction = Date.now();
    const interacted = (what: string) => {
      done.push(what);
      lastInteraction = Date.now();
    };
    /** Opens a tab, traced from before its first request; it stays open until the watch is over. */
    const open = async (url: string, name: string): Promise<Page> => {
      const page = await browser.context.newPage();
      names.set(page, name);
      traces.push(await traceInitiators(browser.context, page, name, initiated));
      // A page that fails to load fails the suite: its requests would otherwise go unchecked.
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return page;
    };
    const openPage = (pathname: string) => open(server.url(pathname), pathname);
    const openSurface = (surface: string) => open(`chrome-extension://${browser.extensionId}/${surface}`, surface);

    const options = await openSurface('options.html');
    const usage = async () => {
      await options.reload();
      return (await options.getByTestId('reading-usage').textContent()) ?? '';
    };

    // Reading memory: an article read (in the foreground for a few seconds) goes into the archive…
    const earlier = await openPage(FIXTURES.earlier);
    await waitForHighlighted(earlier, 'Margit Osterberg');
    await earlier.bringToFront();
    await until(usage, (text) => /^1 article remembered/.test(text), 'the article to be remembered', 20_000);
    interacted('read an article into the reading archive');
    // …and comes back on a later article's card and in its briefing.
    const later = await openPage(FIXTURES.later);
    await openCard(later, 'Margit Osterberg', 'Margit Osterberg');
    await until(
      () => earlierOnCard(later),
      (text) => !!text?.includes('Earlier in your reading'),
      '“Earlier in your reading” on the card',
    );
    interacted('opened a later article’s card with “Earlier in your reading”');
    const panel = await openSurface(`sidepanel.html?tabId=${await browser.tabIdOf(later)}`);
    await until(
      () => panel.getByRole('region', { name: 'Story so far' }).getByRole('link').first().textContent(),
      (text) => text === 'Harbour council approves the new ferry line',
      '“Story so far” in the side panel',
    );
    interacted('showed “Story so far” in the side panel');

    // A page that is not an article is read only on demand, from the popup.
    const search = await openPage(FIXTURES.notAnArticle);
    await until(
      () => pageRead(browser, search),
      (read) => read,
      'the page’s first scan',
      15_000,
    );
    const findPopup = await openSurface(`popup.html?tabId=${await browser.tabIdOf(search)}`);
    await findPopup.getByRole('button', { name: 'Find names on this page' }).click();
    await waitForHighlighted(search, 'Margit Osterberg');
    interacted('found names on a page that is not an article, from the popup');

    // The demo page and every corpus page, with cards.
    const pages = new Map<string, Page>();
    for (const pathname of PAGES()) pages.set(pathname, await openPage(pathname));
    const demo = pages.get('/demo/index.html');
    if (!demo) throw new Error('the demo page was not opened');
    await openCard(demo, 'Medinsky', 'Vladimir Medinsky');
    interacted('opened a card on the demo page');
    const demoPopup = await openSurface(`popup.html?tabId=${await browser.tabIdOf(demo)}`);
    await until(
      () => demoPopup.locator('.pp-story__headline').textContent(),
      (text) => !!text?.includes('Istanbul'),
      'the demo page’s story in the popup',
    );
    interacted('showed the demo page’s story in the popup');
    if (corpusAvailable()) {
      const corpusPage = pages.get(CORPUS_CARD.pathname);
      if (!corpusPage) throw new Error(`${CORPUS_CARD.pathname} is missing from the corpus`);
      await openCard(corpusPage, CORPUS_CARD.name, CORPUS_CARD.name);
      interacted('opened a card for a name read from a corpus article');
    }

    // A pack imported in the options page; its names get cards on a page.
    await options.bringToFront();
    await options.setInputFiles('[data-testid="pack-file-input"]', VALID_PACK);
    await until(
      () => options.getByTestId('import-success').textContent(),
      (text) => !!text?.startsWith('Imported'),
      'the pack to be imported',
    );
    interacted('imported a story pack in the options');
    const packPage = await openPage(FIXTURES.packPage);
    await openCard(packPage, 'Christina Koch', 'Christina Koch');
    interacted('opened a card for a name from the pack');

    // The reading archive taken out as story packs: a download made in the browser, not a request.
    await options.bringToFront();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options
        .getByRole('region', { name: 'Reading memory' })
        .getByRole('button', { name: 'Export', exact: true })
        .click(),
    ]);
    if (!/^backstory-reading-.*\.json$/.test(download.suggestedFilename())) {
      throw new Error(`the reading archive's export is named ${download.suggestedFilename()}`);
    }
    interacted('exported the reading archive');

    await new Promise((resolve) => setTimeout(resolve, WATCH_AFTER_LAST_INTERACTION_MS));
    watchedAfterLastInteraction = Date.now() - lastInteraction;
    for (const cdp of traces) await cdp.detach();
    for (const page of names.keys()) await page.close();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('uses every surface, and watches them all for 10 s after the last interaction', () => {
    expect(done).toEqual(INTERACTIONS());
    expect(watchedAfterLastInteraction).toBeGreaterThanOrEqual(WATCH_AFTER_LAST_INTERACTION_MS);
  });

  // The corpus pages are what asks for outside hosts; without them this check has nothing to count.
  it.skipIf(!corpusAvailable())('browses the demo page and every corpus page, which make requests of their own', () => {
    const pagesSeen = new Set(requests.map((r) => r.page));
    for (const pathname of WEB_PAGES()) expect(pagesSeen).toContain(pathname);
    expect(initiated.filter((r) => r.byPage && r.host !== new URL(server.origin).host).length).toBeGreaterThan(100);
  });

  it('makes no request from its service worker or its pages', () => {
    expect(requests.filter((r) => isExtensionOrigin(r.origin))).toEqual([]);
  });

  it('starts no request from an extension script (content scripts, the card, its pages)', () => {
    expect(initiated.filter((r) => r.byExtension)).toEqual([]);
  });

  it('sends nothing from the extension (worker, its pages, content scripts) beyond the loopback test server', () => {
    const fromExtension = [
      ...requests
        .filter((r) => isExtensionOrigin(r.origin))
        .map((r) => ({ url: r.url, by: `${r.origin} on ${r.page}` })),
      ...initiated.filter((r) => r.byExtension).map((r) => ({ url: r.url, by: `an extension script on ${r.page}` })),
    ];
    const offLoopback = fromExtension
      .filter((r) => new URL(r.url).origin !== server.origin)
      .map((r) => `${r.url} (${r.by})`);
    expect(offLoopback, 'requests from the extension to a host other than the test server').toEqual([]);
  });

  it('makes no request to a host that nothing on the page asked for', () => {
    const pageHosts = new Map<string, Set<string>>();
    for (const pathname of WEB_PAGES()) pageHosts.set(pathname, new Set([new URL(server.origin).host]));
    for (const r of initiated) if (r.byPage) pageHosts.get(r.page)?.add(r.host);
    const unexpected = requests.filter((r) => WEB_PAGES().includes(r.page) && !pageHosts.get(r.page)?.has(r.host));
    expect(unexpected).toEqual([]);
  });

  it('would notice a request from the service worker or an extension page (the recorder works)', async () => {
    const probe: Recorded[] = [];
    const listener = (request: Request) => {
      const entry = describeRequest(request, 'probe');
      if (entry) probe.push(entry);
    };
    browser.context.on('request', listener);
    await browser.serviceWorker.evaluate(() => fetch('http://probe-sw.invalid/x').catch(() => {}));
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(() => fetch('http://probe-page.invalid/x').catch(() => {}));
    await page.waitForTimeout(300);
    await page.close();
    browser.context.off('request', listener);
    expect(
      probe
        .filter((r) => isExtensionOrigin(r.origin))
        .map((r) => r.host)
        .sort(),
    ).toEqual(['probe-page.invalid', 'probe-sw.invalid']);
  });

  it('would notice a request started by an extension script (the initiator trace works)', async () => {
    const log: Initiated[] = [];
    const page = await browser.newPage();
    const cdp = await traceInitiators(browser.context, page, 'probe', log);
    await page.goto(server.url('/demo/index.html'));
    // A fetch from a script whose URL is the extension's, as a content script's would be.
    await page.evaluate(`(function () { fetch('http://probe-content.invalid/x').catch(() => {}); })()
//# sourceURL=chrome-extension://${browser.extensionId}/content-scripts/content.js`);
    await page.waitForTimeout(300);
    await cdp.detach().catch(() => {});
    await page.close();
    expect(log.filter((r) => r.byExtension).map((r) => r.host)).toEqual(['probe-content.invalid']);
  });
});
