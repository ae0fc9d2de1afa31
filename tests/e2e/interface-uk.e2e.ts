/**
 * Backstory in a Chromium whose interface is Ukrainian (`--lang=uk`): the popup, the options page
 * and the card speak Ukrainian from public/_locales/uk, with Ukrainian plural forms and dates, the
 * seed story's own Ukrainian headline and summary, story text kept in English and marked so, and
 * axe-core finds nothing on the popup or the options page. A pack refused at import and a
 * pack damaged in storage are explained in Ukrainian too (lib/ gives notices, the page words them).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, readCardParts, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { waitForHighlights } from './mention-probe';

/** The storage calls used inside the service worker (`chrome` exists there, not in this file's types). */
interface ExtensionGlobal {
  chrome: {
    storage: {
      local: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> };
    };
  };
}

let browser: ChromiumSession;
let server: TestServer;
let demo: Page;
let demoTabId: number;

beforeAll(async () => {
  ({ browser, server } = await openChromiumSuite({ lang: 'uk' }));
  demo = await browser.newPage();
  await demo.goto(server.url('/demo/index.html'));
  await waitForHighlights(demo, 20);
  demoTabId = await browser.tabIdOf(demo);
});

afterAll(() => closeChromiumSuite(browser, server));

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Visible text that is plainly English interface wording (story text is marked lang="en" and left out). */
function englishInterfaceWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!/\b(the|this|on|of|and|to|in)\b/i.test(text)) continue;
      if (node.parentElement?.closest('[lang="en"], code, kbd, strong, .op-preview')) continue;
      found.push(text);
    }
    return found;
  });
}

describe('Backstory with a Ukrainian browser interface', () => {
  it('shows the popup in Ukrainian, with the story’s Ukrainian summary and Ukrainian plural forms', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${demoTabId}`);
    await page.waitForSelector('.pp-story__headline');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await page.getByRole('button', { name: /Відкрити огляд/ }).count()).toBe(1);
    expect(await page.locator('.pp-story__headline').textContent()).toMatch(/Стамбулі/);
    expect(await page.locator('.pp-know__list').getAttribute('lang')).toBe('uk');
    // Dated in Ukrainian ("16 травня 2025 р."), counted with the form the number takes.
    expect(await page.locator('.pp-story__meta time').textContent()).toMatch(/травня 2025/);
    expect(await page.locator('.pp-story__meta').textContent()).toMatch(/\d+ (згадка|згадки|згадок) тут/);
    expect(await page.getByRole('switch', { name: 'Backstory на всіх сайтах' }).count()).toBe(1);
    expect(await englishInterfaceWords(page)).toEqual([]);
    await expectNoAxeViolations(page);
    expect([...errors.pageErrors, ...errors.consoleErrors]).toEqual([]);
    await page.close();
  });

  it('shows the options page in Ukrainian, with a Ukrainian title, and axe-core finds nothing', async () => {
    const page = await browser.openExtensionPage('options.html');
    const errors = watchErrors(page);
    await page.getByRole('heading', { level: 1, name: 'Налаштування Backstory' }).waitFor();
    expect(await page.title()).toBe('Налаштування Backstory');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    for (const heading of ['Загальні', 'Сайти', 'Історії', 'Виправлення', 'Пам’ять читання', 'Сполучення клавіш']) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).count(), heading).toBe(1);
    }
    // The bundled story's translated title, and its count of names in the right form.
    expect(await page.getByRole('switch', { name: /^Переговори України та Росії в Стамбулі/ }).count()).toBe(1);
    expect(await page.locator('.op-story__meta').first().textContent()).toMatch(/\d+ (ім’я|імені|імен)/);
    // Sizes in the reader's number format.
    expect(await page.locator('.op-dropzone__hint').textContent()).toContain('2,0 МБ');
    // The manifest's commands, described from the Ukrainian table.
    await page.locator('.op-shortcuts__list').waitFor();
    expect(await page.locator('.op-shortcuts__list').textContent()).toContain('Перейти до наступної згадки');
    expect(await englishInterfaceWords(page)).toEqual([]);
    await expectNoAxeViolations(page);
    expect([...errors.pageErrors, ...errors.consoleErrors]).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a pack, at import and in storage, in Ukrainian', async () => {
    const page = await browser.openExtensionPage('options.html');
    const errors = watchErrors(page);
    await page.getByRole('heading', { level: 1, name: 'Налаштування Backstory' }).waitFor();
    const importFile = (name: string, text: string) =>
      page.setInputFiles('[data-testid="pack-file-input"]', {
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
    const problems = page.getByTestId('import-problems');

    // Made by a newer Backstory: refused with the reason, the format numbers in it.
    await importFile('newer.json', '{ "schemaVersion": 99, "id": "zukunft-99" }');
    await expect
      .poll(() => problems.locator('.op-problem__message').allTextContents())
      .toEqual([
        'Цей пакет створено новішою версією Backstory (формат історії 99, а ця версія читає формат 1). Оновіть Backstory, щоб імпортувати його.',
      ]);
    expect(await problems.getByRole('alert').textContent()).toMatch(/newer\.json/);

    // Broken JSON: the line, the column and what belongs there.
    await importFile('broken.json', '{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    await expect
      .poll(() => problems.locator('.op-problem__message').textContent())
      .toBe('Файл не є коректним JSON: рядок 3, позиція 13. Тут очікується назва властивості в подвійних лапках.');
    expect(await englishInterfaceWords(page)).toEqual([]);

    // Damage in storage: a list that cannot be read, and a stored pack from a newer format.
    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({
        'packs:v1:index': 'not a list',
        'pack:v1:zukunft-99': { schemaVersion: 99, id: 'zukunft-99' },
      }),
    );
    // The page follows storage: it repairs the list at once and says so.
    await page.locator('.op-banner').waitFor();
    expect(await page.locator('.op-banner').textContent()).toBe(
      'Список імпортованих пакетів історій було пошкоджено; його відновлено із самих пакетів.',
    );
    expect(await page.locator('.op-story__damage').textContent()).toBe(
      'Збережену історію вже не вдається прочитати, тож жодне з її імен не підсвічується. Вона зберігатиметься, доки ви її не вилучите. Подробиці: Цей пакет створено новішою версією Backstory (формат історії 99, а ця версія читає формат 1). Оновіть Backstory, щоб імпортувати його.',
    );
    expect(await englishInterfaceWords(page)).toEqual([]);
    await expectNoAxeViolations(page);
    expect([...errors.pageErrors, ...errors.consoleErrors]).toEqual([]);

    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).chrome.storage.local.remove(['packs:v1:index', 'pack:v1:zukunft-99']),
    );
    await page.close();
  });

  it('opens the card in Ukrainian on the page, its lang Ukrainian and the story’s text English', async () => {
    await demo.bringToFront();
    await hover(demo, 'Medinsky');
    await waitForCard(demo, 'Vladimir Medinsky');
    const parts = await demo.evaluate(readCardParts);
    expect(parts.text).toContain('Особа');
    expect(parts.text).toMatch(/\d+ (згадка|згадки|згадок) на цій сторінці/);
    expect(parts.text).toContain('Відкрити огляд');
    const langs = await demo.evaluate(() => {
      const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card');
      return { card: card?.getAttribute('lang'), role: card?.querySelector('.bs-card__role')?.getAttribute('lang') };
    });
    expect(langs).toEqual({ card: 'uk', role: 'en' });
  });
});
