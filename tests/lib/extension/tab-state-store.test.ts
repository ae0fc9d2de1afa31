import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStateStore } from '../../../lib/extension/tab-state-store';
import type { StorageAreaLike } from '../../../lib/storage/storage-area';
import { frameMentions } from '../../../lib/views/frame-mentions';
import { deriveTabState } from '../../../lib/views/tab-state';
import { articleTestStory } from '../../helpers/article-test-story';
import { fullStorage } from '../../helpers/full-storage';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';

const stateFor = (tabId: number) =>
  deriveTabState(tabId, report([mention(0, 'vladimir-medinsky', 'Medinsky')]), seedCatalog, 42);

describe('the per-tab state store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns what was stored for a tab, and nothing for other tabs', async () => {
    const store = createTabStateStore(fakeBrowser.storage.session);
    await store.put(stateFor(5));
    expect(await store.get(5)).toEqual(stateFor(5));
    expect(await store.get(6)).toBeNull();
  });

  it('keeps the state when the service worker restarts (a new store over the same session storage)', async () => {
    await createTabStateStore(fakeBrowser.storage.session).put(stateFor(5));
    const afterRestart = createTabStateStore(fakeBrowser.storage.session);
    expect(await afterRestart.get(5)).toEqual(stateFor(5));
  });

  it('forgets a closed tab in memory and in storage', async () => {
    const store = createTabStateStore(fakeBrowser.storage.session);
    await store.put(stateFor(5));
    await store.remove(5);
    expect(await store.get(5)).toBeNull();
    expect(await createTabStateStore(fakeBrowser.storage.session).get(5)).toBeNull();
  });

  it('prunes tabs that closed while the worker slept, keeping open ones and unrelated keys', async () => {
    await fakeBrowser.storage.session.set({ unrelated: 1 });
    const store = createTabStateStore(fakeBrowser.storage.session);
    await store.put(stateFor(1));
    await store.put(stateFor(2));
    await store.prune([2]);
    const fresh = createTabStateStore(fakeBrowser.storage.session);
    expect(await fresh.get(1)).toBeNull();
    expect(await fresh.get(2)).not.toBeNull();
    expect(await fakeBrowser.storage.session.get('unrelated')).toEqual({ unrelated: 1 });
  });

  it('ignores a stored value of another shape instead of handing it to the popup', async () => {
    await fakeBrowser.storage.session.set({ 'tabState:9': { tabId: 9, mentions: 'lots' } });
    expect(await createTabStateStore(fakeBrowser.storage.session).get(9)).toBeNull();
    // Written before reports said whether the page was still being read.
    const { reading: _, ...older } = stateFor(9);
    await fakeBrowser.storage.session.set({ 'tabState:9': older });
    expect(await createTabStateStore(fakeBrowser.storage.session).get(9)).toBeNull();
  });

  it('reads back only a whole tab state: any field missing or of another type, and it is ignored', async () => {
    const whole = stateFor(9) as unknown as Record<string, unknown>;
    const broken: Record<string, unknown>[] = [
      { ...whole, tabId: '9' },
      { ...whole, url: 1 },
      { ...whole, reading: 'no' },
      { ...whole, mentions: {} },
      { ...whole, entityCounts: 'none' },
      { ...whole, firstMentions: 0 },
      { ...whole, totalMentions: '3' },
      { ...whole, storyCounts: undefined },
      { ...whole, primaryStoryId: 5 },
    ];
    for (const value of [...broken, null, 'tabState', 9]) {
      await fakeBrowser.storage.session.set({ 'tabState:9': value });
      expect(await createTabStateStore(fakeBrowser.storage.session).get(9), JSON.stringify(value)).toBeNull();
    }
    await fakeBrowser.storage.session.set({ 'tabState:9': { ...whole, primaryStoryId: null } });
    expect(await createTabStateStore(fakeBrowser.storage.session).get(9)).toMatchObject({ primaryStoryId: null });
  });

  it('never hands one tab another tab’s stored state', async () => {
    await fakeBrowser.storage.session.set({ 'tabState:9': stateFor(8) });
    expect(await createTabStateStore(fakeBrowser.storage.session).get(9)).toBeNull();
  });

  it('reads stored state once, then answers from memory', async () => {
    await createTabStateStore(fakeBrowser.storage.session).put(stateFor(5));
    const store = createTabStateStore(fakeBrowser.storage.session);
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    await store.get(5);
    await store.get(5);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('prunes nothing from storage when every stored tab is still open', async () => {
    const store = createTabStateStore(fakeBrowser.storage.session);
    await store.put(stateFor(1));
    const remove = vi.spyOn(fakeBrowser.storage.session, 'remove');
    await store.prune([1]);
    expect(remove).not.toHaveBeenCalled();
    expect(await createTabStateStore(fakeBrowser.storage.session).get(1)).toEqual(stateFor(1));
  });

  it('forgets and prunes in memory where the browser has no session storage, keeping open tabs', async () => {
    const store = createTabStateStore(undefined);
    await store.put(stateFor(3));
    await store.put(stateFor(4));
    await store.remove(4);
    await store.prune([3]);
    expect(await store.get(3)).toEqual(stateFor(3));
    expect(await store.get(4)).toBeNull();
  });

  it('still works in memory where the browser has no session storage', async () => {
    const store = createTabStateStore(undefined);
    await store.put(stateFor(3));
    expect(await store.get(3)).toEqual(stateFor(3));
    await store.prune([]);
    expect(await store.get(3)).toBeNull();
  });

  it('reads a failing storage area as "no state" rather than throwing at the popup', async () => {
    const failing = {
      get: () => Promise.reject(new Error('storage broke')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    expect(await createTabStateStore(failing).get(1)).toBeNull();
  });
});

/** Session storage that refuses any one write bigger than `limit` characters of JSON, as a quota does. */
function smallStorage(limit: number): StorageAreaLike {
  const area = fakeBrowser.storage.session;
  return {
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    set: (items) =>
      JSON.stringify(items).length > limit
        ? Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'))
        : area.set(items),
  };
}

/** A tab whose page mentions Medinsky `count` times, every mention in the list. */
const bigStateFor = (tabId: number, count: number) =>
  deriveTabState(
    tabId,
    report(Array.from({ length: count }, (_, i) => mention(i, 'vladimir-medinsky', 'Medinsky'))),
    seedCatalog,
    42,
  );

describe('the per-tab state store when storage is full', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps a tab’s counts without its mention list when the whole state does not fit, and does not reject', async () => {
    const store = createTabStateStore(smallStorage(20_000));
    await expect(store.put(bigStateFor(4, 1000))).resolves.toBeUndefined();
    // In memory the tab keeps everything; a restarted worker reads the trimmed copy.
    expect((await store.get(4))?.mentions).toHaveLength(1000);
    const afterRestart = await createTabStateStore(fakeBrowser.storage.session).get(4);
    expect(afterRestart?.mentions).toEqual([]);
    expect(afterRestart?.entityCounts).toEqual({ 'vladimir-medinsky': 1000 });
    expect(afterRestart?.totalMentions).toBe(1000);
  });

  it('keeps the frames’ counts and first mentions, without their lists, when the whole state does not fit', async () => {
    const frame = frameMentions(
      3,
      report(Array.from({ length: 50 }, (_, i) => mention(i, 'hakan-fidan', 'Hakan Fidan'))),
      (id) => seedCatalog.entities.has(id),
    );
    const state = deriveTabState(4, stateFor(4), seedCatalog, 42, undefined, frame ? [frame] : []);
    const store = createTabStateStore(smallStorage(JSON.stringify(stateFor(4)).length + 500));
    await store.put(state);
    const afterRestart = await createTabStateStore(fakeBrowser.storage.session).get(4);
    expect(afterRestart?.frames).toEqual([{ ...frame, mentions: [] }]);
    expect((await store.get(4))?.frames?.[0]?.mentions).toHaveLength(50);
  });

  it('stores a trimmed copy without the article story, about the curated story instead', async () => {
    const state = {
      ...stateFor(6),
      article: articleTestStory,
      primaryStoryId: articleTestStory.id,
      relatedStoryId: 'istanbul-talks-2025',
    };
    const store = createTabStateStore(smallStorage(JSON.stringify(stateFor(6)).length + 500));
    await store.put(state);
    const afterRestart = await createTabStateStore(fakeBrowser.storage.session).get(6);
    expect(afterRestart?.article).toBeUndefined();
    expect(afterRestart?.primaryStoryId).toBe('istanbul-talks-2025');
    expect(afterRestart).not.toHaveProperty('relatedStoryId');
    expect((await store.get(6))?.article?.id).toBe(articleTestStory.id);
  });

  it('keeps the trimmed copy about the page’s own story when there was no article, and about none for an article alone', async () => {
    const store = createTabStateStore(smallStorage(JSON.stringify(stateFor(6)).length + 500));
    const names = ['vladimir-medinsky', 'volodymyr-zelensky'];
    const mentions = Array.from({ length: 200 }, (_, i) => mention(i, names[i % 2] ?? '', 'Name'));
    const big = deriveTabState(6, report(mentions), seedCatalog, 42);
    expect(big.primaryStoryId).toBe('istanbul-talks-2025');
    await store.put(big);
    const trimmed = await createTabStateStore(fakeBrowser.storage.session).get(6);
    expect(trimmed?.mentions).toEqual([]);
    expect(trimmed?.primaryStoryId).toBe('istanbul-talks-2025');
    await store.put({ ...stateFor(7), article: articleTestStory, primaryStoryId: articleTestStory.id });
    expect((await createTabStateStore(fakeBrowser.storage.session).get(7))?.primaryStoryId).toBeNull();
  });

  it('drops only that tab’s stored copy when nothing fits, and other tabs still save', async () => {
    await createTabStateStore(fakeBrowser.storage.session).put(stateFor(4));
    const store = createTabStateStore(fullStorage(fakeBrowser.storage.session));
    await expect(store.put(bigStateFor(4, 10))).resolves.toBeUndefined();
    // The older copy would describe a page the tab has left: gone rather than stale.
    expect(await fakeBrowser.storage.session.get('tabState:4')).toEqual({});
    expect((await store.get(4))?.totalMentions).toBe(10);

    const roomy = createTabStateStore(smallStorage(20_000));
    await roomy.put(bigStateFor(4, 1000));
    await roomy.put(stateFor(5));
    expect(await createTabStateStore(fakeBrowser.storage.session).get(5)).toEqual(stateFor(5));
  });
});
