/**
 * Would matching off the page reach issue 23's start-up targets? A probe, not the product
 * (docs/decisions/0029, section of 2026-12-07 "Off the page"): a throwaway extension whose
 * content script only walks the text, sends it to the background in one message, and paints the
 * offsets that come back (bench/offpage-page.ts, bench/offpage-worker.ts), loaded into Chromium on
 * the corpus pages as the bench loads them (extension-session.ts). Per load it reads the pieces'
 * wall times from the page and the load's main-thread CPU from a trace, counted as the bench's
 * extension table counts it (trace-cost.ts); with OFFPAGE_PRODUCT=1 the product's own table runs
 * on the same pages first, in the same run, for comparison. A second set of loads stops the
 * service worker before each one, for the latency of a worker that has to start.
 *
 * `npx tsx bench/offpage-probe.ts` (OFFPAGE_PAGES=a.html,b.html, OFFPAGE_REPS=3).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { bundledMatcherSnapshot } from '../scripts/bundled-matcher';
import { ROOT } from '../tests/e2e/paths';
import { buildExtension, measureExtensionCost } from './extension-cost';
import { type ExtensionSession, openExtensionSession } from './extension-session';
import { type OffpageResult, RESULT_ATTRIBUTE } from './offpage-messages';
import { type PieceCpu, pieceCpu } from './offpage-pieces';
import { median, round } from './stats';
import { loadCosts, markLoadEnd, traceLoads } from './trace-cost';

const PAGES = (
  process.env.OFFPAGE_PAGES ??
  'wikipedia.html,heise.html,aktualne.html,bbc-1.html,nytimes-1.html,cnn.html,guardian-1.html'
).split(',');
const REPS = Number(process.env.OFFPAGE_REPS ?? 3);
const WAIT_MS = 30_000;

/** Resolves the product's virtual modules and page-build aliases for esbuild. */
function productModules(): esbuild.Plugin {
  return {
    name: 'offpage-virtual',
    setup(build) {
      build.onResolve({ filter: /^virtual:backstory\// }, (args) => ({ path: args.path, namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
        contents: args.path.endsWith('bundled-matcher')
          ? `export default JSON.parse(${JSON.stringify(JSON.stringify(bundledMatcherSnapshot()))});`
          : 'export default "offpage-probe";',
        loader: 'js',
      }));
      build.onResolve({ filter: /\?inline$/ }, (args) => ({
        path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
        namespace: 'inline',
      }));
      build.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => ({
        contents: readFileSync(args.path, 'utf8'),
        loader: 'text',
      }));
      build.onResolve({ filter: /^wxt\/utils\/content-script-context$/ }, () => ({
        path: path.join(ROOT, 'lib/extension/page-script-context.ts'),
      }));
    },
  };
}

/** The one file an esbuild build without `write` produced. */
function outputOf(result: esbuild.BuildResult): Uint8Array {
  const file = result.outputFiles?.[0];
  if (!file) throw new Error('esbuild wrote nothing');
  return file.contents;
}

interface ProbeBuild {
  dir: string;
  contentBytes: number;
  contentGzip: number;
  remove(): void;
}

