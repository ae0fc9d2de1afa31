/**
 * A thread's tasks, read from Chromium's trace as the Long Tasks API counts them: each task with
 * the microtask checkpoint that ends it.
 *
 * With the bench's trace categories a task is a `ThreadControllerImpl::RunTask`, and the microtask
 * checkpoint Blink runs when the task completes (`BlinkScheduler_PerformMicrotaskCheckpoint`) is an
 * event of its own just after it, outside it; yet it is the same task, and it is where an extension
 * API's answer is used: the answer arrives in the task, and the promise continuations it settles
 * (ours: reading the answer, building from it, a panel's render, queued as a microtask) run in
 * that checkpoint. A task counted without it leaves our code out (docs/decisions/0028, 2026-12-07).
 * With `disabled-by-default-devtools.timeline` the trace has a `RunTask` holding both: that one is
 * taken whole.
 */

/** What this reads of a trace event (trace-cost.ts's TraceEvent has these and more). */
export interface TaskEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (thread ticks), where the trace has it. */
  tdur?: number;
}

export const TASK_NAMES: ReadonlySet<string> = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

const endOf = (e: TaskEvent) => e.ts + (e.dur ?? 0);

/**
 * The tasks of one thread's complete events, in order, each a `RunTask` event spanning the task
 * and the checkpoint after it, its `tdur` their thread times summed (absent when neither has one).
 */
export function threadTasks(thread: readonly TaskEvent[]): TaskEvent[] {
  const sorted = thread
    .filter((e) => e.ph === 'X' && (TASK_NAMES.has(e.name) || e.name === CHECKPOINT))
    // Outer before inner where they start together.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TaskEvent[] = [];
  for (const e of sorted) {
    const last = tasks.at(-1);
    // Inside the last task (a RunTask holds its ThreadControllerImpl::RunTask and checkpoint).
    if (last && e.ts < endOf(last) && endOf(e) <= endOf(last)) continue;
    if (e.name === CHECKPOINT && last) {
      // The checkpoint ends the task before it.
      last.dur = endOf(e) - last.ts;
      if (e.tdur !== undefined) last.tdur = (last.tdur ?? 0) + e.tdur;
      continue;
    }
    tasks.push({
      name: 'RunTask',
      ph: 'X',
      pid: e.pid,
      tid: e.tid,
      ts: e.ts,
      dur: e.dur ?? 0,
      ...(e.tdur === undefined ? {} : { tdur: e.tdur }),
    });
  }
  return tasks;
}
