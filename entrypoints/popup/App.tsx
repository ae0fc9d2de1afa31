/** Wires the popup: finds the tab, asks the background about it, renders, and carries out the reader's clicks. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type FindNamesState, Popup, type PopupState } from '../../components/popup/Popup';
import { usePanelView } from '../../components/shared/usePanelView';
import { bundledStories } from '../../data/stories/index';
import { openBriefing, tabIdFromSearch } from '../../lib/extension/briefing-opener';
import { sendMessage } from '../../lib/extension/messages';
import {
  browserBriefingApis,
  findNamesOnPage,
  jumpToMention,
  loadPanel,
  nextTask,
  onTabStateChanged,
} from '../../lib/extension/panel-client';
import { panelCatalogs } from '../../lib/storage/panel-catalog';
import {
  isSiteEnabled,
  loadSettings,
  type Settings,
  setGlobalEnabled,
  setPageSiteEnabled,
  watchSettings,
} from '../../lib/storage/settings';
import { pageHost } from '../../lib/storage/site-match';
import type { LoadedPanel } from '../../lib/views/panel-view';

/** Opened as `popup.html?tabId=N` (tests) it stays open after acting; as the real popup it closes. */
const fixedTabId = tabIdFromSearch(location.search);
const closeIfPopup = () => {
  if (fixedTabId === undefined) window.close();
};

export function App() {
  const source = useMemo(() => {
    const catalogFor = panelCatalogs(browser.storage.local, bundledStories).forPage;
    return { load: (tabId?: number) => loadPanel(tabId ?? fixedTabId, catalogFor), onTabStateChanged, nextTask };
  }, []);
  const loaded = usePanelView(source);
  // After "Reload this tab" the popup says the page is being read until the next load arrives.
  const [reloadingFrom, setReloadingFrom] = useState<LoadedPanel>();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [findNames, setFindNames] = useState<FindNamesState>('idle');

  useEffect(() => {
    loadSettings(browser.storage.local).then(({ settings }) => setSettings(settings));
    return watchSettings(browser.storage.local, ({ settings }) => setSettings(settings));
  }, []);

  const tab = loaded?.tab ?? null;
  const host = tab?.url ? pageHost(tab.url) : null;
  const site = useSiteKey(tab?.url);
  const view: PopupState = !loaded ? { kind: 'loading' } : loaded === reloadingFrom ? { kind: 'reading' } : loaded.view;
  return (
    <Popup
      view={view}
      site={site}
      settings={settings && { enabled: settings.enabled, siteEnabled: isSiteEnabled(settings, host) }}
      onToggleSite={(on) => {
        if (site && host) setPageSiteEnabled(browser.storage.local, { host, siteKey: site }, on);
      }}
      onToggleGlobal={(on) => {
        setGlobalEnabled(browser.storage.local, on);
      }}
      onJump={async (entity) => {
        if (!tab) return;
        await jumpToMention(tab.tabId, entity.firstMentionIndex, true, entity.firstMentionFrame);
        closeIfPopup();
      }}
      onOpenBriefing={() => {
        if (!tab) return;
        // No await before this call: the panel may only open while the click still counts. The
        // popup is the extension's own page, so its click is the reader's: a tab may stand in.
        openBriefing(browserBriefingApis(), { tabId: tab.tabId }, { fallbackToTab: true }).then(closeIfPopup);
      }}
      findNames={findNames}
      onFindNames={async () => {
        if (!tab) return;
        setFindNames('reading');
        // The tab's state changes when names are found, and the popup shows them.
        setFindNames((await findNamesOnPage(tab.tabId)) ? 'idle' : 'none-found');
      }}
      onReload={() => {
        if (!tab) return;
        setReloadingFrom(loaded);
        browser.tabs.reload(tab.tabId).then(closeIfPopup);
      }}
    />
  );
}

/** The tab's site key, which the background works out (it holds the public suffix list); null until it answers. */
function useSiteKey(url: string | undefined): string | null {
  const [answer, setAnswer] = useState<{ url: string; site: string | null }>();
  useEffect(() => {
    if (!url || !pageHost(url)) return;
    let current = true;
    sendMessage('siteKeyOf', url).then(
      (site) => {
        if (current) setAnswer({ url, site });
      },
      // No answer: the popup offers no site switch, as on a page without a site.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [url]);
  return answer && answer.url === url ? answer.site : null;
}
