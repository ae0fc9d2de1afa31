/**
 * Reading and driving Backstory's hover card in a real page: the name on the open card, waiting
 * for it to open or close, and resting the pointer on a highlighted mention.
 */
import type { Page } from 'playwright-core';
import { revealCardRoot } from './card-root';
import { mentionPoint } from './mention-probe';
import { until } from './until';

/** The name on the open card, or null when no card is open (a card laid out while the pointer rests is held, not open). */
export async function openCardName(page: Page): Promise<string | null> {
  await revealCardRoot(page);
  return page.evaluate(
    () =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector('.bs-card:not([data-held]) .bs-card__name')?.textContent ?? null,
  );
}

/**
 * The name on the shown card ("" for a card without one), or null when none is shown. Runs in the
 * page (pass it to `page.evaluate`, from Playwright or puppeteer alike), once the card's closed
 * root is revealed there (card-root.ts): it must not refer to anything outside itself.
 */
export function shownCardName(): string | null {
  const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector<HTMLElement>('.bs-card');
  return card?.style.visibility === 'visible' ? (card.querySelector('.bs-card__name')?.textContent ?? '') : null;
}

/** Waits for the card of `name` to be shown (its closed root revealed to the page's world; see card-root.ts). */
export async function waitForCard(page: Page, name: string): Promise<void> {
  await until(
    async () => {
      await revealCardRoot(page);
      return page.evaluate(shownCardName);
    },
    (shown) => shown === name,
    `the card of ${name}`,
    5_000,
  );
}

/** Waits until no card is shown or held; the root is revealed first, so that an open card is seen. */
export async function waitForNoCard(page: Page): Promise<void> {
  await revealCardRoot(page);
  await page.waitForFunction(
    () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card'),
    null,
    {
      timeout: 5_000,
    },
  );
}

/** Rests the pointer on the `nth` mention printed as `text` (moving there from a blank corner). */
export async function hover(page: Page, text: string, nth = 0): Promise<void> {
  await page.mouse.move(2, 2);
  const { x, y } = await mentionPoint(page, text, nth);
  await page.mouse.move(x, y, { steps: 2 });
}

/**
 * What the open card says, by part. Runs in the page (pass it to `page.evaluate`, from Playwright
 * or puppeteer alike): it must not refer to anything outside itself.
 */
export function readCardParts(): { role: string | null; origin: string | null; text: string } {
  const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card');
  return {
    role: card?.querySelector('.bs-card__role')?.textContent ?? null,
    origin: card?.querySelector('.bs-card__origin')?.textContent ?? null,
    text: card?.textContent ?? '',
  };
}

/**
 * The reader's own click on the open card's button named `name` (its label or text): a real
 * mouse click, as the card answers only trusted presses. Playwright's locators cannot reach a
 * closed root, so the button is found in the page's world once the root is revealed.
 */
export async function pressCardButton(page: Page, name: string | RegExp): Promise<void> {
  await revealCardRoot(page);
  const wanted = typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags };
  const point = await until(
    () =>
      page.evaluate((want) => {
        const matches = (label: string) =>
          'text' in want ? label === want.text : new RegExp(want.source, want.flags).test(label);
        const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
        const button = [...(root?.querySelectorAll<HTMLButtonElement>('.bs-card button') ?? [])].find((b) =>
          matches((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
        );
        const rect = button?.getBoundingClientRect();
        return rect?.width ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }, wanted),
    (found) => found !== null,
    `the card's “${String(name)}” button`,
    5_000,
  );
  if (point) await page.mouse.click(point.x, point.y);
}

/** The text of the open card's element matching `selector`, or null. */
export async function cardText(page: Page, selector: string): Promise<string | null> {
  await revealCardRoot(page);
  return page.evaluate(
    (s) =>
      document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector(s ? `.bs-card ${s}` : '.bs-card')
        ?.textContent ?? null,
    selector,
  );
}
