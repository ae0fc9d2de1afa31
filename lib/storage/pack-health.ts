/**
 * Damage in the stored packs, found and said rather than hidden: a pack whose story cannot be
 * read is listed as damaged with the reason (and stays stored until the reader removes it); an
 * index that lists a pack twice, or lists one whose story is gone, or cannot be read at all, is
 * repaired in storage and the repair is named; a pack whose panel part (`pack-panel.ts`) is missing
 * or damaged gets it made again from its story, as do its details parts (`pack-details.ts`),
 * quietly: the parts are copies the reader cannot act on, and a pack stored by an earlier version
 * has none until the background makes them. Only parts that cannot be saved are named (the panels,
 * or an opened entry, then read the pack whole). Nothing that holds a story is ever deleted here.
 */

import { type Notice, notice } from './notice';
import { makePackDetailsParts, packDetailsFit } from './pack-details';
import { packPanelKey } from './pack-keys';
import { makePackPanelPart, readPackPanelPart } from './pack-panel';
import {
  PACK_INDEX_KEY,
  type PackMeta,
  packKey,
  parsePackIndex,
  readStoredStory,
  rebuildPackIndex,
} from './pack-storage';
import { describeStorageError, type StorageAreaLike } from './storage-area';

export interface StoredPack {
  meta: PackMeta;
  /** Why its stored story cannot be read (the story checker's words are English); absent for a healthy pack. */
  damage?: Notice | string;
}

export interface PackInspection {
  /** Every pack on the (repaired) index, in its order. */
  packs: StoredPack[];
  /** What was repaired, to tell the reader. */
  notices: Notice[];
}

/** Reads every pack, repairs the index when it needs it, and says what it found. Options page only: it reads all of storage. */
export async function inspectPacks(area: StorageAreaLike): Promise<PackInspection> {
  const everything = await area.get(null);
  const notices: Notice[] = [];
  let index = parsePackIndex(everything[PACK_INDEX_KEY]);
  let changed = false;
  if (!index) {
    index = rebuildPackIndex(everything);
    changed = true;
    notices.push(notice('packIndexRebuilt'));
  }

  const seen = new Set<string>();
  const kept: PackMeta[] = [];
  for (const meta of index) {
    if (seen.has(meta.id)) {
      changed = true;
      notices.push(notice('packListedTwice', meta.title));
      continue;
    }
    seen.add(meta.id);
    if (everything[packKey(meta.id)] === undefined) {
      // Only the list entry goes: there is no story left to keep.
      changed = true;
      notices.push(notice('packStoryGone', meta.title));
      continue;
    }
    kept.push(meta);
  }

  const packs: StoredPack[] = [];
  for (const meta of kept) {
    const read = readStoredStory(everything[packKey(meta.id)]);
    if (!read.ok) {
      // The list's title still tells the reader which pack this was; nothing else in it is trusted.
      packs.push({ meta: { ...meta, enabled: false }, damage: read.reason });
      continue;
    }
    packs.push({ meta });
    if (readPackPanelPart(everything[packPanelKey(meta.id)], meta.id) === null) {
      const failed = await remakeParts(area, { [packPanelKey(meta.id)]: makePackPanelPart(read.story) });
      if (failed) notices.push(notice('packPanelPartNotSaved', meta.title, failed));
    }
    const entityIds = read.story.entities.map((entity) => entity.id);
    if (!packDetailsFit(everything, meta.id, entityIds)) {
      const failed = await remakeParts(area, makePackDetailsParts(read.story));
      if (failed) notices.push(notice('packDetailsPartsNotSaved', meta.title, failed));
    }
  }

  if (changed) {
    try {
      await area.set({ [PACK_INDEX_KEY]: kept });
    } catch (error) {
      notices.push(notice('packRepairNotSaved', describeStorageError(error)));
    }
  }
  return { packs, notices };
}

/** Stores a healthy pack's parts made again from its story; why not, when they could not be saved. */
async function remakeParts(area: StorageAreaLike, parts: Record<string, unknown>): Promise<Notice | null> {
  try {
    await area.set(parts);
    return null;
  } catch (error) {
    return describeStorageError(error);
  }
}
