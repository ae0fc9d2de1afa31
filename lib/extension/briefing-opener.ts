/**
 * Opening the side-panel briefing, optionally at one entity, in whichever way the browser allows:
 * Chrome's side panel, Firefox's sidebar, or (when neither can open, e.g. Firefox, which refuses
 * its sidebar to a message) the briefing page in a new tab, but only for a request that comes
 * from the reader's own click. The browser APIs come in as a parameter so the choice is
 * testable; the entity travels in the URL hash (`#entity=ID`), which the briefing reads.
 */

export interface BriefingApis {
  /** Chrome only. */
  sidePanel?: {
    setOptions(options: { path?: string; enabled?: boolean }): Promise<void>;
    open(options: { tabId?: number; windowId?: number }): Promise<void>;
  };
  /** Firefox only. */
  sidebarAction?: {
    setPanel(details: { panel: string | null }): Promise<void>;
    open(): Promise<void>;
  };
  createTab(url: string): Promise<unknown>;
  getURL(path: string): string;
}

/** 'refused': the panel would not open and the request had no user gesture to justify a tab. */
export type BriefingOpenedIn = 'side-panel' | 'sidebar' | 'tab' | 'refused';

export interface OpenOptions {
  /**
   * Whether a failed panel may become a new tab. Only for a request a reader's click made: a
   * panel refuses to open without a gesture, and a page that can fire requests without one
   * (synthetic clicks on a card) must not get a tab per request.
   */
  fallbackToTab: boolean;
}

export const BRIEFING_PAGE = 'sidepanel.html';

/** `sidepanel.html`, `sidepanel.html#entity=nato`, `sidepanel.html?tabId=4#entity=nato`. */
export function briefingPath(options: { entityId?: string; tabId?: number } = {}): string {
  const query = options.tabId === undefined ? '' : `?tabId=${options.tabId}`;
  const hash = options.entityId ? `#entity=${encodeURIComponent(options.entityId)}` : '';
  return `${BRIEFING_PAGE}${query}${hash}`;
}

/** The entity a briefing URL asks for (`#entity=ID`), if any. */
export function entityFromHash(hash: string): string | undefined {
  const match = /^#?entity=([^&]+)/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The tab a panel page was opened for (`?tabId=N`), if any. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * Both browsers open their panel only during a user gesture, and an `await` before `open()`
 * can lose it; so the path is set without waiting and `open()` is called straight after.
 */
export async function openBriefing(
  apis: BriefingApis,
  target: { tabId: number; entityId?: string },
  options: OpenOptions,
): Promise<BriefingOpenedIn> {
  const path = briefingPath(target.entityId ? { entityId: target.entityId } : {});
  if (apis.sidePanel) {
    const settingPath = apis.sidePanel.setOptions({ path, enabled: true });
    try {
      await Promise.all([settingPath, apis.sidePanel.open({ tabId: target.tabId })]);
      return 'side-panel';
    } catch {
      // No gesture, or the panel is disabled by policy: a tab, if the reader asked.
    }
  } else if (apis.sidebarAction) {
    const settingPanel = apis.sidebarAction.setPanel({ panel: apis.getURL(path) });
    try {
      await Promise.all([settingPanel, apis.sidebarAction.open()]);
      return 'sidebar';
    } catch {
      // Firefox refuses sidebarAction.open() outside a user gesture (e.g. from a message).
    }
  }
  if (!options.fallbackToTab) return 'refused';
  await apis.createTab(apis.getURL(briefingPath({ ...target })));
  return 'tab';
}
