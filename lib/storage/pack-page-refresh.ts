/**
 * Makes the parts of every stored pack that lacks a usable one: its page part (`pack-page.ts`; one
 * made by an earlier version, without its catalog's table or its tables stored as themselves, is
 * made again, and one under an earlier version's key removed),
 * its panel part (`pack-panel.ts`) and its details parts (`pack-details.ts`). Packs imported by a version without parts, a page part made
 * with the bundled stories of another version (its tables no longer fit a page's catalog), a
 * damaged part. Run by the background when the extension is installed or updated and when the
 * browser starts; until then a page or a panel reads such a pack whole, so nothing waits for it. It
 * writes parts only, one pack at a time, from packs that read in full: a damaged pack is left as it
 * is, for the options page to name.
 */
import type { StoryOutline } from '../story/story-model';
import { makePackDetailsParts, packDetailsFit, packDetailsKeys } from './pack-details';
import { olderPackPageKeys, PACK_INDEX_KEY, packKey, packPageKey, packPanelKey } from './pack-keys';
import { bundledKey, makePackPagePart, pagePartCurrent, readPackPagePart } from './pack-page';
import { makePackPanelPart, readPackPanelPart } from './pack-panel';
import { parsePackIndex, readStoredStory } from './pack-storage';
import type { StorageAreaLike } from './storage-area';

/** The ids of the packs one of whose parts was made now. */
export async function refreshPackPages(area: StorageAreaLike, bundled: readonly StoryOutline[]): Promise<string[]> {
  const index = parsePackIndex((await area.get(PACK_INDEX_KEY))[PACK_INDEX_KEY]);
  if (!index) return [];
  const wanted = bundledKey(bundled);
  const made: string[] = [];
  for (const id of new Set(index.map((meta) => meta.id))) {
    const older = olderPackPageKeys(id);
    const stored = await area.get([packPageKey(id), packKey(id), packPanelKey(id), ...older]);
    // An earlier version's page part, under its own key: no page reads it now.
    const found = older.filter((key) => stored[key] !== undefined);
    if (found.length > 0) await area.remove(found).catch(() => {});
    const pageFits = pagePartCurrent(readPackPagePart(stored[packPageKey(id)], id), wanted);
    const panel = readPackPanelPart(stored[packPanelKey(id)], id);
    // Checked against the panel part's entities (the pack's, in their order); without one they are made again with it.
    const entityIds = panel?.entities.map((entity) => entity.id);
    const detailsFit =
      entityIds !== undefined && packDetailsFit(await area.get(packDetailsKeys(id, entityIds.length)), id, entityIds);
    if (pageFits && panel && detailsFit) continue;
    const story = readStoredStory(stored[packKey(id)]);
    if (!story.ok) continue;
    const parts = [
      ...(pageFits ? [] : [() => ({ [packPageKey(id)]: makePackPagePart(story.story, bundled) })]),
      ...(panel ? [] : [() => ({ [packPanelKey(id)]: makePackPanelPart(story.story) })]),
      ...(detailsFit ? [] : [() => makePackDetailsParts(story.story)]),
    ];
    let wrote = false;
    for (const part of parts) {
      try {
        await area.set(part());
        wrote = true;
      } catch {
        // No room for it (quota): pages, panels or entries go on reading this pack whole.
      }
    }
    if (wrote) made.push(id);
  }
  return made;
}
