/**
 * Wires the briefing: follows the active tab of its window (or the tab in `?tabId=N`), refreshes
 * when the background says the tab's mentions changed, and lands on the entity a card asked for.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Briefing } from '../../components/briefing/Briefing';
import { usePanelView } from '../../components/shared/usePanelView';
import { bundledStories } from '../../data/stories/index';
import { entityFromHash, tabIdFromSearch } from '../../lib/extension/briefing-opener';
import { onMessage } from '../../lib/extension/messages';
import {
  jumpToMention,
  loadPanel,
  loadReadPeople,
  loadStorySoFar,
  nextTask,
  onTabActivated,
  onTabStateChanged,
} from '../../lib/extension/panel-client';
import { uiLocale } from '../../lib/extension/ui-locale';
import { type CatalogPage, type PanelCatalogs, panelCatalogs } from '../../lib/storage/panel-catalog';
import type { ArchivedPerson } from '../../lib/storage/reading-archive/archive-contract';
import { panelBriefing } from '../../lib/views/briefing-view';
import { type CardContent, cardContent } from '../../lib/views/card-content';
import type { StorySoFarView } from '../../lib/views/story-so-far';

/** How many people "People you've read about" lists at once. */
const READ_PEOPLE_SHOWN = 50;
const NOTHING_SO_FAR: StorySoFarView = { timeline: [], newSince: [] };

const fixedTabId = tabIdFromSearch(location.search);

export function App() {
  const catalogs = useMemo(() => panelCatalogs(browser.storage.local, bundledStories), []);
  const source = useMemo(() => {
    return {
      load: async (tabId?: number) => {
        const loaded = await loadPanel(tabId ?? fixedTabId, catalogs.forPage);
        await nextTask();
        return { ...loaded, ...panelBriefing(loaded.view, loaded.catalog, uiLocale()) };
      },
      onTabStateChanged,
      nextTask,
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
  const reading = useReadingMemory(tab?.tabId, shown?.view);
  const people = usePersonContents(
    catalogs,
    shown?.page,
    shown?.view.kind === 'story' ? shown.view.story.storyId : undefined,
  );
  return (
    <Briefing
      view={shown?.view ?? { kind: 'loading' }}
      briefing={shown?.briefing}
      mentions={shown?.mentions ?? []}
      {...(focus ? { focus } : {})}
      contents={people.contents}
      onOpenPerson={people.open}
      onJump={(index, frameId) => {
        if (tab) jumpToMention(tab.tabId, index, false, frameId);
      }}
      onReload={() => {
        if (tab) browser.tabs.reload(tab.tabId);
      }}
      reading={reading}
    />
  );
}

/** Reading memory for the briefing: asked again whenever the tab's page changes, and as the reader searches. */
function useReadingMemory(tabId: number | undefined, view: unknown) {
  const [storySoFar, setStorySoFar] = useState<StorySoFarView>(NOTHING_SO_FAR);
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<ArchivedPerson[]>([]);
  useEffect(() => {
    if (tabId === undefined) return;
    let current = true;
    loadStorySoFar(tabId).then((next) => {
      if (current) setStorySoFar(next);
    });
    return () => {
      current = false;
    };
  }, [tabId, view]);
  useEffect(() => {
    let current = true;
    loadReadPeople(query, READ_PEOPLE_SHOWN).then((next) => {
      if (current) setPeople(next);
    });
    return () => {
      current = false;
    };
  }, [query, storySoFar]);
  return { storySoFar, people: { query, people, onQuery: setQuery, locale: uiLocale() } };
}

/**
 * Who's who entries' card content, made when an entry opens from each pack's panel part and the
 * details chunk that holds the entity (the lists read only the panel parts: docs/decisions/0028).
 * Made again for another page or story, whose catalog may tell the entity otherwise.
 */
function usePersonContents(catalogs: PanelCatalogs, page: CatalogPage | undefined, storyId: string | undefined) {
  const [contents, setContents] = useState<ReadonlyMap<string, CardContent | null>>(new Map());
  const asked = useRef(new Set<string>());
  const pageKey = page && storyId ? `${storyId}\u0000${page.url}\u0000${page.article?.id ?? ''}` : undefined;
  useEffect(() => {
    asked.current = new Set();
    setContents(new Map());
  }, [pageKey]);
  const open = (entityId: string) => {
    if (!page || !storyId || asked.current.has(entityId)) return;
    const mine = asked.current;
    mine.add(entityId);
    catalogs
      .entryForPage(page, entityId)
      .then((whole) => cardContent(whole, entityId, storyId, uiLocale()) ?? null)
      // A pack gone or damaged since the list was read: the entry keeps what its row says.
      .catch(() => null)
      .then((content) => {
        if (asked.current === mine) setContents((shown) => new Map(shown).set(entityId, content));
      });
  };
  return { contents, open };
}
