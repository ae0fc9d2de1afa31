import { describe, expect, it } from 'vitest';
import { loadCosts, type TraceEvent } from '../../bench/trace-cost';

const CONTENT = 'chrome-extension://abc/content-scripts/content.js';
const on = { pid: 1, tid: 1 };

/** A complete event on the page's main thread, its script's `url` named when given. */
const scriptEvent = (name: string, ts: number, dur: number, tdur: number, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ...on,
  ts,
  dur,
  tdur,
  ...(url ? { args: { data: { url } } } : {}),
});
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

describe('a task and the microtask checkpoint after it', () => {
  it('are one task: our continuations of an answer, run in the checkpoint, count with it', () => {
    const [cost] = loadCosts(
      [
        ...trace,
        // The answer's task, then the checkpoint Blink runs when it completes, outside it.
        task(330_000, 2_000, 1_500),
        mojo('Receive mojo reply', 330_010, 'extensions.mojom.LocalFrameHost'),
        { name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ph: 'X', ...on, ts: 332_000, dur: 60_000, tdur: 55_000 },
        { name: 'RunMicrotasks', ph: 'X', ...on, ts: 332_000, dur: 60_000, tdur: 55_000 },
        { name: 'FunctionCall', ph: 'X', ...on, ts: 333_000, dur: 50_000, args: { data: { url: CONTENT } } },
      ],
      'page',
    );
    expect(cost?.longestTask).toBe(62);
    expect(cost?.longestTaskCpu).toBe(56.5);
  });
});

