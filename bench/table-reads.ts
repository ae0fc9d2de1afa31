/**
 * What a page's reads of a big pack's stored tables cost in Chromium, this checkout's code against
 * another's: the tables read ahead (`unpackTables`, the 10,000-entity pack's part), and, with an
 * article of three names after the catalog, the check that the catalog starts with the held one
 * (`startsWithHeld`), the held tables copied with room (`tablesWithRoom`), the whole growing
 * (`tablesFor` with the background's extension), and the page's catalog merged with an article
 * that shares an entity with a bundled story (`catalogFromStories`). Each piece is timed once in a fresh page (the cold
 * code a page start runs), the two checkouts' pages interleaved. Wall times (a page has no CPU
 * clock): on a shared machine, the least of the pages is the figure its waits disturb least.
 *
 * `TABLE_READS_BEFORE=/path/to/other/checkout npx tsx bench/table-reads.ts` (TABLE_READS_PAGES,
 * default 15). The other checkout needs the same exports (those of 0028's "the start without the
 * pack's index" on). docs/decisions/0028, "the tables read ahead checked for what a walk needs".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bundledStories } from '../data/stories';
import { makePackPagePart } from '../lib/storage/pack-page';
import { outlineOf } from '../lib/story/story-model';
import { CHROMIUM_ARGS } from '../tests/e2e/harness';
import { findChromium, ROOT } from '../tests/e2e/paths';
import { bigPack } from '../tests/helpers/big-pack';
import { median, round } from './stats';

const PAGES = Number(process.env.TABLE_READS_PAGES ?? 15);
const PIECES = ['read ahead', 'starts with held', 'copied with room', 'grown', 'merged'] as const;
type Piece = (typeof PIECES)[number];

/** The page script of `checkout`: `tableReads(part, piece)` times one piece, after its set-up. */
function entryOf(checkout: string): string {
  const at = (file: string) => JSON.stringify(path.join(checkout, file));
  return `
import { bundledStories } from ${at('data/stories')};
import { extensionOf, startsWithHeld, tablesWithRoom } from ${at('lib/matching/held-tables')};
import { int32sOf, storedTables, unpackTables } from ${at('lib/matching/packed-tables')};
import { holdTables, readTablesAhead, tablesFor } from ${at('lib/matching/stored-tables')};
import { buildTables, candidateSources } from ${at('lib/matching/table-builder')};
import { readPackPagePart } from ${at('lib/storage/pack-page')};
import { buildCatalog, outlineOf } from ${at('lib/story/story-model')};
import { catalogFromStories } from ${at('lib/story/catalog-merge')};
import { ARTICLE_ALIASES } from ${at('tests/helpers/held-tables-fixture')};
globalThis.tableReads = (text, piece) => {
  if (piece === 'read ahead') {
    const { tables } = JSON.parse(text.slice(0, text.indexOf('\\n')));
    const starts = int32sOf(tables.patternStart);
    const t0 = performance.now();
    if (!unpackTables(tables, starts)) throw new Error('not read');
    return performance.now() - t0;
  }
  const part = readPackPagePart(text, 'big-pack');
  if (piece === 'merged') {
    const stories = [...bundledStories.map(outlineOf), part.outline];
    catalogFromStories(stories);
    const [shared] = stories[0].entities;
    const article = {
      id: 'article',
      title: 'article',
      origin: 'article',
      entities: [
        { ...shared, aliases: shared.aliases.slice(0, 1) },
        { id: 'hakan-fidan', type: 'person', name: 'Hakan Fidan', aliases: [{ text: 'Hakan Fidan' }] },
      ],
    };
    const t0 = performance.now();
    const merged = catalogFromStories([...stories, article]);
    const ms = performance.now() - t0;
    if (merged.stories.length !== stories.length + 1) throw new Error('merged: not done');
    return ms;
  }
  const { aliases } = buildCatalog([...bundledStories.map(outlineOf), part.outline]);
  const snapshot = part.matcher;
  readTablesAhead(snapshot);
  holdTables(aliases, snapshot);
  const withArticle = [...aliases, ...ARTICLE_ALIASES];
  const extension = extensionOf(withArticle, snapshot, candidateSources(buildTables(withArticle).candidates));
  const held = storedTables(snapshot);
  const t0 = performance.now();
  const done =
    piece === 'starts with held'
      ? startsWithHeld(withArticle, aliases)
      : piece === 'copied with room'
        ? tablesWithRoom(held, withArticle.length, held.size + 64, held.patternStart.at(-1) + 64).size > 0
        : tablesFor(withArticle, [snapshot], extension).size > held.size;
  const ms = performance.now() - t0;
  if (!done) throw new Error(piece + ': not done');
  return ms;
};`;
}

function bundle(dir: string, name: string, checkout: string): string {
  const entry = path.join(dir, `${name}.js`);
  writeFileSync(entry, entryOf(checkout));
  return execFileSync(path.join(ROOT, 'node_modules/.bin/esbuild'), [entry, '--bundle', '--format=iife', '--minify'], {
    encoding: 'utf8',
    maxBuffer: 1e8,
  });
}

async function main(): Promise<void> {
  const before = process.env.TABLE_READS_BEFORE;
  const executablePath = findChromium();
  if (!before || !executablePath) throw new Error('TABLE_READS_BEFORE (a checkout) and Chromium are needed');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-table-reads-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const builds = { before: bundle(dir, 'before', path.resolve(before)), after: bundle(dir, 'after', ROOT) };
    const part = makePackPagePart(bigPack(10_000) as never, bundledStories.map(outlineOf));
    const times = new Map<string, number[]>();
    console.log(`load average ${os.loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()}`);
    for (let p = 0; p < PAGES; p++) {
      const order = p % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const);
      for (const build of order) {
        for (const piece of PIECES) {
          const page = await browser.newPage();
          await page.addScriptTag({ content: builds[build] });
          const ms = await page.evaluate(
            ([text, which]) =>
              (globalThis as unknown as { tableReads: (t: string, w: Piece) => number }).tableReads(text, which),
            [part, piece] as const,
          );
          const key = `${piece}\u0000${build}`;
          times.set(key, [...(times.get(key) ?? []), ms]);
          await page.close();
        }
      }
    }
    console.log(
      `Chromium ${browser.version()}, ${PAGES} fresh pages a piece and build; load average now ${os.loadavg()[0]?.toFixed(1)}`,
    );
    console.table(
      PIECES.flatMap((piece) =>
        (['before', 'after'] as const).map((build) => {
          const ms = times.get(`${piece}\u0000${build}`) ?? [];
          return { piece, build, 'least ms': round(Math.min(...ms), 2), 'median ms': round(median(ms), 2) };
        }),
      ),
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
