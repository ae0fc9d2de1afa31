/**
 * The catalog the background and the panels read: the same active stories the content script
 * uses (bundled stories, enabled packs, minus the ones the reader switched off) and, for a page,
 * the same corrections, so counts, names and sides always agree with the highlights on the page.
 * A panel reads only the packs its page's mentions belong to: a big pack the page never names costs
 * it nothing; and of those it reads each one's panel part (`pack-panel.ts`), what its lists show,
 * and for an opened entry the details chunk that holds it (`pack-details.ts`); the whole pack only
 * when one of those is missing or damaged (docs/decisions/0028).
 */
import type { Story } from '../../data/schema';
import { activeStories } from '../story/active-stories';
import type { PanelStory } from '../story/story-index';
import { buildCatalog, type Catalog, type CatalogIndex, type StoryOutline } from '../story/story-model';
import { correctedIndex } from './apply-corrections';
import { correctionsFor, loadCorrections } from './corrections';
import { loadActiveStories } from './live-settings';
import { detailsChunkOf, type EntityDetails, readPackDetailsChunk } from './pack-details';
import { readEnabledPackIds } from './pack-index';
import { packDetailsKey, packPanelKey } from './pack-keys';
import { readPackPanelPart } from './pack-panel';
import { readEnabledPacks, readPackStories } from './pack-reading';
import { loadSettings } from './settings';
import { pageHost } from './site-match';
import type { StorageAreaLike } from './storage-area';

/** A damaged pack or settings value is skipped or defaulted (as on the page): the panels still work. */
export async function loadActiveCatalog(area: StorageAreaLike, bundled: readonly Story[]): Promise<Catalog> {
  try {
    return buildCatalog((await loadActiveStories(area, bundled, readEnabledPacks)).stories);
  } catch {
    // Storage itself unreadable: the content script cannot start either; show what ships.
    return buildCatalog(bundled);
  }
}

/** The page a panel is about: its address, and the story read from its article if there is one. */
export interface CatalogPage {
  url: string | undefined;
  article?: Story | undefined;
  /**
   * The stories the page's mentions belong to and the one it is about (views/tab-state.ts
   * `storiesOfPage`): the packs among them are read, no others. The bundled stories are always in.
   */
  storyIds: readonly string[];
}

/** What the panels' lists read: stories as they list them, no alias list (they match nothing). */
export type PanelCatalog = CatalogIndex<PanelStory>;

/** A page's catalog as its content script builds it, corrections included, as the panels list it. */
export type PageCatalogLoader = (page: CatalogPage) => Promise<PanelCatalog>;

export interface PanelCatalogs {
  /** The lists': each pack's panel part, or the pack read whole when that part is missing or damaged. */
  forPage: PageCatalogLoader;
  /** The same stories whole: each pack read whole. */
  wholeForPage: (page: CatalogPage) => Promise<CatalogIndex>;
  /**
   * For an opened who's-who entry's card content (`cardContent` of `entityId`, which it gives as
   * `wholeForPage` would): each pack's panel part with that entity's details from its chunk.
   */
  entryForPage: (page: CatalogPage, entityId: string) => Promise<CatalogIndex>;
}

type PackReads<S> = Map<string, Promise<S | undefined>>;

/** Reads each pack of `ids` not yet asked for with one call of `read`, keeping its answer in `reads`. */
function readOnce<S extends StoryOutline>(
  reads: PackReads<S>,
  ids: readonly string[],
  read: (ids: readonly string[]) => Promise<S[]>,
): Promise<(S | undefined)[]> {
  const unread = ids.filter((id) => !reads.has(id));
  if (unread.length > 0) {
    // A damaged or missing pack is left out, as on the page (the options page names it).
    const answer = read(unread).catch((): S[] => []);
    for (const id of unread)
      reads.set(
        id,
        answer.then((stories) => stories.find((story) => story.id === id)),
      );
  }
  return Promise.all(ids.map((id) => reads.get(id)));
}

/**
 * The panels' catalogs for a page. Which stories are on (the settings' switches and the packs'
 * index) is read once (a panel lives as long as it is open), and each pack the first time a page
 * needs it; the reader's corrections are read at each load, because a card can add one while the
 * panel is open, and they apply per site.
 */
