/**
 * Reader corrections in real Chromium with the built extension: "Not right?" → "Not a name" →
 * "Everywhere" on a card takes the name's highlight off the page at once, the options page lists
 * the correction, and its Undo brings the name back.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, hover, pressCardButton, waitForCard } from './card-probe';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { highlightedTexts } from './mention-probe';

/** Waits until the page's highlights include `text` (the article is read off the page, then rescanned). */
async function waitForHighlighted(page: Page, text: string): Promise<void> {
  await expect.poll(() => highlightedTexts(page), { timeout: 20_000, interval: 200 }).toContain(text);
}

/** axe-core's violations inside `selector`, one line each. */
async function violations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (selector ? builder.include(selector) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether a card is open on the page (not one held while the pointer rests). */
function cardOpen(page: Page): Promise<boolean> {
  return page.evaluate(
    () => !!document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card:not([data-held])'),
  );
}

interface ExtensionGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

describe('reader corrections in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  const storedCorrections = () =>
    browser.serviceWorker.evaluate(
      async () =>
        (await (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('corrections:v1'))['corrections:v1'],
    );

  it('takes “Lars Berg” off the page from the card, keeps it off after a reload, lists it in the options, and brings it back on Undo', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/fixtures/article-any.html'));
    await waitForHighlighted(page, 'Lars Berg');
    await hover(page, 'Lars Berg');
    await waitForCard(page, 'Lars Berg');

    await pressCardButton(page, 'Not right?');
    await pressCardButton(page, /^Not a name/);
    expect(await violations(page, '[data-backstory-ui]')).toEqual([]);
    await pressCardButton(page, 'Everywhere');

    await expect.poll(() => highlightedTexts(page), { timeout: 10_000, interval: 100 }).not.toContain('Lars Berg');
    expect(await highlightedTexts(page)).toContain('Anna Berg');
    expect(await cardText(page, '.bs-correct__status')).toBe('“Lars Berg” won’t be marked anywhere.');
    expect(await violations(page, '[data-backstory-ui]')).toEqual([]);
    expect(await storedCorrections()).toEqual([
      expect.objectContaining({
        kind: 'not-a-name',
        text: 'Lars Berg',
        folded: 'lars berg',
        scope: 'everywhere',
        site: '127.0.0.1',
        entityName: 'Lars Berg',
      }),
    ]);

    // The card closes by itself once the pointer has left it.
    await page.mouse.move(2, 2);
    await expect.poll(() => cardOpen(page), { timeout: 8_000, interval: 100 }).toBe(false);

    // A fresh load reads the article again: the correction holds for the story read from it too.
    await page.reload();
    await waitForHighlighted(page, 'Anna Berg');
    expect(await highlightedTexts(page)).not.toContain('Lars Berg');

    const options = await browser.openExtensionPage('options.html');
    const row = options.locator('.op-correction');
    await expect.poll(() => row.count(), { timeout: 5_000 }).toBe(1);
    const rowText = await row.textContent();
    expect(rowText).toContain('“Lars Berg”');
    expect(rowText).toContain('Not a name');
    expect(rowText).toContain('Everywhere');
    expect(await violations(options)).toEqual([]);
    await row.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => options.getByText('No corrections yet.', { exact: false }).count()).toBe(1);
    expect(await storedCorrections()).toEqual([]);
    await options.close();

    await page.reload();
    await waitForHighlighted(page, 'Lars Berg');
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });
});
