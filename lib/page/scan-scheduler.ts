/**
 * Time-sliced work on the page's main thread: jobs run in slices of a few milliseconds, each slice
 * one task, so that no task Backstory runs comes near 50 ms (a "long task" the reader would feel),
 * even on a huge page. Nothing runs while the tab is hidden; work resumes when it is shown.
 * Why slices rather than a worker or one pass: docs/decisions/0005.
 */

/**
 * Returned by a job's step to be called again once the page has rendered its next frame: work that
 * reads computed style then finds it clean instead of forcing a recalculation in our task.
 */
export const AFTER_FRAME = 'after-frame';

/**
 * Returned by a job's step to be called again in the page's first idle period after `notBefore`
 * (a performance.now() time): a full-page scan starts there, after the page's own pending work
 * and after the background work that building the matcher set off, instead of sharing the CPU
 * with both.
 */
export interface AfterIdle {
  readonly notBefore: number;
}

type Pause = typeof AFTER_FRAME | AfterIdle;
type StepResult = boolean | Pause;

export interface SliceJob {
  /** Does work until `deadline` (a performance.now() time); returns true when finished. */
  step(deadline: number): StepResult;
}

/**
 * One phase of a job, given the slice's deadline: true when it is done (the next phase runs at
 * once, in the same slice), false to be called again in the next slice, or a pause after which
 * the next phase runs.
 */
export type Phase = (deadline: number) => StepResult;

/** A job made of phases run in order; once `live()` turns false the rest is dropped as stale. */
export function phasedJob(live: () => boolean, phases: readonly Phase[]): SliceJob {
  let at = 0;
  return {
    step(deadline) {
      while (at < phases.length) {
        if (!live()) return true;
        const result = (phases[at] as Phase)(deadline);
        if (result === false) return false;
        at++;
        if (result !== true) return at < phases.length ? result : true;
      }
      return true;
    },
  };
}

/**
 * Calls `each` for the indices from `from` up to `to`, stopping once `deadline` (a
 * performance.now() time) has passed: a loop over every mention of a huge page is cut into slices
 * like the scan. The clock is read every few items, as it costs about as much as a cheap one.
 * Returns where it stopped.
 */
export function stepThrough(from: number, to: number, deadline: number, each: (i: number) => void): number {
  let i = from;
  while (i < to) {
    each(i++);
    if ((i & 63) === 0 && performance.now() >= deadline) break;
  }
  return i;
}

/** Longest wait for a frame (rAF does not run in some throttled frames): then go on regardless. */
const FRAME_WAIT_MS = 100;
/** Longest wait for an idle period: a busy page still gets its mentions. */
const IDLE_WAIT_MS = 300;

export interface SchedulerStats {
  /** Tasks (slices) run since the last reset. */
  tasks: number;
  longestTaskMs: number;
  totalMs: number;
}

export interface SchedulerOptions {
  /** Target length of one slice; the real task may overrun it by one unit of work. */
  sliceMs?: number;
  document?: Document;
}

interface Queued {
  job: SliceJob;
  resolve(finished: boolean): void;
}

export class ScanScheduler {
  private readonly sliceMs: number;
  private readonly doc: Document | undefined;
  private readonly queue: Queued[] = [];
  private scheduled = false;
  private waitingForVisible = false;
  private readonly channel: MessageChannel | null;
  private stats: SchedulerStats = { tasks: 0, longestTaskMs: 0, totalMs: 0 };

  constructor(options: SchedulerOptions = {}) {
    this.sliceMs = options.sliceMs ?? 10;
    this.doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
    // A message to ourselves is the quickest way to yield a task without setTimeout's 4 ms clamp.
    this.channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
    if (this.channel) this.channel.port1.onmessage = () => this.tick();
  }

