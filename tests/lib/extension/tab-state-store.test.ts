import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStateStore } from '../../../lib/extension/tab-state-store';
import { deriveTabState } from '../../../lib/views/tab-state';
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
