/**
 * A pack's page part in real Chromium (docs/decisions/0028): a page reads a switched-on pack's
 * outline and tables, not the whole pack, and a card still tells the pack's facts, read whole on
 * first use; a pack stored by an earlier version, without a part, still works; a 10,000-entity
 * pack imported through the options page is found on a page and its cards open. The panels read
 * only the packs a page names (storage/panel-catalog.ts), and of those the panel part: who's who
 * lists the pack's people from it, and an opened entry tells its facts from the whole pack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bigPack, bigPackNames } from '../helpers/big-pack';
import { olderPagePart } from '../helpers/older-page-part';
import { cardText } from './card-probe';
import {
  type ChromiumSession,
  clearExtensionStorage,
  closeChromiumSuite,
  openChromiumSuite,
  type TestServer,
  watchErrors,
} from './harness';
import { ROOT } from './paths';
import { until } from './until';

const VALID_PACK = path.join(ROOT, 'tests/fixtures/packs/valid-pack.json');
const PACK_ID = 'artemis-ii-crew-2023';

/** The parts of `chrome` used inside the service worker (it exists there, not in this file's types). */
interface ExtensionGlobal {
  chrome: {
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

/** The texts of every range in the engine's highlight. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('backstory-mention');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

/** Rests the pointer on the highlighted mention `text`. */
async function pointAt(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const ranges = [...(CSS.highlights.get('backstory-mention') ?? [])] as Range[];
    const rect = ranges.find((r) => r.toString() === wanted)?.getBoundingClientRect();
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  }, text);
  if (!box) throw new Error(`no highlighted "${text}"`);
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x, box.y);
}

