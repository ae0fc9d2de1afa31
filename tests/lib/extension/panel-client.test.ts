import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messaging, onMessage } from '../../../lib/extension/messages';
import {
  browserBriefingApis,
  findNamesOnPage,
  jumpToMention,
  loadPanel,
  loadPanelInputs,
  loadReadPeople,
  loadStorySoFar,
  nextTask,
  onTabActivated,
  onTabStateChanged,
  resolveTab,
} from '../../../lib/extension/panel-client';
import { deriveTabState } from '../../../lib/views/tab-state';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';

const catalog = () => Promise.resolve(seedCatalog);

/** The tab's state as the background keeps it after the content script's report. */
function readState(tabId: number, url: string) {
  const mentions = [mention(0, 'vladimir-putin', 'Putin'), mention(1, 'vladimir-medinsky', 'Medinsky')];
  return deriveTabState(tabId, report(mentions, { url }), seedCatalog, 1);
}

/**
 * Answers messages sent to a tab's content script as @webext-core/messaging's content side
 * would: `answer` gets the message and gives the reply's value; a throw is a tab with no listener.
 */
function contentScript(
  answer: (tabId: number, message: { type: string; data: unknown }, options?: { frameId?: number }) => unknown,
) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    message: { type: string; data: unknown },
    options?: { frameId?: number },
    callback?: (reply: unknown) => void,
  ) => {
    let reply: unknown;
    try {
      reply = { res: answer(tabId, message, options) };
    } catch (error) {
      if (callback) {
        callback({ err: { message: String(error) } });
        return undefined;
      }
      return Promise.reject(error);
    }
    if (callback) {
      callback(reply);
      return undefined;
    }
    return Promise.resolve(reply);
  }) as never);
}

beforeEach(() => {
  // The messaging library keeps one listener per message type for the whole file.
  messaging.removeAllListeners();
  fakeBrowser.reset();
});

describe('loadPanel', () => {
  it('says “not a web page” when the tab it was opened for has closed', async () => {
    const loaded = await loadPanel(999, catalog);
    expect(loaded.tab).toBeNull();
    expect(loaded.view).toMatchObject({ kind: 'restricted', restriction: { kind: 'not-a-web-page' } });
  });

  it('says “not a web page” when its window has no active tab', async () => {
    const loaded = await loadPanel(undefined, catalog);
    expect(loaded.tab).toBeNull();
    expect(loaded.view).toMatchObject({ kind: 'restricted', restriction: { kind: 'not-a-web-page' } });
  });

  it('explains a browser page Backstory cannot read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const loaded = await loadPanel(tab.id, catalog);
    expect(loaded.tab).toMatchObject({ tabId: tab.id, url: 'chrome://settings/' });
    expect(loaded.view).toMatchObject({ kind: 'restricted', restriction: { kind: 'browser-page' } });
    expect(loaded.catalog).toBe(seedCatalog);
  });

  it('builds the catalog for the tab’s own address, where the reader’s corrections for that site apply', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const catalogFor = vi.fn(catalog);
    await loadPanel(tab.id, catalogFor);
    expect(catalogFor).toHaveBeenCalledWith({ url: 'https://news.example/story', article: undefined, storyIds: [] });
  });

  it('shows the story the background has for the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const tabId = tab.id ?? -1;
    onMessage('getTabState', ({ data }) => (data === tabId ? readState(tabId, 'https://news.example/story') : null));
    const catalogFor = vi.fn(catalog);
    const loaded = await loadPanel(tabId, catalogFor);
    expect(loaded.view).toMatchObject({ kind: 'story', story: { storyId: 'istanbul-talks-2025' }, totalMentions: 2 });
    // Only the stories its mentions belong to: no other pack is read.
    expect(catalogFor).toHaveBeenCalledWith(expect.objectContaining({ storyIds: ['istanbul-talks-2025'] }));
  });
});

describe('nextTask', () => {
  it('resolves in a later task, not in a microtask of this one', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'next task']);
  });
});

