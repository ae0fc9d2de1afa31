import { afterEach, describe, expect, it } from 'vitest';
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
});
