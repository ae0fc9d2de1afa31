/**
 * The hover card in real Chromium with the built extension: hover intent, click and tap,
 * the keyboard commands, isolation from hostile page CSS, and accessibility (axe-core).
 * Set BACKSTORY_CARD_SHOTS=<dir> to also save screenshots of open cards there.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, openCardName, waitForCard, waitForNoCard } from './card-probe';
import { waitForCardRoot } from './card-root';
import { type ChromiumSession, closeChromiumSuite, openChromiumSuite, type TestServer, watchErrors } from './harness';
import { sendCommand } from './mention-commands';
import { highlightedTexts, mentionPoint, waitForHighlights } from './mention-probe';
import { corpusAvailable } from './paths';

const SHOTS = process.env.BACKSTORY_CARD_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe('hover cards in Chromium', () => {
  let browser: ChromiumSession;
  let server: TestServer;

  beforeAll(async () => {
    ({ browser, server } = await openChromiumSuite());
  });
  afterAll(() => closeChromiumSuite(browser, server));

  async function open(pathname: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(server.url(pathname));
    await waitForHighlights(page);
    return page;
  }

  it('opens the right card on hovering a person, a place, an organisation and a country on the demo page', async () => {
    const page = await open('/demo/index.html');
    const errors = watchErrors(page);
    const texts = await highlightedTexts(page);
    const cases: [string, string][] = [
      ['Medinsky', 'Vladimir Medinsky'],
      ['Istanbul', 'Istanbul'],
      ['NATO', 'NATO'],
      ['Ukraine', 'Ukraine'],
    ];
    for (const [text, name] of cases) {
      expect(texts).toContain(text);
      await hover(page, text);
      await waitForCard(page, name);
      if (text === 'Medinsky') await shot(page, 'demo-medinsky');
      await page.mouse.move(2, 2);
      await waitForNoCard(page);
    }
    expect(errors.pageErrors).toEqual([]);
    await page.close();
  });

  it('opens no card when the pointer only passes across a mention', async () => {
    const page = await open('/fixtures/card-plain.html');
    const { x, y } = await mentionPoint(page, 'Vladimir Medinsky');
    await page.mouse.move(x - 150, y);
    // A sweep across the name, as when the reader moves the pointer along the line.
    await page.mouse.move(x + 150, y, { steps: 6 });
    await page.mouse.move(2, 2, { steps: 2 });
    await page.waitForTimeout(1_000);
    expect(await openCardName(page)).toBeNull();
    // The same name does open on a rest, so the quiet above was not a broken page.
    await page.mouse.move(x, y, { steps: 2 });
    await waitForCard(page, 'Vladimir Medinsky');
    await page.close();
  });

  it('keeps the card while the pointer moves into it, and closes it after the pointer leaves', async () => {
    const page = await open('/fixtures/card-plain.html');
    await hover(page, 'Vladimir Medinsky');
    await waitForCard(page, 'Vladimir Medinsky');
    const box = await page.evaluate(() => {
      const r = document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector('.bs-card')
        ?.getBoundingClientRect();
      return r ? { x: r.left + 40, y: r.top + 30 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 4 });
    await page.waitForTimeout(1_000);
    expect(await openCardName(page)).toBe('Vladimir Medinsky');
    await page.mouse.move(2, 2, { steps: 2 });
    await waitForNoCard(page);
    await page.close();
  });

  it('opens a card on click, closes it on a click elsewhere, and lets a mention inside a link follow the link', async () => {
    const page = await open('/fixtures/card-plain.html');
    const point = await mentionPoint(page, 'Zelensky');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, 'Volodymyr Zelensky');
    // A clicked card is pinned: the pointer wandering off does not close it.
    await page.mouse.move(5, 300, { steps: 2 });
    await page.waitForTimeout(800);
    expect(await openCardName(page)).toBe('Volodymyr Zelensky');
    await page.mouse.click(5, 300);
    await waitForNoCard(page);

    const inLink = await mentionPoint(page, 'Medinsky');
    await page.mouse.click(inLink.x, inLink.y);
    await page.waitForFunction(() => location.hash === '#linked');
    await page.close();
  });

  it('opens the related entity’s card from a connection, and previous / next move between mentions', async () => {
    const page = await open('/fixtures/card-plain.html');
    const point = await mentionPoint(page, 'Vladimir Medinsky');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page, 'Vladimir Medinsky');
    const count = await page.evaluate(
      () =>
        document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-mentions__count')?.textContent,
    );
    expect(count).toMatch(/^3 mentions on this page/);
    await page.evaluate(() =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('[aria-label="Next mention of Vladimir Medinsky"]')
        ?.click(),
    );
    await page.waitForFunction(() =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector('.bs-mentions__count')
        ?.textContent?.includes('mention 2 of 3'),
    );
    await page.evaluate(() =>
      [
        ...(document
          .querySelector('[data-backstory-ui]')
          ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.bs-card__relation-target') ?? []),
      ]
        .find((b) => b.textContent === 'Vladimir Putin')
        ?.click(),
    );
    await waitForCard(page, 'Vladimir Putin');
    await page.close();
  });

  it('moves to the next mention on the keyboard command, focuses the card, keeps Tab inside, and Esc gives focus back', async () => {
    const page = await open('/fixtures/card-plain.html');
    await page.bringToFront();
    await sendCommand(browser, page, 'next-mention');
    await waitForCard(page, 'Vladimir Putin');
    const focusInCard = () =>
      page.evaluate(() => {
        const host = document.querySelector('[data-backstory-ui]');
        return document.activeElement === host && !!host?.shadowRoot?.activeElement?.closest('.bs-card');
      });
    await page.waitForFunction(() => document.activeElement === document.querySelector('[data-backstory-ui]'));
    await waitForCardRoot(page);
    expect(await focusInCard()).toBe(true);
    for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
    expect(await focusInCard()).toBe(true);
    for (let i = 0; i < 15; i++) await page.keyboard.press('Shift+Tab');
    expect(await focusInCard()).toBe(true);

    await sendCommand(browser, page, 'next-mention');
    await waitForCard(page, 'Vladimir Medinsky');
    await sendCommand(browser, page, 'previous-mention');
    await waitForCard(page, 'Vladimir Putin');

    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // The last mention sits far below the fold: "previous" from the top wraps to it and scrolls there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await sendCommand(browser, page, 'previous-mention');
    await waitForCard(page, 'Volodymyr Zelensky');
    const farInView = await page.evaluate(() => {
      const r = document.getElementById('far')?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(farInView).toBe(true);
    await page.close();
  });

  it('renders the card the same on a page whose CSS attacks *, div, button, fonts and all:', async () => {
    const measure = async (pathname: string) => {
      const page = await open(pathname);
      const errors = watchErrors(page);
      const before = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        far: (document.getElementById('far')?.getBoundingClientRect().top ?? 0) + window.scrollY,
      }));
      await hover(page, 'Vladimir Medinsky');
      await waitForCard(page, 'Vladimir Medinsky');
      const result = await page.evaluate(() => {
        const host = document.querySelector('[data-backstory-ui]') as HTMLElement;
        const root = host.shadowRoot as ShadowRoot;
        const pick = (selector: string) => {
          const el = root.querySelector(selector) as HTMLElement;
          const s = getComputedStyle(el);
          return {
            fontFamily: s.fontFamily,
            fontSize: s.fontSize,
            fontWeight: s.fontWeight,
            lineHeight: s.lineHeight,
            letterSpacing: s.letterSpacing,
            textTransform: s.textTransform,
            color: s.color,
            background: s.backgroundColor,
            padding: s.padding,
            border: s.border,
            width: el.getBoundingClientRect().width,
            height: el.getBoundingClientRect().height,
          };
        };
        const hostStyle = getComputedStyle(host);
        return {
          host: {
            position: hostStyle.position,
            display: hostStyle.display,
            width: hostStyle.width,
            height: hostStyle.height,
          },
          card: pick('.bs-card'),
          name: pick('.bs-card__name'),
          role: pick('.bs-card__role'),
          fact: pick('.bs-card__fact'),
          sourceToggle: pick('.bs-source-toggle'),
          briefing: pick('.bs-card__briefing'),
          contentHeight: (root.querySelector('.bs-card__scroll') as HTMLElement).scrollHeight,
        };
      });
      const after = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        far: (document.getElementById('far')?.getBoundingClientRect().top ?? 0) + window.scrollY,
      }));
      if (pathname.includes('hostile')) await shot(page, 'hostile-medinsky');
      expect(after).toEqual(before); // no layout shift on the page
      expect(errors.pageErrors).toEqual([]);
      await page.close();
      // Only the card's own height depends on where the mention sits (max-height follows the viewport).
      const { height: _h, ...card } = result.card;
      return { ...result, card };
    };
    const plain = await measure('/fixtures/card-plain.html');
    const hostile = await measure('/fixtures/card-hostile.html');
    expect(hostile).toEqual(plain);
    expect(plain.host).toEqual({ position: 'fixed', display: 'block', width: '0px', height: '0px' });
    expect(plain.card.fontSize).toBe('14px');
    expect(plain.name.fontSize).toBe('21px');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in an open card (${colorScheme})`, async () => {
      const page = await open('/demo/index.html', colorScheme);
      await hover(page, 'Medinsky');
      await waitForCard(page, 'Vladimir Medinsky');
      // Open every disclosure so the audit covers the quoted sources and the full fact list.
      await page.evaluate(() => {
        const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
        root?.querySelector<HTMLButtonElement>('.bs-card__more')?.click();
      });
      await page.evaluate(() => {
        const root = document.querySelector('[data-backstory-ui]')?.shadowRoot;
        for (const b of root?.querySelectorAll<HTMLButtonElement>('.bs-source-toggle') ?? []) b.click();
      });
      await page.waitForTimeout(200);
      await shot(page, `demo-medinsky-sources-${colorScheme}`);
      const results = await new AxeBuilder({ page }).include('[data-backstory-ui]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      // The audit went inside the card's (closed, revealed) root, not just over its host.
      expect(JSON.stringify(results.passes)).toContain('bs-card__name');
      await page.close();
    });
  }

  it.skipIf(!corpusAvailable())('shows a card on a real news page from the corpus', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/corpus/nytimes-1.html'));
    await waitForHighlights(page);
    await hover(page, 'Putin');
    await waitForCard(page, 'Vladimir Putin');
    await shot(page, 'corpus-nytimes-putin');
    await page.close();
  });
});
