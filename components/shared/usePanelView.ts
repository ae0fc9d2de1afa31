/**
 * What the popup and the side panel show for their tab, kept current: loaded on mount, reloaded
 * when the background says the tab's mentions changed and, in the side panel, when the reader
 * switches tabs in its window. Loads overlap (a quick tab switch, a burst of page reports) and
 * finish in any order; the newest load always wins, so an older, slower one never overwrites it.
 * Browser-free: the entrypoint passes lib/extension/panel-client.ts's loader and events (tests pass fakes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PanelTab } from '../../lib/views/panel-view';

export interface PanelSource<T extends { tab: PanelTab | null }> {
  /** What to show for `tabId`; undefined: the tab the panel is for. */
  load: (tabId: number | undefined) => Promise<T>;
  onTabStateChanged: (listener: (tabId: number) => void) => () => void;
  /** When given, the panel follows the active tab of its window (the side panel stays open across tabs). */
  onTabActivated?: (listener: (tab: { tabId: number; windowId: number }) => void) => () => void;
  /**
   * When given, awaited between a load and showing it: the render of what was loaded then runs in
   * a task of its own, not in the one that loaded it (lib/extension/panel-client.ts `nextTask`).
   */
  nextTask?: () => Promise<void>;
}

/** Undefined until the first load finishes. `source` must keep its identity across renders. */
export function usePanelView<T extends { tab: PanelTab | null }>(source: PanelSource<T>): T | undefined {
  const [shown, setShown] = useState<T | undefined>(undefined);

  useEffect(() => {
    let generation = 0;
    let stopped = false;
    let tab: PanelTab | null = null;
    let windowId: number | undefined;
    /** Until the first load is shown, the panel's tab is not known. */
    let firstShown = false;

    const refresh = async (tabId: number | undefined) => {
      const mine = ++generation;
      const loaded = await source.load(tabId);
      if (source.nextTask) await source.nextTask();
      if (stopped || mine !== generation) return;
      tab = loaded.tab;
      windowId ??= loaded.tab?.windowId;
      firstShown = true;
      setShown(loaded);
    };

    void refresh(undefined);
    const stops = [
      source.onTabStateChanged((tabId) => {
        if (tabId === tab?.tabId) void refresh(tabId);
        // A change while the first load is on its way may be one it read too early: load again.
        else if (!firstShown) void refresh(undefined);
      }),
    ];
    if (source.onTabActivated) {
      stops.push(
        source.onTabActivated((info) => {
          if (windowId === undefined || info.windowId === windowId) void refresh(info.tabId);
        }),
      );
    }
    return () => {
      stopped = true;
      for (const stop of stops) stop();
    };
  }, [source]);

  return shown;
}
