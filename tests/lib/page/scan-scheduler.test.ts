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

    it('asks for an idle period at once when the time asked for has passed', async () => {
      const idle: (() => void)[] = [];
      view.requestIdleCallback = (callback: () => void) => idle.push(callback);
      // The clock well past zero, as on any page: the time asked for is a time, not a delay.
      await vi.advanceTimersByTimeAsync(1000);
      const { log, finished } = await waitingJob(performance.now() - 1);
      // No timer has run: the request was made in the tick that asked to wait.
      expect(idle).toHaveLength(1);
      idle[0]?.();
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:wait', 'a:0']);
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

  it('ends the job at once when its last phase asks for a pause: nothing is left to wait for', () => {
    expect(phasedJob(() => true, [() => AFTER_FRAME]).step(0)).toBe(true);
    expect(phasedJob(() => true, [() => true, () => ({ notBefore: 5 })]).step(0)).toBe(true);
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

describe('ScanScheduler: slices, failures and its life cycle', () => {
  let scheduler: ScanScheduler | undefined;
  afterEach(() => {
    scheduler?.dispose();
    scheduler = undefined;
    vi.unstubAllGlobals();
  });

  /** A clock that moves `perStep` ms on for each step of work (each step reads it once). */
  function steppedClock(perStep: number): { advance(): void } {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    return {
      advance() {
        now += perStep;
      },
    };
  }

  /** A job of `units` steps, each moving the clock on. */
  function timedJob(units: number, clock: { advance(): void }, log: number[]): SliceJob {
    let done = 0;
    return {
      step() {
        clock.advance();
        log.push(done++);
        return done >= units;
      },
    };
  }

  it('ends a slice once its time is up, one task per slice, and counts them', async () => {
    const clock = steppedClock(4);
    scheduler = new ScanScheduler({ document, sliceMs: 10 });
    const log: number[] = [];
    // Two jobs of three clock steps each: a slice holds three steps, the third overrunning it.
    expect(await Promise.all([scheduler.run(timedJob(3, clock, log)), scheduler.run(timedJob(3, clock, log))])).toEqual(
      [true, true],
    );
    expect(log).toEqual([0, 1, 2, 0, 1, 2]);
    const stats = scheduler.readStats();
    expect(stats.tasks).toBe(2);
    expect(stats.longestTaskMs).toBe(12);
    expect(stats.totalMs).toBe(24);
  });

  it('ends a slice when the clock reaches its deadline exactly', async () => {
    const clock = steppedClock(5);
    scheduler = new ScanScheduler({ document, sliceMs: 10 });
    expect(await scheduler.run(timedJob(4, clock, []))).toBe(true);
    expect(scheduler.readStats()).toEqual({ tasks: 2, longestTaskMs: 10, totalMs: 20 });
  });

  it('cuts slices of ten milliseconds when given no length', async () => {
    const clock = steppedClock(4);
    scheduler = new ScanScheduler({ document });
    const log: number[] = [];
    // Six clock steps of four: three to a slice, the third overrunning it.
    expect(await scheduler.run(timedJob(6, clock, log))).toBe(true);
    expect(log).toEqual([0, 1, 2, 3, 4, 5]);
    expect(scheduler.readStats()).toEqual({ tasks: 2, longestTaskMs: 12, totalMs: 24 });
  });

  it('gives its stats as a copy, and starts them again when reset', async () => {
    const clock = steppedClock(3);
    scheduler = new ScanScheduler({ document, sliceMs: 100 });
    await scheduler.run(timedJob(2, clock, []));
    const read = scheduler.readStats();
    expect(read).toEqual({ tasks: 1, longestTaskMs: 6, totalMs: 6 });
    read.tasks = 99;
    expect(scheduler.readStats().tasks).toBe(1);
    // The longest task is kept over a shorter one.
    await scheduler.run(timedJob(1, clock, []));
    expect(scheduler.readStats()).toEqual({ tasks: 2, longestTaskMs: 6, totalMs: 9 });
    scheduler.resetStats();
    expect(scheduler.readStats()).toEqual({ tasks: 0, longestTaskMs: 0, totalMs: 0 });
  });

  it('drops a job that throws, resolving it false, and goes on with the next', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    scheduler = new ScanScheduler({ document });
    const log: string[] = [];
    const broken: SliceJob = {
      step() {
        throw new Error('half-torn-down page');
      },
    };
    expect(await Promise.all([scheduler.run(broken), scheduler.run(job('b', 2, log))])).toEqual([false, true]);
    expect(log).toEqual(['b:0', 'b:1']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(scheduler.idle).toBe(true);
  });

  it('runs the job a finishing job queues after cancelling the queue (a rescan asked for while publishing)', async () => {
    scheduler = new ScanScheduler({ document });
    const own = scheduler;
    const log: string[] = [];
    let rescan: Promise<boolean> | undefined;
    const publishing: SliceJob = {
      step() {
        log.push('a:0');
        own.cancelAll();
        rescan = own.run(job('b', 2, log));
        return true;
      },
    };
    expect(await own.run(publishing)).toBe(false);
    expect(await rescan).toBe(true);
    expect(log).toEqual(['a:0', 'b:0', 'b:1']);
    expect(own.idle).toBe(true);
  });

  it('runs the job a failing job queued after cancelling the queue, before it threw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    scheduler = new ScanScheduler({ document });
    const own = scheduler;
    const log: string[] = [];
    let rescan: Promise<boolean> | undefined;
    const failing: SliceJob = {
      step() {
        own.cancelAll();
        rescan = own.run(job('b', 2, log));
        throw new Error('a listener failed after asking for a rescan');
      },
    };
    expect(await own.run(failing)).toBe(false);
    expect(await rescan).toBe(true);
    expect(log).toEqual(['b:0', 'b:1']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(own.idle).toBe(true);
  });

  it('is idle only with nothing queued', async () => {
    scheduler = new ScanScheduler({ document });
    expect(scheduler.idle).toBe(true);
    const finished = scheduler.run(job('a', 1, []));
    expect(scheduler.idle).toBe(false);
    await finished;
    expect(scheduler.idle).toBe(true);
  });

  it('yields with a timer where MessageChannel does not exist', async () => {
    vi.stubGlobal('MessageChannel', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      scheduler = new ScanScheduler({ document });
      const log: string[] = [];
      const finished = scheduler.run(job('a', 1, log));
      expect(log).toEqual([]);
      await vi.advanceTimersByTimeAsync(0);
      expect(await finished).toBe(true);
      expect(log).toEqual(['a:0']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('works on the page’s document when given none', async () => {
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      scheduler = new ScanScheduler();
      const log: string[] = [];
      const finished = scheduler.run(job('a', 1, log));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(log).toEqual([]);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await finished).toBe(true);
    } finally {
      delete (document as unknown as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('stays asleep on a visibilitychange that leaves the tab hidden', async () => {
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      scheduler = new ScanScheduler({ document });
      const log: string[] = [];
      const finished = scheduler.run(job('a', 1, log));
      await new Promise((resolve) => setTimeout(resolve, 20));
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(log).toEqual([]);
      // A job queued meanwhile waits too.
      const second = scheduler.run(job('b', 1, log));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(log).toEqual([]);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await Promise.all([finished, second])).toEqual([true, true]);
      expect(log).toEqual(['a:0', 'b:0']);
    } finally {
      delete (document as unknown as { visibilityState?: unknown }).visibilityState;
    }
  });

  /** A stand-in document whose listeners can be taken away, as `document.open()` does. */
  function fakeDocument(visibilityState: DocumentVisibilityState) {
    const listeners = new Set<() => void>();
    const doc = {
      visibilityState,
      defaultView: null,
      // Only the event the scheduler waits for counts: a listener for another would never wake it.
      addEventListener: (type: string, listener: () => void) => type === 'visibilitychange' && listeners.add(listener),
      removeEventListener: (type: string, listener: () => void) =>
        type === 'visibilitychange' && listeners.delete(listener),
    };
    return { doc, listeners, asDocument: doc as unknown as Document };
  }

  /** A scheduler in a visible page whose frames come only when the test calls them. */
  function schedulerWithFrames(): { scheduler: ScanScheduler; frames: (() => void)[] } {
    const frames: (() => void)[] = [];
    const view = { requestAnimationFrame: (callback: () => void) => frames.push(callback) };
    const doc = { ...fakeDocument('visible').doc, defaultView: view } as unknown as Document;
    return { scheduler: new ScanScheduler({ document: doc }), frames };
  }

  /** Lets the scheduler's message-driven ticks run until `condition` holds (real tasks, not a timer). */
  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  }

  it('listens again for the tab being shown after the page replaced its document', async () => {
    const { doc, listeners, asDocument } = fakeDocument('hidden');
    scheduler = new ScanScheduler({ document: asDocument });
    const log: string[] = [];
    const finished = scheduler.run(job('a', 1, log));
    await until(() => listeners.size > 0);
    expect(listeners.size).toBe(1);
    listeners.clear(); // document.open()
    scheduler.reattach();
    expect(listeners.size).toBe(1);
    doc.visibilityState = 'visible';
    for (const listener of [...listeners]) listener();
    expect(await finished).toBe(true);
    expect(listeners.size).toBe(0);
    // Not waiting: nothing to listen for.
    scheduler.reattach();
    expect(listeners.size).toBe(0);
  });

  it('stops listening and running when disposed', async () => {
    const { doc, listeners, asDocument } = fakeDocument('hidden');
    scheduler = new ScanScheduler({ document: asDocument });
    const log: string[] = [];
    const finished = scheduler.run(job('a', 1, log));
    await until(() => listeners.size > 0);
    scheduler.dispose();
    expect(await finished).toBe(false);
    expect(listeners.size).toBe(0);
    doc.visibilityState = 'visible';
    const after = scheduler.run(job('b', 1, log));
    const settled = await Promise.race([after, new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))]);
    expect(settled).toBe('waiting');
    expect(log).toEqual([]);
  });

  it('runs nothing queued after it was disposed, on a visible page too', async () => {
    scheduler = new ScanScheduler({ document: fakeDocument('visible').asDocument });
    const log: string[] = [];
    expect(await scheduler.run(job('a', 1, log))).toBe(true);
    scheduler.dispose();
    void scheduler.run(job('b', 1, log));
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['a:0']);
  });

  it('counts no task for a tick that finds every job cancelled', async () => {
    scheduler = new ScanScheduler({ document: fakeDocument('visible').asDocument });
    const cancelled = scheduler.run(job('a', 1, []));
    scheduler.cancelAll();
    expect(await cancelled).toBe(false);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(scheduler.readStats().tasks).toBe(0);
  });

  describe('waiting for a frame', () => {
    afterEach(() => vi.useRealTimers());

    it('goes on at once where frames cannot be waited for', async () => {
      const { asDocument } = fakeDocument('visible');
      scheduler = new ScanScheduler({ document: asDocument });
      const log: string[] = [];
      expect(await scheduler.run(job('a', 2, log, 1))).toBe(true);
      expect(log).toEqual(['a:0', 'a:frame', 'a:1']);
    });

    it('runs nothing of a job waiting for a frame before the frame, whatever was queued with it', async () => {
      // The fallback timer never fires here: only the frame lets the job go on.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { frames, scheduler: framed } = schedulerWithFrames();
      scheduler = framed;
      const log: string[] = [];
      // Queued in one task: one tick is asked for them all, not one per job.
      const finished = Promise.all([
        scheduler.run(job('a', 2, log, 1)),
        scheduler.run(job('b', 1, log)),
        scheduler.run(job('c', 1, log)),
      ]);
      await until(() => frames.length > 0);
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(log).toEqual(['a:0', 'a:frame']);
      frames[0]?.();
      expect(await finished).toEqual([true, true, true]);
      expect(log).toEqual(['a:0', 'a:frame', 'a:1', 'b:0', 'c:0']);
    });

    it('goes on after the next frame, or after a while when no frame comes, once only', async () => {
      const { frames, scheduler: framed } = schedulerWithFrames();
      scheduler = framed;
      const log: string[] = [];
      const first = scheduler.run(job('a', 2, log, 1));
      for (let i = 0; i < 100 && frames.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(log).toEqual(['a:0', 'a:frame']);
      frames[0]?.();
      expect(await first).toBe(true);
      expect(log).toEqual(['a:0', 'a:frame', 'a:1']);

      // No frame comes (a throttled frame): the fallback timer goes on.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const second = scheduler.run(job('b', 2, log, 1));
      for (let i = 0; i < 100 && frames.length === 1; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(frames).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(99);
      expect(log.at(-1)).toBe('b:frame');
      await vi.advanceTimersByTimeAsync(1);
      expect(await second).toBe(true);
      // The frame that comes late does not tick again on an empty queue's behalf, nor a job twice.
      const third = scheduler.run(job('c', 1, log));
      frames[1]?.();
      expect(await third).toBe(true);
      expect(log.slice(-3)).toEqual(['b:frame', 'b:1', 'c:0']);
    });

    it('lets no frame that came too late cut short a later wait for a frame', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { frames, scheduler: framed } = schedulerWithFrames();
      scheduler = framed;
      const log: string[] = [];
      // No frame comes for the first job: the fallback timer goes on.
      const first = scheduler.run(job('a', 2, log, 1));
      await until(() => frames.length === 1);
      await vi.advanceTimersByTimeAsync(100);
      expect(await first).toBe(true);
      const second = scheduler.run(job('b', 2, log, 1));
      await until(() => frames.length === 2);
      // The first job's frame comes now, while the second waits for its own.
      frames[0]?.();
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(log.slice(-2)).toEqual(['b:0', 'b:frame']);
      frames[1]?.();
      expect(await second).toBe(true);
      expect(log.slice(-3)).toEqual(['b:0', 'b:frame', 'b:1']);
    });
  });
});
