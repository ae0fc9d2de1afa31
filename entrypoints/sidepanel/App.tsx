/**
 * Wires the briefing: follows the active tab of its window (or the tab in `?tabId=N`), refreshes
 * when the background says the tab's mentions changed, and lands on the entity a card asked for.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Briefing, type BriefingState } from '../../components/briefing/Briefing';
import { bundledStories } from '../../data/stories/index';
import { entityFromHash, tabIdFromSearch } from '../../lib/briefing-opener';
import { type BriefingView, briefingView, type MentionRow, mentionRows } from '../../lib/briefing-view';
import { onMessage } from '../../lib/messages';
import { loadActiveCatalog } from '../../lib/panel-catalog';
import { jumpToMention, loadPanelInputs, type PanelTab, resolveTab } from '../../lib/panel-client';
import { panelView } from '../../lib/popup-view';
import { pageRestriction } from '../../lib/restricted-pages';

const fixedTabId = tabIdFromSearch(location.search);

interface Shown {
  view: BriefingState;
  briefing: BriefingView | undefined;
  mentions: MentionRow[];
}

export function App() {
  const catalog = useMemo(() => loadActiveCatalog(browser.storage.local, bundledStories), []);
  const [shown, setShown] = useState<Shown>({ view: { kind: 'loading' }, briefing: undefined, mentions: [] });
  const [focus, setFocus] = useState<{ entityId: string; nonce: number } | undefined>(() => {
    const entityId = entityFromHash(location.hash);
    return entityId ? { entityId, nonce: 0 } : undefined;
  });
  const tabRef = useRef<PanelTab | null>(null);

  useEffect(() => {
    let windowId: number | undefined;
    let generation = 0;
    const refresh = async (tabId?: number) => {
      const mine = ++generation;
      const tab = await resolveTab(tabId ?? fixedTabId);
      const inputs = tab ? await loadPanelInputs(tab) : null;
      const resolvedCatalog = await catalog;
      // A newer refresh (a quick tab switch) wins over a slower older one.
      if (mine !== generation) return;
      tabRef.current = tab;
      windowId ??= tab?.windowId;
      if (!inputs) {
        setShown({ view: { kind: 'restricted', restriction: notAPage() }, briefing: undefined, mentions: [] });
        return;
      }
      const view = panelView(inputs, resolvedCatalog);
      const storyId = view.kind === 'story' ? view.story.storyId : undefined;
      setShown({
        view,
        briefing: storyId ? briefingView(resolvedCatalog, storyId, inputs.state) : undefined,
        mentions: storyId ? mentionRows(inputs.state, resolvedCatalog, storyId) : [],
      });
    };
    refresh();

    const removers = [
      onMessage('tabStateChanged', ({ data: tabId }) => {
        if (tabId === tabRef.current?.tabId) refresh(tabId);
      }),
      onMessage('focusEntity', ({ data }) =>
        setFocus((f) => ({ entityId: data.entityId, nonce: (f?.nonce ?? 0) + 1 })),
      ),
    ];
    const onHash = () => {
      const entityId = entityFromHash(location.hash);
      if (entityId) setFocus((f) => ({ entityId, nonce: (f?.nonce ?? 0) + 1 }));
    };
    window.addEventListener('hashchange', onHash);
    removers.push(() => window.removeEventListener('hashchange', onHash));

    if (fixedTabId === undefined) {
      // The panel stays open across tab switches in its window: it follows the active tab.
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) refresh(info.tabId);
      };
      browser.tabs.onActivated.addListener(onActivated);
      removers.push(() => browser.tabs.onActivated.removeListener(onActivated));
    }
    return () => {
      for (const remove of removers) remove();
    };
  }, [catalog]);

  return (
    <Briefing
      view={shown.view}
      briefing={shown.briefing}
      mentions={shown.mentions}
      {...(focus ? { focus } : {})}
      onJump={(index) => {
        if (tabRef.current) jumpToMention(tabRef.current.tabId, index, false);
      }}
      onReload={() => {
        if (tabRef.current) browser.tabs.reload(tabRef.current.tabId);
      }}
    />
  );
}

function notAPage() {
  const restriction = pageRestriction(undefined);
  if (!restriction) throw new Error('pageRestriction(undefined) always names a restriction');
  return restriction;
}
