/**
 * The popup's and side panel's one adapter to the browser: which tab they are about, what the
 * background knows of it, whether a content script runs there, and when any of that changes.
 * Everything else they show is derived by the pure functions in lib/views/panel-view.ts and
 * lib/views/briefing-view.ts.
 */

import { browser } from 'wxt/browser';
import type { CatalogPage, PageCatalogLoader } from '../storage/panel-catalog';
import type { ArchivedPerson } from '../storage/reading-archive/archive-contract';
import { type LoadedPanel, type PanelInputs, type PanelTab, panelView } from '../views/panel-view';
import { pageRestriction } from '../views/restricted-pages';
import type { StorySoFarView } from '../views/story-so-far';
import { storiesOfPage, type TabState } from '../views/tab-state';
import type { BriefingApis } from './briefing-opener';
import { onMessage, pingContentScript, sendMessage } from './messages';
import { uiLocale } from './ui-locale';

/**
 * The tab the page is about: `?tabId=N` when given (tests, the briefing opened in a tab),
 * otherwise the active tab of the panel's window.
 */
export async function resolveTab(fixedTabId: number | undefined): Promise<PanelTab | null> {
  try {
    const tab =
      fixedTabId === undefined
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(fixedTabId);
    if (tab?.id === undefined) return null;
    return {
      tabId: tab.id,
      windowId: tab.windowId,
      url: tab.url ?? tab.pendingUrl,
      ...(tab.status === 'loading' ? { loading: true } : {}),
    };
  } catch {
    // The tab was closed.
    return null;
  }
}

export async function loadPanelInputs(tab: PanelTab): Promise<PanelInputs> {
  if (pageRestriction(tab.url)) return { url: tab.url, state: null, contentScriptAnswers: false };
  let state: TabState | null = null;
  try {
    state = await sendMessage('getTabState', tab.tabId);
  } catch {
    // The background is starting up; the ping below still tells the reader something true.
  }
  const contentScriptAnswers = state !== null || (await pingContentScript(tab.tabId));
  return { url: state?.url ?? tab.url, state, contentScriptAnswers, ...(tab.loading ? { loading: true } : {}) };
}

/**
 * Resolves in a later task: a panel ends the task that read its data before it makes and renders
 * the view, so that neither a big pack's read nor the render of its lists is one long task with
 * the other (docs/decisions/0028).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** No tab has no address: the panels say it is not a web page Backstory can read. */
const NO_TAB: PanelInputs = { url: undefined, state: null, contentScriptAnswers: false };

/**
 * Loads what a panel shows for `tabId` (undefined: the active tab of the panel's window).
 * `catalogFor` builds the page's catalog as its content script does (lib/storage/panel-catalog.ts):
 * with the story read from its article (kept with the tab's state) and the reader's corrections.
 */
export async function loadPanel(
  tabId: number | undefined,
  catalogFor: PageCatalogLoader,
): Promise<LoadedPanel & { page: CatalogPage }> {
  const tab = await resolveTab(tabId);
  const inputs = tab ? await loadPanelInputs(tab) : NO_TAB;
  // The page as its catalog was read: an opened who's-who entry reads the same stories whole.
  const page: CatalogPage = { url: inputs.url, article: inputs.state?.article, storyIds: storiesOfPage(inputs.state) };
  const catalog = await catalogFor(page);
  return { tab, view: panelView(inputs, catalog, uiLocale()), catalog, page };
}

/** Calls `listener` with a tab's id when the background says that tab's mentions changed. */
export function onTabStateChanged(listener: (tabId: number) => void): () => void {
  return onMessage('tabStateChanged', ({ data }) => listener(data));
}

/** Calls `listener` when the reader switches tabs (in any window). */
export function onTabActivated(listener: (tab: { tabId: number; windowId: number }) => void): () => void {
  browser.tabs.onActivated.addListener(listener);
  return () => browser.tabs.onActivated.removeListener(listener);
}

/**
 * Asks the engine of the frame holding the mention (the top frame's when `frameId` is absent) to
 * scroll to it: each frame's engine numbers its own mentions, so the jump is addressed to one.
 */
export async function jumpToMention(tabId: number, index: number, openCard: boolean, frameId = 0): Promise<boolean> {
  try {
    return await sendMessage('jumpToMention', { index, openCard }, { tabId, frameId });
  } catch {
    return false;
  }
}

/** Asks the tab's content script to read the page as an article; true when it found names. */
export async function findNamesOnPage(tabId: number): Promise<boolean> {
  return sendMessage('findNamesOnPage', undefined, tabId).catch(() => false);
}

/** The browser's panel APIs for lib/extension/briefing-opener.ts: `sidePanel` in Chrome, `sidebarAction` in Firefox. */
export function browserBriefingApis(): BriefingApis {
  // Each exists in one browser only, and WXT's types describe Chrome's APIs alone.
  const apis = browser as unknown as {
    sidePanel?: BriefingApis['sidePanel'];
    sidebarAction?: BriefingApis['sidebarAction'];
  };
  return {
    ...(apis.sidePanel ? { sidePanel: apis.sidePanel } : {}),
    ...(apis.sidebarAction ? { sidebarAction: apis.sidebarAction } : {}),
    createTab: (url) => browser.tabs.create({ url }),
    getURL: (path) => browser.runtime.getURL(path as '/sidepanel.html'),
  };
}

/** The briefing's "Story so far" for a tab; empty when the archive has nothing or cannot answer. */
export async function loadStorySoFar(tabId: number): Promise<StorySoFarView> {
  return sendMessage('storySoFar', tabId).catch(() => ({ timeline: [], newSince: [] }));
}

/** "People you've read about", filtered by `query`; empty when the archive cannot answer. */
export async function loadReadPeople(query: string, limit: number): Promise<ArchivedPerson[]> {
  return sendMessage('readingPeople', { query, limit }).catch(() => []);
}
