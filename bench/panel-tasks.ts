/**
 * A panel's tasks read from the trace (panel-cost.ts marks where the panel's life starts and
 * ends): each task as the Long Tasks API counts it, its microtasks included (trace-tasks.ts), its
 * wall and thread CPU time, and what it held.
 */
import type { TraceEvent } from './trace-cost';
import { threadTasks } from './trace-tasks';

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
  const tasks = threadTasks(thread);
  const hasCpu = tasks.some((task) => task.tdur !== undefined);
  return tasks
    .filter((task) => endOf(task) > start.ts && task.ts < end.ts)
    .map((task) => {
      const inside = thread.filter((e) => e !== task && e.ts >= task.ts && endOf(e) <= endOf(task));
      const parts = Object.entries(KINDS)
        .map(([kind, names]) => ({ kind, ms: unionLength(inside.filter((e) => names.includes(e.name))) / 1000 }))
        .filter((part) => part.ms > 0)
        .sort((a, b) => b.ms - a.ms);
      // GC runs inside script: the task is named for its largest kind of work other than that.
      const kind = parts.find((part) => part.kind !== 'GC')?.kind ?? parts[0]?.kind ?? 'other';
      return {
        startMs: (task.ts - start.ts) / 1000,
        wallMs: (task.dur ?? 0) / 1000,
        cpuMs: hasCpu ? (task.tdur ?? 0) / 1000 : null,
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
