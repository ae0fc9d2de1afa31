/**
 * The options page in real Chromium with the built extension: story packs imported through
 * the file picker change the highlights on open pages without a reload, bad packs are refused
 * with every problem listed and nothing stored changes, site switches apply live, and a
 * hostile pack renders as inert text.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../lib/story/iso-date';
import { cardText } from './card-probe';
import {
  type ChromiumSession,
  clearExtensionStorage,
  closeChromiumSuite,
  launchChromium,
  openChromiumSuite,
  startServer,
  type TestServer,
  watchErrors,
} from './harness';
import { ROOT } from './paths';
import { until } from './until';

const PACKS = path.join(ROOT, 'tests/fixtures/packs');

/** The parts of `chrome` used inside the service worker (it exists there, not in this file's types). */
interface ExtensionGlobal {
  chrome: {
    storage: { local: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
    runtime: { reload(): void };
  };
}

const pack = (name: string) => path.join(PACKS, name);
/** A missing comma on line 5 (kept inline: a broken .json file would trip the repository's JSON linter). */
const BROKEN_JSON = '{\n  "schemaVersion": 1,\n  "id": "broken",\n  "title": "Missing comma"\n  "entities": []\n}\n';
const PACK_NAMES = ['Reid Wiseman', 'Christina Koch', 'Jeremy Hansen', 'NASA'];

/** The text of every range in the engine's highlight. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('backstory-mention');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

async function waitForHighlights(page: Page, test: (texts: string[]) => boolean, what: string): Promise<string[]> {
  let texts: string[] = [];
  for (let i = 0; i < 50; i++) {
    texts = await highlighted(page);
    if (test(texts)) return texts;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}; highlighted: ${JSON.stringify(texts)}`);
}

describe('options page and story packs', () => {
  let browser: ChromiumSession;
  let server: TestServer;
  let options: Page;

  /** Everything in the extension's storage, as the browser holds it. */
  const stored = () =>
    browser.serviceWorker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));

  const importFile = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
    await options.setInputFiles('[data-testid="pack-file-input"]', file);
  };

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(async () => {
    await closeChromiumSuite(browser, server);
  });
  beforeEach(async () => {
    await clearExtensionStorage(browser);
    await options?.close().catch(() => {});
    options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('.op-page');
  });

  it('imports a valid pack and its names highlight on an open page without a reload', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/options-pack-page.html'));
    await waitForHighlights(page, (t) => t.includes('Vladimir Medinsky'), 'the bundled story');
    expect(await highlighted(page)).not.toContain('Christina Koch');

    await importFile(pack('valid-pack.json'));
    await expect
      .poll(() => options.getByTestId('import-success').textContent())
      .toMatch(/Imported “NASA names the Artemis II crew” from valid-pack\.json/);
    const row = options.locator('[data-story-id="artemis-ii-crew-2023"]');
    // Dated in the browser's own language.
    const date = formatIsoDate(
      '2023-04-03',
      await options.evaluate(() =>
        (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
      ),
    );
    await expect.poll(() => row.textContent()).toContain(`${date}·4 names`);

    const texts = await waitForHighlights(page, (t) => PACK_NAMES.every((name) => t.includes(name)), 'the pack names');
    expect(texts).toContain('Vladimir Medinsky');

    // Switching the pack off in the options page takes its names away, live.
    await row.getByRole('switch').click();
    await waitForHighlights(page, (t) => !t.includes('Christina Koch') && t.includes('Vladimir Medinsky'), 'pack off');
    await page.close();
  });

  const BAD_PACKS: { file: string; paths: string[]; message: RegExp; text?: string }[] = [
    { file: 'bad-json.json', paths: [], message: /not valid JSON at line 5, column 3/, text: BROKEN_JSON },
    {
      file: 'bad-proto.json',
      paths: ['$.constructor', '$.entities[3].__proto__'],
      message: /"__proto__" is not allowed/,
    },
    {
      file: 'bad-schema.json',
      paths: ['$.title', '$.entities[0].type', '$.entities[2].description'],
      message: /type must be person, place, organisation or country/,
    },
    {
      file: 'bad-references.json',
      paths: ['$.entities[0].relations[0].target', '$.entities[1].role.sources[0]', '$.figures[0].sources[1]'],
      message: /unknown sentence id "s99"/,
    },
    { file: 'bad-newer-version.json', paths: ['$.schemaVersion'], message: /made by a newer Backstory/ },
    { file: 'bad-old-version.json', paths: ['$.schemaVersion'], message: /format 0 is too old/ },
  ];

  it('shows every problem of each bad pack and leaves the stored packs intact', async () => {
    await importFile(pack('valid-pack.json'));
    await options.getByTestId('import-success').waitFor();
    const before = await stored();
    expect(Object.keys(before)).toContain('pack:v1:artemis-ii-crew-2023');

    for (const bad of BAD_PACKS) {
      await importFile(
        bad.text === undefined
          ? pack(bad.file)
          : { name: bad.file, mimeType: 'application/json', buffer: Buffer.from(bad.text) },
      );
      const problems = options.getByTestId('import-problems');
      await expect.poll(() => problems.getByRole('alert').textContent()).toContain(`${bad.file} was not imported`);
      const items = problems.getByRole('listitem');
      const text = (await items.allTextContents()).join('\n');
      expect(text, bad.file).toMatch(bad.message);
      const paths = await problems.locator('.op-problem__path').allTextContents();
      expect(paths, bad.file).toEqual(bad.paths);
      expect(await stored(), bad.file).toEqual(before);
    }

    // Too big: refused before it is read.
    await importFile({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
    await expect
      .poll(() => options.getByTestId('import-problems').textContent())
      .toMatch(/The file is 3\.0 MB; a story pack can be at most 2\.0 MB/);

    // The same pack again: a duplicate id.
    await importFile(pack('valid-pack.json'));
    await expect
      .poll(() => options.getByTestId('import-problems').textContent())
      .toMatch(/already imported \(NASA names the Artemis II crew\)/);
    expect(await stored()).toEqual(before);
    expect(await options.locator('.op-story').count()).toBe(2);
  });

  it('switching a site off removes its highlights live, and back on restores them', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/options-pack-page.html'));
    await waitForHighlights(page, (t) => t.length > 0, 'highlights');

    await options.getByLabel('Turn Backstory off on a site').fill(server.origin);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('.op-sites__name').allTextContents()).toEqual(['127.0.0.1']);
    await waitForHighlights(page, (t) => t.length === 0, 'no highlights on a switched-off site');

    await options.getByRole('button', { name: 'Turn Backstory on again for 127.0.0.1' }).click();
    await waitForHighlights(page, (t) => t.includes('Vladimir Medinsky'), 'highlights back');

    // The global switch too.
    await options.getByRole('switch', { name: 'Backstory on all sites' }).click();
    await waitForHighlights(page, (t) => t.length === 0, 'no highlights when off everywhere');
    await page.close();
  });

  it('renders the hostile pack as inert text: no element created, no script run', async () => {
    const errors = watchErrors(options);
    const title = await options.title();
    await importFile(pack('hostile-pack.json'));
    await options.getByTestId('import-success').waitFor();
    await options.waitForTimeout(300);

    const row = options.locator('[data-story-id="hostile-pack"]');
    expect(await row.textContent()).toContain('<img src=x onerror=');
    expect(await row.textContent()).toContain('<script>');
    expect(await options.locator('body img').count()).toBe(0);
    expect(await options.locator('body script').count()).toBe(0);
    expect(await options.title()).toBe(title);
    expect(await options.evaluate(() => (window as { __backstoryPwned?: number }).__backstoryPwned)).toBeUndefined();
    expect(errors.pageErrors).toEqual([]);

    // On a page, its entity's card shows the same text, inert.
    const page = await browser.newPage();
    const pageErrors = watchErrors(page);
    await page.goto(server.url('/fixtures/options-pack-page.html'));
    await waitForHighlights(page, (t) => t.includes('Ada Quill'), 'the hostile pack entity');
    const box = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('backstory-mention') ?? [])] as Range[];
      const range = ranges.find((r) => r.toString() === 'Ada Quill');
      const rect = range?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x, box.y);
    // The card's text: the pack's markup shown as characters.
    await until(
      () => cardText(page, ''),
      (text) => /Description <img src=x onerror=/.test(text ?? ''),
      'the card',
      5_000,
    );
    const inCard = (selector: string) =>
      page.evaluate(
        (s) => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelectorAll(s).length,
        selector,
      );
    expect(await inCard('img')).toBe(0);
    expect(await inCard('script')).toBe(0);
    expect(await page.title()).toBe('Artemis II crew named');
    expect(await page.evaluate(() => (window as { __backstoryPwned?: number }).__backstoryPwned)).toBeUndefined();
    expect(pageErrors.pageErrors).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations, with a pack listed and its problems shown', async () => {
    await importFile(pack('valid-pack.json'));
    await options.getByTestId('import-success').waitFor();
    await importFile(pack('bad-schema.json'));
    await options.getByTestId('import-problems').waitFor();
    const results = await new AxeBuilder({ page: options }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('exports a pack as a .json download and deletes it after confirmation', async () => {
    await importFile(pack('valid-pack.json'));
    await options.getByTestId('import-success').waitFor();

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export NASA names the Artemis II crew' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('artemis-ii-crew-2023.backstory.json');
    expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);

    await options.getByRole('button', { name: 'Delete NASA names the Artemis II crew' }).click();
    expect(Object.keys(await stored())).toContain('pack:v1:artemis-ii-crew-2023');
    await options.getByRole('button', { name: 'Delete pack' }).click();
    await expect.poll(() => options.locator('[data-story-id="artemis-ii-crew-2023"]').count()).toBe(0);
    const after = await stored();
    expect(after['packs:v1:index']).toEqual([]);
    expect(after['pack:v1:artemis-ii-crew-2023']).toBeUndefined();
  });
});

describe('a content script orphaned by an extension reload', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stops quietly: no "Extension context invalidated" errors, and its highlights go away', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/options-pack-page.html'));
    await waitForHighlights(page, (t) => t.includes('Vladimir Medinsky'), 'highlights');

    // What an update does to open tabs: the extension goes away and comes back; the old script stays.
    await browser.serviceWorker
      .evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.reload())
      .catch(() => {});
    await page.waitForTimeout(1000);

    // The reader keeps reading: the page changes, the pointer rests on a name, focus moves.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Vladimir Medinsky spoke again.';
      document.body.append(p);
    });
    const box = await page.evaluate(() => {
      const range = CSS.highlights.get('backstory-mention')?.values().next().value as Range | undefined;
      const rect = range?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (box) await page.mouse.move(box.x, box.y);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1000);

    const all = [...errors.pageErrors, ...errors.consoleErrors];
    expect(all.filter((e) => /context invalidated/i.test(e))).toEqual([]);
    expect(await highlighted(page)).toEqual([]);
    await page.close();
  });
});
