import { describe, expect, it } from 'vitest';
import { loadCosts, type TraceEvent } from '../../bench/trace-cost';

const CONTENT = 'chrome-extension://abc/content-scripts/content.js';
const on = { pid: 1, tid: 1 };
const task = (ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...on,
  ts,
  dur,
  tdur,
});
const mojo = (name: string, ts: number, tag: string): TraceEvent => ({
  name,
  ph: 'X',
  ...on,
  ts,
  dur: 10,
  args: { chrome_mojo_event_info: { mojo_interface_tag: tag } },
});

/** One load: content.js evaluated, a call into it, storage's answer, a navigation message, the end mark. */
const trace: TraceEvent[] = [
  task(900, 1_000, 800),
  { name: 'EvaluateScript', ph: 'X', ...on, ts: 1_000, dur: 500, args: { data: { url: CONTENT } } },
  task(10_000, 50_000, 20_000),
  { name: 'FunctionCall', ph: 'X', ...on, ts: 10_100, dur: 40_000, args: { data: { url: CONTENT } } },
  task(100_000, 80_000, 70_000),
  mojo('Receive mojo reply', 100_010, 'extensions.mojom.LocalFrameHost'),
  task(200_000, 120_000, 90_000),
  mojo('Receive mojo message', 200_010, 'content.mojom.NavigationClient'),
  { name: 'TimeStamp', ph: 'I', ...on, ts: 400_000, args: { data: { message: 'backstory-bench-load-end' } } },
];

describe('a load read from the trace', () => {
  it('gives the longest task with content-script code, in wall and CPU time', () => {
    const [cost] = loadCosts(trace, 'page');
    expect(cost?.longestTask).toBe(50);
    expect(cost?.longestTaskCpu).toBe(20);
  });

  it("counts the task that reads the extension's answer into the page, and no other message's", () => {
    const [cost] = loadCosts(trace, 'page');
    expect(cost?.longestTaskWithAnswers).toBe(80);
    expect(cost?.longestTaskWithAnswersCpu).toBe(70);
  });
});

describe('loads of a page with frames', () => {
  it('are one per end mark: content.js started in frames (another process, or the same thread later) makes no load', () => {
    const inAdFrame: TraceEvent = {
      name: 'EvaluateScript',
      ph: 'X',
      pid: 2,
      tid: 7,
      ts: 1_200,
      dur: 300,
      args: { data: { url: CONTENT } },
    };
    const inSameOriginFrame: TraceEvent = {
      name: 'EvaluateScript',
      ph: 'X',
      ...on,
      ts: 5_000,
      dur: 200,
      args: { data: { url: CONTENT } },
    };
    const secondLoad = trace.map((e) => ({ ...e, ts: e.ts + 1_000_000 }));
    const costs = loadCosts([...trace, inAdFrame, inSameOriginFrame, ...secondLoad], 'page');
    expect(costs).toHaveLength(2);
    expect(costs.map((c) => c.longestTask)).toEqual([50, 50]);
  });
});
