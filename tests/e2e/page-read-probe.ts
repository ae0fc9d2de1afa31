/**
 * Whether Backstory has read a page, as its background knows it: the content script's report in
 * the service worker's session storage says `reading: false` once the page's first scan is over
 * (mentions or not: a page without any has no highlight to wait for). Shared by the e2e tests and
 * the bench, which both need to know when the content script's work on a page load is done.
 */
import type { Page } from 'playwright-core';
import { TAB_STATE_KEY_PREFIX } from '../../lib/extension/tab-state-store';
import type { ChromiumSession } from './harness';

interface WorkerChrome {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } };
}

export async function pageRead(browser: ChromiumSession, page: Page): Promise<boolean> {
  return browser.serviceWorker.evaluate(
    async ([pageUrl, prefix]) => {
      // Runs in the service worker, where `chrome` exists; typed by what we use of it.
      const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      const tabs = await api.tabs.query({ url: pageUrl as string });
      const keys = tabs.map((tab) => `${prefix}${tab.id}`);
      const states = Object.values(await api.storage.session.get(keys));
      return states.some((state) => (state as { reading?: unknown }).reading === false);
    },
    [page.url(), TAB_STATE_KEY_PREFIX] as const,
  );
}
