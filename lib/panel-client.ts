/**
 * The popup's and side panel's one adapter to the browser: which tab they are about, what the
 * background knows of it, and whether a content script runs there. Everything else they show
 * is derived by the pure functions in lib/popup-view.ts and lib/briefing-view.ts.
 */
import { browser } from 'wxt/browser';
import type { BriefingApis } from './briefing-opener';
import { pingContentScript, sendMessage, type TabState } from './messages';
import type { PanelInputs } from './popup-view';
import { pageRestriction } from './restricted-pages';

export interface PanelTab {
  tabId: number;
  windowId: number;
  url: string | undefined;
}

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
    return { tabId: tab.id, windowId: tab.windowId, url: tab.url ?? tab.pendingUrl };
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
  return { url: state?.url ?? tab.url, state, contentScriptAnswers };
}

export async function jumpToMention(tabId: number, index: number, openCard: boolean): Promise<boolean> {
  try {
    return await sendMessage('jumpToMention', { index, openCard }, tabId);
  } catch {
    return false;
  }
}

/** The browser's panel APIs for lib/briefing-opener.ts: `sidePanel` in Chrome, `sidebarAction` in Firefox. */
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
