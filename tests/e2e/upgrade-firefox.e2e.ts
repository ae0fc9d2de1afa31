/**
 * Updates in real Firefox, in one profile: the reader sets Backstory up in one build (settings,
 * a pack, a correction, through its own pages and card), then the other build is installed over
 * it with the same add-on id, as addons.mozilla.org updates an add-on in a running browser. The
 * other build finds everything as it was and works with it: the previous release to this build,
 * and back. The same scenario as upgrade.e2e.ts (Chromium); see upgrade-scenario.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './firefox-harness';
import { hover, waitForCard, waitForHighlighted } from './firefox-probe';
import { startServer, type TestServer } from './harness';
import { FIREFOX_BUILD } from './paths';
import { PREVIOUS_BUILD_TIMEOUT, type PreviousBuild, previousBuild } from './previous-release';
import {
  BUILD_STAMP,
  CHOSEN_HIGHLIGHT,
  CORRECTED_NAME,
  chooseInOptions,
  correctNotANameEverywhere,
  expectedOptionsState,
  highlightTexts,
  indexedDbCounts,
  KEPT_NAME,
  lostOrChanged,
  lostRecords,
  ONE_ARTICLE_REMEMBERED,
  PACK_NAME,
  placeBuild,
  READER_CHOICES,
  readingUsage,
  readOptionsState,
  STORY_NAME,
  undoFirstCorrection,
} from './upgrade-scenario';

interface ExtensionPageBrowser {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
}

/** Everything in the add-on's storage.local, read from one of its pages. */
function stored(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: ExtensionPageBrowser }).browser.storage.local.get(null),
  );
}

/** Which build an extension page belongs to. */
function stampOf(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate((file: string) => fetch(`/${file}`).then((response) => response.text()), BUILD_STAMP);
}

/** The page's mentions, painted in the reader's chosen style. */
const chosenHighlight = (page: Page) => page.evaluate(highlightTexts, CHOSEN_HIGHLIGHT);

async function open(firefox: FirefoxSession, url: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url);
  return page;
}

/** What the reader set up: storage.local, and the counts of the IndexedDB records. */
interface Stored {
  local: Record<string, unknown>;
  records: Record<string, number>;
}

/** The options page's line on the reading archive, from a fresh options page (null: no archive in this build). */
async function readingUsageNow(firefox: FirefoxSession): Promise<string> {
  const options = await firefox.openExtensionPage('options.html', '.op-page');
  const usage = await options.evaluate(readingUsage);
  await options.close();
  return usage ?? 'no archive in this build';
}

/** The reader's set-up, through the build's own card and options page. Answers with what it stored. */
async function setUp(firefox: FirefoxSession, server: TestServer): Promise<Stored> {
  const article = await open(firefox, server.url('/fixtures/article-any.html'));
  await waitForHighlighted(article, CORRECTED_NAME);
  await hover(article, CORRECTED_NAME);
  await waitForCard(article, CORRECTED_NAME);
  await article.evaluate(correctNotANameEverywhere);
  // A build with a reading archive keeps the article once it has been in the foreground a while.
  await expect
    .poll(() => readingUsageNow(firefox), { timeout: 20_000, interval: 500 })
    .toMatch(new RegExp(`${ONE_ARTICLE_REMEMBERED.source}|^no archive`));

  const options = await firefox.openExtensionPage('options.html', '.op-page');
  await expect.poll(async () => JSON.stringify(await stored(options)), { timeout: 5_000 }).toContain(CORRECTED_NAME);
  await article.close();
  await options.evaluate(chooseInOptions, READER_CHOICES);
  expect(await options.evaluate(readOptionsState)).toMatchObject(expectedOptionsState(READER_CHOICES));
  const before = { local: await stored(options), records: await options.evaluate(indexedDbCounts) };
  await options.close();
  return before;
}

/** Everything the reader set is shown and in force, and the build can change it. Answers with storage.local then. */
async function expectIntactAndWorking(
  firefox: FirefoxSession,
  server: TestServer,
  build: string,
  before: Stored,
): Promise<Record<string, unknown>> {
  const options = await firefox.openExtensionPage('options.html', '.op-correction');
  expect(await stampOf(options)).toBe(build);
  expect(await options.evaluate(readOptionsState)).toMatchObject(expectedOptionsState(READER_CHOICES));
  expect(lostRecords(before.records, await options.evaluate(indexedDbCounts))).toEqual([]);

  const packPage = await open(firefox, server.url('/fixtures/options-pack-page.html'));
  await expect.poll(() => chosenHighlight(packPage), { timeout: 10_000, interval: 100 }).toContain(PACK_NAME);
  expect(await chosenHighlight(packPage)).not.toContain(STORY_NAME);

  const article = await open(firefox, server.url('/fixtures/article-any.html'));
  await expect.poll(() => chosenHighlight(article), { timeout: 20_000, interval: 200 }).toContain(KEPT_NAME);
  expect(await chosenHighlight(article)).not.toContain(CORRECTED_NAME);

  await options.evaluate(undoFirstCorrection);
  await expect.poll(() => chosenHighlight(article), { timeout: 10_000, interval: 100 }).toContain(CORRECTED_NAME);
  const after = await stored(options);
  await Promise.all([options.close(), packPage.close(), article.close()]);
  return after;
}

describe('updating Backstory in Firefox keeps the reader’s settings, packs and corrections', () => {
  let server: TestServer;
  let previous: PreviousBuild;
  const root = mkdtempSync(path.join(os.tmpdir(), 'backstory-upgrade-firefox-'));
  const sessions: FirefoxSession[] = [];

  beforeAll(async () => {
    previous = previousBuild();
    server = await startServer();
  }, PREVIOUS_BUILD_TIMEOUT);
  afterAll(async () => {
    for (const session of sessions) await session.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Set up in `from`, install `to` over it in the same profile, find everything. */
  async function move(from: { build: string; name: string }, to: { build: string; name: string }): Promise<void> {
    const firefox = await launchFirefox(null);
    sessions.push(firefox);
    const [fromDir, toDir] = [path.join(root, `${sessions.length}-from`), path.join(root, `${sessions.length}-to`)];
    placeBuild(from.build, fromDir, from.name);
    placeBuild(to.build, toDir, to.name);

    await firefox.install(fromDir);
    const { local: before, records } = await setUp(firefox, server);
    await firefox.install(toDir);
    const after = await expectIntactAndWorking(firefox, server, to.name, { local: before, records });
    // Nothing the other build stored was lost or rewritten, beyond the Undo just made (and fields a migration adds).
    expect(lostOrChanged(before, after)).toEqual([]);
    await firefox.close();
  }

  it('from the previous release to this build', async () => {
    await move(
      { build: previous.firefox, name: `previous ${previous.version}` },
      { build: FIREFOX_BUILD, name: 'this' },
    );
  });

  it('from this build back to the previous release', async () => {
    await move(
      { build: FIREFOX_BUILD, name: 'this' },
      { build: previous.firefox, name: `previous ${previous.version}` },
    );
  });
});
