/**
 * The background's per-tab state. Kept in memory for speed and mirrored to a storage area
 * (`browser.storage.session` in the extension) because an MV3 service worker, or a Firefox
 * event page, is stopped when idle: after a restart the state is read back, not lost.
 *
 * A save that fails (the session quota is shared by every tab, and one page can fill it) costs
 * that tab alone: its stored copy is trimmed, or dropped, and `put` still resolves, so neither
 * the report's sender nor any other tab sees an error.
 */

import type { StorageAreaLike } from '../storage/storage-area';
import type { TabState } from '../views/tab-state';

export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  /** Never rejects: see the header. */
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
      if (area) await mirror(area, state);
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

/**
 * Stores the state; if the browser refuses, stores it without its mention lists (the top frame's
 * and its frames') and article story (what can grow with the page; the counts stay), and if that is refused too, removes the tab's
 * older copy so that a restarted worker does not read back a stale page. Memory keeps it whole.
 */
async function mirror(area: StorageAreaLike, state: TabState): Promise<void> {
  const key = keyOf(state.tabId);
  try {
    await area.set({ [key]: state });
    return;
  } catch {
    // Quota or any other storage failure: try the smaller copy.
  }
  const { article: _article, relatedStoryId: _related, ...rest } = state;
  // Without its article the page is about the curated story it is also about, if any.
  const primaryStoryId = state.article ? (state.relatedStoryId ?? null) : state.primaryStoryId;
  const { frames, ...top } = rest;
  // The frames keep their counts and first mentions (jumps still reach them), not their lists.
  const trimmed: TabState = {
    ...top,
    mentions: [],
    primaryStoryId,
    ...(frames ? { frames: frames.map((frame) => ({ ...frame, mentions: [] })) } : {}),
  };
  try {
    await area.set({ [key]: trimmed });
    return;
  } catch {
    // Not even that fits: keep nothing stale for this tab.
  }
  await area.remove(key).catch(() => {});
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
    typeof v.firstMentions === 'object' &&
    typeof v.totalMentions === 'number' &&
    (v.frames === undefined || Array.isArray(v.frames)) &&
    typeof v.storyCounts === 'object' &&
    (v.primaryStoryId === null || typeof v.primaryStoryId === 'string')
  );
}
