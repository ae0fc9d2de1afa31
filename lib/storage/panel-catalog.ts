/**
 * The catalog the background and the panels read: the same active stories the content script
 * uses (bundled stories, enabled packs, minus the ones the reader switched off) and, for a page,
 * the same corrections, so counts, names and sides always agree with the highlights on the page.
 */
import type { Story } from '../../data/schema';
import { buildCatalog, type Catalog } from '../story/story-model';
import { correctedCatalog } from './apply-corrections';
import { correctionsFor, loadCorrections } from './corrections';
import { loadActiveStories } from './live-settings';
import { readEnabledPacks } from './pack-reading';
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
}

/** A page's catalog as its content script builds it, corrections included. */
export type PageCatalogLoader = (page: CatalogPage) => Promise<Catalog>;

/**
 * The panels' catalog for a page. The active stories are read once (a panel lives as long as it
 * is open); the reader's corrections are read at each load, because a card can add one while
 * the panel is open, and they apply per site.
 */
export function pageCatalogLoader(area: StorageAreaLike, bundled: readonly Story[]): PageCatalogLoader {
  let stories: Promise<readonly Story[]> | undefined;
  return async ({ url, article }) => {
    stories ??= loadActiveStories(area, bundled, readEnabledPacks).then(
      (loaded) => loaded.stories,
      () => bundled,
    );
    const [active, corrections] = await Promise.all([
      stories,
      // Unreadable corrections: the panel shows the stories uncorrected, as the page does.
      loadCorrections(area).then(
        (loaded) => loaded.corrections,
        () => [],
      ),
    ]);
    return correctedCatalog(active, correctionsFor(corrections, url ? pageHost(url) : null), article);
  };
}
