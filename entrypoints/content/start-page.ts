/**
 * Backstory on one page: reading its stories and settings, the engine that finds and highlights
 * the names, the card on hover, the report of its mentions to the popup and, in the top frame
 * alone, the article reading and the keyboard commands (a frame reads its text, shows cards and
 * reports its mentions, which the background keeps by frame: decision 0025).
 * Started by the content script in the top frame (index.ts) and, in a frame that the frame gate
 * lets in, by the frame reader's module (entrypoints/frame-reader), which the gate imports.
 */
import bundledVersion from 'virtual:backstory/bundled-version';
import { browser } from 'wxt/browser';
import { createContextGuard, quietly, trustOnlyOrphaningStarts } from '../../lib/extension/extension-context';
import type { BundledForPage } from '../../lib/extension/messages';
import { sendMessage } from '../../lib/extension/page-messages';
import { ARTICLE_CHECK_FILE, PAINT_WINDOW_FILE, READING_WATCH_FILE } from '../../lib/extension/page-modules';
import type { PageScriptContext } from '../../lib/extension/page-script-context';
import type { TablesExtension } from '../../lib/matching/held-tables';
import type { MatcherSnapshot } from '../../lib/matching/matcher-tables';
import { MentionEngine } from '../../lib/page/mention-engine';
import type { MakePaintWindow } from '../../lib/page/paint-window';
import { readBundledCopy } from '../../lib/storage/bundled-copy';
import { followLiveState, type LiveState as StoredState } from '../../lib/storage/live-settings';
import { pageHost } from '../../lib/storage/site-match';
import { buildCatalog, type Catalog, type StoryOutline, withArticle } from '../../lib/story/story-model';
import highlightsCss from '../../public/highlights.css?inline';
import { startArticleReading } from './article-reading';
import { startBridge } from './bridge';
import { followMentionCommands } from './card-commands';
import { loadCardModule } from './card-loader';
import { startCardTrigger } from './card-trigger';
import { correctionSource } from './correction-source';
import { packSource } from './pack-source';
import { BUILDER_NOT_LOADED, createTableSource } from './table-source';

/** What a frame's start is given: the address that stands for the reader's page (frame-gate.ts `readerPageUrl`). */
export interface FrameStart {
  pageUrl: () => string;
}

/**
 * Starts Backstory in this document: the top frame's without `frame`, a frame's with it (the
 * frame's part is passed in, so that the top frame's script does not carry it).
 */
