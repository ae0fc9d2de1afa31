import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FRAME, phasedJob, ScanScheduler, type SliceJob, stepThrough } from '../../../lib/page/scan-scheduler';

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

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    });

    /** A job that first asks to wait for an idle period after `notBefore`, then runs one step. */
    function idleJob(name: string, notBefore: number, log: string[]): SliceJob {
      const rest = job(name, 1, log);
      let waited = false;
      return {
        step(deadline) {
          if (waited) return rest.step(deadline);
          waited = true;
          log.push(`${name}:wait`);
          return { notBefore };
        },
      };
    }

    /**
     * A new scheduler running an idle job, once its first tick has asked to wait. That tick comes
     * from a real MessageChannel message, which fake timers do not run.
     */
    async function waitingJob(notBefore: number): Promise<{ log: string[]; finished: Promise<boolean> }> {
      const current = new ScanScheduler({ document });
      scheduler = current;
      const log: string[] = [];
      const finished = current.run(idleJob('a', notBefore, log));
      for (let i = 0; i < 100 && log.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
      return { log, finished };
    }

    it('resumes in the first idle period after the time asked for, ahead of later jobs', async () => {
      const idle: (() => void)[] = [];
      view.requestIdleCallback = (callback: () => void) => idle.push(callback);
      const { log, finished } = await waitingJob(performance.now() + 40);
      const later = scheduler?.run(job('b', 1, log));
      await vi.advanceTimersByTimeAsync(39);
      expect(log).toEqual(['a:wait']);
      expect(idle).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      // Past the time: waiting for the page to be idle, still nothing run.
      expect(idle).toHaveLength(1);
      expect(log).toEqual(['a:wait']);
      idle[0]?.();
      await vi.advanceTimersByTimeAsync(0);
      await Promise.all([finished, later]);
      expect(log).toEqual(['a:wait', 'a:0', 'b:0']);
    });

    it('goes on without an idle period on a page that is never idle', async () => {
      view.requestIdleCallback = () => 0;
      const { log, finished } = await waitingJob(performance.now());
      await vi.advanceTimersByTimeAsync(250);
      expect(log).toEqual(['a:wait']);
      await vi.advanceTimersByTimeAsync(100);
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:wait', 'a:0']);
    });

    it('waits for the time asked for where idle callbacks do not exist', async () => {
      const { log, finished } = await waitingJob(performance.now() + 30);
      await vi.advanceTimersByTimeAsync(29);
      expect(log).toEqual(['a:wait']);
      await vi.advanceTimersByTimeAsync(1);
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:wait', 'a:0']);
    });
  });
});

describe('a job in phases', () => {
  it('runs finished phases on in the same slice and resumes an unfinished one in the next', () => {
    const log: string[] = [];
    let reads = 0;
    const job = phasedJob(
      () => true,
      [
        () => {
          log.push('a');
          return true;
        },
        () => {
          log.push(`read${++reads}`);
          return reads === 2;
        },
        () => {
          log.push('c');
          return true;
        },
      ],
    );
    expect(job.step(0)).toBe(false);
    expect(job.step(0)).toBe(true);
    expect(log).toEqual(['a', 'read1', 'read2', 'c']);
  });

  it('hands a pause to the scheduler and goes on with the next phase after it', () => {
    const log: string[] = [];
    const job = phasedJob(() => true, [() => AFTER_FRAME, () => log.push('after') > 0]);
    expect(job.step(0)).toBe(AFTER_FRAME);
    expect(log).toEqual([]);
    expect(job.step(0)).toBe(true);
    expect(log).toEqual(['after']);
  });

  it('drops the remaining phases once the work is stale', () => {
    let live = true;
    const log: string[] = [];
    const job = phasedJob(() => live, [() => AFTER_FRAME, () => log.push('stale work') > 0]);
    job.step(0);
    live = false;
    expect(job.step(0)).toBe(true);
    expect(log).toEqual([]);
  });
});

describe('stepThrough', () => {
  it('goes through every index when the deadline is far', () => {
    const seen: number[] = [];
    expect(stepThrough(0, 500, Number.POSITIVE_INFINITY, (i) => seen.push(i))).toBe(500);
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('stops past its deadline and goes on from where it stopped', () => {
    const seen: number[] = [];
    const stopped = stepThrough(0, 500, Number.NEGATIVE_INFINITY, (i) => seen.push(i));
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(500);
    expect(stepThrough(stopped, 500, Number.POSITIVE_INFINITY, (i) => seen.push(i))).toBe(500);
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });
});
