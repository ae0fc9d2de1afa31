/** Wires the popup: finds the tab, asks the background about it, renders, and carries out the reader's clicks. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '../../components/popup/Popup';
import { bundledStories } from '../../data/stories/index';
import { openBriefing, tabIdFromSearch } from '../../lib/briefing-opener';
import { onMessage } from '../../lib/messages';
import { loadActiveCatalog } from '../../lib/panel-catalog';
import { browserBriefingApis, jumpToMention, loadPanelInputs, type PanelTab, resolveTab } from '../../lib/panel-client';
import { panelView } from '../../lib/popup-view';
import { pageRestriction } from '../../lib/restricted-pages';
import {
  isSiteEnabled,
  loadSettings,
  type Settings,
  setGlobalEnabled,
  setSiteEnabled,
  watchSettings,
} from '../../lib/settings';
import { siteKeyOf } from '../../lib/site-key';

/** Opened as `popup.html?tabId=N` (tests) it stays open after acting; as the real popup it closes. */
const fixedTabId = tabIdFromSearch(location.search);
const closeIfPopup = () => {
  if (fixedTabId === undefined) window.close();
};

export function App() {
  const catalog = useMemo(() => loadActiveCatalog(browser.storage.local, bundledStories), []);
  const [tab, setTab] = useState<PanelTab | null | undefined>(undefined);
  const [view, setView] = useState<PopupState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let current: PanelTab | null = null;
    const refresh = async () => {
      current = await resolveTab(fixedTabId);
      setTab(current);
      if (!current) {
        setView({ kind: 'restricted', restriction: pageRestriction(undefined) ?? unreachable() });
        return;
      }
      const inputs = await loadPanelInputs(current);
      setView(panelView(inputs, await catalog));
    };
    refresh();
    const stopListening = onMessage('tabStateChanged', ({ data: tabId }) => {
      if (tabId === current?.tabId) refresh();
    });
    loadSettings(browser.storage.local).then(({ settings }) => setSettings(settings));
    const stopWatching = watchSettings(browser.storage.local, ({ settings }) => setSettings(settings));
    return () => {
      stopListening();
      stopWatching();
    };
  }, [catalog]);

  const site = tab?.url ? siteKeyOf(tab.url) : null;
  return (
    <Popup
      view={view}
      site={site}
      settings={settings && { enabled: settings.enabled, siteEnabled: isSiteEnabled(settings, site) }}
      onToggleSite={(on) => {
        if (site) setSiteEnabled(browser.storage.local, site, on);
      }}
      onToggleGlobal={(on) => {
        setGlobalEnabled(browser.storage.local, on);
      }}
      onJump={async (entity) => {
        if (!tab) return;
        await jumpToMention(tab.tabId, entity.firstMentionIndex, true);
        closeIfPopup();
      }}
      onOpenBriefing={() => {
        if (!tab) return;
        // No await before this call: the panel may only open while the click still counts.
        openBriefing(browserBriefingApis(), { tabId: tab.tabId }).then(closeIfPopup);
      }}
      onReload={() => {
        if (!tab) return;
        setView({ kind: 'reading' });
        browser.tabs.reload(tab.tabId).then(closeIfPopup);
      }}
    />
  );
}

function unreachable(): never {
  throw new Error('pageRestriction(undefined) always names a restriction');
}
