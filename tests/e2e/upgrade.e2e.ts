/**
 * Updates in real Chromium, in one profile: the reader sets Backstory up in one build (settings,
 * a pack, a correction, all through its own pages and card), the build is replaced by another at
 * the same unpacked path (so the same extension id, as a store update keeps it), and the other
 * build finds everything as it was and works with it. Upgrade: the previous release, then this
 * build. Downgrade: this build, then the previous release, which ignores what it does not know and
 * loses nothing. How the previous release is built: previous-release.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard } from './card-probe';
import { blockExternalRequests, CHROMIUM_ARGS, startServer, type TestServer } from './harness';
import { highlightedTexts } from './mention-probe';
import { CHROME_BUILD, findChromium } from './paths';
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

interface ExtensionGlobal {
  chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
}

/** One reader's profile, and the one place its unpacked extension is loaded from. */
class Profile {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'backstory-upgrade-'));
  readonly extensionDir = path.join(this.root, 'extension');
  running: Running | undefined;

  /**
   * Puts `build` at the extension's path, with a stamp naming it (both builds may carry the same
   * version), and starts Chromium on the profile.
   */
  async start(build: string, stamp: string, server: TestServer): Promise<Running> {
    placeBuild(build, this.extensionDir, stamp);
    // A store update registers the new background script. Chromium keeps the one it registered
    // for an extension loaded from the command line, whatever changed on disk (and
    // runtime.reload() unloads such an extension for good), so the registration is dropped
    // here and made afresh from the new files. Extension storage lives elsewhere in the profile.
    rmSync(path.join(this.root, 'profile/Default/Service Worker'), { recursive: true, force: true });
    const context = await chromium.launchPersistentContext(path.join(this.root, 'profile'), {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${this.extensionDir}`,
        `--load-extension=${this.extensionDir}`,
        ...CHROMIUM_ARGS,
      ],
    });
    await blockExternalRequests(context, server.origin);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    this.running = new Running(context, worker);
    return this.running;
  }

  async remove(): Promise<void> {
    await this.running?.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Chromium running on a profile, with one build loaded. */
class Running {
  readonly id: string;

  constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
  ) {
    this.id = new URL(worker.url()).host;
  }

  stored(): Promise<Record<string, unknown>> {
    return this.worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));
  }

  /** Which build is running. */
  stamp(): Promise<string> {
    return this.worker.evaluate((file) => fetch(`/${file}`).then((response) => response.text()), BUILD_STAMP);
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  async options(): Promise<Page> {
    const page = await this.open(`chrome-extension://${this.id}/options.html`);
    await page.waitForSelector('.op-page');
    return page;
  }

  stop(): Promise<void> {
    return this.context.close().catch(() => {});
  }
}

/** The page's mentions, painted in the reader's chosen style. */
const chosenHighlight = (page: Page) => page.evaluate(highlightTexts, CHOSEN_HIGHLIGHT);

/** The reader's set-up, through the build's own card and options page. Answers with its IndexedDB records' counts. */
async function setUp(profile: Running, server: TestServer): Promise<Record<string, number>> {
  // The correction first: the card is found by the default style's highlight.
  const article = await profile.open(server.url('/fixtures/article-any.html'));
  await expect.poll(() => highlightedTexts(article), { timeout: 20_000, interval: 200 }).toContain(CORRECTED_NAME);
  await hover(article, CORRECTED_NAME);
  await waitForCard(article, CORRECTED_NAME);
  await article.evaluate(correctNotANameEverywhere);
  await expect.poll(async () => JSON.stringify(await profile.stored()), { timeout: 5_000 }).toContain(CORRECTED_NAME);

  const options = await profile.options();
  await options.waitForSelector('.op-correction');
  await options.evaluate(chooseInOptions, READER_CHOICES);
  expect(await options.evaluate(readOptionsState)).toMatchObject(expectedOptionsState(READER_CHOICES));
  // A build with a reading archive keeps the article once it has been in the foreground a while.
  await article.bringToFront();
  await expect
    .poll(
      async () => {
        await options.reload();
        await options.waitForSelector('.op-page');
        return (await options.evaluate(readingUsage)) ?? 'no archive in this build';
      },
      { timeout: 20_000, interval: 500 },
    )
    .toMatch(new RegExp(`${ONE_ARTICLE_REMEMBERED.source}|^no archive`));
  const records = await options.evaluate(indexedDbCounts);
  await Promise.all([article.close(), options.close()]);
  return records;
}

/** Everything the reader set is shown and in force, and the build can change it. */
async function expectIntactAndWorking(profile: Running, server: TestServer, records: Record<string, number>) {
  const options = await profile.options();
  await options.waitForSelector('.op-correction');
  expect(await options.evaluate(readOptionsState)).toMatchObject(expectedOptionsState(READER_CHOICES));
  expect(lostRecords(records, await options.evaluate(indexedDbCounts))).toEqual([]);

  // The pack's names are marked, in the chosen style; the switched-off story's are not.
  const packPage = await profile.open(server.url('/fixtures/options-pack-page.html'));
  await expect.poll(() => chosenHighlight(packPage), { timeout: 10_000, interval: 100 }).toContain(PACK_NAME);
  expect(await chosenHighlight(packPage)).not.toContain(STORY_NAME);

  const article = await profile.open(server.url('/fixtures/article-any.html'));
  await expect.poll(() => chosenHighlight(article), { timeout: 20_000, interval: 200 }).toContain(KEPT_NAME);
  expect(await chosenHighlight(article)).not.toContain(CORRECTED_NAME);

  // A write by this build over what the other build stored: Undo brings the name back.
  await options.evaluate(undoFirstCorrection);
  await expect.poll(() => chosenHighlight(article), { timeout: 10_000, interval: 100 }).toContain(CORRECTED_NAME);
  await Promise.all([options.close(), packPage.close(), article.close()]);
}

describe('updating Backstory in Chromium keeps the reader’s settings, packs and corrections', () => {
  let server: TestServer;
  let previous: PreviousBuild;
  const profiles: Profile[] = [];

  beforeAll(async () => {
    previous = previousBuild();
    server = await startServer();
  }, PREVIOUS_BUILD_TIMEOUT);
  afterAll(async () => {
    for (const profile of profiles) await profile.remove();
    await server?.close();
  });

  /** Set up in `from`, move to `to` in the same profile, find everything. */
  async function move(from: { build: string; name: string }, to: { build: string; name: string }): Promise<void> {
    const profile = new Profile();
    profiles.push(profile);
    const first = await profile.start(from.build, from.name, server);
    const records = await setUp(first, server);
    const before = await first.stored();
    await first.stop();

    const second = await profile.start(to.build, to.name, server);
    expect(second.id).toBe(first.id);
    expect(await second.stamp()).toBe(to.name);
    await expectIntactAndWorking(second, server, records);
    // Nothing the other build stored was lost or rewritten, beyond the Undo just made (and fields a migration adds).
    const after = await second.stored();
    expect(lostOrChanged(before, after)).toEqual([]);
  }

  it('from the previous release to this build', async () => {
    await move({ build: previous.chrome, name: `previous ${previous.version}` }, { build: CHROME_BUILD, name: 'this' });
  });

  it('from this build back to the previous release', async () => {
    await move({ build: CHROME_BUILD, name: 'this' }, { build: previous.chrome, name: `previous ${previous.version}` });
  });
});
