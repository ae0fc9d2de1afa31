/**
 * A storage area that reads as `area` does, except that `key` holds null: a browser's storage
 * keeps a stored null, WXT's fake storage drops it, so a test of what null reads as needs this.
 */
import type { StorageAreaLike } from '../../lib/storage/storage-area';

export function storedNull(area: StorageAreaLike, key: string): StorageAreaLike {
  let isNull = true;
  return {
    get: async (keys) => {
      const answer = await area.get(keys);
      const asked = keys === null || keys === key || (Array.isArray(keys) && keys.includes(key));
      return isNull && asked ? { ...answer, [key]: null } : answer;
    },
    set: async (items) => {
      if (Object.hasOwn(items, key)) isNull = false;
      await area.set(items);
    },
    remove: (keys) => area.remove(keys),
  };
}
