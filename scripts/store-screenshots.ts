/**
 * `npm run store:screenshots`: the listing's screenshots for both stores, from the real built
 * extension on the demo page (as `npm run demo` shows it), in light and dark mode. Each shot is
 * the page, the popup or the side panel as the extension drew it, laid out at the store's size
 * under a caption band: Chrome Web Store 1280×800; addons.mozilla.org 4:3 at its recommended
 * (and largest) 2400×1800, with the panel on the left, where Firefox puts its sidebar. The files
 * go to store/screenshots/<store>/; look at every one before committing (store/README.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { waitForCard } from '../tests/e2e/card-probe';
import { type ChromiumSession, launchChromium, startServer, type TestServer } from '../tests/e2e/harness';
import { MENTION_HIGHLIGHT, waitForHighlights } from '../tests/e2e/mention-probe';
import { findChromium, ROOT } from '../tests/e2e/paths';

type Scheme = 'light' | 'dark';

interface StoreFormat {
  /** The folder under store/screenshots/. */
  folder: string;
  /** The image in CSS pixels; `scale` device pixels each. */
  width: number;
  height: number;
  scale: number;
  /** Where the browser shows the extension's panel. */
  panelSide: 'left' | 'right';
}

const FORMATS: StoreFormat[] = [
  { folder: 'chrome', width: 1280, height: 800, scale: 1, panelSide: 'right' },
  { folder: 'mozilla', width: 1200, height: 900, scale: 2, panelSide: 'left' },
];

const OUTPUT_DIR = path.join(ROOT, 'store/screenshots');
const BAND = 84;
/** The popup as tall as Chrome lets it grow, 16 px in from the corner (where it covers the rail's next heading whole). */
const POPUP = { width: 380, height: 600, inset: 16 };
const PANEL_WIDTH = 420;
/** The mention whose card is shown, and how far down the screen it is brought before the pointer rests on it. */
const CARD_MENTION = 'Vladimir Medinsky';
const CARD_MENTION_Y = 126;

const CAPTIONS = {
  card: 'Rest the pointer on a name: who they are, their part in this story, and what they said.',
  popup: 'The toolbar button: what the page is about, and who is on it.',
  panel: 'The briefing, beside the article: each side’s position, the people, quotes and timeline.',
} as const;
type Shot = keyof typeof CAPTIONS;

/** The colours of the panels' theme (components/shared/theme.css), for the band above each shot. */
const BAND_COLOURS: Record<Scheme, { background: string; ink: string; rule: string; edge: string }> = {
  light: { background: '#f6f5f2', ink: '#17171a', rule: '#e3e1dc', edge: 'rgba(0, 0, 0, 0.14)' },
  dark: { background: '#1c1c20', ink: '#f0efec', rule: '#2f2f35', edge: 'rgba(255, 255, 255, 0.18)' },
};

async function main(): Promise<void> {
  // As `npm run demo` does: Chromium, and the Chrome build as it ships.
  if (!findChromium()) {
    console.error('Chromium not found: install it (`sudo apt-get install chromium`) or set CHROME_PATH.');
    process.exit(1);
  }
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startServer(0);
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  const saved: string[] = [];
  try {
    for (const format of FORMATS) {
      for (const scheme of ['light', 'dark'] as const) {
        saved.push(...(await shootAll(server, format, scheme)));
      }
    }
  } finally {
    await server.close();
  }
  console.log('Store screenshots (look at each before committing):');
  for (const file of saved) console.log(`  ${path.relative(process.cwd(), file)}`);
}

