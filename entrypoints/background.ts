import bundledMatcher from 'virtual:backstory/bundled-matcher';
import bundledVersion from 'virtual:backstory/bundled-version';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledStories } from '../data/stories/index';
import { createArticleShelf } from '../lib/extension/article-shelf';
import { createBriefingRequests } from '../lib/extension/briefing-requests';
import { forwardMentionCommands } from '../lib/extension/command-forwarding';
import { type BundledForPage, onMessage, pingContentScript, sendMessage } from '../lib/extension/messages';
import { browserBriefingApis } from '../lib/extension/panel-client';
import { createReadingMemory } from '../lib/extension/reading-memory';
import { createTabStateStore } from '../lib/extension/tab-state-store';
import { verdictOnTabUpdate } from '../lib/extension/tab-updates';
import { uiLocale } from '../lib/extension/ui-locale';
import { readArticle } from '../lib/extraction/read-article';
import { curatedNames } from '../lib/extraction/story-from-article';
import { extensionOf } from '../lib/matching/held-tables';
import type { MatcherSnapshot } from '../lib/matching/matcher-tables';
import { tablesFor } from '../lib/matching/stored-tables';
import { candidateSources, snapshotOf } from '../lib/matching/table-builder';
import { correctedCatalog } from '../lib/storage/apply-corrections';
import { keepBundledCopy } from '../lib/storage/bundled-copy';
import { correctionsFor, loadCorrections } from '../lib/storage/corrections';
import { notice } from '../lib/storage/notice';
import { refreshPackPages } from '../lib/storage/pack-page-refresh';
import { readEnabledPackOutlines } from '../lib/storage/pack-reading';
import { isPackChange } from '../lib/storage/pack-storage';
import { loadActiveCatalog } from '../lib/storage/panel-catalog';
import { deleteReadingArchive } from '../lib/storage/reading-archive/archive-connection';
import { openReadingArchive } from '../lib/storage/reading-archive/open-archive';
import { isSettingsChange, loadSettings } from '../lib/storage/settings';
import { migrateSettings } from '../lib/storage/settings-migrations';
import { siteKeyFromInput, siteKeyOf, siteKeyOfHost } from '../lib/storage/site-key';
import { pageHost } from '../lib/storage/site-match';
import { type Catalog, outlineOf, withArticle } from '../lib/story/story-model';
import { entityNames } from '../lib/views/earlier-reading';
import { frameMentions, topNotYetReported, withFrame } from '../lib/views/frame-mentions';
import { deriveTabState, type FrameMentions, type PageReport } from '../lib/views/tab-state';

/** Statements and quotes the card asks the archive for (it shows a few; the rest are roles). */
const EARLIER_ASKED = 8;