export function panelCatalogs(area: StorageAreaLike, bundled: readonly Story[]): PanelCatalogs {
  let switches: Promise<{ off: readonly string[]; packIds: readonly string[] }> | undefined;
  const wholes: PackReads<Story> = new Map();
  const parts: PackReads<PanelStory> = new Map();

  const readWhole = (ids: readonly string[]) =>
    readOnce(wholes, ids, async (unread) => (await readPackStories(area, unread)).stories);
  /** Each pack's panel part; a pack without a usable one is read whole (and kept for its entries). */
  const readParts = (ids: readonly string[]) =>
    readOnce(parts, ids, async (unread) => {
      const stored = await area.get(unread.map(packPanelKey));
      const read = unread.map((id) => readPackPanelPart(stored[packPanelKey(id)], id));
      const whole = await readWhole(unread.filter((_, i) => read[i] === null));
      return [...read, ...whole].flatMap((story) => (story ? [story] : []));
    });

  const chunks = new Map<string, Promise<EntityDetails[] | null>>();
  /** A details chunk of pack `id`, read once; null when it is missing or damaged. */
  const readChunk = (id: string, n: number) => {
    const key = packDetailsKey(id, n);
    let chunk = chunks.get(key);
    if (!chunk) {
      chunk = area.get(key).then(
        (stored) => readPackDetailsChunk(stored[key], id),
        () => null,
      );
      chunks.set(key, chunk);
    }
    return chunk;
  };
  /**
   * Each pack as the card of `entityId` reads it: its panel part, with that entity's details from
   * its chunk. The other entities stay as the panels list them: of them a card reads only what that
   * holds (names, types, whether generic). A pack whose part or chunk is missing or damaged, or
   * does not hold the entity, is read whole.
   */
  const readForEntry = (entityId: string) => async (ids: readonly string[]) => {
    const listed = await readParts(ids);
    return Promise.all(
      ids.map(async (id, i): Promise<Story | undefined> => {
        const story = listed[i];
        // Read whole already (its panel part did not read, or an earlier entry's chunk).
        if (!story || wholes.has(id)) return (await readWhole([id]))[0];
        const at = story.entities.findIndex((entity) => entity.id === entityId);
        if (at < 0) return story as unknown as Story;
        const details = (await readChunk(id, detailsChunkOf(at)))?.find((entity) => entity.id === entityId);
        if (!details) return (await readWhole([id]))[0];
        const { description, facts, relations } = details;
        const entities = story.entities.map((entity, j) =>
          j === at ? { ...entity, description, facts, relations } : entity,
        );
        return { ...story, entities } as unknown as Story;
      }),
    );
  };

  async function catalogOf<S extends StoryOutline>(
    { url, storyIds }: CatalogPage,
    readPacks: (ids: readonly string[]) => Promise<(S | undefined)[]>,
    // The bundled stories and the page's article, as `S` (whole stories are both kinds).
    stories: readonly S[],
    article: S | undefined,
  ): Promise<CatalogIndex<S>> {
    switches ??= Promise.all([loadSettings(area), readEnabledPackIds(area)]).then(
      ([{ settings }, ids]) => ({ off: settings.disabledStories, packIds: ids ?? [] }),
      // Storage unreadable: the stories that ship, as the page falls back to.
      () => ({ off: [], packIds: [] }),
    );
    const wanted = new Set(storyIds);
    const { off, packIds } = await switches;
    const [read, corrections] = await Promise.all([
      // In the index's order, the page's catalog order.
      readPacks(packIds.filter((id) => wanted.has(id) && !off.includes(id))),
      // Unreadable corrections: the panel shows the stories uncorrected, as the page does.
      loadCorrections(area).then(
        (loaded) => loaded.corrections,
        () => [],
      ),
    ]);
    const active = activeStories(
      stories,
      read.flatMap((story) => (story ? [story] : [])),
      off,
    );
    return correctedIndex(active, correctionsFor(corrections, url ? pageHost(url) : null), article);
  }

  return {
    forPage: (page) => catalogOf<PanelStory>(page, readParts, bundled, page.article),
    wholeForPage: (page) => catalogOf<Story>(page, readWhole, bundled, page.article),
    entryForPage: (page, entityId) => catalogOf<Story>(page, readForEntry(entityId), bundled, page.article),
  };
}
