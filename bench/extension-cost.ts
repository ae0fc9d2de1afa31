/**
 * The real extension's main-thread JavaScript on a whole page load: the built extension loaded into
 * Chromium, each corpus page opened fresh in a new tab (scripts stripped, JSON-LD kept:
 * corpus-html.ts), one trace a page (trace-cost.ts), each load counted until the page is settled
 * (page-settle.ts): the first scan read and, on a page read as an article, the story applied and
 * its rescan done. The engine bench (run.ts) times
 * the scan alone; this is the content script's whole cost, where a cost outside the scan shows up
 * (WXT's start-up postMessage did: docs/decisions/0003), the article work included.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../tests/e2e/paths';
import { type ExtensionSession, openExtensionSession } from './extension-session';
import { DETECTION_BOUND_MS, endedOnBound, type Settled, waitUntilSettled } from './page-settle';
import { median } from './stats';
import { type LoadCost, loadCosts, markLoadEnd, type TraceEvent, traceLoads } from './trace-cost';

export interface ExtensionCost {
  page: string;
  /** V8 compiling content.js (part of `evaluateMs`). */
  compileMs: number;
  /** Evaluating content.js: compile, top level and `main()` up to its first await. */
  evaluateMs: number;
  /** After that: calls into content.js and the promise continuations on the thread. */
  laterMs: number;
  /** Median of each load's evaluate + later (not the sum of the two medians). */
  totalMs: number;
  /** Thread CPU of the tasks with content.js or an extension answer in them (median; trace-cost.ts `cpuWithAnswers`). */
  cpuMs: number | null;
  /** The same with the rendering frames our code ran in counted whole (trace-cost.ts `cpuWithAnswersWhole`; median). */
  cpuWholeMs: number | null;
  /** The thread CPU of those frames, whole (trace-cost.ts `oursFramesCpu`; median). */
  oursFramesCpuMs: number | null;
  /** The worst load's evaluate + later. */
  worstTotalMs: number;
  /** The article check's idle callback (median; null when no load's trace had it). */
  checkMs: number | null;
  /** JavaScript after the check: the story's tables read back and the rescan (median). */
  afterCheckMs: number;
  /** The longest task with the content script in it, over all loads: the whole task, the page's work included. */
  longestTaskMs: number;
  /**
   * The longest task as Backstory's, over all loads (trace-cost.ts `longestOwnShare`): what issue
   * 25's long-task target is judged on (bench/article-targets.ts holds the threshold).
   */
  longestOwnTaskMs: number;
  /** The same in thread CPU time, over all loads (null without thread times). */
  longestOwnTaskCpuMs: number | null;
  /** Loads whose page asked the background to read its article. */
  asked: number;
  /** Names in the story read from the page (median of the loads that had one), or null. */
  storyNames: number | null;
  /** Mentions on the page once settled (median): a page with none pays only for the walk. */
  mentions: number;
  loads: number;
  /** Loads whose wait ended on a time bound, not on its signal (page-settle.ts). */
  bounded: number;
}

/** A scratch build of the extension (never the folder the e2e tests or `wxt dev` use). */
export interface ExtensionBuild {
  dir: string;
  remove(): void;
}

export function buildExtension(): ExtensionBuild {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-bench-'));
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  try {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      // The build that ships, whatever NODE_ENV the shell has (a development one adds Preact's devtools).
      env: { ...process.env, BACKSTORY_OUT_DIR: outDir, NODE_ENV: 'production' },
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir: path.join(outDir, 'chrome-mv3'), remove };
}

export interface TracedLoad {
  cost: LoadCost;
  settled: Settled;
}

/** What a table other than this one adds to each traced load (bench/hostile.ts). */
export interface LoadHooks {
  /** The address to load; by default the corpus page `name`. */
  url?: string;
  /** Started with the navigation and awaited once the page is settled, inside the load's window. */
  during?: (page: Page, settled: Promise<Settled>) => Promise<void>;
  /** After the load's window has ended, before the tab closes: reading what the page recorded. */
  after?: (page: Page) => Promise<void>;
  /** Every event of the trace, once it has ended: for what `after` marked in it (panel-cost.ts). */
  trace?: (events: TraceEvent[]) => void;
  /** More trace categories than the counting needs (the CPU profiler's, for bench/load-profile.ts). */
  categories?: readonly string[];
}

