/**
 * The real extension's main-thread cost on a page load: the built extension loaded into Chromium,
 * each corpus page opened fresh, and a trace of what the browser attributes to content.js —
 * compiling it, evaluating it (compile included: the top level, start-up, the first storage
 * reads) and the callbacks it runs afterwards (the scan's tasks, observers, timers). The engine
 * bench (run.ts) times the scan alone; this is everything else a reader's page pays for too, and
 * where a cost outside the scan shows up (WXT's start-up postMessage was 7–11 ms of it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium, startServer } from '../tests/e2e/harness';
import { CORPUS_DIR, ROOT } from '../tests/e2e/paths';

export interface ExtensionCost {
  page: string;
  /** V8 compiling content.js (part of `evaluateMs`). */
  compileMs: number;
  /** Evaluating content.js: compile, top level and everything `main()` does before its first await. */
  evaluateMs: number;
  /** Every later callback into content.js until the page is idle (scan tasks, storage replies, timers). */
  callbacksMs: number;
  totalMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; fileName?: string } };
}

const CONTENT_SCRIPT = 'content-scripts/content.js';
// The content script runs at document_idle and its scan waits for idle time: well over by then.
const SETTLE_MS = 1200;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function traceLoad(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types each event as a string map; the fields read here are the trace format's.
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await load();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Milliseconds per event name, for the renderer main thread's events that name content.js. */
function contentScriptTime(events: TraceEvent[]): Record<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const totals: Record<string, number> = { 'v8.compile': 0, EvaluateScript: 0, FunctionCall: 0 };
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || !(e.name in totals)) continue;
    const url = e.args?.data?.url ?? e.args?.data?.fileName ?? '';
    if (url.endsWith(CONTENT_SCRIPT)) totals[e.name] = (totals[e.name] as number) + (e.dur ?? 0) / 1000;
  }
  return totals;
}

/** Builds the extension into a scratch folder (never the one the e2e tests or `wxt dev` use). */
function buildExtension(): { dir: string; remove: () => void } {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'backstory-bench-'));
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BACKSTORY_OUT_DIR: outDir },
  });
  return { dir: path.join(outDir, 'chrome-mv3'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Medians of `reps` fresh loads of each page (scripts stripped, as in the engine bench). */
export async function measureExtensionCost(pages: string[], reps: number): Promise<ExtensionCost[]> {
  const build = buildExtension();
  const server = await startServer();
  const browser = await launchChromium({ extensionDir: build.dir });
  try {
    await browser.context.route('**/corpus/**', async (route) => {
      const file = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
      if (!pages.includes(file)) return route.abort();
      const html = readFileSync(path.join(CORPUS_DIR, file), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    });
    // Saved pages name images and fonts on their own hosts: nothing leaves the machine.
    await browser.context.route(
      (url) => url.origin !== server.origin && /^https?:$/.test(url.protocol),
      (route) => route.abort(),
    );
    const results: ExtensionCost[] = [];
    for (const name of pages) {
      const runs: Record<string, number>[] = [];
      for (let rep = 0; rep < reps; rep++) {
        const page = await browser.newPage();
        const cdp = await browser.context.newCDPSession(page);
        const events = await traceLoad(cdp, async () => {
          await page.goto(server.url(`/corpus/${encodeURIComponent(name)}`), { waitUntil: 'load', timeout: 60_000 });
          await page.waitForTimeout(SETTLE_MS);
        });
        runs.push(contentScriptTime(events));
        await page.close();
      }
      const of = (key: string) => median(runs.map((r) => r[key] as number));
      const total = median(runs.map((r) => (r.EvaluateScript as number) + (r.FunctionCall as number)));
      if (runs.every((r) => r.EvaluateScript === 0)) {
        throw new Error(`${name}: no content.js evaluation in the trace (did the content script run?)`);
      }
      results.push({
        page: name,
        compileMs: of('v8.compile'),
        evaluateMs: of('EvaluateScript'),
        callbacksMs: of('FunctionCall'),
        totalMs: total,
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
    build.remove();
  }
}
