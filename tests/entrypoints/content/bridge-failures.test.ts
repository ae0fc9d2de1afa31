import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBridge } from '../../../entrypoints/content/bridge';
import type { PageMentionsSource } from '../../../lib/page/page-mentions';

/** Each report is answered with the next queued error, or accepted. */
const calls = vi.hoisted(() => ({ reports: 0, failures: [] as Error[] }));
vi.mock('../../../lib/extension/page-messages', () => ({
  sendMessage: () => {
    calls.reports += 1;
    const failure = calls.failures.shift();
    return failure ? Promise.reject(failure) : Promise.resolve();
  },
  onMessage: () => () => {},
}));

/** A page whose mentions change when `change()` is called (as the engine tells the bridge). */
function changingPage() {
  let listener: (() => void) | undefined;
  const source: PageMentionsSource = {
    mentions: () => [],
    subscribe: (l) => {
      listener = () => l([]);
      return () => {
        listener = undefined;
      };
    },
    mentionAt: () => undefined,
  };
  return { source, change: () => listener?.() };
}

describe('the bridge when a report fails', () => {
  beforeEach(() => {
    calls.reports = 0;
    calls.failures = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  const start = (page: ReturnType<typeof changingPage>) =>
    startBridge({
      source: page.source,
      status: () => 'active',
      reading: () => false,
      whenRead: () => Promise.resolve(),
      onNavigate: () => () => {},
    });

  it('keeps reporting after the background could not save (a storage quota error)', async () => {
    const page = changingPage();
    calls.failures.push(new Error('Resource::kQuotaBytes quota exceeded'));
    const bridge = start(page);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.reports).toBe(1);
    page.change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.reports).toBe(2);
    bridge.stop();
  });

  it('goes quiet for good once the extension context is invalidated', async () => {
    const page = changingPage();
    calls.failures.push(new Error('Extension context invalidated.'));
    start(page);
    await vi.advanceTimersByTimeAsync(0);
    page.change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.reports).toBe(1);
  });
});
