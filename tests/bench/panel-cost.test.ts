import { describe, expect, it } from 'vitest';
import { panelTaskCpu } from '../../bench/panel-cost';
import type { TraceEvent } from '../../bench/trace-cost';

const panelThread = { pid: 7, tid: 3 };
const task = (ts: number, tdur: number, thread = panelThread): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...thread,
  ts,
  dur: tdur,
  tdur,
});
const mark = (message: string, ts: number): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  ...panelThread,
  ts,
  args: { data: { message } },
});

describe('the CPU of a panel’s longest task, read from the trace', () => {
  it('is the most thread CPU of one task on the panel’s thread between its marks, in ms', () => {
    const events = [
      task(-200_000, 90_000), // before the panel opened
      mark('backstory-bench-panel:popup:start', 1_000),
      task(900, 4_000), // the navigation's task, which runs the start mark
      task(2_000, 30_000),
      task(3_000, 80_000, { pid: 7, tid: 9 }), // another thread
      task(100_000, 12_000),
      mark('backstory-bench-panel:popup:end', 200_000),
      task(300_000, 95_000), // after it closed
    ];
    expect(panelTaskCpu(events, 'popup')).toBe(30);
  });

  it('reads each panel’s own marks, and is null without them', () => {
    const events = [
      mark('backstory-bench-panel:popup:start', 1_000),
      task(2_000, 30_000),
      mark('backstory-bench-panel:popup:end', 50_000),
      mark('backstory-bench-panel:sidepanel:start', 60_000),
      task(70_000, 8_000),
      mark('backstory-bench-panel:sidepanel:end', 90_000),
    ];
    expect(panelTaskCpu(events, 'sidepanel')).toBe(8);
    expect(panelTaskCpu(events.slice(0, 3), 'sidepanel')).toBeNull();
  });
});
