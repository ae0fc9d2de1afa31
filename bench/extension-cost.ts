/**
 * The real extension's JavaScript time on a page load: the built extension loaded into Chromium,
 * each corpus page opened fresh (scripts stripped, see corpus-html.ts), and a trace of the renderer's main thread — compiling and
 * evaluating content.js, every later call into it (the scan's tasks, storage replies, timers) and
 * the promise continuations that follow them (`main()` after its first await: the catalog, the
 * matcher, the bridge). The engine bench (run.ts) times the scan alone; this is the content
 * script's whole JavaScript time, where a cost outside the scan shows up (WXT's start-up
 * postMessage did: docs/decisions/0003). Not counted: style, layout and paint, garbage collection.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { type ChromiumSession, launchChromium, startServer } from '../tests/e2e/harness';
import { pageRead } from '../tests/e2e/page-read-probe';
import { ROOT } from '../tests/e2e/paths';
import { corpusHtml } from './corpus-html';
import { median } from './stats';

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
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; fileName?: string } };
}

interface LoadCost {
  compile: number;
  evaluate: number;
  later: number;
}

const CONTENT_SCRIPT = 'content-scripts/content.js';
// After the page reports itself read: trailing work (the report's reply, an idle observer batch).
const SETTLE_MS = 300;
const READ_TIMEOUT_MS = 15_000;

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

const isContentScript = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.data?.fileName ?? '').endsWith(CONTENT_SCRIPT);

/** Total length of the union of [start, end) intervals: nested or overlapping events count once. */
function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of sorted) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

/**
 * One load's cost, on the thread that evaluated content.js (a page's iframes have renderer main
 * threads of their own). Page scripts are stripped, so the thread's promise continuations are the
 * extension's (and the browser's own, which are few).
 */
function loadCost(events: TraceEvent[], page: string): LoadCost {
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isContentScript(e));
  if (!evaluation) throw new Error(`${page}: content.js was never evaluated (did the content script run?)`);
  const onThread = events.filter(
    (e) => e.ph === 'X' && e.pid === evaluation.pid && e.tid === evaluation.tid && e.ts >= evaluation.ts,
  );
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];
  const evaluateEnd = evaluation.ts + (evaluation.dur ?? 0);
  const later = onThread
    .filter((e) => (e.name === 'FunctionCall' && isContentScript(e)) || e.name === 'RunMicrotasks')
    .map(span)
    // Whatever ran inside the evaluation is already counted in it.
    .map(([start, end]): [number, number] => [Math.max(start, evaluateEnd), end])
    .filter(([start, end]) => end > start);
  const compile = onThread
    .filter((e) => e.name === 'v8.compile' && isContentScript(e))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return { compile: compile / 1000, evaluate: (evaluation.dur ?? 0) / 1000, later: unionLength(later) / 1000 };
}

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

async function waitUntilRead(browser: ChromiumSession, page: Page): Promise<void> {
  const deadline = Date.now() + READ_TIMEOUT_MS;
  while (!(await pageRead(browser, page))) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: Backstory never reported the page as read`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(SETTLE_MS);
}

/** Medians of `reps` fresh loads of each page (scripts stripped, as in the engine bench). */
export async function measureExtensionCost(
  build: ExtensionBuild,
  pages: string[],
  reps: number,
): Promise<ExtensionCost[]> {
  const server = await startServer();
  try {
    const browser = await launchChromium({ extensionDir: build.dir });
    try {
      await browser.context.route('**/corpus/**', async (route) => {
        const file = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
        if (!pages.includes(file)) return route.abort();
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: corpusHtml(file) });
      });
      // Saved pages name images and fonts on their own hosts: nothing leaves the machine.
      await browser.context.route(
        (url) => url.origin !== server.origin && /^https?:$/.test(url.protocol),
        (route) => route.abort(),
      );
      const results: ExtensionCost[] = [];
      for (const name of pages) {
        const loads: LoadCost[] = [];
        for (let rep = 0; rep < reps; rep++) {
          const page = await browser.newPage();
          const cdp = await browser.context.newCDPSession(page);
          const events = await traceLoad(cdp, async () => {
            await page.goto(server.url(`/corpus/${encodeURIComponent(name)}`), { waitUntil: 'load', timeout: 60_000 });
            await waitUntilRead(browser, page);
          });
          loads.push(loadCost(events, name));
          await page.close();
        }
        results.push({
          page: name,
          compileMs: median(loads.map((l) => l.compile)),
          evaluateMs: median(loads.map((l) => l.evaluate)),
          laterMs: median(loads.map((l) => l.later)),
          totalMs: median(loads.map((l) => l.evaluate + l.later)),
        });
      }
      return results;
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
