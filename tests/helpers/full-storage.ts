/** A storage area that reads as `area` does but refuses writes, as a full browser storage does. */
import type { StorageAreaLike } from '../../lib/storage/storage-area';

/** Refuses every write. */
export function fullStorage(area: StorageAreaLike): StorageAreaLike {
  return storageFullAfter(area, 0);
}

/**
 * Lets `writes` writes through, then refuses every later one: storage that fills up partway
 * through an operation, which an operation made of one write never notices.
 */
export function storageFullAfter(area: StorageAreaLike, writes: number): StorageAreaLike {
  let left = writes;
  return {
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    set: (items) => {
      if (left <= 0) return Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'));
      left--;
      return area.set(items);
    },
  };
}
