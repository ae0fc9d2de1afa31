import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOrBuildTables } from '../../../lib/matching/table-builder';
import { MentionEngine } from '../../../lib/page/mention-engine';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

/**
 * A page change is handled in the page's idle time; on a page that is never idle, the browser
 * calls back at the deadline the engine gave it (`idleTimeoutMs`), and the change is read then.
 * The browser here is never idle: its idle callbacks run at their deadline only, on a fake clock.
 */
describe('MentionEngine on a page that is never idle', () => {
  const view = window as unknown as {
    requestIdleCallback?: (callback: () => void, options?: { timeout?: number }) => number;
  };
  let engine: MentionEngine | undefined;

  afterEach(() => {
    vi.useRealTimers();
    delete view.requestIdleCallback;
    engine?.destroy();
    engine = undefined;
    document.body.innerHTML = '';
  });

  it('reads a page change once the idle deadline it was given has passed, not before', async () => {
    document.body.innerHTML = '<p id="p">Putin</p>';
    const e = new MentionEngine({
      tables: readOrBuildTables,
      catalog: { aliases: TEST_ALIASES },
      highlightApi: null,
      idleTimeoutMs: 120,
    });
    engine = e;
    e.start();
    await e.whenIdle();
    expect(e.mentions().map((m) => m.text)).toEqual(['Putin']);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let deadlinesReached = 0;
    // No idle period ever comes: a callback runs at its deadline, and one without a deadline never.
    view.requestIdleCallback = (callback, options) => {
      if (options?.timeout === undefined) return 0;
      const atDeadline = () => {
        deadlinesReached++;
        callback();
      };
      return setTimeout(atDeadline, options.timeout) as unknown as number;
    };
    (document.getElementById('p') as HTMLElement).textContent = 'Zelensky';
    // The page's change is reported (a microtask) and the wait for idle time begins.
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(119);
    expect(deadlinesReached).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(deadlinesReached).toBe(1);
    await vi.waitFor(() => expect(e.mentions().map((m) => m.text)).toEqual(['Zelensky']));
  });
});
