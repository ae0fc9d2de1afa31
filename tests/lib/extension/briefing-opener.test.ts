import { describe, expect, it, vi } from 'vitest';
import {
  type BriefingApis,
  briefingPath,
  entityFromHash,
  openBriefing,
  tabIdFromSearch,
} from '../../../lib/extension/briefing-opener';

const getURL = (path: string) => `chrome-extension://id/${path}`;
const TAB_OK = { fallbackToTab: true };
const NO_TAB = { fallbackToTab: false };

function refusingSidebar() {
  return {
    setPanel: vi.fn(async () => {}),
    open: vi.fn(async () => {
      throw new Error('sidebarAction.open may only be called from a user input handler');
    }),
  };
}

describe('openBriefing', () => {
  it('opens Chrome’s side panel for the tab, at the entity asked for', async () => {
    const sidePanel = { setOptions: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    const createTab = vi.fn(async () => ({}));
    const opened = await openBriefing({ sidePanel, createTab, getURL }, { tabId: 4, entityId: 'nato' }, TAB_OK);
    expect(opened).toBe('side-panel');
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ path: 'sidepanel.html#entity=nato', enabled: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 4 });
    expect(createTab).not.toHaveBeenCalled();
  });

  it('calls open() in the same turn as the click, before any await, so the gesture still counts', () => {
    const order: string[] = [];
    const apis: BriefingApis = {
      sidePanel: {
        setOptions: () => new Promise((resolve) => setTimeout(resolve, 10)),
        open: async () => {
          order.push('open');
        },
      },
      createTab: async () => ({}),
      getURL,
    };
    void openBriefing(apis, { tabId: 1 }, TAB_OK);
    order.push('returned');
    expect(order).toEqual(['open', 'returned']);
  });

  it('opens Firefox’s sidebar at the entity', async () => {
    const sidebarAction = { setPanel: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    const opened = await openBriefing(
      { sidebarAction, createTab: vi.fn(), getURL },
      { tabId: 2, entityId: 'vladimir-medinsky' },
      TAB_OK,
    );
    expect(opened).toBe('sidebar');
    expect(sidebarAction.setPanel).toHaveBeenCalledWith({
      panel: 'chrome-extension://id/sidepanel.html#entity=vladimir-medinsky',
    });
  });

  it('falls back to a tab for this page, for a reader’s click, when Firefox refuses to open the sidebar', async () => {
    const createTab = vi.fn(async () => ({}));
    const opened = await openBriefing(
      { sidebarAction: refusingSidebar(), createTab, getURL },
      { tabId: 9, entityId: 'nato' },
      TAB_OK,
    );
    expect(opened).toBe('tab');
    expect(createTab).toHaveBeenCalledWith('chrome-extension://id/sidepanel.html?tabId=9#entity=nato');
  });

  it('opens no tab when the side panel refuses a request without a user gesture', async () => {
    const sidePanel = {
      setOptions: vi.fn(async () => {}),
      open: vi.fn(async () => {
        throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
      }),
    };
    const createTab = vi.fn(async () => ({}));
    expect(await openBriefing({ sidePanel, createTab, getURL }, { tabId: 5 }, NO_TAB)).toBe('refused');
    expect(createTab).not.toHaveBeenCalled();
  });

  it('opens no tab when Firefox refuses the sidebar and no user gesture vouches for the request', async () => {
    const createTab = vi.fn(async () => ({}));
    expect(await openBriefing({ sidebarAction: refusingSidebar(), createTab, getURL }, { tabId: 9 }, NO_TAB)).toBe(
      'refused',
    );
    expect(createTab).not.toHaveBeenCalled();
  });

  it('opens a tab in a browser with neither panel', async () => {
    const createTab = vi.fn(async () => ({}));
    expect(await openBriefing({ createTab, getURL }, { tabId: 3 }, TAB_OK)).toBe('tab');
    expect(createTab).toHaveBeenCalledWith('chrome-extension://id/sidepanel.html?tabId=3');
  });
});

describe('briefing addresses', () => {
  it('round-trips the entity and the tab through the address', () => {
    const path = briefingPath({ tabId: 12, entityId: 'dolmabahce-palace' });
    const url = new URL(path, 'chrome-extension://id/');
    expect(tabIdFromSearch(url.search)).toBe(12);
    expect(entityFromHash(url.hash)).toBe('dolmabahce-palace');
  });

  it('ignores a missing or malformed tab id and entity', () => {
    expect(tabIdFromSearch('')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=abc')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=-1')).toBeUndefined();
    expect(entityFromHash('')).toBeUndefined();
    expect(entityFromHash('#bf-people')).toBeUndefined();
    expect(entityFromHash('#entity=%E0%A4%A')).toBeUndefined();
  });
});

describe('briefing addresses, strictly read', () => {
  it('reads the entity from a hash with or without its #, and only from one that starts with it', () => {
    expect(entityFromHash('entity=nato')).toBe('nato');
    expect(entityFromHash('#entity=nato&x=1')).toBe('nato');
    expect(entityFromHash('#people&entity=nato')).toBeUndefined();
  });

  it('takes a tab id made only of digits', () => {
    expect(tabIdFromSearch('?tabId=4x')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=40')).toBe(40);
  });
});
