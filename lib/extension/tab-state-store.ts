/**
 * The background's per-tab state. Kept in memory for speed and mirrored to a storage area
 * (`browser.storage.session` in the extension) because an MV3 service worker, or a Firefox
 * event page, is stopped when idle: after a restart the state is read back, not lost.
 */

import type { StorageAreaLike } from '../storage/storage-area';
import type { TabState } from '../views/tab-state';

export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  put(state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Forgets every tab not in `openTabIds` (tabs closed while the worker was asleep). */
  prune(openTabIds: Iterable<number>): Promise<void>;
}

/** Each tab's state is stored under this prefix and its id. */
export const TAB_STATE_KEY_PREFIX = 'tabState:';
const keyOf = (tabId: number) => `${TAB_STATE_KEY_PREFIX}${tabId}`;

/**
 * `area` is undefined where no session storage exists (old Firefox): state then lives only
 * in memory, which is still correct while the background runs.
 */
export function createTabStateStore(area: StorageAreaLike | undefined): TabStateStore {
  const memory = new Map<number, TabState>();

  return {
    async get(tabId) {
      const cached = memory.get(tabId);
      if (cached) return cached;
      if (!area) return null;
      const stored = await readSafely(area, keyOf(tabId));
      if (!isTabState(stored) || stored.tabId !== tabId) return null;
      memory.set(tabId, stored);
      return stored;
    },
    async put(state) {
      memory.set(state.tabId, state);
      await area?.set({ [keyOf(state.tabId)]: state });
    },
    async remove(tabId) {
      memory.delete(tabId);
      await area?.remove(keyOf(tabId));
    },
    async prune(openTabIds) {
      const open = new Set(openTabIds);
      for (const tabId of memory.keys()) if (!open.has(tabId)) memory.delete(tabId);
      if (!area) return;
      const all = await area.get(null);
      const stale = Object.keys(all).filter(
        (key) => key.startsWith(TAB_STATE_KEY_PREFIX) && !open.has(Number(key.slice(TAB_STATE_KEY_PREFIX.length))),
      );
      if (stale.length > 0) await area.remove(stale);
    },
  };
}

async function readSafely(area: StorageAreaLike, key: string): Promise<unknown> {
  try {
    return (await area.get(key))[key];
  } catch {
    // A storage error must not take the popup down: it then shows the page as not yet read.
    return undefined;
  }
}

/** Stored data written by an older build may have another shape; such entries are ignored. */
function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TabState>;
  return (
    typeof v.tabId === 'number' &&
    typeof v.url === 'string' &&
    typeof v.reading === 'boolean' &&
    Array.isArray(v.mentions) &&
    typeof v.entityCounts === 'object' &&
    typeof v.storyCounts === 'object' &&
    (v.primaryStoryId === null || typeof v.primaryStoryId === 'string')
  );
}
