import { describe, expect, it } from 'vitest';
import { pieceCpu } from '../../bench/offpage-pieces';
import type { TraceEvent } from '../../bench/trace-cost';

const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';
const on = { pid: 1, tid: 1 };
const task = (ts: number, tdur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', ...on, ts, dur: 9_000, tdur });
const event = (name: string, ts: number, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ...on,
  ts,
  dur: 100,
  ...(url ? { args: { data: { url } } } : {}),
});
const answer = (ts: number): TraceEvent => ({
  name: 'Receive mojo reply',
  ph: 'X',
  ...on,
  ts,
  dur: 10,
  args: { chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.LocalFrameHost' } },
});
const end = (ts: number): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  ...on,
  ts,
  args: { data: { message: 'backstory-bench-load-end' } },
});

/** One load: evaluation, a stored answer, the walk's idle callback, the send's timer, the answer painted. */
const load = (at: number): TraceEvent[] => [
  task(at, 1_000),
  event('EvaluateScript', at + 10, SCRIPT),
  task(at + 10_000, 500),
  answer(at + 10_010),
  task(at + 20_000, 4_000),
  event('FireIdleCallback', at + 20_010),
  event('FunctionCall', at + 20_020, SCRIPT),
  task(at + 30_000, 800),
  event('TimerFire', at + 30_010),
  event('FunctionCall', at + 30_020, SCRIPT),
  task(at + 40_000, 300),
  answer(at + 40_010),
  // The page's own idle callback: no script of ours, no extension answer.
  task(at + 50_000, 7_000),
  event('FireIdleCallback', at + 50_010),
  event('FunctionCall', at + 50_020, 'https://page.example/app.js'),
  end(at + 60_000),
];

describe("the off-page probe's pieces read from a trace", () => {
  it('gives each piece the thread CPU of its own task, and the page its own', () => {
    expect(pieceCpu(load(0))).toEqual([{ evaluate: 1, storage: 0.5, walk: 4, send: 0.8, paint: 0.3 }]);
  });

  it('counts an answer before the walk as the stored read and one after it as the paint', () => {
    const [pieces] = pieceCpu(load(0).filter((e) => e.ts !== 10_000 && e.ts !== 10_010));
    expect(pieces?.storage).toBe(0);
    expect(pieces?.paint).toBe(0.3);
  });

  it('splits two loads at the end mark between them', () => {
    expect(pieceCpu([...load(0), ...load(100_000)]).map((p) => p.walk)).toEqual([4, 4]);
  });
});