export async function startPage(ctx: PageScriptContext, frame?: FrameStart): Promise<void> {
  // A frame reads its text, shows cards and reports; the top frame alone reads the article and
  // takes the keyboard commands (0025).
  const top = frame === undefined;
  const pageUrl = frame?.pageUrl ?? (() => location.href);
  // A page could otherwise stop Backstory with a forged "a newer copy started" event.
  trustOnlyOrphaningStarts(ctx, () => browser.runtime?.id);
  // An orphan (the extension was updated or reloaded) stops quietly the first time the page
  // changes or the reader points at or focuses it, instead of throwing "Extension context invalidated".
  const guard = createContextGuard(() => browser.runtime?.id);
  guard.onInvalidated(() => ctx.notifyInvalidated());
  const check = () => guard.check();
  // Added again after document.open(), which takes every listener off the document: the same
  // function on the same target is one listener, so a second call adds nothing twice.
  const listenForOrphaning = () => {
    const options = { capture: true, passive: true, signal: ctx.signal };
    document.addEventListener('pointerover', check, options);
    document.addEventListener('focusin', check, options);
    document.addEventListener('visibilitychange', check, { passive: true, signal: ctx.signal });
  };
  listenForOrphaning();

  // Bundled stories (their outlines: a card loads the rest) + enabled packs − switched-off
  // stories, the switches and the reader's corrections for this site, kept live from storage.
  // Switches and corrections are matched by host: the page carries no public suffix list.
  // The bundled stories' outlines and tables come from the background (its stored copy, read
  // with the settings, or its answer), rather than in this script (docs/decisions/0022).
  const bundled = askForBundled();
  const host = () => pageHost(pageUrl());
  // Only a catalog the bundled tables were not made for (a pack, a correction) loads the builder,
  // which also reads the packs: a page with none on never loads it.
  const tableSource = createTableSource();
  const live = {
    bundled: bundled.then((answer) => answer.outlines),
    host,
    packs: packSource(() => tableSource.load()),
    corrections: correctionSource(() => tableSource.load()),
  };
  // One load serves both the start and the live updates: the listener is on before the first
  // read, so no change made while the page starts is missed.
  let onState: (state: LiveState) => void = () => {};
  /** The newest state read before the page had started (the builder's module may be loading). */
  let latestEarly: LiveState | undefined;
  const firstState = new Promise<LiveState>((resolve) => {
    onState = (state) => {
      latestEarly = state;
      resolve(state);
    };
  });
  const stopWatching = followLiveState(browser.storage.local, live, (state) => onState(state));
  const initial = await firstState;
  const { matcher: bundledMatcher } = await bundled;
  let stories: readonly StoryOutline[] = initial.stories;
  let packs = initial.packs;
  /** Tables stored with the packs (their page parts), each for the catalog it was made for. */
  let packTables = initial.packTables;
  let corrections = initial.corrections;
  /** The outline of the story read from the page's article, once the background has read it. */
  let article: StoryOutline | undefined;
  /** How the background said to grow the tables the page holds for the catalog with the article. */
  let articleTables: TablesExtension | undefined;
  /**
   * The page's catalog with this site's corrections (`pageCatalog`, which the builder's module
   * brings: a corrected alias's case forms are declension's, and a pack's catalog is made once);
   * null until it is loaded. With no pack on and no correction in force the stories are as they
   * are, and the bundled tables fit.
   */
  const pageCatalog = (): Catalog<StoryOutline> | null => {
    const builder = tableSource.builder();
    if (builder) return builder.pageCatalog(stories, corrections, article);
    return corrections.length === 0 ? withArticle(buildCatalog(stories), article) : null;
  };
  /** The page's catalog as soon as it and its tables can be made, the builder loaded if need be. */
  const readyCatalog = async (prebuilt: MatcherSnapshot | undefined): Promise<Catalog<StoryOutline>> => {
    const now = pageCatalog();
    if (now && tableSource.canMake(now.aliases, prebuilt)) return now;
    await tableSource.load();
    const next = pageCatalog();
    if (!next) throw new Error(BUILDER_NOT_LOADED);
    return next;
  };
  let catalog = await readyCatalog(bundledMatcher ?? undefined);
  let catalogInputs = catalogKey(initial);
  let settings = initial.settings;
  let status = initial.status;
  const engine = new MentionEngine({
    catalog,
    enabled: initial.status === 'active',
    highlightStyle: initial.settings.highlightStyle,
    ...(bundledMatcher ? { prebuiltMatcher: bundledMatcher } : {}),
    tables: (aliases, prebuilt) => tableSource.tables(aliases, prebuilt, packTables, articleTables),
    // The same rules the manifest gives the document, for shadow roots holding mentions.
    shadowHighlightCss: highlightsCss,
    loadPaintWindow: async () =>
      (
        (await import(/* @vite-ignore */ browser.runtime.getURL(PAINT_WINDOW_FILE))) as {
          makePaintWindow: MakePaintWindow;
        }
      ).makePaintWindow,
  });
  /** The newest change of catalog: one that waited for the builder is dropped if another came since. */
  let latestChange = 0;
  /** Made again from the stories, corrections and article now, with `prebuilt` tables if they fit. */
  const refreshCatalog = (prebuilt?: MatcherSnapshot) => {
    const change = ++latestChange;
    readyCatalog(prebuilt ?? bundledMatcher ?? undefined).then(
      (next) => {
        if (change !== latestChange) return;
        catalog = next;
        engine.setCatalog(next, prebuilt);
      },
      // A builder that cannot be loaded (an orphaned script) leaves the page as it was.
      () => {},
    );
  };
  // Subscribed before the bridge, so an orphan stops before it tries to report a page change.
  engine.subscribe(check);
  // The engine starts below, once the article reading has said whether its first scan waits:
  // until then "the page is read" must not be taken as true.
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const whenRead = () => started.then(() => engine.whenIdle());
  const cards = startCardTrigger({
    signal: ctx.signal,
    mentionAt: (x, y) => engine.mentionAt(x, y),
    load: async (pointer) => {
      const card = await loadCardModule();
      return card.startCardController({
        // The card's timers are the page context's, which keep nothing on it (page-script-context.ts).
        ctx,
        engine,
        pointer,
        catalog: () => catalog,
        loadView: () =>
          card.createCardView(ctx, {
            sources: () => ({ stories, packs, corrections, ...(article ? { article } : {}) }),
            // The article's sentences and quotes stay with the background until a card needs them.
            articleStory: () => sendMessage('articleStory', pageUrl()),
            earlierReading: (entity) => sendMessage('earlierReading', { entity, url: pageUrl() }),
          }),
        hoverDelayMs: () => settings.hoverDelayMs,
        // An orphaned script (extension reloaded) has nobody to ask; the card simply stays.
        openBriefing: (entityId) => void sendMessage('openBriefing', { entityId, userGesture: true }).catch(() => {}),
        // Written there, followed back through followLiveState like any other change (the options page's undo too).
        corrections: {
          area: browser.storage.local,
          // A new correction is stored under the page's registrable domain, which the background knows.
          siteKey: () => sendMessage('siteKeyOf', pageUrl()),
        },
        readingNotice: {
          area: browser.storage.local,
          due: () => settings.rememberReading && !settings.readingNoticeSeen,
        },
      });
    },
  });
  /** The popstate listeners of the bridge and the article reading, added again after document.open(). */
  const historyListeners = new Set<() => void>();
  /** Single-page sites move between articles without reloading. */
  const onNavigate = (listener: () => void) => {
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', listener);
    window.addEventListener('popstate', listener);
    historyListeners.add(listener);
    return () => {
      historyListeners.delete(listener);
      navigation?.removeEventListener('navigatesuccess', listener);
      window.removeEventListener('popstate', listener);
    };
  };
  const stopCommands = top ? followMentionCommands(cards) : () => {};
  // A frame's report is its own, kept apart by the background, and its jumps are sent to it alone.
  const bridge = startBridge({
    // The bridge reads the mentions just before each report: checking there stops an orphan
    // before it messages a background that no longer exists.
    source: {
      mentions: () => (check() ? engine.mentions() : []),
      subscribe: (listener) => engine.subscribe(listener),
      mentionAt: (x, y) => engine.mentionAt(x, y),
    },
    flash: (mention) => engine.flash(mention),
    openCard: (mention) => cards.open(mention),
    status: () => status,
    reading: () => engine.reading,
    whenRead,
    onNavigate,
  });

  // The story read from the page's article joins the catalog; the background sent tables for it.
  const articles = !top
    ? null
    : startArticleReading({
        whenRead,
        enabled: () => status === 'active',
        held: () => tableSource.builder()?.heldKey(packTables),
        apply: ({ story, matcher, extension }) => {
          article = story;
          articleTables = extension;
          // The background made the tables with this site's corrections; if they changed since, the
          // aliases differ and the page builds its own.
          refreshCatalog(matcher);
        },
        drop: () => {
          article = articleTables = undefined;
          refreshCatalog();
        },
        loadReadingWatch: () => import(/* @vite-ignore */ browser.runtime.getURL(READING_WATCH_FILE)),
        loadArticleCheck: () => import(/* @vite-ignore */ browser.runtime.getURL(ARTICLE_CHECK_FILE)),
        onNavigate,
      });

  // A page that replaced its document (document.open(), a new <html>) is scanned afresh by the
  // engine and reported anew; what listened on the old one listens on the new one.
  const stopFollowingDocument = engine.onDocumentReplaced(() => {
    listenForOrphaning();
    cards.reattach();
    for (const listener of historyListeners) window.addEventListener('popstate', listener);
    articles?.documentReplaced();
  });

  // A page that declares itself an article is scanned once, with the names read from it.
  engine.start(articles?.firstRead ?? undefined);
  markStarted();

  onState = (state) => {
    engine.setHighlightStyle(state.settings.highlightStyle);
    settings = state.settings;
    const inputs = catalogKey(state);
    if (inputs !== catalogInputs) {
      catalogInputs = inputs;
      stories = state.stories;
      packs = state.packs;
      packTables = state.packTables;
      corrections = state.corrections;
      refreshCatalog();
    }
    engine.setEnabled(state.status === 'active');
    if (state.status !== status) {
      status = state.status;
      // A page with no mentions publishes no change when switched: tell the popup directly.
      bridge.reportNow();
    }
  };
  // A change stored while the page started is followed now.
  if (latestEarly && latestEarly !== initial) onState(latestEarly);

  ctx.onInvalidated(() => {
    quietly(stopWatching);
    quietly(stopFollowingDocument);
    quietly(stopCommands);
    quietly(() => articles?.stop());
    quietly(() => bridge.stop());
    quietly(() => engine.destroy());
  });
}

/** What the page follows: its packs as outlines (a card reads them whole). */
type LiveState = StoredState<StoryOutline, StoryOutline>;

/**
 * The bundled stories: the background's stored copy of this build's, else asked of the background
 * (twice at most: a worker that was starting may miss the first message). A script that gets no
 * answer (orphaned, the worker failing) goes on with the reader's packs alone rather than not at all.
 */
async function askForBundled(): Promise<BundledForPage> {
  const stored = bundledVersion ? await readBundledCopy(browser.storage.local, bundledVersion).catch(() => null) : null;
  if (stored) return stored;
  const ask = () => sendMessage('bundledForPage');
  return ask()
    .catch(ask)
    .catch((): BundledForPage => ({ outlines: [], matcher: null }));
}

/** What the page's catalog is made from: the active stories and the corrections in force (by id). */
function catalogKey(state: LiveState): string {
  return [...state.stories.map((story) => story.id), '', ...state.corrections.map((c) => c.id)].join('\n');
}
