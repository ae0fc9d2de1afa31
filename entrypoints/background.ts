import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledStories } from '../data/stories/index';
import { openBriefing } from '../lib/briefing-opener';
import { forwardMentionCommands } from '../lib/command-forwarding';
import { onMessage, sendMessage } from '../lib/messages';
import { isPackChange } from '../lib/pack-storage';
import { loadActiveCatalog } from '../lib/panel-catalog';
import { browserBriefingApis } from '../lib/panel-client';
import { isSettingsChange } from '../lib/settings';
import type { Catalog } from '../lib/story-model';
import { deriveTabState } from '../lib/tab-state';
import { createTabStateStore } from '../lib/tab-state-store';

export default defineBackground(() => {
  // Session storage survives the service worker being stopped, and is cleared with the browser session.
  const store = createTabStateStore(browser.storage.session);

  let catalog: Promise<Catalog> | undefined;
  const currentCatalog = () => {
    catalog ??= loadActiveCatalog(browser.storage.local, bundledStories);
    return catalog;
  };
  // A pack imported or a story switched off changes which entities count.
  browser.storage.local.onChanged.addListener((changes) => {
    if (isSettingsChange(changes) || isPackChange(changes)) catalog = undefined;
  });

  /** Extension pages that are open (popup, side panel) refresh; none open is not an error. */
  const announce = (tabId: number) => {
    sendMessage('tabStateChanged', tabId).catch(() => {});
  };

  onMessage('reportPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab; the content script does not run in frames, but be sure.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
    await store.put(deriveTabState(tabId, data, await currentCatalog(), Date.now()));
    announce(tabId);
  });

  onMessage('getTabState', ({ data: tabId }) => store.get(tabId));

  onMessage('openBriefing', ({ data, sender }) => {
    const tabId = data.tabId ?? sender.tab?.id;
    if (tabId === undefined) return;
    // Called synchronously so the browser still sees the reader's click as the reason to open a panel.
    const opened = openBriefing(browserBriefingApis(), {
      tabId,
      ...(data.entityId ? { entityId: data.entityId } : {}),
    });
    if (data.entityId) {
      const entityId = data.entityId;
      // An already-open panel may not reload for a new hash: tell it directly as well.
      opened.then(() => sendMessage('focusEntity', { entityId }).catch(() => {}));
    }
  });

  // Keyboard commands reach only the background; the mentions they step through live in the page.
  forwardMentionCommands(browser, (tabId, command) => sendMessage('commandInvoked', command, tabId));

  browser.tabs.onRemoved.addListener((tabId) => {
    store.remove(tabId).catch(() => {});
  });

  browser.tabs.onUpdated.addListener(async (tabId, changeInfo, tab) => {
    if (changeInfo.status !== 'loading') return;
    const state = await store.get(tabId);
    if (!state) return;
    // A reload or a new address means the old mentions are gone; a change of #fragment does not.
    const next = changeInfo.url ?? tab.url;
    if (changeInfo.url !== undefined && next !== undefined && withoutHash(next) === withoutHash(state.url)) return;
    await store.remove(tabId);
    announce(tabId);
  });

  // Tabs closed while the worker slept leave state behind; drop it when the worker starts.
  browser.tabs
    .query({})
    .then((tabs) => store.prune(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]))))
    .catch(() => {});
});

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