export default defineBackground(() => {
  // Every page asks for these before its first scan: they are not in the content script, which
  // every page compiles (docs/decisions/0022). Outlined once per worker, from the same stories the
  // build made the tables from, so the tables' alias key matches.
  let forPage: BundledForPage | undefined;
  const bundledForPage = () => {
    forPage ??= { outlines: bundledStories.map(outlineOf), matcher: bundledMatcher ?? null };
    return forPage;
  };
  onMessage('bundledForPage', bundledForPage);
  // Pages read this copy with their settings, and ask only when it is missing or another build's:
  // the worker may be stopped, and the first scan waits for these.
  if (bundledVersion) keepBundledCopy(browser.storage.local, bundledVersion, bundledForPage()).catch(() => {});
  // A page reads a pack's page part (outline and tables) instead of the whole pack: packs stored by
  // an earlier version, or with tables made for another version's stories, get theirs made here
  // (until then pages read them whole). Nothing else is written (docs/decisions/0028).
  const refreshPacks = () => {
    refreshPackPages(browser.storage.local, bundledForPage().outlines).catch(() => {});
  };
  browser.runtime.onInstalled.addListener(refreshPacks);
  browser.runtime.onStartup.addListener(refreshPacks);

  // Session storage survives the service worker being stopped, and is cleared with the browser session.
  const store = createTabStateStore(browser.storage.session);

  // Settings stored by an older version (or left by a downgrade) are brought up to date; a value
  // already current is only read. Pages follow the change like any other.
  migrateSettings(browser.storage.local, siteKeyOfHost).catch(() => {});

  let catalog: Promise<Catalog> | undefined;
  const currentCatalog = () => {
    catalog ??= loadActiveCatalog(browser.storage.local, bundledStories);
    return catalog;
  };
  /**
   * Tables made for the catalog before an article joins it: the switched-on packs' (stored with
   * them) and the bundled stories'. An article's names come after those, so its page's tables are
   * these read back with its few names added, not 10,000 names made again (docs/decisions/0028).
   */
  let baseTables: Promise<MatcherSnapshot[]> | undefined;
  const currentBaseTables = () => {
    baseTables ??= readEnabledPackOutlines(browser.storage.local).then(
      (packs) => [...(packs.tables ?? []), ...(bundledMatcher ? [bundledMatcher] : [])],
      () => (bundledMatcher ? [bundledMatcher] : []),
    );
    return baseTables;
  };
  // A pack imported or a story switched off changes which entities count.
  browser.storage.local.onChanged.addListener((changes) => {
    if (isSettingsChange(changes) || isPackChange(changes)) {
      catalog = undefined;
      baseTables = undefined;
    }
  });

  /** Extension pages that are open (popup, side panel) refresh; none open is not an error. */
  const announce = (tabId: number) => {
    sendMessage('tabStateChanged', tabId).catch(() => {});
  };

  /** The story read from each tab's article, kept beside its state (and in it, across restarts). */
  const articles = createArticleShelf(store);

  /**
   * Reports are applied one after another: the top frame's and each frame's re-derive the tab's
   * state from the last one, and two at once would lose one of them.
   */
  let applying = Promise.resolve();
  const inTurn = (work: () => Promise<void>) => {
    applying = applying.then(work).catch(() => {});
    return applying;
  };
  /** The tab's state with one frame's mentions replaced (`entry`) or dropped (null). */
  const putFrame = async (tab: { id: number; url?: string }, frameId: number, report: PageReport | null) => {
    const previous = await store.get(tab.id);
    if (!previous && !report) return;
    const top: PageReport = previous ?? topNotYetReported(tab.url ?? '');
    const article = await articles.get(tab.id, top.url);
    const active = await currentCatalog();
    const known = withArticle(active, article).entities;
    const entry: FrameMentions | null = report && frameMentions(frameId, report, (id) => known.has(id));
    const frames = withFrame(previous?.frames, frameId, entry);
    const state = deriveTabState(tab.id, top, active, Date.now(), article, frames);
    await store.put(previous?.topDocument ? { ...state, topDocument: previous.topDocument } : state);
    announce(tab.id);
  };

  onMessage('reportPage', ({ data, sender }) =>
    inTurn(async () => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      // A same-origin frame's engine reports its own mentions (decision 0025): kept by frame, bounded.
      const frameId = sender.frameId ?? 0;
      if (frameId !== 0) return putFrame({ id: tabId, url: sender.tab?.url }, frameId, data);
      const article = await articles.get(tabId, data.url);
      const frames = (await store.get(tabId))?.frames;
      const state = deriveTabState(tabId, data, await currentCatalog(), Date.now(), article, frames);
      await store.put(sender.documentId ? { ...state, topDocument: sender.documentId } : state);
      announce(tabId);
    }),
  );
  onMessage('frameGone', ({ sender }) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId !== undefined && frameId !== 0) return inTurn(() => putFrame({ id: tabId }, frameId, null));
  });

  onMessage('readArticle', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    const active = await currentCatalog();
    const story = readArticle(data, curatedNames(active), isoToday());
    // An article that names nobody (or is in a language the extractor does not read) changes
    // nothing on the page: no story, no rescan.
    if (!story || story.entities.length === 0) return null;
    await articles.put(tabId, story);
    announce(tabId);
    // The page's catalog with the article and the reader's corrections there, made here so the
    // page reads the tables back. The story goes back uncorrected: the page applies corrections
    // itself, and follows them as the reader adds or undoes one.
    const corrections = await loadCorrections(browser.storage.local).then(
      (loaded) => correctionsFor(loaded.corrections, pageHost(data.url)),
      () => [],
    );
    const { aliases } = correctedCatalog(active.stories, corrections, story);
    const base = await currentBaseTables();
    const tables = tablesFor(aliases, base);
    // A page that holds tables its catalog starts with (a pack's, read ahead) grows them itself.
    const held = data.held === undefined ? undefined : base.find((snapshot) => snapshot.key === data.held);
    const extension = held && extensionOf(aliases, held, candidateSources(tables.candidates));
    return extension
      ? { story: outlineOf(story), extension }
      : { story: outlineOf(story), matcher: snapshotOf(aliases, tables) };
  });

  onMessage('articleStory', async ({ data: url, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    return (await articles.get(tabId, url)) ?? null;
  });

  // Reading memory: the archive lives in this extension's IndexedDB, and only here.
  const memory = createReadingMemory({
    open: () => openReadingArchive(indexedDB),
    destroy: () => deleteReadingArchive(indexedDB),
    settings: async () => (await loadSettings(browser.storage.local)).settings,
    catalog: currentCatalog,
    // The briefing's "story so far" is dated in the browser's language.
    locale: uiLocale(),
  });
  /** The archive's questions come from Backstory's own pages (options, side panel), never a web page's. */
  const fromExtensionPage = (sender: { url?: string; tab?: { id?: number } }) =>
    sender.url?.startsWith(browser.runtime.getURL('/')) === true;

  onMessage('articleRead', async ({ data, sender }) => {
    const tab = sender.tab;
    if (tab?.id === undefined || (sender.frameId ?? 0) !== 0) return;
    const story = await articles.get(tab.id, data.url);
    if (story) await memory.remember(story, { url: data.url, incognito: tab.incognito });
  });
  onMessage('earlierReading', ({ data, sender }) =>
    // A private window neither adds to the archive nor shows it.
    sender.tab === undefined || sender.tab.incognito ? null : memory.earlier(data.entity, data.url, EARLIER_ASKED),
  );
  onMessage('storySoFar', async ({ data: tabId, sender }) => {
    const nothing = { timeline: [], newSince: [] };
    const state = fromExtensionPage(sender) ? await store.get(tabId) : null;
    const tab = state ? await browser.tabs.get(tabId).catch(() => undefined) : undefined;
    if (!state || !tab || tab.incognito) return nothing;
    const catalog = withArticle(await currentCatalog(), state.article);
    const entities = Object.entries(state.entityCounts)
      .sort(([, a], [, b]) => b - a)
      .flatMap(([entityId]) => {
        const names = entityNames(catalog, entityId);
        return names ? [{ entityId, names }] : [];
      });
    return memory.storySoFar({ url: state.url, entities, ...(state.article ? { article: state.article } : {}) });
  });
  onMessage('readingPeople', ({ data, sender }) =>
    fromExtensionPage(sender) ? memory.people(data.query, Math.min(data.limit, 200)) : [],
  );
  onMessage('readingStatus', () => memory.status());
  onMessage('forgetReading', ({ data, sender }) => (fromExtensionPage(sender) ? memory.forget(data.site) : 0));
  onMessage('exportReading', ({ sender }) => (fromExtensionPage(sender) ? memory.exportAll() : []));
  onMessage('importReading', ({ data, sender }) =>
    fromExtensionPage(sender) ? memory.importAll(data) : { imported: 0, refused: [notice('archiveNotFromOptions')] },
  );

  // The public suffix list is here only: the card, the popup and the options page ask.
  onMessage('siteKeyOf', ({ data: url }) => siteKeyOf(url));
  onMessage('siteKeyFromInput', ({ data: input }) => siteKeyFromInput(input));

  const briefingRequests = createBriefingRequests(browserBriefingApis);
  onMessage('openBriefing', ({ data, sender }) => {
    const tabId = data.tabId ?? sender.tab?.id;
    if (tabId === undefined) return;
    // Called synchronously so the browser still sees the reader's click as the reason to open a panel.
    const opened = briefingRequests.handle({ tabId, entityId: data.entityId, userGesture: data.userGesture });
    if (data.entityId) {
      const entityId = data.entityId;
      // An already-open panel may not reload for a new hash: tell it directly as well.
      opened.then((outcome) => {
        if (outcome !== 'refused' && outcome !== 'limited') sendMessage('focusEntity', { entityId }).catch(() => {});
      });
    }
  });

  // Keyboard commands reach only the background; the mentions they step through live in the page.
  forwardMentionCommands(browser, (tabId, command) => sendMessage('commandInvoked', command, tabId));

  browser.tabs.onRemoved.addListener((tabId) => {
    articles.forget(tabId);
    briefingRequests.forget(tabId);
    store.remove(tabId).catch(() => {});
  });

  /** The tab's top document is gone and its new one has not reported: what it listed goes; its frames' stay. */
  const dropTop = async (tabId: number, url: string, frames: FrameMentions[] | undefined) => {
    articles.forget(tabId);
    if (frames?.length)
      await store.put(
        deriveTabState(tabId, topNotYetReported(url), await currentCatalog(), Date.now(), undefined, frames),
      );
    else await store.remove(tabId);
    announce(tabId);
  };
  // In turn with the reports: a frame's report applied after a drop would bring the old state back,
  // and a new top document's report may already have replaced it.
  const dropTopIfGone = (tabId: number) =>
    inTurn(async () => {
      const now = await store.get(tabId);
      if (now?.topDocument && !(await pingContentScript(tabId, now.topDocument))) {
        await dropTop(tabId, now.url, now.frames);
      }
    });
  // Chromium says a reload is over only at `complete`: a panel opened while the tab loads
  // asks the reporting document first, so that it never lists the names of a page that is gone.
  onMessage('getTabState', async ({ data: tabId }) => {
    const state = await store.get(tabId);
    if (!state?.topDocument || !(await tabLoading(tabId))) return state;
    await dropTopIfGone(tabId);
    return store.get(tabId);
  });
  browser.tabs.onUpdated.addListener(async (tabId, changeInfo) => {
    const state = await store.get(tabId);
    if (!state) return;
    const verdict = verdictOnTabUpdate(changeInfo, state);
    if (verdict === 'check') await dropTopIfGone(tabId);
    else if (verdict === 'drop')
      await inTurn(async () => {
        if (!(await store.get(tabId))) return;
        articles.forget(tabId);
        await store.remove(tabId);
        announce(tabId);
      });
  });

  // Tabs closed while the worker slept leave state behind; drop it when the worker starts.
  browser.tabs
    .query({})
    .then((tabs) => store.prune(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]))))
    .catch(() => {});
});

function tabLoading(tabId: number): Promise<boolean> {
  return browser.tabs.get(tabId).then(
    (tab) => tab.status === 'loading',
    () => false,
  );
}

/** Today in the reader's time zone, as YYYY-MM-DD: the date of an article that states none. */
function isoToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
