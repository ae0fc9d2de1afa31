/**
 * The switched-on packs, for a page: the packs' index is read first, and only when a pack is on
 * (or the index is damaged, which the full reader names) does the page load the builder's module,
 * which reads each pack's page part (outline and tables made at import) and checks it, or reads a
 * pack whole when it has none, and makes each pack's catalog in a task of its own (page-packs.ts).
 * Why: docs/decisions/0022, 0028.
 */
import { readEnabledPackIds } from '../../lib/storage/pack-index';
import type { EnabledPacks } from '../../lib/storage/pack-reading';
import type { StorageAreaLike } from '../../lib/storage/storage-area';
import type { StoryOutline } from '../../lib/story/story-model';

export interface PackReaderModule {
  pagePacks(area: StorageAreaLike): Promise<EnabledPacks<StoryOutline>>;
}

export function packSource(
  load: () => Promise<PackReaderModule>,
): (area: StorageAreaLike) => Promise<EnabledPacks<StoryOutline>> {
  return async (area) => {
    const ids = await readEnabledPackIds(area);
    if (ids !== null && ids.length === 0) return { stories: [], problems: [] };
    return (await load()).pagePacks(area);
  };
}
