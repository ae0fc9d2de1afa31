/**
 * The off-page probe's pieces (bench/offpage-page.ts runs each in a task of its own) read from a
 * Chromium trace: per load, the thread CPU of the tasks that evaluated the script, read the stored
 * pattern, walked, sent and painted.
 */
import type { TraceEvent } from './trace-cost';
import { threadTasks } from './trace-tasks';

/** The page's pieces in thread CPU (ms): each runs in a task of its own (bench/offpage-page.ts). */
export interface PieceCpu {
  evaluate: number;
  /** Extension answers before the walk: the stored candidate pattern, in the variant that reads it. */
  storage: number;
  walk: number;
  send: number;
  paint: number;
}

const END_MARK = 'backstory-bench-load-end';
const EXTENSION_SCRIPT = /^chrome-extension:\/\//;

/**
 * Per load, the thread CPU of the tasks that ran the probe's pieces, told apart by what started
 * each: the script's evaluation, the idle callback (the walk), the timer (the send), the
 * extension's answer (the Ranges and highlights).
 */
export function pieceCpu(events: TraceEvent[]): PieceCpu[] {
  const ends = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === END_MARK)
    .sort((a, b) => a.ts - b.ts);
  return ends.map((end, i) => {
    const from = ends
      .slice(0, i)
      .filter((e) => e.pid === end.pid && e.tid === end.tid)
      .at(-1)?.ts;
    const thread = events.filter(
      (e) =>
        e.pid === end.pid && e.tid === end.tid && e.ph === 'X' && e.ts < end.ts && (from === undefined || e.ts > from),
    );
    const pieces: PieceCpu = { evaluate: 0, storage: 0, walk: 0, send: 0, paint: 0 };
    let walked = false;
    // Each task with the microtask checkpoint that ends it, as the bench counts tasks (trace-tasks.ts).
    const tasks = threadTasks(thread);
    for (const task of tasks) {
      const inTask = thread.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
      const ours = inTask.some(
        (e) =>
          (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
          EXTENSION_SCRIPT.test(e.args?.data?.url ?? e.args?.data?.fileName ?? ''),
      );
      const answer = inTask.some(
        (e) =>
          e.name.startsWith('Receive mojo') &&
          (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom.'),
      );
      if (!ours && !answer) continue;
      const cpu = (task.tdur ?? 0) / 1000;
      if (inTask.some((e) => e.name === 'EvaluateScript')) pieces.evaluate += cpu;
      else if (inTask.some((e) => e.name === 'FireIdleCallback')) {
        pieces.walk += cpu;
        walked = true;
      } else if (answer && !walked) pieces.storage += cpu;
      else if (inTask.some((e) => e.name === 'TimerFire')) pieces.send += cpu;
      else if (answer) pieces.paint += cpu;
    }
    return pieces;
  });
}