async function shootAll(server: TestServer, format: StoreFormat, scheme: Scheme): Promise<string[]> {
  const stage = { width: format.width, height: format.height - BAND };
  const browser = await launchChromium({ viewport: stage, colorScheme: scheme, deviceScaleFactor: format.scale });
  const dir = path.join(OUTPUT_DIR, format.folder);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/demo/index.html'));
    await waitForHighlights(page, 20);
    const tabId = await browser.tabIdOf(page);

    const card = await cardOnPage(page, stage);
    const pageTop = await page.screenshot();
    const popup = await extensionPage(browser, `popup.html?tabId=${tabId}`, {
      width: POPUP.width,
      height: POPUP.height,
    });
    const panel = await extensionPage(browser, `sidepanel.html?tabId=${tabId}`, {
      width: PANEL_WIDTH,
      height: stage.height,
    });
    await page.setViewportSize({ width: stage.width - PANEL_WIDTH, height: stage.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const narrowPage = await page.screenshot();

    const layouts: Record<Shot, string> = {
      card: image(card, 0, 0, stage.width),
      popup: `${image(pageTop, 0, 0, stage.width)}${image(popup, stage.width - POPUP.width - POPUP.inset, POPUP.inset, POPUP.width, 'popup')}`,
      panel:
        format.panelSide === 'right'
          ? `${image(narrowPage, 0, 0, stage.width - PANEL_WIDTH)}${image(panel, stage.width - PANEL_WIDTH, 0, PANEL_WIDTH, 'panel-right')}`
          : `${image(panel, 0, 0, PANEL_WIDTH, 'panel-left')}${image(narrowPage, PANEL_WIDTH, 0, stage.width - PANEL_WIDTH)}`,
    };
    const composer = await browser.newPage();
    await composer.setViewportSize({ width: format.width, height: format.height });
    for (const [index, shot] of (['card', 'popup', 'panel'] as const).entries()) {
      await composer.setContent(composition(layouts[shot], CAPTIONS[shot], scheme, format));
      await composer.waitForFunction(() => [...document.images].every((img) => img.complete));
      const file = path.join(dir, `${index + 1}-${shot}-${scheme}.png`);
      await composer.screenshot({ path: file });
      files.push(file);
    }
  } finally {
    await browser.close();
  }
  return files;
}

/** The demo page with the card of `CARD_MENTION` open, the mention in the upper part of the screen. */
async function cardOnPage(page: Page, stage: { width: number; height: number }): Promise<Buffer> {
  const point = await page.evaluate(
    ([name, wanted, top]) => {
      const ranges = [...(CSS.highlights.get(name as string) ?? [])] as Range[];
      const range = ranges.find((r) => r.toString().replace(/\s+/g, ' ') === wanted);
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      window.scrollBy({ top: rect.top - (top as number), behavior: 'instant' });
      const after = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: after.left + after.width / 2, y: after.top + after.height / 2 };
    },
    [MENTION_HIGHLIGHT, CARD_MENTION, CARD_MENTION_Y] as const,
  );
  if (!point) throw new Error(`"${CARD_MENTION}" is not highlighted on the demo page`);
  await page.mouse.move(point.x - 60, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await waitForCard(page, CARD_MENTION);
  // The card fades in.
  await page.waitForTimeout(500);
  const box = await page.evaluate(() => {
    const rect = document
      .querySelector('[data-backstory-ui]')
      ?.shadowRoot?.querySelector('.bs-card')
      ?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom } : null;
  });
  if (!box || box.top < 0 || box.bottom > stage.height) {
    console.warn(`  (the card is not wholly on screen: ${JSON.stringify(box)})`);
  }
  const shot = await page.screenshot();
  await page.mouse.move(4, 4);
  await page.waitForFunction(
    () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card'),
    null,
    {
      timeout: 8_000,
    },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  return shot;
}

async function extensionPage(
  browser: ChromiumSession,
  pathname: string,
  viewport: { width: number; height: number },
): Promise<Buffer> {
  const page = await browser.openExtensionPage(pathname);
  await page.setViewportSize(viewport);
  await page.waitForTimeout(700);
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

/** A screenshot placed on the stage at (x, y), `width` CSS pixels wide. */
function image(png: Buffer, x: number, y: number, width: number, kind = 'page'): string {
  return `<img class="${kind}" style="left:${x}px;top:${y}px;width:${width}px" src="data:image/png;base64,${png.toString('base64')}" alt="">`;
}

/** The caption band and the stage under it. */
function composition(stage: string, caption: string, scheme: Scheme, format: StoreFormat): string {
  const c = BAND_COLOURS[scheme];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${format.width}px; height: ${format.height}px; overflow: hidden; background: ${c.background}; }
    .band { box-sizing: border-box; height: ${BAND}px; display: flex; align-items: center; gap: 16px;
      padding: 0 28px; border-bottom: 1px solid ${c.rule}; font-family: "DejaVu Sans", Arial, sans-serif; }
    .logo { flex: none; width: 36px; height: 36px; border-radius: 8px; background: #a4161a; color: #fff;
      font: 700 22px/36px Georgia, "DejaVu Serif", serif; text-align: center; }
    .name { flex: none; font: 700 20px/1 Georgia, "DejaVu Serif", serif; color: ${c.ink}; }
    .caption { flex: 1; font: 17px/1.3 Georgia, "DejaVu Serif", serif; color: ${c.ink};
      border-left: 1px solid ${c.rule}; padding-left: 16px; }
    .stage { position: relative; height: ${format.height - BAND}px; overflow: hidden; }
    .stage img { position: absolute; display: block; }
    .popup { border-radius: 8px; box-shadow: 0 12px 36px rgba(0, 0, 0, 0.3), 0 0 0 1px ${c.edge}; }
    .panel-right { box-shadow: -1px 0 0 ${c.rule}, -8px 0 24px rgba(0, 0, 0, 0.08); }
    .panel-left { box-shadow: 1px 0 0 ${c.rule}, 8px 0 24px rgba(0, 0, 0, 0.08); z-index: 1; }
  </style></head><body>
    <div class="band"><div class="logo">B</div><div class="name">Backstory</div><div class="caption">${caption}</div></div>
    <div class="stage">${stage}</div>
  </body></html>`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
