/**
 * Reading and driving Backstory's hover card in a real page: the name on the open card, waiting
 * for it to open or close, and resting the pointer on a highlighted mention.
 */
import type { Page } from 'playwright-core';
import { mentionPoint } from './mention-probe';

/** The name on the open card, or null when no card is open (a card laid out while the pointer rests is held, not open). */
export function openCardName(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector('.bs-card:not([data-held]) .bs-card__name')?.textContent ?? null,
  );
}

export async function waitForCard(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector<HTMLElement>('.bs-card');
      return card?.querySelector('.bs-card__name')?.textContent === wanted && card.style.visibility === 'visible';
    },
    name,
    { timeout: 5_000 },
  );
}

export async function waitForNoCard(page: Page): Promise<void> {
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