  /** Queues a job; resolves true when it finished, false when it was cancelled. */
  run(job: SliceJob): Promise<boolean> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.schedule();
    });
  }

  /** Drops every queued job (each resolves false). */
  cancelAll(): void {
    for (const queued of this.queue.splice(0)) queued.resolve(false);
  }

  get idle(): boolean {
    return this.queue.length === 0;
  }

  readStats(): SchedulerStats {
    return { ...this.stats };
  }

  resetStats(): void {
    this.stats = { tasks: 0, longestTaskMs: 0, totalMs: 0 };
  }

  /**
   * The page replaced its document with `document.open()`, which takes every listener off it:
   * a scheduler waiting for the tab to be shown listens again.
   */
  reattach(): void {
    if (this.waitingForVisible) this.doc?.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  dispose(): void {
    this.cancelAll();
    this.doc?.removeEventListener('visibilitychange', this.onVisibilityChange);
    if (this.channel) {
      this.channel.port1.onmessage = null;
      this.channel.port1.close();
    }
  }

  private readonly onVisibilityChange = (): void => {
    if (this.doc?.visibilityState === 'hidden') return;
    this.doc?.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.waitingForVisible = false;
    this.schedule();
  };

  private schedule(): void {
    if (this.scheduled || this.waitingForVisible || this.queue.length === 0) return;
    this.scheduled = true;
    if (this.channel) this.channel.port2.postMessage(null);
    else setTimeout(() => this.tick(), 0);
  }

  private tick(): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    if (this.doc?.visibilityState === 'hidden') {
      this.waitingForVisible = true;
      this.doc.addEventListener('visibilitychange', this.onVisibilityChange);
      return;
    }
    const start = performance.now();
    const deadline = start + this.sliceMs;
    let wait: typeof AFTER_FRAME | AfterIdle | null = null;
    while (this.queue.length > 0) {
      const head = this.queue[0] as Queued;
      let finished: StepResult;
      try {
        finished = head.job.step(deadline);
      } catch (error) {
        // A hostile or half-torn-down page must not wedge the queue: drop the job, keep going.
        if (this.queue[0] === head) this.queue.shift();
        head.resolve(false);
        console.warn('Backstory: slice failed', error);
        continue;
      }
      if (finished === AFTER_FRAME || typeof finished === 'object') {
        // The head job stays first: later jobs (rescans) must not overtake it.
        wait = finished;
        break;
      }
      if (finished) {
        // Its step may have cancelled the queue and queued another job (a mention listener asking for
        // a rescan while the scan publishes): that job stays.
        if (this.queue[0] === head) this.queue.shift();
        head.resolve(true);
      }
      if (performance.now() >= deadline) break;
    }
    const took = performance.now() - start;
    this.stats.tasks++;
    this.stats.totalMs += took;
    if (took > this.stats.longestTaskMs) this.stats.longestTaskMs = took;
    if (wait === AFTER_FRAME) this.waitForFrame();
    else if (wait) this.waitForIdle(wait.notBefore);
    else this.schedule();
  }

  /** Ticks again right after the next frame's style and layout (a message posted from rAF runs then). */
  private waitForFrame(): void {
    const view = this.doc?.defaultView;
    if (!view || typeof view.requestAnimationFrame !== 'function') {
      this.schedule();
      return;
    }
    this.waitThen((go) => view.requestAnimationFrame(go), FRAME_WAIT_MS);
  }

  /**
   * Ticks again in the first idle period after `notBefore`, or IDLE_WAIT_MS after it on a page that
   * is never idle.
   */
  private waitForIdle(notBefore: number): void {
    const view = this.doc?.defaultView;
    const whenIdle =
      view && typeof view.requestIdleCallback === 'function'
        ? (go: () => void) => view.requestIdleCallback(go)
        : (go: () => void) => go();
    const delay = Math.max(0, notBefore - performance.now());
    this.waitThen((go) => {
      if (delay === 0) whenIdle(go);
      else setTimeout(() => whenIdle(go), delay);
    }, delay + IDLE_WAIT_MS);
  }

  /** Ticks again when `arm`'s callback runs or `timeoutMs` passes, whichever comes first. */
  private waitThen(arm: (go: () => void) => void, timeoutMs: number): void {
    this.scheduled = true;
    let waiting = true;
    const go = (): void => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      this.scheduled = false;
      this.schedule();
    };
    const timer = setTimeout(go, timeoutMs);
    arm(go);
  }
}
