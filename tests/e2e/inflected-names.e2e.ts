/**
 * Names as Ukrainian, Russian, German and Turkish news write them, in real Chromium with the built
 * extension: every case form of a Cyrillic name, the German genitive -s, Turkish suffixes after an
 * apostrophe, and a card for an inflected form. The pages (tests/e2e/fixtures/talks-*.html) were
 * written for these tests; they are matched through the seed story's aliases.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard, waitForNoCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { highlightedTexts, waitForHighlights } from './mention-probe';

describe('inflected names in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  /** Opens a fixture page and waits until every one of `expected` is highlighted. */
  async function openWith(pathname: string, expected: string[]): Promise<Page> {
    const page = await browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url(pathname));
    await waitForHighlights(page);
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(expected));
    return page;
  }

  /** Rests the pointer on the mention printed as `text`, waits for `name`'s card, and moves away until it closes. */
  async function expectCard(page: Page, text: string, name: string): Promise<void> {
    await hover(page, text);
    await waitForCard(page, name);
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
  }

  it('finds Ukrainian names in every case, and not the words that begin like them', async () => {
    const page = await openWith('/fixtures/talks-uk.html', [
      'Стамбулі',
      'Стамбула',
      'Путіна',
      'Зеленського',
      'Мединським',
      'Фіданові',
      'Кремлі',
      'Києві',
      'Рустем Умєров',
      'Володимир Мединський',
    ]);
    const errors = watchErrors(page);
    const texts = await highlightedTexts(page);
    // Зеленого (green) and Кримськотатарський (Crimean Tatar) begin like Зеленський and Крим.
    expect(texts.filter((t) => t.startsWith('Зелен') && t !== 'Зеленського')).toEqual([]);
    expect(texts.filter((t) => t.startsWith('Крим'))).toEqual([]);
    await expectCard(page, 'Зеленського', 'Volodymyr Zelensky');
    await expectCard(page, 'Мединським', 'Vladimir Medinsky');
    await expectCard(page, 'Фіданові', 'Hakan Fidan');
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('finds Russian names in every case', async () => {
    const page = await openWith('/fixtures/talks-ru.html', [
      'Стамбуле',
      'Стамбула',
      'Мединского',
      'Умеровым',
      'Путина',
      'России',
      'Украины',
      'Киеве',
      'Хакан Фидан',
    ]);
    const texts = await highlightedTexts(page);
    // Российская (Russian, the adjective) and Зелёного (green) are no names.
    expect(texts.filter((t) => t.startsWith('Росси') && t !== 'России')).toEqual([]);
    expect(texts.filter((t) => t.startsWith('Зел') && t !== 'Владимир Зеленский')).toEqual([]);
    await expectCard(page, 'Умеровым', 'Rustem Umerov');
    await expectCard(page, 'Путина', 'Vladimir Putin');
    await page.close();
  });

  it('finds German spellings and their genitive -s', async () => {
    const page = await openWith('/fixtures/talks-de.html', [
      'Selenskyjs',
      'Wolodymyr Selenskyj',
      'Rustem Umerow',
      'Umerow',
      'Wladimir Medinski',
      'Medinskis',
      'Russlands',
      'Kiews',
      'Dolmabahçe-Palast',
    ]);
    await expectCard(page, 'Selenskyjs', 'Volodymyr Zelensky');
    await expectCard(page, 'Medinskis', 'Vladimir Medinsky');
    await page.close();
  });

  it('finds Turkish spellings with the suffix after the apostrophe left out', async () => {
    const page = await openWith('/fixtures/talks-tr.html', [
      'Zelenski',
      'Fidan',
      'Umerov',
      'Moskova',
      'Kremlin',
      'Putin',
      'İstanbul',
      'Dolmabahçe Sarayı',
      'Dmitriy Peskov',
    ]);
    const texts = await highlightedTexts(page);
    expect(texts.filter((t) => /['’]/.test(t))).toEqual([]);
    await expectCard(page, 'Zelenski', 'Volodymyr Zelensky');
    await expectCard(page, 'Umerov', 'Rustem Umerov');
    await page.close();
  });
});
