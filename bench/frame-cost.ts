/**
 * What the content script costs a page's frames (docs/decisions/0025): a news page with 20 ad
 * frames, either from another site (the usual case: each frame its own renderer under site
 * isolation) or written by script into about:blank frames of the page's own origin (no text), and
 * one with 20 same-origin frames holding a line of text and no name. From Chromium's trace of
 * every renderer: the extension's JavaScript (evaluating its content scripts, content.js in the top
 * frame and the frame gate in every frame, later calls into them and the modules they import, and
 * the continuations on the threads they ran on) summed over all frames, and the number of script
 * evaluations (two in the top frame since decision 0029, one in each other frame). Run it on two builds to compare:
 *
 *   npx tsx bench/frame-cost.ts [extension-dir …]   (default: a fresh production build)
 */
import { type ChromiumSession, launchChromium } from '../tests/e2e/harness';
import { buildExtension } from './extension-cost';
import { type TraceEvent, traceLoads } from './trace-cost';

const REPS = Number(process.env.BENCH_FRAME_REPS ?? 5);
const FRAMES = 20;
const TOP = 'http://news.test';
const ADS = 'http://ads.test';
/** Every script of the extension: content.js, the frame gate and the modules they import (decision 0029). */
const EXTENSION_SCRIPT = /^(chrome|moz)-extension:\/\//;

const article = `<h1>Talks in Istanbul</h1>${'<p>The talks opened in the morning, with delegations from both sides, and Vladimir Medinsky spoke first.</p>'.repeat(12)}`;
const adBody =
  '<div style="width:300px;height:250px;background:#eee"><img alt="" width="300" height="230"><small>Advertisement</small></div>';

const PAGES: Record<string, string> = {
  'cross-origin ads': `${article}${Array.from({ length: FRAMES }, () => `<iframe src="${ADS}/ad.html" width="300" height="250"></iframe>`).join('')}`,
  'same-origin blank ads': `${article}${Array.from({ length: FRAMES }, (_, i) => `<iframe id="f${i}" width="300" height="250"></iframe>`).join('')}<script>for (const f of document.querySelectorAll('iframe')) { f.contentDocument.open(); f.contentDocument.write('<body>${'<div style="width:300px;height:250px;background:#eee"></div>'}</body>'); f.contentDocument.close(); }</script>`,
  'same-origin text frames': `${article}${Array.from({ length: FRAMES }, () => `<iframe src="${TOP}/text.html" width="300" height="120"></iframe>`).join('')}`,
};

interface Sample {
  /** Evaluations, calls and the microtasks after them, on every thread that ran the script. */
  totalMs: number;
  frames: number;
  /** Evaluating content.js in every frame (compile, top level, `main()` to its first await or return). */
  evaluationsMs: number;
  evaluationMedianMs: number;
  /** Later calls into content.js (timers, idle callbacks, events, messages), every frame. */
  callsMs: number;
}

const isContentScript = (e: TraceEvent) => EXTENSION_SCRIPT.test(e.args?.data?.url ?? e.args?.data?.fileName ?? '');

/**
 * The content script's time on each thread that evaluated it: its evaluations, later calls into it
 * and the microtasks after the first evaluation, counted once where they overlap. Same-origin
 * frames share their parent's thread; another site's frame has a renderer of its own.
 */
function costs(events: TraceEvent[]): {
  perThread: number[];
  evaluations: number;
  evaluationMs: number[];
  callsMs: number;
} {
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isContentScript(e));
  const evaluationMs = evaluations.map((e) => (e.dur ?? 0) / 1000);
  const callsMs =
    events
      .filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && isContentScript(e))
      .reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  const threads = new Map<string, TraceEvent[]>();
  for (const evaluation of evaluations) {
    const key = `${evaluation.pid}:${evaluation.tid}`;
    threads.set(key, [...(threads.get(key) ?? []), evaluation]);
  }
  const perThread: number[] = [];
  for (const list of threads.values()) {
    const first = Math.min(...list.map((e) => e.ts));
    const { pid, tid } = list[0] as TraceEvent;
    const work = events
      .filter(
        (e) =>
          e.pid === pid &&
          e.tid === tid &&
          e.ph === 'X' &&
          e.ts >= first &&
          ((e.name === 'EvaluateScript' && isContentScript(e)) ||
            (e.name === 'FunctionCall' && isContentScript(e)) ||
            e.name === 'RunMicrotasks'),
      )
      .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
    perThread.push(union(work) / 1000);
  }
  return { perThread, evaluations: evaluations.length, evaluationMs, callsMs };
}

function union(intervals: [number, number][]): number {
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

async function measure(browser: ChromiumSession, body: string): Promise<Sample> {
  await browser.context.unrouteAll();
  await browser.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const html = (inner: string) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>${inner}</body></html>`,
      });
    if (url.origin === TOP && url.pathname === '/') return html(body);
    if (url.origin === TOP && url.pathname === '/text.html')
      return html('<p>Weather: sunny spells, a light breeze in the afternoon.</p>');
    if (url.origin === ADS) return html(adBody);
    return route.abort();
  });
  const cdp = await browser.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser to trace');
  const page = await browser.newPage();
  try {
    const events = await traceLoads(cdp, async () => {
      await page.goto(`${TOP}/`, { waitUntil: 'load' });
      // The scan starts in idle time and the top frame reports after it: let it all settle.
      await page.waitForTimeout(2500);
    });
    const { perThread, evaluations, evaluationMs, callsMs } = costs(events);
    return {
      totalMs: perThread.reduce((a, b) => a + b, 0),
      frames: evaluations,
      evaluationsMs: evaluationMs.reduce((a, b) => a + b, 0),
      evaluationMedianMs: median(evaluationMs),
      callsMs,
    };
  } finally {
    await page.close();
    await cdp.detach().catch(() => {});
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  const built = dirs.length === 0 ? buildExtension() : undefined;
  const targets = built ? [built.dir] : dirs;
  try {
    for (const dir of targets) {
      const browser = await launchChromium({ extensionDir: dir });
      try {
        console.log(`\n${dir}`);
        console.log(
          'page                      | frames | evaluations, ms | median evaluation, ms | calls, ms | with microtasks, ms',
        );
        for (const [name, body] of Object.entries(PAGES)) {
          const samples: Sample[] = [];
          for (let rep = 0; rep < REPS; rep++) samples.push(await measure(browser, body));
          const m = (pick: (s: Sample) => number, digits = 1) => median(samples.map(pick)).toFixed(digits);
          console.log(
            `${name.padEnd(25)} | ${m((s) => s.frames, 0).padStart(6)} | ${m((s) => s.evaluationsMs).padStart(15)} | ${m((s) => s.evaluationMedianMs, 2).padStart(21)} | ${m((s) => s.callsMs).padStart(9)} | ${m((s) => s.totalMs).padStart(19)}`,
          );
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    built?.remove();
  }
}

await main();
