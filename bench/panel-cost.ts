/**
 * What the popup and the side panel cost on a tab of the "hostile and huge" table (issue 25,
 * finding 4; figures in docs/decisions/0027 and 0028): each opened for the tab as a page of its own
 * (`popup.html?tabId=N`, `sidepanel.html?tabId=N`), its DOM nodes once it has drawn, and its long
 * tasks as the Long Tasks API reports them in the panel's own renderer, from its navigation on. Measured after the tab's traced load, outside its window.
 * The trace running then gives each task's thread CPU time and what it held: the panel marks its
 * start and end in it (panel-tasks.ts reads them), since on a busy machine a long task's wall time
 * counts waits for a core, and the longest task by wall is not always the one with the most CPU.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/e2e/harness';
import { longestPanelTasks, type PanelTask, panelTasks } from './panel-tasks';
import type { TraceEvent } from './trace-cost';

export type PanelSurface = 'popup' | 'sidepanel';

export interface PanelCost {
  /** Elements in the panel's document once it has drawn. */
  nodes: number;
  /** The longest of the panel's long tasks (the Long Tasks API's), 0 when none was; and how many there were. */
  longestTaskMs: number;
  longTasks: number;
  /** Rows of "On this page" (side panel) or entities (popup) drawn. */
  rows: number;
  /** The panel's used JavaScript heap once drawn, after a forced collection, in MB. */
  heapMb: number;
  /** From the trace: the panel's task with the most wall time, and the one with the most thread CPU (every task, long or not). */
  longestByWall: PanelTask | null;
  longestByCpu: PanelTask | null;
}

/** What the panel draws last: once there, it is settled but for what its own timers do. */
const READY: Record<PanelSurface, string> = {
  sidepanel: '#bf-people, #bf-page',
  popup: '.pp-people, .pp-story__headline',
};
const ROWS: Record<PanelSurface, string> = { sidepanel: '.bf-mention', popup: '.pp-entity, .pp-chip' };
/** After the panel drew: its late work (the live state's updates) lands here. */
const TRAILING_MS = 1_000;
const LONG_TASKS = '__backstoryBenchLongTasks';
const mark = (surface: PanelSurface, edge: 'start' | 'end') => `backstory-bench-panel:${surface}:${edge}`;

export async function measurePanel(browser: ChromiumSession, surface: PanelSurface, tab: Page): Promise<PanelCost> {
  const tabId = await browser.tabIdOf(tab);
  const panel = await browser.context.newPage();
  try {
    await panel.addInitScript(
      ([key, start]) => {
        console.timeStamp(start);
        const tasks: number[] = [];
        (globalThis as unknown as Record<string, number[]>)[key] = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      },
      [LONG_TASKS, mark(surface, 'start')] as const,
    );
    await panel.setViewportSize(surface === 'popup' ? { width: 380, height: 600 } : { width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/${surface}.html?tabId=${tabId}`);
    await panel.waitForSelector(READY[surface], { timeout: 60_000 });
    await panel.waitForTimeout(TRAILING_MS);
    const tasks = await panel.evaluate(
      (key) => (globalThis as unknown as Record<string, number[]>)[key] ?? [],
      LONG_TASKS,
    );
    await panel.evaluate((end) => console.timeStamp(end), mark(surface, 'end'));
    const cdp = await panel.context().newCDPSession(panel);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return {
      nodes: await panel.evaluate(() => document.getElementsByTagName('*').length),
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      longTasks: tasks.length,
      rows: await panel.locator(ROWS[surface]).count(),
      heapMb: usedSize / (1024 * 1024),
      longestByWall: null,
      longestByCpu: null,
    };
  } finally {
    await panel.close();
  }
}

/** The panel's longest tasks, by wall and by CPU, between its last start and end marks in `events`. */
export function panelLongestTasks(
  events: readonly TraceEvent[],
  surface: PanelSurface,
): { byWall: PanelTask | null; byCpu: PanelTask | null } {
  return longestPanelTasks(panelTasks(events, mark(surface, 'start'), mark(surface, 'end')) ?? []);
}

/**
 * The most thread CPU time (ms) one task took on the panel's thread between its last start and end
 * marks in `events`, its microtasks included; null when the trace has no marks or no thread times.
 */
export function panelTaskCpu(events: readonly TraceEvent[], surface: PanelSurface): number | null {
  return panelLongestTasks(events, surface).byCpu?.cpuMs ?? null;
}
