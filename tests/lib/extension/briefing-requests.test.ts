import { describe, expect, it, vi } from 'vitest';
import type { BriefingApis } from '../../../lib/extension/briefing-opener';
import { BRIEFING_OPEN_INTERVAL_MS, createBriefingRequests } from '../../../lib/extension/briefing-requests';

const getURL = (path: string) => `moz-extension://id/${path}`;

/** Firefox from a message: the sidebar never opens, so anything opened is a tab. */
function firefox() {
  const createTab = vi.fn(async () => ({}));
  const apis: BriefingApis = {
    sidebarAction: {
      setPanel: async () => {},
      open: async () => {
        throw new Error('sidebarAction.open may only be called from a user input handler');
      },
    },
    createTab,
    getURL,
  };
  return { apis: () => apis, createTab };
}

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('requests to open the briefing from a page', () => {
  it('opens one tab for thirty scripted clicks in a row, even when each claims a gesture', async () => {
    const { apis, createTab } = firefox();
    const requests = createBriefingRequests(apis, clock().now);
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () => requests.handle({ tabId: 7, entityId: 'nato', userGesture: true })),
    );
    expect(createTab).toHaveBeenCalledTimes(1);
    expect(outcomes.filter((o) => o === 'limited')).toHaveLength(29);
  });

  it('opens nothing for a request without a user gesture that the panel refuses', async () => {
    const { apis, createTab } = firefox();
    const requests = createBriefingRequests(apis, clock().now);
    expect(await requests.handle({ tabId: 7 })).toBe('refused');
    expect(await requests.handle({ tabId: 8, userGesture: false })).toBe('refused');
    expect(createTab).not.toHaveBeenCalled();
  });

  it('lets the reader open the briefing again once the window has passed', async () => {
    const { apis, createTab } = firefox();
    const time = clock();
    const requests = createBriefingRequests(apis, time.now);
    await requests.handle({ tabId: 7, userGesture: true });
    time.advance(BRIEFING_OPEN_INTERVAL_MS - 1);
    expect(await requests.handle({ tabId: 7, userGesture: true })).toBe('limited');
    time.advance(BRIEFING_OPEN_INTERVAL_MS);
    expect(await requests.handle({ tabId: 7, userGesture: true })).toBe('tab');
    expect(createTab).toHaveBeenCalledTimes(2);
  });

  it('counts refused requests too, so a burst without gestures keeps the tab limited', async () => {
    const { apis } = firefox();
    const time = clock();
    const requests = createBriefingRequests(apis, time.now);
    await requests.handle({ tabId: 7 });
    time.advance(BRIEFING_OPEN_INTERVAL_MS / 2);
    expect(await requests.handle({ tabId: 7, userGesture: true })).toBe('limited');
  });

  it('limits each tab on its own', async () => {
    const { apis, createTab } = firefox();
    const requests = createBriefingRequests(apis, clock().now);
    await requests.handle({ tabId: 1, userGesture: true });
    expect(await requests.handle({ tabId: 2, userGesture: true })).toBe('tab');
    expect(createTab).toHaveBeenCalledTimes(2);
  });

  it('forgets a closed tab', async () => {
    const { apis } = firefox();
    const requests = createBriefingRequests(apis, clock().now);
    await requests.handle({ tabId: 1, userGesture: true });
    requests.forget(1);
    expect(await requests.handle({ tabId: 1, userGesture: true })).toBe('tab');
  });
});

describe('what a request opens', () => {
  it('opens the side panel for the tab that asked, at the entity it asked for', async () => {
    const sidePanel = { setOptions: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    const requests = createBriefingRequests(() => ({ sidePanel, createTab: async () => ({}), getURL }));
    expect(await requests.handle({ tabId: 8, entityId: 'nato' })).toBe('side-panel');
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 8 });
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ path: 'sidepanel.html#entity=nato', enabled: true });
  });

  it('lets the same tab ask again exactly when the window has passed', async () => {
    const { apis, createTab } = firefox();
    const time = clock();
    const requests = createBriefingRequests(apis, time.now);
    await requests.handle({ tabId: 1, userGesture: true });
    time.advance(BRIEFING_OPEN_INTERVAL_MS);
    expect(await requests.handle({ tabId: 1, userGesture: true })).toBe('tab');
    expect(createTab).toHaveBeenCalledTimes(2);
  });
});