describe('resolveTab', () => {
  it('is the active tab of the panel’s window when no tab is named', async () => {
    const panelWindow = await fakeBrowser.windows.create({ focused: true });
    const other = await fakeBrowser.windows.create({ focused: false });
    await fakeBrowser.tabs.create({ url: 'https://news.example/elsewhere', active: true, windowId: other?.id });
    await fakeBrowser.tabs.create({ url: 'https://news.example/other', active: false, windowId: panelWindow?.id });
    const active = await fakeBrowser.tabs.create({
      url: 'https://news.example/read',
      active: true,
      windowId: panelWindow?.id,
    });
    expect(await resolveTab(undefined)).toEqual({
      tabId: active.id,
      windowId: active.windowId,
      url: 'https://news.example/read',
    });
  });

  it('takes the address a tab is still loading when it has no other', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      id: 5,
      windowId: 2,
      pendingUrl: 'https://news.example/loading',
    } as never);
    expect(await resolveTab(5)).toEqual({ tabId: 5, windowId: 2, url: 'https://news.example/loading' });
  });

  it('says when the tab is loading a page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      id: 5,
      windowId: 2,
      url: 'https://news.example/reloaded',
      status: 'loading',
    } as never);
    expect(await resolveTab(5)).toEqual({ tabId: 5, windowId: 2, url: 'https://news.example/reloaded', loading: true });
  });

  it('is no tab when the browser says the tab is gone', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 5.'));
    expect(await resolveTab(5)).toBeNull();
  });

  it('is no tab when the browser gives one without an id', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ windowId: 2, url: 'https://news.example/' } as never);
    expect(await resolveTab(5)).toBeNull();
  });
});

describe('loadPanelInputs', () => {
  const tab = { tabId: 3, windowId: 1, url: 'https://news.example/story' };

  it('asks nothing of a page Backstory cannot run on', async () => {
    const ping = contentScript(() => true);
    expect(await loadPanelInputs({ ...tab, url: 'about:blank' })).toEqual({
      url: 'about:blank',
      state: null,
      contentScriptAnswers: false,
    });
    expect(ping).not.toHaveBeenCalled();
  });

  it('takes the address the content script reported, and asks no ping once there is state', async () => {
    const state = readState(3, 'https://news.example/story#live');
    onMessage('getTabState', () => state);
    const ping = contentScript(() => true);
    expect(await loadPanelInputs(tab)).toEqual({
      url: 'https://news.example/story#live',
      state,
      contentScriptAnswers: true,
    });
    expect(ping).not.toHaveBeenCalled();
  });

  it('without state, says whether a content script answers (the page is being read) or not (never injected)', async () => {
    onMessage('getTabState', () => null);
    contentScript((tabId, message) => tabId === 3 && message.type === 'ping');
    expect(await loadPanelInputs(tab)).toEqual({ url: tab.url, state: null, contentScriptAnswers: true });
    expect(await loadPanelInputs({ ...tab, tabId: 4 })).toEqual({
      url: tab.url,
      state: null,
      contentScriptAnswers: false,
    });
  });

  it('passes on that the tab is loading, whose script is still to come', async () => {
    onMessage('getTabState', () => null);
    contentScript(() => false);
    expect(await loadPanelInputs({ ...tab, loading: true })).toEqual({
      url: tab.url,
      state: null,
      contentScriptAnswers: false,
      loading: true,
    });
  });

  it('still pings when the background cannot answer yet', async () => {
    contentScript(() => true);
    expect(await loadPanelInputs(tab)).toEqual({ url: tab.url, state: null, contentScriptAnswers: true });
  });
});