describe('a pack on a page: its outline and tables, its facts on the card', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  const storage = () => ({
    get: () =>
      browser.serviceWorker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null)),
    set: (items: Record<string, unknown>) =>
      browser.serviceWorker.evaluate(
        (values) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set(values),
        items,
      ),
  });

  const importThroughOptions = async (file: { name: string; text: string }) => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('.op-page');
    await options.setInputFiles('[data-testid="pack-file-input"]', {
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    await options.getByTestId('import-success').waitFor({ timeout: 30_000 });
    await options.close();
  };

  const openPackPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/options-pack-page.html'));
    return page;
  };

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(async () => {
    await closeChromiumSuite(browser, server);
  });
  beforeEach(async () => {
    await clearExtensionStorage(browser);
  });

  it('stores a page part at import, and a pack entity’s card shows the facts only the whole pack holds', async () => {
    await importThroughOptions({ name: 'valid-pack.json', text: readFileSync(VALID_PACK, 'utf8') });
    const part = (await storage().get())[`pack-page:v3:${PACK_ID}`];
    expect(typeof part).toBe('string');
    // The part holds names, not facts: the card's facts come from the whole pack.
    expect(part).not.toContain('Will command the mission.');

    const page = await openPackPage();
    const errors = watchErrors(page);
    await until(
      () => highlighted(page),
      (texts) => texts.includes('Reid Wiseman') && texts.includes('Christina Koch'),
      'the pack’s names',
      10_000,
    );
    await pointAt(page, 'Reid Wiseman');
    const text = await until(
      () => cardText(page, ''),
      (shown) => (shown ?? '').includes('Will command the mission.'),
      'the card with the pack’s fact',
      10_000,
    );
    expect(text).toContain('Commander of Artemis II');
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('tells the pack’s people in the popup and the side panel of a page that names them beside a bundled story', async () => {
    await importThroughOptions({ name: 'valid-pack.json', text: readFileSync(VALID_PACK, 'utf8') });
    const page = await openPackPage();
    await until(
      () => highlighted(page),
      (texts) => ['Reid Wiseman', 'Christina Koch', 'Vladimir Medinsky'].every((name) => texts.includes(name)),
      'the pack’s names and a bundled story’s',
      10_000,
    );
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const errors = watchErrors(popup);
    await popup.waitForSelector('.pp-story__headline');
    // The page is about the Istanbul talks (more of its names); the pack's people are listed too,
    // told by the pack: the panel read it because the page names them.
    expect(await popup.locator('.pp-story__headline').textContent()).toContain('Istanbul');
    expect(await popup.locator('[data-entity-id="vladimir-medinsky"]').count()).toBe(1);
    expect(await popup.locator('[data-entity-id="reid-wiseman"]').textContent({ timeout: 5_000 })).toContain(
      'Commander of Artemis II',
    );
    expect(errors.pageErrors).toEqual([]);
    await popup.close();

    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('.bf-mention');
    const rows = await panel.locator('.bf-mention').allTextContents();
    expect(rows.some((row) => row.includes('Christina Koch'))).toBe(true);
    await panel.close();
    await page.close();
  });

  it('lists a named pack’s people in who’s who from its panel part, and an opened entry tells its facts from its details part', async () => {
    await importThroughOptions({ name: 'valid-pack.json', text: readFileSync(VALID_PACK, 'utf8') });
    const stored = await storage().get();
    const part = stored[`pack-panel:v1:${PACK_ID}`];
    expect(typeof part).toBe('string');
    // Names, roles and sides for the lists; the facts only the opened entry shows are not in it.
    expect(part).toContain('Reid Wiseman');
    expect(part).not.toContain('Will command the mission.');
    expect(stored[`pack-details:v1:${PACK_ID}:0`]).toContain('Will command the mission.');
    // The pack's own copy of the fact worded otherwise: the entry shows the details part's, so it read no more.
    await storage().set({
      [`pack:v1:${PACK_ID}`]: JSON.parse(
        JSON.stringify(stored[`pack:v1:${PACK_ID}`]).replace('Will command the mission.', 'Read from the whole pack.'),
      ),
    });

    const page = await openPackPage();
    // A page about the pack alone: its who's who is the pack's.
    await page.evaluate(() => {
      for (const p of document.querySelectorAll('article p')) if (p.textContent?.includes('Istanbul')) p.remove();
    });
    await until(
      () => highlighted(page),
      (texts) => texts.includes('Reid Wiseman') && !texts.includes('Vladimir Medinsky'),
      'the pack’s names alone',
      10_000,
    );
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${await browser.tabIdOf(page)}`);
    const errors = watchErrors(panel);
    const entry = panel.locator('#bf-person-reid-wiseman');
    await entry.waitFor({ timeout: 10_000 });
    expect(await entry.textContent()).toContain('Commander of Artemis II');
    await entry.locator('.bf-person__toggle').click();
    await until(
      () => entry.locator('.bf-person__panel').textContent(),
      (text) => (text ?? '').includes('Will command the mission.'),
      'the opened entry’s facts, from its details part',
      10_000,
    );
    expect(errors.pageErrors).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('reads a pack an earlier version stored without a part whole: its names and its card', async () => {
    const story = JSON.parse(readFileSync(VALID_PACK, 'utf8')) as Record<string, unknown>;
    const meta = {
      id: PACK_ID,
      title: story.title,
      date: '2023-04-03',
      entityCount: 4,
      enabled: true,
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'valid-pack.json',
    };
    await storage().set({ 'packs:v1:index': [meta], [`pack:v1:${PACK_ID}`]: story });

    const page = await openPackPage();
    await until(
      () => highlighted(page),
      (texts) => texts.includes('Christina Koch'),
      'the names of a pack with no part',
      10_000,
    );
    await pointAt(page, 'Reid Wiseman');
    await until(
      () => cardText(page, ''),
      (shown) => (shown ?? '').includes('Will command the mission.'),
      'the card of a pack with no part',
      10_000,
    );
    await page.close();
  });

  it('reads a page part an earlier version made (its outline whole, no catalog table): its names and its card', async () => {
    await importThroughOptions({ name: 'valid-pack.json', text: readFileSync(VALID_PACK, 'utf8') });
    const key = `pack-page:v3:${PACK_ID}`;
    const older = olderPagePart((await storage().get())[key] as string);
    await storage().set({ [key]: older });

    const page = await openPackPage();
    const errors = watchErrors(page);
    await until(
      () => highlighted(page),
      (texts) => texts.includes('Reid Wiseman') && texts.includes('Christina Koch'),
      'the names of a pack with an earlier version’s part',
      10_000,
    );
    await pointAt(page, 'Reid Wiseman');
    await until(
      () => cardText(page, ''),
      (shown) => (shown ?? '').includes('Will command the mission.'),
      'the card of a pack with an earlier version’s part',
      10_000,
    );
    expect((await storage().get())[key]).toBe(older);
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('finds an article’s own people on an article page with a pack on, the pack’s tables grown by their names', async () => {
    await importThroughOptions({ name: 'valid-pack.json', text: readFileSync(VALID_PACK, 'utf8') });
    // What the page says it holds when it asks for its article to be read, seen by the worker.
    await browser.serviceWorker.evaluate(() => {
      const scope = globalThis as unknown as {
        heldAsked?: unknown[];
        chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => undefined): void } } };
      };
      const asked: unknown[] = [];
      scope.heldAsked = asked;
      // Never answers: the extension's own listener does.
      scope.chrome.runtime.onMessage.addListener((message) => {
        const m = message as { type?: string; data?: { held?: unknown } } | null;
        if (m?.type === 'readArticle') asked.push(m.data?.held ?? null);
        return undefined;
      });
    });
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/article-any.html'));
    // Margit Osterberg is in no story and no pack: only the article's names, put into the tables
    // the page holds for the bundled stories and the pack, find her.
    await until(
      () => highlighted(page),
      (texts) => texts.includes('Margit Osterberg') && texts.includes('Lars Berg') && !texts.includes('Berg'),
      'the article’s people',
      20_000,
    );
    await pointAt(page, 'Margit Osterberg');
    await until(
      () => cardText(page, ''),
      (shown) => (shown ?? '').includes('Margit Osterberg') && (shown ?? '').includes('Council leader'),
      'the card of the article’s person',
      20_000,
    );
    // The page held the pack's tables (read ahead) and said so.
    const asked = await browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { heldAsked: unknown[] }).heldAsked,
    );
    expect(asked).toHaveLength(1);
    expect(typeof asked[0]).toBe('string');
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('finds the names of a 10,000-entity pack on a page, and opens their cards', async () => {
    const count = 10_000;
    await importThroughOptions({ name: 'big-pack.json', text: JSON.stringify(bigPack(count)) });
    expect(typeof (await storage().get())['pack-page:v3:big-pack']).toBe('string');

    const names = bigPackNames(count);
    const wanted = [names[0], names[4_999], names[count - 1]].map((n) => n?.name ?? '');
    const page = await openPackPage();
    await page.evaluate((list) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Delegates ${list.join(', ')} and Vladimir Medinsky spoke.`;
      document.querySelector('article')?.append(paragraph);
    }, wanted);
    await until(
      () => highlighted(page),
      (texts) => wanted.every((name) => texts.includes(name)) && texts.includes('Vladimir Medinsky'),
      'the big pack’s names',
      20_000,
    );
    await pointAt(page, wanted[1] ?? '');
    await until(
      () => cardText(page, ''),
      (shown) => (shown ?? '').includes(wanted[1] ?? '-') && (shown ?? '').includes('Delegate'),
      'the card of a big pack entity',
      20_000,
    );
    await page.close();
  });
});
