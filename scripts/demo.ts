/**
 * `npm run demo`: build the extension, serve the demo news page on 127.0.0.1 and open it in
 * Chromium, Chrome or Edge (scripts/demo/ finds one, or installs Debian's chromium) with
 * Backstory loaded in a throwaway profile. With no display (or --headless) it drives the browser
 * itself and saves screenshots under demo-output/ instead. `--lang uk` runs the browser with a
 * Ukrainian interface, so Backstory speaks Ukrainian (screenshots in demo-output/uk/).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type ChromiumSession, launchChromium, startServer } from '../tests/e2e/harness';
import { MENTION_HIGHLIGHT, mentionPoint, waitForHighlights } from '../tests/e2e/mention-probe';
import { corpusAvailable, ROOT } from '../tests/e2e/paths';
import { ensureBrowser } from './demo/ensure-browser';
import { runBin } from './run-bin';

/** `--lang uk` or `--lang=uk`: the browser's interface language, which picks Backstory's (public/_locales/). */
const lang = (() => {
  const at = process.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return undefined;
  const arg = process.argv[at] ?? '';
  return arg.includes('=') ? arg.slice('--lang='.length) : process.argv[at + 1];
})();
const OUTPUT_DIR = path.join(ROOT, 'demo-output', ...(lang ? [lang] : []));
// macOS and Windows always have a screen; a Linux machine has one when X or Wayland says so.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;
const port = Number(process.env.DEMO_PORT ?? 4178);

async function main(): Promise<void> {
  const found = ensureBrowser();
  console.log('Building the extension…');
  runBin(ROOT, 'wxt', ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const server = await startServer(port).catch(() => startServer(0));
  const demoUrl = server.url('/demo/index.html');
  console.log(`Demo page: ${demoUrl}`);
  const browser = await launchChromium({
    headless,
    viewport: { width: 1280, height: 860 },
    executablePath: found.path,
    // The one way that works in all three brands: Chrome and Edge ignore --load-extension.
    sideload: 'devtools',
    ...(lang ? { lang } : {}),
  });

  if (!headless) {
    const page = browser.context.pages()[0] ?? (await browser.newPage());
    await page.goto(demoUrl);
    console.log('Chromium is open with Backstory loaded. Hover a name; close the window (or Ctrl+C) to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  mkdirSync(OUTPUT_DIR, { recursive: true });
  const saved: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = path.join(OUTPUT_DIR, name);
    await page.screenshot({ path: file });
    saved.push(file);
  };

  try {
    const page = await browser.newPage();
    await page.goto(demoUrl);
    await waitForHighlights(page);
    await shot(page, '1-page-highlights.png');
    await hoverAndShoot(page, 'Medinsky', '2-card-medinsky.png', shot);
    await hoverAndShoot(page, 'Dolmabahce Palace', '3-card-dolmabahce.png', shot);
    await page.mouse.move(5, 5);

    const tabId = await browser.tabIdOf(page);
    await shootExtensionPage(browser, `popup.html?tabId=${tabId}`, '4-popup.png', { width: 400, height: 600 }, shot);
    await shootExtensionPage(
      browser,
      `sidepanel.html?tabId=${tabId}`,
      '5-sidepanel.png',
      { width: 420, height: 900 },
      shot,
    );
    await shootExtensionPage(browser, 'options.html', '6-options.png', { width: 1100, height: 900 }, shot);

    // Any article: a saved news page (or, without ../shared, the repo's own article fixture),
    // read in the background; its people get cards from the article itself.
    const { pathname, person } = corpusAvailable()
      ? { pathname: '/corpus/bbc-1.html', person: 'Jon Sopel' }
      : { pathname: '/fixtures/article-any.html', person: 'Margit Osterberg' };
    const article = await browser.newPage();
    await article.goto(server.url(pathname));
    await article
      .waitForFunction(
        ([name, wanted]) => [...(CSS.highlights.get(name as string) ?? [])].some((r) => String(r) === wanted),
        [MENTION_HIGHLIGHT, person] as const,
        { timeout: 20_000 },
      )
      .catch(() => console.warn(`  (the article's "${person}" was not highlighted)`));
    await hoverAndShoot(article, person, '7-card-from-article.png', shot);
    await article.mouse.move(5, 5);
    // Read: scrolled into, so reading memory keeps it (the background saves it in its archive).
    await article.mouse.wheel(0, 900);
    const articleTab = await browser.tabIdOf(article);
    await shootExtensionPage(
      browser,
      `popup.html?tabId=${articleTab}`,
      '8-popup-article.png',
      { width: 400, height: 600 },
      shot,
    );
    await shootExtensionPage(
      browser,
      `sidepanel.html?tabId=${articleTab}`,
      '9-briefing-article.png',
      { width: 420, height: 900 },
      shot,
    );

    // Reading memory: a later article names the same person without saying who they are; the
    // card says it from the earlier one, and the briefing tells the story so far.
    const later = await browser.newPage();
    await later.goto(server.url(corpusAvailable() ? '/fixtures/article-sopel.html' : '/fixtures/article-later.html'));
    await waitForHighlights(later).catch(() => console.warn('  (the later article was not highlighted)'));
    await later.waitForTimeout(1000);
    await hoverAndShoot(later, person, '10-card-earlier-reading.png', shot);
    await later.mouse.move(5, 5);
    await shootExtensionPage(
      browser,
      `sidepanel.html?tabId=${await browser.tabIdOf(later)}`,
      '11-briefing-story-so-far.png',
      { width: 420, height: 900 },
      shot,
      '#bf-so-far',
    );
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('Screenshots:');
  for (const file of saved) console.log(`  ${path.relative(process.cwd(), file)}`);
}

async function hoverAndShoot(
  page: Page,
  mention: string,
  name: string,
  shot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  const point = await mentionPoint(page, mention).catch(() => undefined);
  if (!point) {
    console.warn(`  (no highlighted "${mention}" to hover)`);
    return;
  }
  await page.mouse.move(point.x - 40, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  // Hover intent waits for a dwell before it opens the card.
  await page.waitForSelector('[data-backstory-ui]', { state: 'attached', timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(800);
  await shot(page, name);
}

async function shootExtensionPage(
  browser: ChromiumSession,
  pathname: string,
  name: string,
  viewport: { width: number; height: number },
  shot: (page: Page, name: string) => Promise<void>,
  /** A section to scroll to before the shot. */
  scrollTo?: string,
): Promise<void> {
  const page = await browser.openExtensionPage(pathname);
  await page.setViewportSize(viewport);
  await page.waitForTimeout(700);
  if (scrollTo)
    await page
      .locator(scrollTo)
      .scrollIntoViewIfNeeded({ timeout: 5000 })
      .catch(() => {});
  await shot(page, name);
  await page.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
