/**
 * The card's shadow root is closed: a page's scripts cannot read the card (it may show what the
 * reader read elsewhere), and neither can a test's `page.evaluate`, which runs in the page's world.
 * A test reaches it through the browser's automation protocol, which sees closed roots (CDP in
 * Chromium, WebDriver BiDi's node serialisation in Firefox), and pins it on the card's host as an
 * own `shadowRoot` property in the page's world: page-side probes and axe-core then read the card
 * as they would an open root. Only tests do this; the extension itself never exposes the root.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { JSHandle, Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { until } from './until';

const HOST = '[data-backstory-ui]';

/** Runs with the closed root as `this`, in the page's world. */
const PIN = `function () {
  Object.defineProperty(this.host, 'shadowRoot', { configurable: true, get: () => this });
}`;

/**
 * Pins the card's closed root on its host in Chromium, in every frame of the page's process
 * (a same-origin frame shows its own card); false when no card host is on the page yet.
 */
export async function revealCardRoot(page: PlaywrightPage): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { searchId, resultCount } = await cdp.send('DOM.performSearch', { query: HOST });
    if (!resultCount) return false;
    const { nodeIds } = await cdp.send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: resultCount });
    await cdp.send('DOM.discardSearchResults', { searchId });
    let pinned = false;
    for (const nodeId of nodeIds) pinned = (await pinHostRoot(cdp, nodeId)) || pinned;
    return pinned;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function pinCardRoot(cdp: CDPSession, documentId: number): Promise<boolean> {
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: documentId, selector: HOST });
  return nodeId ? pinHostRoot(cdp, nodeId) : false;
}

async function pinHostRoot(cdp: CDPSession, nodeId: number): Promise<boolean> {
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return false;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return false;
  await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: PIN });
  return true;
}

/**
 * The same in Firefox. puppeteer has no public way to a closed root, but BiDi serialises an
 * element with its shadow root (closed ones too) and puppeteer's realm turns that into a handle.
 */
export async function revealCardRootInFirefox(target: PuppeteerPage | PuppeteerFrame): Promise<boolean> {
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  const host = await frame.$(HOST);
  if (!host) return false;
  const serialised = (host as unknown as BidiHandle).remoteValue();
  const shadow = serialised.value?.shadowRoot;
  if (!shadow) return false;
  const realm = (frame as unknown as BidiFrame).realms.default;
  const root = realm.createHandle(shadow);
  await root.evaluate((r: ShadowRoot) =>
    Object.defineProperty(r.host, 'shadowRoot', { configurable: true, get: () => r }),
  );
  return true;
}

/** What puppeteer 24's BiDi classes hold (not part of its public types). */
interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: unknown } };
}
interface BidiFrame {
  realms: { default: { createHandle(value: unknown): JSHandle<ShadowRoot> } };
}

/** Waits for the card's host to be on the page (it is made on first use), then reveals its root. */
export async function waitForCardRoot(page: PlaywrightPage): Promise<void> {
  await until(() => revealCardRoot(page), Boolean, 'the card on the page', 5_000);
}

export async function waitForCardRootInFirefox(page: PuppeteerPage): Promise<void> {
  await until(() => revealCardRootInFirefox(page), Boolean, 'the card on the page', 5_000);
}

/**
 * Reveals the card's root as soon as its host appears, until `done` settles: for a probe in the
 * page that must see the card's first frame (the bench's latency), the root has to be revealed
 * while the card is still held, before the dwell ends; one protocol session keeps each try short.
 */
export async function revealCardRootUntil(page: PlaywrightPage, done: Promise<unknown>): Promise<void> {
  let settled = false;
  void done.finally(() => {
    settled = true;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    while (!settled && !page.isClosed()) {
      if (await pinCardRoot(cdp, root.nodeId).catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}
