/**
 * Story packs in Firefox ESR (issue 25), what pack-parts.e2e.ts and interface-uk.e2e.ts check in
 * Chromium: a 10,000-entity pack imported through the options page is found on a page, its card
 * opens, and the popup and the briefing list the people the page names, with the page and panel
 * parts made at import that pages and panels read instead of the whole pack (finding 5,
 * docs/decisions/0028); a stored pack damaged in storage is named on the options
 * page with why, a damaged list of packs is rebuilt and said, and nothing else stored is lost
 * (finding 8).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigPack, bigPackNames } from '../helpers/big-pack';
import { closeFirefoxSuite, type FirefoxSession, openFirefoxSuite } from './firefox-harness';
import { hover, waitForCard, waitForHighlighted } from './firefox-probe';
import type { TestServer } from './harness';
import { ROOT } from './paths';
import { until } from './until';

const VALID_PACK = path.join(ROOT, 'tests/fixtures/packs/valid-pack.json');
const HOSTILE_PACK = path.join(ROOT, 'tests/fixtures/packs/hostile-pack.json');

/** What an extension page uses of Firefox's storage API. */
interface StorageBrowser {
  browser: {
    storage: {
      local: {
        get(keys: string[] | null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

let firefox: FirefoxSession;
let server: TestServer;
let scratch: string;

beforeAll(async () => {
  ({ firefox, server } = await openFirefoxSuite());
  scratch = mkdtempSync(path.join(os.tmpdir(), 'backstory-packs-firefox-'));
});

afterAll(async () => {
  await closeFirefoxSuite(firefox, server);
  rmSync(scratch, { recursive: true, force: true });
});

/** Storage as an extension page sees it: the options page, opened for the call. */
async function withStorage<T>(act: (page: Page) => Promise<T>): Promise<T> {
  const page = await firefox.openExtensionPage('options.html', '.op-page');
  try {
    return await act(page);
  } finally {
    await page.close();
  }
}
const storedItems = (keys: string[] | null) =>
  withStorage((page) =>
    page.evaluate(
      (wanted: string[] | null) => (globalThis as unknown as StorageBrowser).browser.storage.local.get(wanted),
      keys,
    ),
  );
/** Each stored value's type, read in the extension page: a big pack is not copied out to the test. */
const storedTypes = (keys: string[]) =>
  withStorage((page) =>
    page.evaluate(async (wanted: string[]) => {
      const items = await (globalThis as unknown as StorageBrowser).browser.storage.local.get(wanted);
      return Object.fromEntries(Object.entries(items).map(([key, value]) => [key, typeof value]));
    }, keys),
  );
const store = (items: Record<string, unknown>) =>
  withStorage((page) =>
    page.evaluate(
      (values: Record<string, unknown>) => (globalThis as unknown as StorageBrowser).browser.storage.local.set(values),
      items,
    ),
  );

/** Imports `file` through the options page's file picker, as a reader does. */
async function importThroughOptions(file: string): Promise<void> {
  const options = await firefox.openExtensionPage('options.html', '[data-testid="pack-file-input"]');
  const input = (await options.$('[data-testid="pack-file-input"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  await options.waitForSelector('[data-testid="import-success"]', { timeout: 60_000 });
  await options.close();
}

describe('a 10,000-entity pack in Firefox', () => {
  it('is found on a page, opens a card, and its named people are listed in the popup and the briefing from its parts', {
    timeout: 120_000,
  }, async () => {
    const count = 10_000;
    const file = path.join(scratch, 'big-pack.json');
    writeFileSync(file, JSON.stringify(bigPack(count)));
    await importThroughOptions(file);
    // The parts a page and a panel read instead of the whole pack (docs/decisions/0028), made at import.
    expect(await storedTypes(['pack:v1:big-pack', 'pack-page:v3:big-pack', 'pack-panel:v1:big-pack'])).toEqual({
      'pack:v1:big-pack': 'object',
      'pack-page:v3:big-pack': 'string',
      'pack-panel:v1:big-pack': 'string',
    });

    const names = bigPackNames(count);
    const wanted = [names[0], names[4_999], names[count - 1]].map((n) => n?.name ?? '');
    const url = server.url('/fixtures/options-pack-page.html?big-pack-firefox');
    const page = await firefox.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url);
    await page.evaluate((list: string[]) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Delegates ${list.join(', ')} and Vladimir Medinsky spoke.`;
      document.querySelector('article')?.append(paragraph);
    }, wanted);
    for (const name of [...wanted, 'Vladimir Medinsky']) await waitForHighlighted(page, name);
    await hover(page, wanted[1] ?? '');
    await waitForCard(page, wanted[1] ?? '');

    const tabId = await firefox.tabIdOf(url);
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-entity-id="p5000"]');
    const popupRows = await popup.evaluate(
      (ids: string[]) => ids.map((id) => document.querySelector(`[data-entity-id="${id}"]`)?.textContent ?? ''),
      ['p1', 'p5000', 'p10000'],
    );
    for (const row of popupRows) expect(row).toContain('Delegate');
    await popup.close();

    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${tabId}`, '.bf-mention');
    const mentions = await panel.$$eval('.bf-mention', (rows) => rows.map((row) => row.textContent ?? ''));
    for (const name of wanted) expect(mentions.some((row) => row.includes(name))).toBe(true);
    await panel.close();
    await page.close();
  });
});

describe('a damaged stored pack in Firefox', () => {
  it('is named on the options page with why, the damaged list is rebuilt, and nothing else stored is lost', async () => {
    await withStorage((page) =>
      page.evaluate(() => (globalThis as unknown as StorageBrowser).browser.storage.local.clear()),
    );
    await importThroughOptions(VALID_PACK);
    await importThroughOptions(HOSTILE_PACK);
    const before = await storedItems(null);
    const healthy = before['pack:v1:hostile-pack'];
    expect(healthy).toBeDefined();

    const options = await firefox.openExtensionPage('options.html', '[data-story-id="artemis-ii-crew-2023"]');
    // Damage in storage: a list that cannot be read, and a stored pack from a newer format.
    await store({
      'packs:v1:index': 'not a list',
      'pack:v1:artemis-ii-crew-2023': { schemaVersion: 99, id: 'artemis-ii-crew-2023' },
    });
    // The page follows storage: it repairs the list at once and says so.
    await options.waitForSelector('.op-banner', { timeout: 10_000 });
    expect(await options.$eval('.op-banner', (b) => b.textContent)).toBe(
      'The list of imported story packs was damaged; it has been rebuilt from the packs themselves.',
    );
    const damage = await until(
      () => options.$eval('[data-story-id="artemis-ii-crew-2023"]', (row) => row.textContent ?? '').catch(() => ''),
      (text) => text.includes('Damaged'),
      'the damaged pack named',
      10_000,
    );
    expect(damage).toContain(
      'Its stored story can no longer be read, so none of its names are highlighted. It stays stored until you remove it. Details: ',
    );
    expect(damage).toContain('format 99');
    // The other pack is listed as before, not damaged.
    expect(await options.$eval('[data-story-id="hostile-pack"]', (row) => row.getAttribute('data-damaged'))).toBeNull();
    await options.close();

    const after = await storedItems(null);
    expect(after['pack:v1:hostile-pack']).toEqual(healthy);
    expect(after['pack:v1:artemis-ii-crew-2023']).toEqual({ schemaVersion: 99, id: 'artemis-ii-crew-2023' });
    for (const key of Object.keys(before).filter((k) => k !== 'packs:v1:index' && k !== 'pack:v1:artemis-ii-crew-2023'))
      expect(after[key], key).toEqual(before[key]);
    const index = after['packs:v1:index'] as { id: string }[];
    expect(index.map((meta) => meta.id).sort()).toEqual(['artemis-ii-crew-2023', 'hostile-pack']);
  });
});
