/**
 * Wires the briefing: follows the active tab of its window (or the tab in `?tabId=N`), refreshes
 * when the background says the tab's mentions changed, and lands on the entity a card asked for.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Briefing } from '../../components/briefing/Briefing';
import { usePanelView } from '../../components/shared/usePanelView';
import { bundledStories } from '../../data/stories/index';
import { entityFromHash, tabIdFromSearch } from '../../lib/extension/briefing-opener';
import { onMessage } from '../../lib/extension/messages';
import { jumpToMention, loadPanel, onTabActivated, onTabStateChanged } from '../../lib/extension/panel-client';
import { pageCatalogLoader } from '../../lib/storage/panel-catalog';
import { panelBriefing } from '../../lib/views/briefing-view';

const fixedTabId = tabIdFromSearch(location.search);

export function App() {
  const source = useMemo(() => {
    const catalogFor = pageCatalogLoader(browser.storage.local, bundledStories);
    return {
      load: async (tabId?: number) => {
        const loaded = await loadPanel(tabId ?? fixedTabId, catalogFor);
        return { ...loaded, ...panelBriefing(loaded.view, loaded.catalog) };
      },
      onTabStateChanged,
      // The panel stays open across tab switches in its window: it follows the active tab.
      ...(fixedTabId === undefined ? { onTabActivated } : {}),
    };
  }, []);
  const shown = usePanelView(source);
  const [focus, setFocus] = useState<{ entityId: string; nonce: number } | undefined>(() => {
    const entityId = entityFromHash(location.hash);
    return entityId ? { entityId, nonce: 0 } : undefined;
  });

  useEffect(() => {
    const stopFocus = onMessage('focusEntity', ({ data }) =>
      setFocus((f) => ({ entityId: data.entityId, nonce: (f?.nonce ?? 0) + 1 })),
    );
    const onHash = () => {
      const entityId = entityFromHash(location.hash);
      if (entityId) setFocus((f) => ({ entityId, nonce: (f?.nonce ?? 0) + 1 }));
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      stopFocus();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const tab = shown?.tab ?? null;
  return (
    <Briefing
      view={shown?.view ?? { kind: 'loading' }}
      briefing={shown?.briefing}
      mentions={shown?.mentions ?? []}
      {...(focus ? { focus } : {})}
      onJump={(index) => {
        if (tab) jumpToMention(tab.tabId, index, false);
      }}
      onReload={() => {
        if (tab) browser.tabs.reload(tab.tabId);
      }}
    />
  );
}
