/**
 * Damage in the stored packs, found and said rather than hidden: a pack whose story cannot be
 * read is listed as damaged with the reason (and stays stored until the reader removes it); an
 * index that lists a pack twice, or lists one whose story is gone, or cannot be read at all, is
 * repaired in storage and the repair is named; a pack whose panel part (`pack-panel.ts`) is missing
 * or damaged gets it made again from its story, quietly: the part is a copy the reader cannot act
 * on, and a pack stored by an earlier version has none until the background makes it. Only a part
 * that cannot be saved is named (the panels then read the pack whole). Nothing that holds a story
 * is ever deleted here.
 */

import type { Story } from '../../data/schema';
import { type Notice, notice } from './notice';
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
      const failed = await remakePanelPart(area, meta, read.story);
      if (failed) notices.push(failed);
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

/** Makes a healthy pack's missing or damaged panel part again; the notice when it could not be saved. */
async function remakePanelPart(area: StorageAreaLike, meta: PackMeta, story: Story): Promise<Notice | null> {
  try {
    await area.set({ [packPanelKey(meta.id)]: makePackPanelPart(story) });
    return null;
  } catch (error) {
    return notice('packPanelPartNotSaved', meta.title, describeStorageError(error));
  }
}
