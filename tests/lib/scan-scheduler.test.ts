import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FRAME, ScanScheduler, type SliceJob } from '../../lib/scan-scheduler';

/** A job of `units` steps of work, logging each under `name`; `pauseAt` asks for a frame once. */
function job(name: string, units: number, log: string[], pauseAt?: number): SliceJob {
  let done = 0;
  let paused = false;
  return {
    step() {
      if (done === pauseAt && !paused) {
        paused = true;
        log.push(`${name}:frame`);
        return AFTER_FRAME;
      }
      log.push(`${name}:${done}`);
      done++;
      return done >= units;
    },
  };
}

describe('ScanScheduler', () => {
  let scheduler: ScanScheduler | undefined;
  afterEach(() => scheduler?.dispose());

  it('runs queued jobs to completion in order and reports its tasks', async () => {
    scheduler = new ScanScheduler({ document });
    const log: string[] = [];
    const results = await Promise.all([scheduler.run(job('a', 3, log)), scheduler.run(job('b', 2, log))]);
    expect(results).toEqual([true, true]);
    expect(log).toEqual(['a:0', 'a:1', 'a:2', 'b:0', 'b:1']);
    expect(scheduler.idle).toBe(true);
    expect(scheduler.readStats().tasks).toBeGreaterThan(0);
  });

  it('lets a job wait for a frame without a later job overtaking it', async () => {
    scheduler = new ScanScheduler({ document });
    const log: string[] = [];
    await Promise.all([scheduler.run(job('a', 3, log, 1)), scheduler.run(job('b', 1, log))]);
    expect(log).toEqual(['a:0', 'a:frame', 'a:1', 'a:2', 'b:0']);
  });

  it('resolves cancelled jobs false and runs nothing more of them', async () => {
    scheduler = new ScanScheduler({ document });
    const log: string[] = [];
    const pending = scheduler.run(job('a', 1_000_000, log));
    scheduler.cancelAll();
    expect(await pending).toBe(false);
    expect(log.length).toBeLessThan(1_000_000);
  });

  it('does no work while the document is hidden, and resumes when it is shown', async () => {
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      scheduler = new ScanScheduler({ document });
      const log: string[] = [];
      const finished = scheduler.run(job('a', 2, log));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(log).toEqual([]);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:0', 'a:1']);
    } finally {
      delete (document as unknown as { visibilityState?: unknown }).visibilityState;
    }
  });

  describe('waiting for an idle period', () => {
    const view = window as unknown as { requestIdleCallback?: unknown };
    afterEach(() => {
      delete view.requestIdleCallback;
      vi.useRealTimers();
    });

    /** The scheduler's first tick comes from a real MessageChannel message, which fake timers do not run. */
    async function firstTick(log: string[]): Promise<void> {
      for (let i = 0; i < 100 && log.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
    }

    /** A job that first asks to wait for an idle period after `notBefore`, then runs `units` steps. */
    function idleJob(name: string, notBefore: number, units: number, log: string[]): SliceJob {
      let waited = false;
      return {
        step() {
          if (!waited) {
            waited = true;
            log.push(`${name}:wait`);
            return { notBefore };
          }
          return job(name, units, log).step(0);
        },
      };
    }

    it('resumes in the first idle period after the time asked for, ahead of later jobs', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      const idle: (() => void)[] = [];
      view.requestIdleCallback = (callback: () => void) => idle.push(callback);
      scheduler = new ScanScheduler({ document });
      const log: string[] = [];
      const finished = Promise.all([
        scheduler.run(idleJob('a', performance.now() + 40, 1, log)),
        scheduler.run(job('b', 1, log)),
      ]);
      await firstTick(log);
      await vi.advanceTimersByTimeAsync(39);
      expect(log).toEqual(['a:wait']);
      expect(idle).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      // Past the time: waiting for the page to be idle, still nothing run.
      expect(idle).toHaveLength(1);
      expect(log).toEqual(['a:wait']);
      idle[0]?.();
      await vi.advanceTimersByTimeAsync(0);
      await finished;
      expect(log).toEqual(['a:wait', 'a:0', 'b:0']);
    });

    it('goes on without an idle period on a page that is never idle', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      view.requestIdleCallback = () => 0;
      scheduler = new ScanScheduler({ document });
      const log: string[] = [];
      const finished = scheduler.run(idleJob('a', performance.now(), 1, log));
      await firstTick(log);
      await vi.advanceTimersByTimeAsync(250);
      expect(log).toEqual(['a:wait']);
      await vi.advanceTimersByTimeAsync(100);
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:wait', 'a:0']);
    });

    it('waits for the time asked for where idle callbacks do not exist', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      scheduler = new ScanScheduler({ document });
      const log: string[] = [];
      const finished = scheduler.run(idleJob('a', performance.now() + 30, 1, log));
      await firstTick(log);
      await vi.advanceTimersByTimeAsync(29);
      expect(log).toEqual(['a:wait']);
      await vi.advanceTimersByTimeAsync(1);
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:wait', 'a:0']);
    });
  });
});
