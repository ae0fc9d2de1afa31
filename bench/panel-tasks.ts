/**
 * A panel's tasks read from the trace (panel-cost.ts marks where the panel's life starts and
 * ends): each task as the Long Tasks API counts it, its wall and thread CPU time, and what it held.
 *
 * With the bench's trace categories a task is a `ThreadControllerImpl::RunTask`, and the
 * microtask checkpoint Blink runs when the task completes (`BlinkScheduler_PerformMicrotaskCheckpoint`)
 * is an event of its own just after it, outside it; yet it is the same task, and in a panel it is
 * where the work is: an extension API's answer arrives in the task, and every promise continuation
 * of ours (the data read, the view made, Preact's render, queued as a microtask) runs in that
 * checkpoint. Counting the task without it missed our code (docs/decisions/0028, 2026-12-07).
 * With `disabled-by-default-devtools.timeline` the trace has a `RunTask` holding both: that one
 * is taken whole.
 */
import type { TraceEvent } from './trace-cost';

export interface PanelTask {
  /** From the panel's start mark, ms. */
  startMs: number;
  wallMs: number;
  /** The thread's CPU time in it; null when the trace has no thread times. */
  cpuMs: number | null;
  /** The largest kind of work in it (see `KINDS`), or 'other'. */
  kind: string;
  /** Wall ms of each kind of work in it, largest first (GC also counts inside script). */
  parts: { kind: string; ms: number }[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** What the trace's events say a task did, by the events of the bench's categories. */
const KINDS: Record<string, readonly string[]> = {
  'HTML parse': ['ParseHTML'],
  script: ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'v8.compile'],
  'style and layout': ['UpdateLayoutTree', 'Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  GC: ['MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL'],
};

const endOf = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Total length of the union of the events' spans, in µs. */
function unionLength(events: readonly TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, endOf(e)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

/** Every task of the panel's thread between its last start and end marks; null without the marks. */
export function panelTasks(events: readonly TraceEvent[], startMark: string, endMark: string): PanelTask[] | null {
  const marked = (message: string) =>
    events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === message).at(-1);
  const start = marked(startMark);
  const end = marked(endMark);
  if (!start || !end) return null;
  const thread = events.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
  const within = (inner: TraceEvent, outer: TraceEvent) =>
    inner !== outer && inner.ts >= outer.ts && endOf(inner) <= endOf(outer);
  const taskEvents = thread.filter((e) => TASK_NAMES.has(e.name));
  // Outermost only: a RunTask holds the ThreadControllerImpl::RunTask it ran.
  const outer = taskEvents.filter((e) => !taskEvents.some((o) => within(e, o) && TASK_NAMES.has(o.name)));
  const checkpoints = thread.filter((e) => e.name === CHECKPOINT && !outer.some((task) => within(e, task)));
  const all = [...outer, ...checkpoints].sort((a, b) => a.ts - b.ts);

  // A checkpoint outside any task ends the task before it.
  const merged: { ts: number; end: number; parts: TraceEvent[] }[] = [];
  for (const e of all) {
    const last = merged.at(-1);
    if (e.name === CHECKPOINT && last) {
      last.end = endOf(e);
      last.parts.push(e);
    } else merged.push({ ts: e.ts, end: endOf(e), parts: [e] });
  }

  const hasCpu = merged.some((task) => task.parts.some((e) => e.tdur !== undefined));
  return merged
    .filter((task) => task.end > start.ts && task.ts < end.ts)
    .map((task) => {
      const inside = thread.filter((e) => e.ts >= task.ts && endOf(e) <= task.end);
      const parts = Object.entries(KINDS)
        .map(([kind, names]) => ({ kind, ms: unionLength(inside.filter((e) => names.includes(e.name))) / 1000 }))
        .filter((part) => part.ms > 0)
        .sort((a, b) => b.ms - a.ms);
      // GC runs inside script: the task is named for its largest kind of work other than that.
      const kind = parts.find((part) => part.kind !== 'GC')?.kind ?? parts[0]?.kind ?? 'other';
      return {
        startMs: (task.ts - start.ts) / 1000,
        wallMs: (task.end - task.ts) / 1000,
        cpuMs: hasCpu ? task.parts.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000 : null,
        kind,
        parts,
      };
    });
}

/** The task with the most wall time and the one with the most thread CPU (often not the same task). */
export function longestPanelTasks(tasks: readonly PanelTask[]): { byWall: PanelTask | null; byCpu: PanelTask | null } {
  const most = (value: (task: PanelTask) => number) =>
    tasks.reduce<PanelTask | null>((best, task) => (best === null || value(task) > value(best) ? task : best), null);
  return {
    byWall: most((task) => task.wallMs),
    byCpu: tasks.some((task) => task.cpuMs !== null) ? most((task) => task.cpuMs ?? 0) : null,
  };
}

/** One line for the bench's tables: wall, CPU, when, its kind and the kinds of work in it. */
export function describeTask(task: PanelTask | null): string {
  if (!task) return '—';
  const cpu = task.cpuMs === null ? '' : `, ${task.cpuMs.toFixed(1)} CPU`;
  const parts = task.parts.map((part) => `${part.kind} ${part.ms.toFixed(1)}`).join(', ');
  return `${task.wallMs.toFixed(1)} ms wall${cpu} at +${task.startMs.toFixed(0)} ms: ${task.kind}${parts ? ` (${parts})` : ''}`;
}
