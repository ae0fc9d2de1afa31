/**
 * The catalog the background and the panels read: the same active stories the content script
 * uses (bundled stories, enabled packs, minus the ones the reader switched off) and, for a page,
 * the same corrections, so counts, names and sides always agree with the highlights on the page.
 * A panel reads whole only the packs its page's mentions belong to: a big pack the page never
 * names costs it nothing (docs/decisions/0028).
 */
import type { Story } from '../../data/schema';
import { activeStories } from '../story/active-stories';
import { buildCatalog, type Catalog } from '../story/story-model';
import { correctedCatalog } from './apply-corrections';
import { correctionsFor, loadCorrections } from './corrections';
import { loadActiveStories } from './live-settings';
import { readEnabledPackIds } from './pack-index';
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

/** A page's catalog as its content script builds it, corrections included. */
export type PageCatalogLoader = (page: CatalogPage) => Promise<Catalog>;

/**
 * The panels' catalog for a page. Which stories are on (the settings' switches and the packs'
 * index) is read once (a panel lives as long as it is open), and each pack the first time a page
 * needs it; the reader's corrections are read at each load, because a card can add one while the
 * panel is open, and they apply per site.
 */
export function pageCatalogLoader(area: StorageAreaLike, bundled: readonly Story[]): PageCatalogLoader {
  let switches: Promise<{ off: readonly string[]; packIds: readonly string[] }> | undefined;
  const packs = new Map<string, Promise<Story | undefined>>();
  /** Each pack is asked for once; those asked for together in one storage read. */
  const packsOf = (ids: readonly string[]) => {
    const unread = ids.filter((id) => !packs.has(id));
    if (unread.length > 0) {
      // A damaged or missing pack is left out, as on the page (the options page names it).
      const read = readPackStories(area, unread).then(
        ({ stories }) => stories,
        (): Story[] => [],
      );
      for (const id of unread)
        packs.set(
          id,
          read.then((stories) => stories.find((story) => story.id === id)),
        );
    }
    return Promise.all(ids.map((id) => packs.get(id)));
  };
  return async ({ url, article, storyIds }) => {
    switches ??= Promise.all([loadSettings(area), readEnabledPackIds(area)]).then(
      ([{ settings }, ids]) => ({ off: settings.disabledStories, packIds: ids ?? [] }),
      // Storage unreadable: the stories that ship, as the page falls back to.
      () => ({ off: [], packIds: [] }),
    );
    const wanted = new Set(storyIds);
    const { off, packIds } = await switches;
    const [read, corrections] = await Promise.all([
      // In the index's order, the page's catalog order.
      packsOf(packIds.filter((id) => wanted.has(id) && !off.includes(id))),
      // Unreadable corrections: the panel shows the stories uncorrected, as the page does.
      loadCorrections(area).then(
        (loaded) => loaded.corrections,
        () => [],
      ),
    ]);
    const active = activeStories(
      bundled,
      read.flatMap((story) => (story ? [story] : [])),
      off,
    );
    return correctedCatalog(active, correctionsFor(corrections, url ? pageHost(url) : null), article);
  };
}
