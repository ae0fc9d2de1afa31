/**
 * The catalog the background and the panels read: the same active stories the content script
 * uses (bundled stories, enabled packs, minus the ones the reader switched off), so counts,
 * names and sides always agree with the highlights on the page.
 */
import type { Story } from '../../data/schema';
import { buildCatalog, type Catalog } from '../story/story-model';
import { loadActiveStories } from './live-settings';
import type { StorageAreaLike } from './storage-area';

/** A damaged pack or settings value is skipped or defaulted (as on the page): the panels still work. */
export async function loadActiveCatalog(area: StorageAreaLike, bundled: readonly Story[]): Promise<Catalog> {
  try {
    return buildCatalog((await loadActiveStories(area, bundled)).stories);
  } catch {
    // Storage itself unreadable: the content script cannot start either; show what ships.
    return buildCatalog(bundled);
  }
}
