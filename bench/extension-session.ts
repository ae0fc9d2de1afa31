/**
 * The browser the extension's bench tables load pages in: Chromium with the built extension, the
 * corpus pages served from localhost (page scripts stripped, JSON-LD kept: corpus-html.ts), nothing
 * reaching the network; and what the bench reads or does from outside the page, so that nothing
 * runs on the measured page's main thread: the tab's state in the service worker's session
 * storage, a log of the `readArticle` requests the worker receives, and stopping the worker.
 */
import type { Story } from '../data/schema';
import { TAB_STATE_KEY_PREFIX } from '../lib/extension/tab-state-store';
import type { TabState } from '../lib/views/tab-state';
import { type ChromiumSession, launchChromium, startServer, type TestServer } from '../tests/e2e/harness';
import { corpusHtml } from './corpus-html';

/** What the bench reads of a tab's state while it waits (small: it is polled). */
export interface TabSnapshot {
  reading: boolean;
  updatedAt: number;
  mentions: number;
  /** Names in the story read from the page's article, if the state has one. */
  articleNames: number | null;
}

/** A `readArticle` request as the service worker received it. */
export interface ArticleRequestSeen {
  /** Epoch ms when the page sent it (the message's own timestamp, from the page's clock). */
  sentAt: number;
  /** Characters of the article block's HTML the page sent. */
  htmlChars: number;
}

export interface ExtensionSession {
  browser: ChromiumSession;
  pageUrl(name: string): string;
  tabState(url: string): Promise<TabSnapshot | null>;
  /** The story read from the page at `url`, from its tab's state. */
  articleStory(url: string): Promise<Story | null>;
  /** Starts logging `readArticle` requests in the running worker (a worker restart forgets it). */
  logRequests(): Promise<void>;
  /** The logged requests from the page at `url` sent at or after `since` (epoch ms), or null when the log is gone. */
  requests(url: string, since: number): Promise<ArticleRequestSeen[] | null>;
  /** Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers) and waits until it is stopped. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

const LOG_KEY = '__backstoryBenchRequests';
const STOP_TIMEOUT_MS = 10_000;

/** Runs in the service worker: `chrome` exists there; typed by what we use of it. */
interface WorkerChrome {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } };
  runtime: {
    onMessage: {
      addListener(listener: (message: unknown, sender: { url?: string }) => undefined): void;
    };
  };
}

export async function openExtensionSession(extensionDir: string, pages: readonly string[]): Promise<ExtensionSession> {
  const server: TestServer = await startServer();
  let browser: ChromiumSession;
  try {
    browser = await launchChromium({ extensionDir });
  } catch (error) {
    await server.close();
    throw error;
  }
  await browser.context.route('**/corpus/**', async (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    if (!pages.includes(file)) return route.abort();
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: corpusHtml(file, { keepData: true }) });
  });
  // Saved pages name images and fonts on their own hosts: nothing leaves the machine.
  await browser.context.route(
    (url) => url.origin !== server.origin && /^https?:$/.test(url.protocol),
    (route) => route.abort(),
  );

  // The persistent context's first tab, kept at about:blank, watches the worker's running status.
  const control = browser.context.pages()[0] ?? (await browser.newPage());
  const cdp = await browser.context.newCDPSession(control);
  const workerUrl = browser.serviceWorker.url();
  let status = 'running';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL === workerUrl) status = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');

  // Playwright keeps one Worker object across a worker's restarts; look again in case it does not.
  const worker = () =>
    browser.context.serviceWorkers().find((w) => w.url() === workerUrl && w !== browser.serviceWorker) ??
    browser.serviceWorker;

  async function tabStates(url: string): Promise<Partial<TabState>[]> {
    return worker().evaluate(
      async ([pageUrl, prefix]) => {
        const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
        const tabs = await api.tabs.query({ url: pageUrl as string });
        return Object.values(await api.storage.session.get(tabs.map((tab) => `${prefix}${tab.id}`)));
      },
      [url, TAB_STATE_KEY_PREFIX] as const,
    ) as Promise<Partial<TabState>[]>;
  }

  return {
    browser,
    pageUrl: (name) => server.url(`/corpus/${encodeURIComponent(name)}`),
    async tabState(url) {
      const state = (await tabStates(url))[0];
      if (!state || typeof state.updatedAt !== 'number') return null;
      return {
        reading: state.reading === true,
        updatedAt: state.updatedAt,
        // The whole page's count: the state lists only the first mentions (lib/views/report-summary.ts).
        mentions: state.totalMentions ?? state.mentions?.length ?? 0,
        articleNames: state.article ? state.article.entities.length : null,
      };
    },
    async articleStory(url) {
      return (await tabStates(url))[0]?.article ?? null;
    },
    async logRequests() {
      await worker().evaluate((key) => {
        const scope = globalThis as unknown as Record<string, unknown> & { chrome: WorkerChrome };
        if (scope[key]) return;
        const log: { url: string; sentAt: number; htmlChars: number }[] = [];
        scope[key] = log;
        // One more listener beside the extension's own: it never answers, so it changes no reply.
        scope.chrome.runtime.onMessage.addListener((message, sender) => {
          const m = message as { type?: unknown; timestamp?: unknown; data?: { html?: unknown } } | null;
          if (m?.type !== 'readArticle' || typeof m.timestamp !== 'number') return undefined;
          const htmlChars = typeof m.data?.html === 'string' ? m.data.html.length : 0;
          log.push({ url: sender.url ?? '', sentAt: m.timestamp, htmlChars });
          return undefined;
        });
      }, LOG_KEY);
    },
    async requests(url, since) {
      const log = await worker().evaluate((key) => {
        const scope = globalThis as unknown as Record<string, unknown>;
        return (scope[key] as { url: string; sentAt: number; htmlChars: number }[] | undefined) ?? null;
      }, LOG_KEY);
      if (!log) return null;
      return log
        .filter((entry) => entry.url === url && entry.sentAt >= since)
        .map(({ sentAt, htmlChars }) => ({ sentAt, htmlChars }));
    },
    async stopWorker() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      while (status !== 'stopped') {
        if (Date.now() > deadline) throw new Error(`the extension's service worker did not stop (${status})`);
        await control.waitForTimeout(20);
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
