/**
 * What opening a who's-who entry costs the side panel on a page naming a big pack's people
 * (docs/decisions/0028): the panel lists the pack from its panel part, and an opened entry reads
 * the details part that holds it (a build before them read the pack whole, once a panel). The 10,000-entity pack imported through the options page, the
 * page naming 20 of its people, the side panel opened for it; then two entries opened in turn,
 * each in a trace of its own: the most thread CPU time of one panel task (panel-cost.ts's marks).
 *
 *   npx tsx bench/entry-open.ts        (BENCH_EXTENSION_DIR: a built chrome-mv3 folder; default .output's)
 */
import path from 'node:path';
import { OUT_DIR } from '../tests/e2e/paths';
import { bigPack } from '../tests/helpers/big-pack';
import { openExtensionSession } from './extension-session';
import { packNamesPage } from './hostile-pages';
import { panelTaskCpu } from './panel-cost';
import { traceLoads } from './trace-cost';

async function main() {
  const dir = path.resolve(process.env.BENCH_EXTENSION_DIR ?? path.join(OUT_DIR, 'chrome-mv3'));
  const session = await openExtensionSession(dir, ['bbc-1.html']);
  try {
    const context = session.browser.context;
    const origin = new URL(session.pageUrl('bbc-1.html')).origin;
    await context.route(`${origin}/hostile/*`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: packNamesPage(10_000, 20) }),
    );
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitForSelector('.op-page');
    await options.setInputFiles('[data-testid="pack-file-input"]', {
      name: 'big-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bigPack(10_000))),
    });
    await options.getByTestId('import-success').waitFor({ timeout: 60_000 });
    await options.close();
    const page = await session.browser.newPage();
    await page.goto(`${origin}/hostile/pack-names.html`);
    for (let i = 0; i < 200; i++) {
      const state = await session.tabState(`${origin}/hostile/pack-names.html`);
      if (state && !state.reading && state.mentions >= 20) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const tabId = await session.browser.tabIdOf(page);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('#bf-person-p1', { timeout: 60_000 });
    await panel.waitForTimeout(1000);
    const chromium = context.browser();
    if (!chromium) throw new Error('no browser to trace');
    const cdp = await chromium.newBrowserCDPSession();
    for (const id of ['p1', 'p2']) {
      const events = await traceLoads(cdp, async () => {
        await panel.evaluate(() => console.timeStamp('backstory-bench-panel:sidepanel:start'));
        await panel.click(`#bf-person-${id} .bf-person__toggle`);
        await panel.waitForSelector(`#bf-person-${id} .bf-person__description`, { timeout: 60_000 });
        await panel.waitForTimeout(300);
        await panel.evaluate(() => console.timeStamp('backstory-bench-panel:sidepanel:end'));
      });
      console.log(`entry ${id} opened: the panel's longest task, CPU ms:`, panelTaskCpu(events, 'sidepanel'));
    }
  } finally {
    await session.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