async function buildProbe(entry: string): Promise<ProbeBuild> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-offpage-'));
  mkdirSync(path.join(dir, 'content-scripts'));
  const common: esbuild.BuildOptions = {
    bundle: true,
    minify: true,
    write: false,
    target: 'es2022',
    plugins: [productModules()],
    define: {
      'import.meta.env.BROWSER': '"chrome"',
      'import.meta.env.CHROME': 'true',
      'import.meta.env.FIREFOX': 'false',
      'import.meta.env.MANIFEST_VERSION': '3',
    },
  };
  const page = await esbuild.build({ ...common, entryPoints: [path.join(ROOT, entry)], format: 'iife' });
  const worker = await esbuild.build({
    ...common,
    entryPoints: [path.join(ROOT, 'bench/offpage-worker.ts')],
    format: 'esm',
  });
  const content = outputOf(page);
  writeFileSync(path.join(dir, 'content-scripts/content.js'), content);
  writeFileSync(path.join(dir, 'background.js'), outputOf(worker));
  copyFileSync(path.join(ROOT, 'public/highlights.css'), path.join(dir, 'highlights.css'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'offpage probe',
      version: '0.0.1',
      background: { service_worker: 'background.js', type: 'module' },
      permissions: ['storage'],
      content_scripts: [
        { matches: ['<all_urls>'], js: ['content-scripts/content.js'], run_at: 'document_idle' },
        { matches: ['<all_urls>'], css: ['highlights.css'], run_at: 'document_start' },
      ],
    }),
  );
  return {
    dir,
    contentBytes: content.length,
    contentGzip: gzipSync(content, { level: 9 }).length,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

interface ProbeLoad {
  result: OffpageResult;
  pieces: PieceCpu;
  cpu: number | null;
  evaluate: number;
  compile: number;
  longestOwnCpu: number | null;
}

/** `reps` fresh loads of a page in one trace, each ended once the probe wrote its result. */
async function probeLoads(
  session: ExtensionSession,
  name: string,
  reps: number,
  cold: boolean,
  hash = '',
): Promise<ProbeLoad[]> {
  const browser = session.browser.context.browser();
  if (!browser) throw new Error('no browser to trace');
  const cdp = await browser.newBrowserCDPSession();
  const results: OffpageResult[] = [];
  try {
    const events = await traceLoads(cdp, async () => {
      for (let rep = 0; rep < reps; rep++) {
        if (cold) await session.stopWorker();
        const page = await session.browser.newPage();
        try {
          await page.goto(session.pageUrl(name) + hash, { waitUntil: 'load', timeout: 60_000 });
          const handle = await page.waitForFunction(
            (attribute) => document.documentElement.getAttribute(attribute),
            RESULT_ATTRIBUTE,
            { timeout: WAIT_MS, polling: 100 },
          );
          results.push(JSON.parse((await handle.jsonValue()) as string) as OffpageResult);
          await markLoadEnd(page);
        } finally {
          await page.close();
        }
      }
    });
    const costs = loadCosts(events, name);
    const pieces = pieceCpu(events);
    return costs.map((cost, i) => ({
      result: results[i] as OffpageResult,
      pieces: pieces[i] as PieceCpu,
      cpu: cost.cpuWithAnswers,
      evaluate: cost.evaluate,
      compile: cost.compile,
      longestOwnCpu: cost.longestOwnShareCpu,
    }));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const med = (values: number[]) => round(median(values), 2);
const list = (values: number[]) => values.map((v) => round(v, 1)).join(', ');

const loadAverage = () => os.loadavg()[0]?.toFixed(1);

/** The kept build's loads of one page: the floor, the probe with the worker running, and with it stopped. */
async function keptRun(build: ProbeBuild, name: string): Promise<void> {
  const session = await openExtensionSession(build.dir, [name]);
  try {
    const floor = await probeLoads(session, name, REPS, false, '#offpage-floor');
    const texts = await probeLoads(session, name, REPS, false, '#offpage-texts');
    const warm = await probeLoads(session, name, REPS, false);
    const candidates = await probeLoads(session, name, REPS, false, '#offpage-candidates');
    const cold = await probeLoads(session, name, REPS, true);
    const r = warm.map((l) => l.result);
    const first = r[0] as OffpageResult;
    const cpuOf = (key: keyof PieceCpu) => list(warm.map((l) => l.pieces[key]));
    console.log(
      `probe ${name}: cpu ${list(warm.map((l) => l.cpu ?? Number.NaN))} ms (median ${med(warm.map((l) => l.cpu ?? Number.NaN))}); ` +
        `${first.nodes} nodes, ${first.runs} runs, ${first.chars} chars; ${first.mentions} matches, ${first.painted} painted\n` +
        `  thread cpu by task: evaluate ${cpuOf('evaluate')}; walk ${cpuOf('walk')}; send ${cpuOf('send')}; answer and paint ${cpuOf('paint')}\n` +
        `  bare walk: reading only ${list(floor.map((l) => l.pieces.walk))}; keeping the texts ${list(texts.map((l) => l.pieces.walk))}\n` +
        `  wall: walk ${list(r.map((x) => x.walkMs))}; send ${list(r.map((x) => x.sendMs))}; paint ${list(r.map((x) => x.paintMs))}\n` +
        `  candidate pattern on the page: cpu ${list(candidates.map((l) => l.cpu ?? Number.NaN))}; walk ${list(candidates.map((l) => l.pieces.walk))}; ` +
        `send ${list(candidates.map((l) => l.pieces.send))}; answer and paint ${list(candidates.map((l) => l.pieces.paint))}; storage read ${list(candidates.map((l) => l.pieces.storage))}; evaluate ${list(candidates.map((l) => l.pieces.evaluate))}; ` +
        `${candidates[0]?.result.runs} runs, ${candidates[0]?.result.chars} chars sent; ${candidates[0]?.result.mentions} matches\n` +
        `  round trip, worker running ${list(r.map((x) => x.roundTripMs))} (its matching ${list(r.map((x) => x.workerMs))}); ` +
        `worker stopped ${list(cold.map((l) => l.result.roundTripMs))} (its matching ${list(cold.map((l) => l.result.workerMs))}); cpu then ${list(cold.map((l) => l.cpu ?? Number.NaN))}\n` +
        `  highlights set at ${list(r.map((x) => x.startMs))} ms of the page's clock (worker stopped: ${list(cold.map((l) => l.result.startMs))}); longest own task cpu ${list(warm.map((l) => l.longestOwnCpu ?? Number.NaN))}; load average ${loadAverage()}`,
    );
  } finally {
    await session.close();
  }
}

/** The lean build's loads of one page: the evaluation of a script without the kept modules. */
async function leanRun(build: ProbeBuild, name: string): Promise<void> {
  const session = await openExtensionSession(build.dir, [name]);
  try {
    const warm = await probeLoads(session, name, REPS, false);
    console.log(
      `lean ${name}: cpu ${list(warm.map((l) => l.cpu ?? Number.NaN))}; evaluate ${list(warm.map((l) => l.pieces.evaluate))}; load average ${loadAverage()}`,
    );
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const kept = await buildProbe('bench/offpage-page-kept.ts');
  const lean = await buildProbe('bench/offpage-page.ts');
  const product = process.env.OFFPAGE_PRODUCT === '1' ? buildExtension() : null;
  console.log(`kept build content.js ${kept.contentBytes} B, ${kept.contentGzip} B gzipped (level 9)`);
  console.log(`lean build content.js ${lean.contentBytes} B, ${lean.contentGzip} B gzipped (level 9)`);
  console.log(`load average ${loadAverage()}, ${new Date().toISOString()}`);
  try {
    for (const name of PAGES) {
      if (product) {
        const [cost] = await measureExtensionCost(product, [name], REPS);
        if (cost)
          console.log(
            `product ${name}: cpu ${cost.cpuMs === null ? '-' : round(cost.cpuMs, 1)} ms (median), mentions ${cost.mentions}, story names ${cost.storyNames ?? '-'}; load average ${loadAverage()}`,
          );
      }
      await keptRun(kept, name);
      await leanRun(lean, name);
    }
  } finally {
    kept.remove();
    lean.remove();
    product?.remove();
  }
  console.log(`load average ${loadAverage()}, ${new Date().toISOString()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
