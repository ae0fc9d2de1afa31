import { describe, expect, it } from 'vitest';
import { describeTask, longestPanelTasks, panelTasks } from '../../bench/panel-tasks';
import type { TraceEvent } from '../../bench/trace-cost';

const thread = { pid: 7, tid: 3 };
const START = 'backstory-bench-panel:sidepanel:start';
const END = 'backstory-bench-panel:sidepanel:end';
const ev = (name: string, ts: number, dur: number, tdur?: number): TraceEvent => ({
  name,
  ph: 'X',
  ...thread,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});
const mark = (message: string, ts: number): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  ...thread,
  ts,
  args: { data: { message } },
});

/**
 * As the bench's categories trace a panel: a storage answer arrives in a short task, and the
 * promise continuations it settles (reading the part, making the view, Preact's render) run in the
 * microtask checkpoint Blink records after the task, outside it. Then the first frame.
 */
const opening: TraceEvent[] = [
  mark(START, 1_000),
  ev('ThreadControllerImpl::RunTask', 10_000, 2_000, 1_500),
  ev('Receive mojo reply', 10_100, 1_800, 1_400),
  ev('BlinkScheduler_PerformMicrotaskCheckpoint', 12_000, 60_000, 20_000),
  ev('RunMicrotasks', 12_000, 60_000, 20_000),
  ev('FunctionCall', 13_000, 50_000, 16_000),
  ev('MinorGC', 20_000, 8_000, 2_000),
  // The first frame: style, layout and paint of what the render added.
  ev('ThreadControllerImpl::RunTask', 80_000, 30_000, 25_000),
  ev('UpdateLayoutTree', 80_100, 9_000, 8_000),
  ev('Layout', 89_200, 15_000, 13_000),
  ev('Paint', 105_000, 4_000, 3_000),
  // Another thread's task, and one after the end mark: neither the panel's.
  { ...ev('ThreadControllerImpl::RunTask', 20_000, 90_000, 90_000), tid: 9 },
  mark(END, 200_000),
  ev('ThreadControllerImpl::RunTask', 300_000, 95_000, 95_000),
];

describe("a panel's tasks, read from the trace", () => {
  it('count the microtask checkpoint after a task as part of it, as the Long Tasks API does', () => {
    const tasks = panelTasks(opening, START, END) ?? [];
    expect(tasks.map((t) => [t.startMs, t.wallMs, t.cpuMs])).toEqual([
      [9, 62, 21.5],
      [79, 30, 25],
    ]);
  });

  it('name what each held: our script (with its collections) or the frame’s style, layout and paint', () => {
    const [answer, frame] = panelTasks(opening, START, END) ?? [];
    expect(answer?.kind).toBe('script');
    expect(answer?.parts).toEqual([
      { kind: 'script', ms: 60 },
      { kind: 'GC', ms: 8 },
    ]);
    expect(frame?.kind).toBe('style and layout');
    expect(frame?.parts.map((p) => p.kind)).toEqual(['style and layout', 'paint']);
  });

  it('tell the longest by wall from the longest by CPU', () => {
    const { byWall, byCpu } = longestPanelTasks(panelTasks(opening, START, END) ?? []);
    expect(byWall?.wallMs).toBe(62);
    expect(byCpu?.cpuMs).toBe(25);
    expect(describeTask(byWall)).toBe('62.0 ms wall, 21.5 CPU at +9 ms: script (script 60.0, GC 8.0)');
  });

  it('take a RunTask that holds the task and its checkpoint whole, counted once', () => {
    const whole = [
      mark(START, 0),
      ev('RunTask', 10_000, 62_000, 21_500),
      ev('ThreadControllerImpl::RunTask', 10_000, 2_000, 1_500),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 12_000, 60_000, 20_000),
      mark(END, 100_000),
    ];
    expect(panelTasks(whole, START, END)?.map((t) => [t.wallMs, t.cpuMs])).toEqual([[62, 21.5]]);
  });

  it('are none without the marks', () => {
    expect(panelTasks(opening.slice(1), START, END)).toBeNull();
    expect(longestPanelTasks([])).toEqual({ byWall: null, byCpu: null });
  });
});
