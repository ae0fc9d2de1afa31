/**
 * What the popup and the side panel cost on a tab of the "hostile and huge" table (issue 25: the
 * side panel of a 40,000-mention page was one 7.7 s task and 484,000 DOM nodes): each opened for
 * the tab as a page of its own (`popup.html?tabId=N`, `sidepanel.html?tabId=N`), its DOM nodes
 * once it has drawn, and its long tasks (over 50 ms) from the Long Tasks API in the panel's own
 * renderer, from its navigation on. Measured after the tab's traced load, outside its window.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/e2e/harness';

export type PanelSurface = 'popup' | 'sidepanel';

export interface PanelCost {
  /** Elements in the panel's document once it has drawn. */
  nodes: number;
  /** The longest task over 50 ms in the panel, 0 when none was; and how many there were. */
  longestTaskMs: number;
  longTasks: number;
  /** Rows of "On this page" (side panel) or entities (popup) drawn. */
  rows: number;
}

/** What the panel draws last: once there, it is settled but for what its own timers do. */
const READY: Record<PanelSurface, string> = {
  sidepanel: '#bf-people, #bf-page',
  popup: '.pp-people, .pp-story__headline',
};
const ROWS: Record<PanelSurface, string> = { sidepanel: '.bf-mention', popup: '.pp-entity, .pp-chip' };
/** After the panel drew: its late work (the live state's updates) lands here. */
const TRAILING_MS = 1_000;
const TASKS = '__backstoryBenchLongTasks';

export async function measurePanel(browser: ChromiumSession, surface: PanelSurface, tab: Page): Promise<PanelCost> {
  const tabId = await browser.tabIdOf(tab);
  const panel = await browser.context.newPage();
  try {
    await panel.addInitScript((key) => {
      const tasks: number[] = [];
      (globalThis as unknown as Record<string, number[]>)[key] = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    }, TASKS);
    await panel.setViewportSize(surface === 'popup' ? { width: 380, height: 600 } : { width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/${surface}.html?tabId=${tabId}`);
    await panel.waitForSelector(READY[surface], { timeout: 60_000 });
    await panel.waitForTimeout(TRAILING_MS);
    const tasks = await panel.evaluate((key) => (globalThis as unknown as Record<string, number[]>)[key] ?? [], TASKS);
    return {
      nodes: await panel.evaluate(() => document.getElementsByTagName('*').length),
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      longTasks: tasks.length,
      rows: await panel.locator(ROWS[surface]).count(),
    };
  } finally {
    await panel.close();
  }
}