describe('listening for changes', () => {
  it('hears the background say which tab’s mentions changed', async () => {
    const heard: number[] = [];
    onTabStateChanged((tabId) => heard.push(tabId));
    await fakeBrowser.runtime.sendMessage({ id: 1, type: 'tabStateChanged', data: 8, timestamp: 1 });
    expect(heard).toEqual([8]);
  });

  it('hears the reader switch tabs until it stops listening', async () => {
    const heard: unknown[] = [];
    const stop = onTabActivated((tab) => heard.push(tab));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 5, windowId: 1 });
    expect(heard).toEqual([{ tabId: 4, windowId: 1 }]);
  });
});

describe('asking the page', () => {
  it('jumps to a mention through the tab’s content script, and says false when none answers', async () => {
    const asked: unknown[] = [];
    contentScript((tabId, message) => {
      if (tabId !== 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.type !== 'jumpToMention') throw new Error(`no listener for ${message.type}`);
      asked.push(message.data);
      return true;
    });
    expect(await jumpToMention(3, 12, true)).toBe(true);
    expect(asked).toEqual([{ index: 12, openCard: true }]);
    expect(await jumpToMention(4, 12, false)).toBe(false);
  });

  it('sends a jump to the frame holding the mention, and to the top frame alone otherwise', async () => {
    const frames: unknown[] = [];
    contentScript((_tabId, _message, options) => {
      frames.push(options?.frameId);
      return true;
    });
    await jumpToMention(3, 0, true, 6);
    await jumpToMention(3, 0, true);
    expect(frames).toEqual([6, 0]);
  });

  it('asks the page to find names, and says false when no content script answers', async () => {
    contentScript((tabId, message) => {
      if (tabId !== 3 || message.type !== 'findNamesOnPage') throw new Error('no listener');
      return true;
    });
    expect(await findNamesOnPage(3)).toBe(true);
    expect(await findNamesOnPage(4)).toBe(false);
  });
});

describe('asking the reading archive', () => {
  it('gives the background’s story so far for the tab, and an empty one when it cannot answer', async () => {
    const view = { timeline: [], newSince: [] };
    expect(await loadStorySoFar(3)).toEqual(view);
    const answered = { timeline: [{ url: 'https://news.example/a' }], newSince: [] };
    onMessage('storySoFar', ({ data }) => (data === 3 ? answered : view) as never);
    expect(await loadStorySoFar(3)).toEqual(answered);
  });

  it('passes the query on for people read about, and lists none when the archive cannot answer', async () => {
    expect(await loadReadPeople('put', 5)).toEqual([]);
    const asked: unknown[] = [];
    onMessage('readingPeople', ({ data }) => {
      asked.push(data);
      return [{ name: 'Vladimir Putin' }] as never;
    });
    expect(await loadReadPeople('put', 5)).toEqual([{ name: 'Vladimir Putin' }]);
    expect(asked).toEqual([{ query: 'put', limit: 5 }]);
  });
});

describe('browserBriefingApis', () => {
  it('offers Chrome’s side panel where the browser has one, and no Firefox sidebar', () => {
    const apis = browserBriefingApis();
    expect(apis.sidePanel).toBe((fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel);
    expect('sidebarAction' in apis).toBe(
      (fakeBrowser as unknown as { sidebarAction?: unknown }).sidebarAction !== undefined,
    );
  });

  it('offers Firefox’s sidebar where the browser has one', () => {
    const sidebarAction = { setPanel: vi.fn(), open: vi.fn() };
    Object.assign(fakeBrowser, { sidebarAction });
    try {
      expect(browserBriefingApis().sidebarAction).toBe(sidebarAction);
    } finally {
      delete (fakeBrowser as unknown as { sidebarAction?: unknown }).sidebarAction;
    }
  });

  it('opens the briefing in a tab at the extension’s own address', async () => {
    const apis = browserBriefingApis();
    await apis.createTab('https://news.example/briefing');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://news.example/briefing');
    expect(apis.getURL('/sidepanel.html')).toBe(fakeBrowser.runtime.getURL('/sidepanel.html'));
    expect(apis.getURL('/sidepanel.html')).toMatch(/sidepanel\.html$/);
  });
});
