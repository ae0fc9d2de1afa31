/** A storage area that reads as `area` does but refuses every write, as a full browser storage does. */
import type { StorageAreaLike } from '../../lib/storage/storage-area';

export function fullStorage(area: StorageAreaLike): StorageAreaLike {
  return {
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    set: () => Promise.reject(new Error('Resource::kQuotaBytes quota exceeded')),
  };
}
