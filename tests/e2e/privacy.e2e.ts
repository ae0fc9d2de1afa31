/**
 * Backstory makes no network requests. Every request made while the demo page and every corpus
 * page are browsed with the extension loaded is recorded and attributed; none may come from the
 * extension. A request is the extension's when it comes from its service worker, from one of its
 * pages (a chrome-extension:// frame), when a chrome-extension:// script initiated it (what a
 * content script's fetch looks like, read from the DevTools protocol's initiator stack), or when
 * it goes to a host that nothing the page itself loaded or ran ever asked for.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, startServer, type TestServer } from './harness';
import { corpusAvailable, corpusPages } from './paths';

interface Recorded {
  url: string;
  host: string;
  /** "service-worker", or the URL of the frame that made it ("" when unknown). */
  origin: string;
  page: string;
}

/** What the DevTools protocol says started a request (only the fields read here). */
interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
interface Initiated {
  url: string;
  host: string;
  /** Some script or document of the extension is in the initiator chain. */
  byExtension: boolean;
  /** Started by the page's own parser, scripts or preloads (not by the browser or an extension). */
  byPage: boolean;
  page: string;
}

const NETWORK = /^(https?|wss?):/;
const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

function describeRequest(request: Request, page: string): Recorded | undefined {
  const url = request.url();
  if (!NETWORK.test(url)) return undefined;
  let origin = '';
  if (request.serviceWorker()) origin = 'service-worker';
  else {
    try {
      origin = request.frame().url();
    } catch {
      origin = '';
    }
  }
  return { url, host: new URL(url).host, origin, page };
}

const isExtensionOrigin = (origin: string) => origin === 'service-worker' || EXTENSION_URL.test(origin);

function initiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url) urls.push(frame.url);
  }
  return urls;
}

/** Records every request in a context; external ones are recorded and then aborted (the machine is offline). */
async function record(
  context: BrowserContext,
  serverOrigin: string,
  pageOf: (request: Request) => string,
): Promise<Recorded[]> {
  const log: Recorded[] = [];
  context.on('request', (request) => {
    const entry = describeRequest(request, pageOf(request));
    if (entry) log.push(entry);
  });
  await context.route(
    (url) => NETWORK.test(url.protocol) && url.origin !== serverOrigin,
    (route) => route.abort(),
  );
  return log;
}

/** Follows a page's requests through the DevTools protocol, which knows the script that started each. */
async function traceInitiators(
  context: BrowserContext,
  page: Page,
  name: string,
  log: Initiated[],
): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator }) => {
    const url = event.request.url;
    if (!NETWORK.test(url)) return;
    const urls = initiatorUrls(event.initiator);
    const byExtension = urls.some((u) => EXTENSION_URL.test(u));
    const byPage = !byExtension && ['parser', 'script', 'preload', 'preflight'].includes(event.initiator.type);
    log.push({ url, host: new URL(url).host, byExtension, byPage, page: name });
  });
  await cdp.send('Network.enable');
  return cdp;
}

const PAGES = () => ['/demo/index.html', ...corpusPages().map((file) => `/corpus/${file}`)];
const SURFACES = ['options.html', 'popup.html', 'sidepanel.html'];
/**
 * How long every page and surface stays open, watched, after the last one loaded: a request the
 * extension made some seconds after load (a delayed report, a lazy module, an idle-time read)
 * must still be seen.
 */
const WATCH_AFTER_LOAD_MS = 10_000;

/** The page (or extension surface) a request belongs to, by the name it was opened under. */
function pageOfRequest(names: Map<Page, string>): (request: Request) => string {
  return (request) => {
    if (request.serviceWorker()) return 'service-worker';
    try {
      return names.get(request.frame().page()) ?? '';
    } catch {
      return '';
    }
  };
}

describe('privacy: the extension makes no network requests', () => {
  let server: TestServer;
  let browser: ChromiumSession;
  let requests: Recorded[] = [];
  const initiated: Initiated[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const names = new Map<Page, string>();
    requests = await record(browser.context, server.origin, pageOfRequest(names));
    // Every page stays open until the end, so each is watched for the whole wait after its load.
    const traces: CDPSession[] = [];
    for (const pathname of PAGES()) {
      const page = await browser.newPage();
      names.set(page, pathname);
      traces.push(await traceInitiators(browser.context, page, pathname, initiated));
      // A page that fails to load fails the suite: its requests would otherwise go unchecked.
      await page.goto(server.url(pathname), { waitUntil: 'load', timeout: 30_000 });
    }
    // The extension's own pages too: nothing they show is fetched.
    for (const surface of SURFACES) {
      const page = await browser.context.newPage();
      names.set(page, surface);
      await page.goto(`chrome-extension://${browser.extensionId}/${surface}`, { waitUntil: 'load' });
    }
    await new Promise((resolve) => setTimeout(resolve, WATCH_AFTER_LOAD_MS));
    for (const cdp of traces) await cdp.detach();
    for (const page of names.keys()) await page.close();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The corpus pages are what asks for outside hosts; without them this check has nothing to count.
  it.skipIf(!corpusAvailable())('browses the demo page and every corpus page, which make requests of their own', () => {
    const pagesSeen = new Set(requests.map((r) => r.page));
    for (const pathname of PAGES()) expect(pagesSeen).toContain(pathname);
    expect(initiated.filter((r) => r.byPage && r.host !== new URL(server.origin).host).length).toBeGreaterThan(100);
  });

  it('makes no request from its service worker or its pages', () => {
    expect(requests.filter((r) => isExtensionOrigin(r.origin))).toEqual([]);
  });

  it('starts no request from its content script', () => {
    expect(initiated.filter((r) => r.byExtension)).toEqual([]);
  });

  it('makes no request to a host that nothing on the page asked for', () => {
    const pageHosts = new Map<string, Set<string>>();
    for (const pathname of PAGES()) pageHosts.set(pathname, new Set([new URL(server.origin).host]));
    for (const r of initiated) if (r.byPage) pageHosts.get(r.page)?.add(r.host);
    const unexpected = requests.filter((r) => PAGES().includes(r.page) && !pageHosts.get(r.page)?.has(r.host));
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
