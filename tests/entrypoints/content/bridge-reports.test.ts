import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from '../../../entrypoints/content/bridge';
import type { PageMentionsSource } from '../../../lib/page/page-mentions';
import type { PageReport } from '../../../lib/views/tab-state';

const sent = vi.hoisted(() => [] as PageReport[]);
vi.mock('../../../lib/extension/page-messages', () => ({
  sendMessage: (_type: string, report: PageReport) => {
    sent.push(report);
    return Promise.resolve();
  },
  onMessage: () => () => {},
}));

/** A page without mentions: what these reports say is whether it is still being read. */
const noMentions: PageMentionsSource = { mentions: () => [], subscribe: () => () => {}, mentionAt: () => undefined };

/** The engine's side: reading until `finish`, and reading again after `restart` (a switch-on). */
function reader(initially: boolean) {
  let reading = initially;
  let waiters: (() => void)[] = [];
  return {
    reading: () => reading,
    whenRead: () => (reading ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
    finish() {
      reading = false;
      for (const resolve of waiters) resolve();
      waiters = [];
    },
    restart() {
      reading = true;
    },
  };
}

/** The content script's navigation listeners, as the bridge subscribed them. */
const navigationListeners = new Set<() => void>();
const onNavigate = (listener: () => void) => {
  navigationListeners.add(listener);
  return () => navigationListeners.delete(listener);
};
const navigate = () => {
  for (const listener of navigationListeners) listener();
};

const bridgeOver = (scan: ReturnType<typeof reader>) =>
  startBridge({ source: noMentions, status: () => 'active', onNavigate, ...scan });
const readings = () => sent.map((r) => r.reading);

/** The first report's time limit, and the task after it in which the report goes. */
const FIRST_REPORT_DUE = 5001;

describe('the bridge’s reports to the background', () => {
  beforeEach(() => {
    sent.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends its first report once the first scan is done', async () => {
    const scan = reader(true);
    const bridge = bridgeOver(scan);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    scan.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => [r.reading, r.mentions.length])).toEqual([[false, 0]]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent).toHaveLength(1);
    bridge.stop();
  });

  it('sends the first report in a task after the one the reading ended in', async () => {
    const scan = reader(true);
    const bridge = bridgeOver(scan);
    scan.finish();
    // Everything the reading's last task still runs (its promise continuations) and no more.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(readings()).toEqual([false]);
    bridge.stop();
  });

  it('reports a page still being read on the time limit, then again when the scan ends with nothing found', async () => {
    const scan = reader(true);
    const bridge = bridgeOver(scan);
    await vi.advanceTimersByTimeAsync(FIRST_REPORT_DUE);
    expect(readings()).toEqual([true]);
    scan.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(readings()).toEqual([true, false]);
    bridge.stop();
  });

  it('says "reading" again while a later full scan runs (switched on), then reports its end', async () => {
    const scan = reader(false);
    const bridge = bridgeOver(scan);
    await vi.advanceTimersByTimeAsync(0);
    expect(readings()).toEqual([false]);
    scan.restart();
    bridge.reportNow();
    expect(readings()).toEqual([false, true]);
    scan.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(readings()).toEqual([false, true, false]);
    bridge.stop();
  });

  it('reports again after a same-document navigation, and stops listening when stopped', async () => {
    const scan = reader(false);
    const bridge = bridgeOver(scan);
    await vi.advanceTimersByTimeAsync(0);
    expect(readings()).toEqual([false]);
    navigate();
    await vi.advanceTimersByTimeAsync(1000);
    expect(readings()).toEqual([false, false]);
    bridge.stop();
    expect(navigationListeners.size).toBe(0);
  });

  it('sends nothing after it stopped', async () => {
    const scan = reader(true);
    const bridge = bridgeOver(scan);
    await vi.advanceTimersByTimeAsync(FIRST_REPORT_DUE);
    bridge.stop();
    scan.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(readings()).toEqual([true]);
  });
});
