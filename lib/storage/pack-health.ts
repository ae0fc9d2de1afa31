/**
 * Damage in the stored packs, found and said rather than hidden: a pack whose story cannot be
 * read is listed as damaged with the reason (and stays stored until the reader removes it); an
 * index that lists a pack twice, or lists one whose story is gone, or cannot be read at all, is
 * repaired in storage and the repair is named. Nothing that holds a story is ever deleted here.
 */
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
  /** Why its stored story cannot be read; absent for a healthy pack. */
  damage?: string;
}

export interface PackInspection {
  /** Every pack on the (repaired) index, in its order. */
  packs: StoredPack[];
  /** What was repaired, in words for the reader. */
  notices: string[];
}

/** Reads every pack, repairs the index when it needs it, and says what it found. Options page only: it reads all of storage. */
export async function inspectPacks(area: StorageAreaLike): Promise<PackInspection> {
  const everything = await area.get(null);
  const notices: string[] = [];
  let index = parsePackIndex(everything[PACK_INDEX_KEY]);
  let changed = false;
  if (!index) {
    index = rebuildPackIndex(everything);
    changed = true;
    notices.push('The list of imported story packs was damaged; it has been rebuilt from the packs themselves.');
  }

  const seen = new Set<string>();
  const kept: PackMeta[] = [];
  for (const meta of index) {
    if (seen.has(meta.id)) {
      changed = true;
      notices.push(`The story pack “${meta.title}” was listed twice; the repeat has been taken off the list.`);
      continue;
    }
    seen.add(meta.id);
    if (everything[packKey(meta.id)] === undefined) {
      // Only the list entry goes: there is no story left to keep.
      changed = true;
      notices.push(
        `The story pack “${meta.title}” was listed, but its story is missing from storage; it has been taken off the list. Import the file again to use it.`,
      );
      continue;
    }
    kept.push(meta);
  }

  const packs = kept.map((meta): StoredPack => {
    const read = readStoredStory(everything[packKey(meta.id)]);
    if (read.ok) return { meta };
    // The list's title still tells the reader which pack this was; nothing else in it is trusted.
    return { meta: { ...meta, enabled: false }, damage: read.reason };
  });

  if (changed) {
    try {
      await area.set({ [PACK_INDEX_KEY]: kept });
    } catch (error) {
      notices.push(`The repaired list could not be saved, so this will show again. ${describeStorageError(error)}`);
    }
  }
  return { packs, notices };
}
