/**
 * Time-sliced work on the page's main thread: jobs run in slices of a few milliseconds, each slice
 * one task, so that no task Backstory runs comes near 50 ms (a "long task" the reader would feel),
 * even on a huge page. Nothing runs while the tab is hidden; work resumes when it is shown.
 */

export interface SliceJob {
  /** Does work until `deadline` (a performance.now() time); returns true when finished. */
  step(deadline: number): boolean;
}

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
    while (this.queue.length > 0) {
      const head = this.queue[0] as Queued;
      let finished: boolean;
      try {
        finished = head.job.step(deadline);
      } catch (error) {
        // A hostile or half-torn-down page must not wedge the queue: drop the job, keep going.
        this.queue.shift();
        head.resolve(false);
        console.warn('Backstory: a page scan failed', error);
        continue;
      }
      if (finished) {
        this.queue.shift();
        head.resolve(true);
      }
      if (performance.now() >= deadline) break;
    }
    const took = performance.now() - start;
    this.stats.tasks++;
    this.stats.totalMs += took;
    if (took > this.stats.longestTaskMs) this.stats.longestTaskMs = took;
    this.schedule();
  }
}
