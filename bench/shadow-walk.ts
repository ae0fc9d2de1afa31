/**
 * What reading open shadow roots costs a page without any (docs/decisions/0025): Backstory's
 * whole-page scan with the seed names on each saved news page, on fresh loads, with the element
 * walk that finds shadow roots and without it (the engine's `shadowRoots: false`), alternating.
 * Main-thread time summed over the scan's slices, and its longest slice, medians of the loads.
 *
 *   npx tsx bench/shadow-walk.ts        (BENCH_REPS=7 by default, BENCH_PAGES=a.html,b.html)
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { bundledStories } from '../data/stories';
import { buildCatalog } from '../lib/story/story-model';
import { CHROMIUM_ARGS } from '../tests/e2e/harness';
import { corpusPages, findChromium, ROOT } from '../tests/e2e/paths';
import { corpusHtml } from './corpus-html';
import type { Bench, EngineRun } from './page-entry';
import { median } from './stats';

const ORIGIN = 'http://localhost:8765';
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const REPS = Number(process.env.BENCH_REPS ?? 7);

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function run(page: Page, name: string, script: string, seed: unknown, shadowRoots: boolean): Promise<EngineRun> {
  await page.goto(`${ORIGIN}/${name}`, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
  );
  await page.evaluate(script);
  await page.evaluate(
    (aliases) => (window as unknown as { __bench: Bench }).__bench.setAliases('seed', aliases as never),
    seed,
  );
  return page.evaluate((on) => (window as unknown as { __bench: Bench }).__bench.engine('seed', on), shadowRoots);
}

async function walkAlone(
  page: Page,
  name: string,
  script: string,
): Promise<{ ms: number; roots: number; bare: number }> {
  await page.goto(`${ORIGIN}/${name}`, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
  );
  await page.evaluate(script);
  return page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.shadowWalk());
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it or set CHROME_PATH.');
  const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
  const seed = buildCatalog(bundledStories).aliases;
  const script = await bundle();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = decodeURIComponent(url.pathname.slice(1));
    if (url.origin !== ORIGIN || !corpusPages().includes(file)) return route.abort();
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: ISOLATION_HEADERS,
      body: corpusHtml(file),
    });
  });
  const page = await context.newPage();
  console.log(
    'page                 | elements | walk alone, ms | roots / custom elements | scan without, ms | scan with, ms | longest slice without / with, ms',
  );
  try {
    for (const name of corpusPages().filter((p) => !only || only.includes(p))) {
      const walks: { ms: number; roots: number; bare: number }[] = [];
      for (let rep = 0; rep < REPS; rep++) walks.push(await walkAlone(page, name, script));
      const walk = walks[0] as { roots: number; bare: number };
      const without: EngineRun[] = [];
      const withWalk: EngineRun[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        without.push(await run(page, name, script, seed, false));
        withWalk.push(await run(page, name, script, seed, true));
      }
      const elements = await page.evaluate(() => document.body.getElementsByTagName('*').length);
      const a = median(without.map((r) => r.ms));
      const b = median(withWalk.map((r) => r.ms));
      console.log(
        `${name.padEnd(20)} | ${String(elements).padStart(8)} | ${median(walks.map((w) => w.ms))
          .toFixed(2)
          .padStart(
            14,
          )} | ${`${walk.roots} / ${walk.bare}`.padStart(23)} | ${a.toFixed(2).padStart(16)} | ${b.toFixed(2).padStart(13)} | ${median(without.map((r) => r.longestTaskMs)).toFixed(2)} / ${median(withWalk.map((r) => r.longestTaskMs)).toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
