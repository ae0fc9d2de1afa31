import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from '../../../entrypoints/content/bridge';
import type { PageReport } from '../../../lib/messages';
import type { PageMention, PageMentionsSource } from '../../../lib/page-mentions';

const sent = vi.hoisted(() => [] as PageReport[]);
vi.mock('../../../lib/messages', () => ({
  sendMessage: (_type: string, report: PageReport) => {
    sent.push(report);
    return Promise.resolve();
  },
  onMessage: () => () => {},
}));

function source(mentions: () => readonly PageMention[]): PageMentionsSource & { changed(): void } {
  const listeners = new Set<(m: readonly PageMention[]) => void>();
  return {
    mentions,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mentionAt: () => undefined,
    changed() {
      for (const listener of listeners) listener(mentions());
    },
  };
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('the bridge’s reports to the background', () => {
  beforeEach(() => {
    sent.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends its first report once the first scan is done', async () => {
    const scan = deferred();
    const bridge = startBridge({ source: source(() => []), status: () => 'active', ready: scan.promise });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    scan.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => [r.reading, r.mentions.length])).toEqual([[false, 0]]);
    bridge.stop();
  });

  it('reports a page still being read on the time limit, then again when the scan ends with nothing found', async () => {
    const scan = deferred();
    const bridge = startBridge({ source: source(() => []), status: () => 'active', ready: scan.promise });
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent.map((r) => r.reading)).toEqual([true]);
    scan.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((r) => r.reading)).toEqual([true, false]);
    bridge.stop();
  });

  it('does not repeat a report that already said the page was read', async () => {
    const page = source(() => []);
    const bridge = startBridge({ source: page, status: () => 'active', ready: Promise.resolve() });
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent.map((r) => r.reading)).toEqual([false]);
    bridge.stop();
  });
});