/** `reps` fresh loads of a page in one trace (a fresh tab each), each ended by a mark once settled. */
export async function tracedLoads(
  session: ExtensionSession,
  name: string,
  reps: number,
  detectionWaitMs?: number,
  hooks: LoadHooks = {},
): Promise<TracedLoad[]> {
  const browser = session.browser.context.browser();
  if (!browser) throw new Error('no browser to trace');
  const cdp = await browser.newBrowserCDPSession();
  const settled: Settled[] = [];
  try {
    const events = await traceLoads(
      cdp,
      async () => {
        for (let rep = 0; rep < reps; rep++) {
          const page = await session.browser.newPage();
          try {
            await session.logRequests();
            const since = Date.now();
            let markSettled: (value: Settled) => void = () => {};
            const settledNow = new Promise<Settled>((resolve) => {
              markSettled = resolve;
            });
            const during = hooks.during?.(page, settledNow);
            await page.goto(hooks.url ?? session.pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
            const done = await waitUntilSettled(session, page, {
              since,
              ...(detectionWaitMs ? { detectionWaitMs } : {}),
            });
            markSettled(done);
            await during;
            settled.push(done);
            await markLoadEnd(page);
            await hooks.after?.(page);
          } finally {
            await page.close();
          }
        }
      },
      hooks.categories,
    );
    hooks.trace?.(events);
    const costs = loadCosts(events, name);
    if (costs.length !== settled.length)
      throw new Error(`${name}: ${costs.length} loads traced, ${settled.length} run`);
    return costs.map((cost, i) => ({ cost, settled: settled[i] as Settled }));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The median, or null when a load's trace had no thread times. */
const medianOrNull = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : median(values.map((v) => v ?? 0));

/** Medians of `reps` fresh, traced loads of each page, the worker warm (one session for all). */
export async function measureExtensionCost(
  build: ExtensionBuild,
  pages: string[],
  reps: number,
): Promise<ExtensionCost[]> {
  const session = await openExtensionSession(build.dir, pages);
  try {
    const results: ExtensionCost[] = [];
    for (const name of pages) {
      let loads = await tracedLoads(session, name, reps);
      // No request and no check in a load's trace: its idle check had not run when the wait ended.
      if (loads.some((l) => l.cost.check === null && !l.settled.request)) {
        loads = await tracedLoads(session, name, reps, DETECTION_BOUND_MS);
      }
      const costs = loads.map((l) => l.cost);
      const checks = costs.flatMap((c) => (c.check === null ? [] : [c.check]));
      const names = loads.flatMap((l) => (l.settled.state.articleNames === null ? [] : [l.settled.state.articleNames]));
      results.push({
        page: name,
        compileMs: median(costs.map((c) => c.compile)),
        evaluateMs: median(costs.map((c) => c.evaluate)),
        laterMs: median(costs.map((c) => c.later)),
        totalMs: median(costs.map((c) => c.evaluate + c.later)),
        cpuMs: medianOrNull(costs.map((c) => c.cpuWithAnswers)),
        cpuWholeMs: medianOrNull(costs.map((c) => c.cpuWithAnswersWhole)),
        oursFramesCpuMs: medianOrNull(costs.map((c) => c.oursFramesCpu)),
        worstTotalMs: Math.max(...costs.map((c) => c.evaluate + c.later)),
        checkMs: checks.length ? median(checks) : null,
        afterCheckMs: median(costs.map((c) => c.afterCheck)),
        longestTaskMs: Math.max(...costs.map((c) => c.longestTask)),
        longestOwnTaskMs: Math.max(...costs.map((c) => c.longestOwnShare)),
        longestOwnTaskCpuMs: costs.some((c) => c.longestOwnShareCpu === null)
          ? null
          : Math.max(...costs.map((c) => c.longestOwnShareCpu ?? 0)),
        asked: loads.filter((l) => l.settled.request).length,
        storyNames: names.length ? median(names) : null,
        mentions: median(loads.map((l) => l.settled.state.mentions)),
        loads: loads.length,
        bounded: loads.filter((l) => endedOnBound(l.settled)).length,
      });
    }
    return results;
  } finally {
    await session.close();
  }
}
