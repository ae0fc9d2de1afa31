/**
 * The catalog the background and the panels read: the same active stories the content script
 * uses (bundled stories, enabled packs, minus the ones the reader switched off), so counts,
 * names and sides always agree with the highlights on the page.
 */
import type { Story } from '../data/schema';
import { activeStories } from './active-stories';
import { loadEnabledPackStories } from './pack-storage';
import { loadSettings } from './settings';
import type { StorageAreaLike } from './storage-area';
import { buildCatalog, type Catalog } from './story-model';

/** A damaged pack or settings value falls back to the bundled stories: the panels still work. */
export async function loadActiveCatalog(area: StorageAreaLike, bundled: readonly Story[]): Promise<Catalog> {
  try {
    const [{ settings }, packs] = await Promise.all([loadSettings(area), loadEnabledPackStories(area)]);
    return buildCatalog(activeStories(bundled, packs.stories, settings.disabledStories));
  } catch {
    return buildCatalog(bundled);
  }
}
