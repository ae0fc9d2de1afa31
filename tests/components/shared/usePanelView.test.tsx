import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { type PanelSource, usePanelView } from '../../../components/shared/usePanelView';
import type { PanelTab } from '../../../lib/views/panel-view';

interface Shown {
  tab: PanelTab | null;
  label: string;
}

const tab = (tabId: number, windowId = 1): PanelTab => ({ tabId, windowId, url: `https://news.example.com/${tabId}` });

/**
 * A panel source whose loads finish only when the test says so, in any order, and whose events
 * the test fires: what the popup and the side panel get from lib/extension/panel-client.ts.
 */
function fakeSource(options: { followsTabs?: boolean } = {}) {
  const loads: { tabId: number | undefined; finish: (shown: Shown) => Promise<void> }[] = [];
  const stateListeners = new Set<(tabId: number) => void>();
  const activatedListeners = new Set<(info: { tabId: number; windowId: number }) => void>();
  const source: PanelSource<Shown> = {
    load: (tabId) =>
      new Promise<Shown>((resolve) => {
        loads.push({
          tabId,
          finish: (shown) =>
            act(async () => {
              resolve(shown);
            }),
        });
      }),
    onTabStateChanged: (listener) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    ...(options.followsTabs
      ? {
          onTabActivated: (listener: (info: { tabId: number; windowId: number }) => void) => {
            activatedListeners.add(listener);
            return () => activatedListeners.delete(listener);
          },
        }
      : {}),
  };
  const load = (n: number) => {
    const found = loads[n];
    if (!found) throw new Error(`no load #${n} (only ${loads.length})`);
    return found;
  };
  return {
    source,
    loads,
    load,
    stateChanged: (tabId: number) =>
      act(() => {
        for (const listener of stateListeners) listener(tabId);
      }),
    activated: (tabId: number, windowId: number) =>
      act(() => {
        for (const listener of activatedListeners) listener({ tabId, windowId });
      }),
    listening: () => stateListeners.size + activatedListeners.size,
  };
}

describe('usePanelView', () => {
  it('shows nothing until the first load finishes, then what it loaded for the panel’s tab', async () => {
    const fake = fakeSource();
    const { result } = renderHook(() => usePanelView(fake.source));
    expect(result.current).toBeUndefined();
    expect(fake.load(0).tabId).toBeUndefined();
    await fake.load(0).finish({ tab: tab(7), label: 'first' });
    expect(result.current?.label).toBe('first');
  });

  it('loads again when a tab’s state changes while the first load is on its way', async () => {
    const fake = fakeSource();
    const { result } = renderHook(() => usePanelView(fake.source));
    // The page reported after the first load read the background's state, before it came back.
    await fake.stateChanged(7);
    expect(fake.loads).toHaveLength(2);
    await fake.load(0).finish({ tab: tab(7), label: 'read too early' });
    await fake.load(1).finish({ tab: tab(7), label: 'after the change' });
    expect(result.current?.label).toBe('after the change');
  });

  it('keeps the newer refresh when an older, slower one finishes after it', async () => {
    const fake = fakeSource();
    const { result } = renderHook(() => usePanelView(fake.source));
    await fake.load(0).finish({ tab: tab(7), label: 'first' });

    await fake.stateChanged(7); // load 1: slow
    await fake.stateChanged(7); // load 2: quick
    expect(fake.loads.map((l) => l.tabId)).toEqual([undefined, 7, 7]);
    await fake.load(2).finish({ tab: tab(7), label: 'newer' });
    expect(result.current?.label).toBe('newer');
    await fake.load(1).finish({ tab: tab(7), label: 'older' });
    expect(result.current?.label).toBe('newer');
  });

  it('keeps the tab the reader switched to when the previous tab’s load finishes last', async () => {
    const fake = fakeSource({ followsTabs: true });
    const { result } = renderHook(() => usePanelView(fake.source));
    await fake.load(0).finish({ tab: tab(7), label: 'tab 7' });

    await fake.activated(8, 1);
    await fake.activated(9, 1);
    await fake.load(2).finish({ tab: tab(9), label: 'tab 9' });
    await fake.load(1).finish({ tab: tab(8), label: 'tab 8' });
    expect(result.current?.label).toBe('tab 9');

    // Only tab 9's own changes refresh the panel now.
    await fake.stateChanged(8);
    expect(fake.loads).toHaveLength(3);
    await fake.stateChanged(9);
    expect(fake.load(3).tabId).toBe(9);
  });

  it('ignores changes to other tabs and tab switches in other windows', async () => {
    const fake = fakeSource({ followsTabs: true });
    renderHook(() => usePanelView(fake.source));
    await fake.load(0).finish({ tab: tab(7, 1), label: 'tab 7' });
    await fake.stateChanged(8);
    await fake.activated(20, 2);
    expect(fake.loads).toHaveLength(1);
    await fake.activated(8, 1);
    expect(fake.load(1).tabId).toBe(8);
  });

  it('does not follow tab switches unless the source offers them (the popup)', async () => {
    const fake = fakeSource();
    renderHook(() => usePanelView(fake.source));
    await fake.load(0).finish({ tab: tab(7), label: 'tab 7' });
    await fake.activated(8, 1);
    expect(fake.loads).toHaveLength(1);
  });

  it('shows a load only once the task it came in has ended, when the source asks for that', async () => {
    const fake = fakeSource();
    // The source's next task, ended when the test says: the render waits for it.
    let endTask: () => void = () => {};
    const source: PanelSource<Shown> = {
      ...fake.source,
      nextTask: () =>
        new Promise<void>((resolve) => {
          endTask = resolve;
        }),
    };
    const { result } = renderHook(() => usePanelView(source));
    await fake.load(0).finish({ tab: tab(7), label: 'loaded' });
    expect(result.current).toBeUndefined();
    await act(async () => endTask());
    expect(result.current?.label).toBe('loaded');
  });

  it('stops listening when the panel closes, and drops a load still running', async () => {
    const fake = fakeSource({ followsTabs: true });
    const { result, unmount } = renderHook(() => usePanelView(fake.source));
    await waitFor(() => expect(fake.listening()).toBe(2));
    await act(() => unmount());
    expect(fake.listening()).toBe(0);
    await fake.load(0).finish({ tab: tab(7), label: 'late' });
    expect(result.current).toBeUndefined();
  });
});