describe("a load's rendering frames", () => {
  it('are the tasks that paint from content.js on, whether or not our code ran in them', () => {
    const paint = (ts: number): TraceEvent => ({ name: 'Paint', ph: 'X', ...on, ts, dur: 100 });
    const [cost] = loadCosts(
      [
        // Before content.js: the page's first frame is not counted.
        task(100, 500, 400),
        paint(200),
        ...trace,
        task(330_000, 9_000, 8_000),
        paint(331_000),
        task(340_000, 6_000, 5_000),
        paint(341_000),
        task(350_000, 30_000, 25_000),
        paint(351_000),
      ],
      'page',
    );
    expect(cost?.frameCpuMedian).toBe(8);
    expect(cost?.frameCpuMax).toBe(25);
    expect(loadCosts(trace, 'page')[0]?.frameCpuMedian).toBeNull();
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

describe("the page's own tasks", () => {
  const GATE = 'chrome-extension://abc/frame-gate.js';
  const event = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({
    name,
    ph: 'X',
    ...on,
    ts,
    dur,
    ...(url ? { args: { data: { url } } } : {}),
  });

  it("leave out a task of the page's whose only microtasks are its own", () => {
    const parserTask = [
      task(330_000, 300_000, 330_000),
      event('ParseHTML', 330_010, 200_000),
      event('RunMicrotasks', 530_100, 90_000),
    ];
    const [cost] = loadCosts(
      [...trace.slice(0, -1), ...parserTask, { ...(trace.at(-1) as TraceEvent), ts: 700_000 }],
      'page',
    );
    expect(cost?.longestTask).toBe(50);
    expect(cost?.later).toBe(40);
  });

  it("count only our part of the page's parser task that a frame's script started in", () => {
    // A made-up trace: the parser makes an about:blank frame, whose frame gate runs inside the parser's task.
    const parserTask = [
      task(330_000, 300_000, 330_000),
      event('ParseHTML', 330_010, 290_000),
      // Its wall time is twice its CPU time: it waited for a core.
      { ...event('EvaluateScript', 340_000, 2_000, GATE), tdur: 1_000 },
      event('RunMicrotasks', 342_000, 500),
    ];
    const [cost] = loadCosts(
      [...trace.slice(0, -1), ...parserTask, { ...(trace.at(-1) as TraceEvent), ts: 700_000 }],
      'page',
    );
    expect(cost?.longestTask).toBe(300);
    // Of this made-up trace: the longest of ours is the task our call started, not the parser's
    // task that our gate only ran inside.
    expect(cost?.longestOwnShare).toBe(50);
    expect(cost?.longestOwnShareCpu).toBe(20);
    // The made-up trace's own tasks of the load (the evaluation, the call, storage's answer) and, of
    // the page's task, the gate's CPU and its microtasks'.
    expect(cost?.cpuWithAnswers).toBe(92.3);
  });
});

describe('the rendering frames our code ran in', () => {
  const event = (name: string, ts: number, dur: number, tdur?: number, url?: string): TraceEvent => ({
    name,
    ph: 'X',
    ...on,
    ts,
    dur,
    ...(tdur === undefined ? {} : { tdur }),
    ...(url ? { args: { data: { url } } } : {}),
  });
  const withLoad = (extra: TraceEvent[]) =>
    loadCosts([...trace.slice(0, -1), ...extra, { ...(trace.at(-1) as TraceEvent), ts: 700_000 }], 'page')[0];
  // The CPU of the made-up trace's own tasks of the load: the evaluation, the call, storage's answer.
  const own = 90.8;

  it("count for our requestAnimationFrame callback only: the frame's style, layout and paint are the page's", () => {
    const cost = withLoad([
      task(330_000, 30_000, 25_000),
      event('FireAnimationFrame', 330_010, 400, 300),
      event('FunctionCall', 330_020, 300, 250, CONTENT),
      event('UpdateLayoutTree', 331_000, 10_000, 9_000),
      event('Layout', 341_000, 8_000, 7_000),
      event('Paint', 349_000, 5_000, 4_000),
    ]);
    expect(cost?.cpuWithAnswers).toBeCloseTo(own + 0.25, 6);
    // The figure before: the whole frame.
    expect(cost?.cpuWithAnswersWhole).toBeCloseTo(own + 25, 6);
    expect(cost?.oursFramesCpu).toBe(25);
  });

  it('are told by a frame event other than paint (a frame with nothing to repaint still layerizes)', () => {
    const cost = withLoad([
      task(330_000, 3_000, 2_000),
      event('FunctionCall', 330_020, 300, 100, CONTENT),
      event('Layerize', 331_000, 1_000, 800),
    ]);
    expect(cost?.cpuWithAnswers).toBeCloseTo(own + 0.1, 6);
    expect(cost?.oursFramesCpu).toBe(2);
  });

  it('leave a task our code started whole, with the style and layout it forced', () => {
    const cost = withLoad([
      task(330_000, 30_000, 25_000),
      event('FunctionCall', 330_020, 29_000, 24_000, CONTENT),
      event('UpdateLayoutTree', 331_000, 10_000, 9_000),
      event('Layout', 341_000, 8_000, 7_000),
    ]);
    expect(cost?.cpuWithAnswers).toBeCloseTo(own + 25, 6);
    expect(cost?.cpuWithAnswersWhole).toBeCloseTo(own + 25, 6);
    expect(cost?.oursFramesCpu).toBe(0);
  });

  it('give the longest task as ours its part of a frame, not the whole frame', () => {
    const cost = withLoad([
      task(330_000, 90_000, 80_000),
      event('FireAnimationFrame', 330_010, 400, 300),
      event('FunctionCall', 330_020, 300, 250, CONTENT),
      event('Paint', 331_000, 80_000, 70_000),
    ]);
    expect(cost?.longestTask).toBe(90);
    expect(cost?.longestOwnShare).toBe(50);
    expect(cost?.longestOwnShareCpu).toBe(20);
  });
});

describe("a task of the page's script that our observer's callback ran in", () => {
  const PAGE = 'http://localhost/corpus/page.js';
  const withLoad = (extra: TraceEvent[]) =>
    loadCosts([...trace.slice(0, -1), ...extra, { ...(trace.at(-1) as TraceEvent), ts: 700_000 }], 'page')[0];
  // The CPU of the made-up trace's own tasks of the load: the evaluation, the call, storage's answer.
  const own = 90.8;
  // The page's timer rewrites the DOM; the checkpoint after it runs the page's promise jobs and,
  // among them, the delivery of the mutations to our observer.
  const pageTimer = [
    task(330_000, 20_000, 19_000),
    scriptEvent('TimerFire', 330_010, 9_000, 8_500),
    scriptEvent('FunctionCall', 330_020, 8_900, 8_400, PAGE),
    { name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ph: 'X', ...on, ts: 350_000, dur: 30_000, tdur: 28_000 },
    scriptEvent('RunMicrotasks', 350_000, 30_000, 28_000),
    scriptEvent('FunctionCall', 360_000, 2_000, 1_500, CONTENT),
  ];

  it("counts our callback only, not the page's script or its promise jobs in the same checkpoint", () => {
    const cost = withLoad(pageTimer);
    expect(cost?.cpuWithAnswers).toBeCloseTo(own + 1.5, 6);
    expect(cost?.cpuWithAnswersWhole).toBeCloseTo(own + 1.5, 6);
    expect(cost?.longestOwnShareCpu).toBe(20);
    // The whole task is still the longest task our code ran in.
    expect(cost?.longestTask).toBe(50);
  });

  it('still counts a task our code started whole, with our continuations in its checkpoint', () => {
    const cost = withLoad([
      task(330_000, 2_000, 1_800),
      scriptEvent('FunctionCall', 330_020, 1_500, 1_400, CONTENT),
      { name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ph: 'X', ...on, ts: 332_000, dur: 5_000, tdur: 4_000 },
      scriptEvent('RunMicrotasks', 332_000, 5_000, 4_000),
    ]);
    expect(cost?.cpuWithAnswers).toBeCloseTo(own + 5.8, 6);
  });
});

describe("a load's counted tasks", () => {
  it('are listed with what started each, what is charged and how much of it our scripts ran', () => {
    const [cost] = loadCosts(
      [
        ...trace.slice(0, -1),
        task(330_000, 3_000, 2_500),
        { name: 'FireIdleCallback', ph: 'X', ...on, ts: 330_010, dur: 2_900, tdur: 2_400 },
        {
          name: 'FunctionCall',
          ph: 'X',
          ...on,
          ts: 330_020,
          dur: 2_800,
          tdur: 2_000,
          args: { data: { url: CONTENT } },
        },
        { ...(trace.at(-1) as TraceEvent), ts: 700_000 },
      ],
      'page',
    );
    expect(cost?.counted.map((t) => [t.kind, t.cpu, t.scriptCpu])).toEqual([
      ['evaluate', 0.8, 0],
      ['call', 20, 0],
      ['answer', 70, 0],
      ['idle', 2.5, 2],
    ]);
    expect(cost?.counted.reduce((sum, t) => sum + t.cpu, 0)).toBeCloseTo(cost?.cpuWithAnswers ?? 0, 6);
  });
});

describe('a task someone else started, where our code ran only in its microtask checkpoint', () => {
  it("counts our observer's callback only, even when the trace does not name the task's script", () => {
    const [cost] = loadCosts(
      [
        ...trace.slice(0, -1),
        // A timer whose callback has no script address in the trace, then its checkpoint.
        task(330_000, 1_000, 900),
        scriptEvent('TimerFire', 330_010, 900, 800),
        { name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ph: 'X', ...on, ts: 331_000, dur: 400, tdur: 300 },
        scriptEvent('RunMicrotasks', 331_000, 400, 300),
        scriptEvent('FunctionCall', 331_100, 100, 50, CONTENT),
        { ...(trace.at(-1) as TraceEvent), ts: 700_000 },
      ],
      'page',
    );
    expect(cost?.cpuWithAnswers).toBeCloseTo(90.8 + 0.05, 6);
  });
});
