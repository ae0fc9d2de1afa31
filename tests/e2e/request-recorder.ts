/**
 * Every request a Chromium session makes, recorded two ways for the privacy test: Playwright's
 * context-wide request events (which know the service worker and the frame a request came from)
 * and each page's DevTools protocol initiator stack (which knows the script that started it, so a
 * content script's request is told from the page's own). Requests to anything but the loopback
 * test server are aborted: the machine is offline, and nothing may leave it.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export interface Recorded {
  url: string;
  host: string;
  /** "service-worker", or the URL of the frame that made it ("" when unknown). */
  origin: string;
  /** The name the page or extension surface it belongs to was opened under. */
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

export interface Initiated {
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

export function describeRequest(request: Request, page: string): Recorded | undefined {
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

export const isExtensionOrigin = (origin: string) => origin === 'service-worker' || EXTENSION_URL.test(origin);

function initiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url) urls.push(frame.url);
  }
  return urls;
}

/** Records every request in a context; external ones are recorded and then aborted. */
export async function record(
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

/** The page (or extension surface) a request belongs to, by the name it was opened under. */
export function pageOfRequest(names: Map<Page, string>): (request: Request) => string {
  return (request) => {
    if (request.serviceWorker()) return 'service-worker';
    try {
      return names.get(request.frame().page()) ?? '';
    } catch {
      return '';
    }
  };
}

/** Follows a page's requests through the DevTools protocol, which knows the script that started each. */
export async function traceInitiators(
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
