/**
 * What each page load cost the content script, read from Chromium's trace of the renderer's main
 * thread (one trace holds several loads, each ended by a marker): compiling and evaluating content.js, every later call into it and the promise
 * continuations after them (page scripts are stripped, so the thread's continuations are the
 * extension's), the article check's idle callback and what came after it, and the longest task
 * with the content script's work in it. Not counted: style, layout, paint and garbage collection
 * outside those calls, and the native half of a message's delivery.
 */
import type { CDPSession, Page } from 'playwright-core';
// The article check is told apart from the engine's idle callbacks (scan-scheduler's IDLE_WAIT_MS,
// or none) by the timeout it asks for.
import { ARTICLE_CHECK_IDLE_TIMEOUT_MS } from '../lib/page/article-detection';
import { type TaskEvent, threadTasks } from './trace-tasks';

/** A trace event: what `trace-tasks.ts` reads of one (timing, thread CPU), and its arguments. */
export interface TraceEvent extends TaskEvent {
  args?: {
    data?: { url?: string; fileName?: string; id?: number; timeout?: number; message?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export interface LoadCost {
  /** V8 compiling content.js (part of `evaluate`). */
  compile: number;
  /** Evaluating content.js: compile, top level and `main()` up to its first await. */
  evaluate: number;
  /** After that: calls into content.js and the promise continuations on the thread. */
  later: number;
  /**
   * The article check's idle callback: the detection, and on an article page the body block's
   * outerHTML and the request. Null when the trace has none (see ARTICLE_CHECK_IDLE_TIMEOUT_MS).
   */
  check: number | null;
  /** The part of `later` that started after the check: the answer, its tables, the rescan. */
  afterCheck: number;
  /**
   * The longest main-thread task (the whole task) in which the content script ran. In a page that
   * makes frames as it parses, a frame's script runs inside the page's own task (decision 0029), so
   * this is the page's figure more than Backstory's: `longestOwnShare` is ours.
   */
  longestTask: number;
  /**
   * The longest task as Backstory's: a task it started (its script's evaluation, a timer, an
   * answer) counts whole, with the style and layout it made the page do; a task of the page's that
   * our script ran inside (the parser's, making a frame the frame gate starts in; a rendering frame
   * that runs our requestAnimationFrame callback) counts for our part of it only: our scripts'
   * evaluations and calls (any extension script) and the microtasks of that task, counted once
   * where they overlap.
   */
  longestOwnShare: number;
  /**
   * The same in thread CPU time (our part of a page's task: our outermost events' thread times): on
   * a machine that other work keeps busy, the wall time counts the waits for a core. Null without
   * thread times.
   */
  longestOwnShareCpu: number | null;
  /**
   * The most CPU time the thread spent in one such task: on a machine that other work keeps
   * busy, wall time counts the waits for a core too. Null when the trace has no thread times.
   */
  longestTaskCpu: number | null;
  /**
   * The same two, counting also the tasks that deliver an extension API's answer to the page (a
   * `storage.local.get`, a message): reading the answer into the page runs no content-script code,
   * yet a big answer (a whole story pack) is the page's longest task (docs/decisions/0021).
   */
  longestTaskWithAnswers: number;
  longestTaskWithAnswersCpu: number | null;
  /**
   * Thread CPU time, summed, of every task in which content.js ran or an extension answer (a
   * storage read, a message) arrived: what the load cost the page's thread, data handed to it
   * included, whatever else the machine was doing (docs/decisions/0022). A task of the page's that
   * our code ran inside (its parser's, a rendering frame) counts for our part only. Null without
   * thread times.
   */
  cpuWithAnswers: number | null;
  /**
   * The same with the rendering frames our code ran in counted whole, the page's style, layout and
   * paint in them included: the figure before decision 0029's dated section of issue 23's third
   * pass, kept so the two can be compared. Null without thread times.
   */
  cpuWithAnswersWhole: number | null;
  /**
   * The thread CPU time of the rendering frames our code ran in, whole (the part of
   * `cpuWithAnswersWhole` that `cpuWithAnswers` counts for our part only). Null without thread times.
   */
  oursFramesCpu: number | null;
  /**
   * The thread CPU time of the page's rendering frames (tasks that paint) from content.js's start,
   * median and most: no code of ours needs to run in a frame for our highlights to cost it (Chromium
   * rebuilds the marks of every highlighted range in each frame after a DOM change:
   * docs/decisions/0027), so this is compared with and without the change, not attributed. Null
   * without thread times or frames.
   */
  frameCpuMedian: number | null;
  frameCpuMax: number | null;
  /** Each task `cpuWithAnswers` counts, in order: what it is charged and what of that is our scripts' own time. */
  counted: CountedTask[];
}

/** One task of a load as `cpuWithAnswers` counts it (thread CPU, ms; 0 where the trace has none). */
export interface CountedTask {
  /** Its start and length on the trace's clock (µs). */
  ts: number;
  dur: number;
  /** Its start, from the evaluation of content.js's start (ms; negative for a frame's gate before it). */
  at: number;
  /** What started it: see `taskKind`. */
  kind: TaskKind;
  /** What `cpuWithAnswers` counts of it. */
  cpu: number;
  /**
   * Of that, the thread time of our outermost script events and counted microtasks in it: the rest
   * is the browser's work for us (delivering an answer, compiling, style our code forced, GC).
   */
  scriptCpu: number;
}

export type TaskKind = 'evaluate' | 'answer' | 'idle' | 'timer' | 'frame' | 'parser' | 'call';

/** `toplevel` gives the tasks (RunTask), `devtools.timeline` the calls and idle callbacks. */
const CATEGORIES = 'devtools.timeline,v8.execute,toplevel';
const CONTENT_SCRIPT = 'content-scripts/content.js';
/** Every script of the extension: the content scripts and the modules they import. */
const EXTENSION_SCRIPT = /^(chrome|moz)-extension:\/\//;
/**
 * Events that run only in a rendering frame's update (the main thread's frame: animation-frame
 * callbacks, paint, layerization): a task holding one is the page's frame. Style and layout are
 * not among them, as our own tasks force those when they read computed style.
 */
const FRAME_EVENTS = new Set(['FireAnimationFrame', 'Paint', 'Layerize']);
/** The microtask checkpoint Blink runs when a task completes (trace-tasks.ts). */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** The end of a load's window, written into the trace by `markLoadEnd`. */
const END_MARK = 'backstory-bench-load-end';

/**
 * Traces `loads` in one trace: ending a trace takes Chromium about 5 s here whatever it holds, so
 * one per page, not one per load. `cdp` is a browser-level session (the trace outlives each tab).
 */
export async function traceLoads(
  cdp: CDPSession,
  loads: () => Promise<void>,
  extraCategories: readonly string[] = [],
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types each event as a string map; the fields read here are the trace format's.
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const categories = [CATEGORIES, ...extraCategories].join(',');
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    await loads();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Ends the load's window: a console.timeStamp on the page's main thread, after everything counted. */
export async function markLoadEnd(page: Page): Promise<void> {
  await page.evaluate((mark) => console.timeStamp(mark), END_MARK);
}

/** Each load's cost, in the order the loads ran. */
export function loadCosts(events: TraceEvent[], page: string): LoadCost[] {
  // One end mark per load, made in the top page. The content script also starts in the page's
  // frames (decision 0025): a frame of another site runs in a process of its own, and a load is
  // the top page's, so each load is the first evaluation of content.js on the end mark's thread
  // since the previous load ended there.
  const ends = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === END_MARK)
    .sort((a, b) => a.ts - b.ts);
  const evaluations = events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isContentScript(e))
    .sort((a, b) => a.ts - b.ts);
  return ends.map((end, i) => {
    const sameThread = (e: TraceEvent) => e.pid === end.pid && e.tid === end.tid;
    const previous = ends.slice(0, i).filter(sameThread).at(-1);
    const evaluation = evaluations.find(
      (e) => sameThread(e) && e.ts < end.ts && (previous === undefined || e.ts > previous.ts),
    );
    if (!evaluation) throw new Error(`${page}: a load's content-script evaluation is missing from the trace`);
    // From the previous load's end: a frame's gate may run before the top page's content.js.
    const from = previous?.ts ?? Number.NEGATIVE_INFINITY;
    const window = events.filter((e) => sameThread(e) && e.ts + (e.dur ?? 0) > from && e.ts < end.ts);
    return loadCost(window, evaluation);
  });
}

const scriptOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.fileName ?? '';
const isContentScript = (e: TraceEvent) => scriptOf(e).endsWith(CONTENT_SCRIPT);
const isOurs = (e: TraceEvent) => EXTENSION_SCRIPT.test(scriptOf(e));
const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];

/** The events not inside another of the list: nested events' time is in their outer event's. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const within = (e: TraceEvent, outer: TraceEvent) =>
    outer !== e && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  return events.filter((e) => !events.some((outer) => within(e, outer)));
}

/** Total length of the union of [start, end) intervals: nested or overlapping events count once. */
function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of sorted) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

/**
 * One load's cost from the events of its window on the thread that evaluated content.js (a page's
 * iframes have renderer main threads of their own). Milliseconds.
 */
function loadCost(thread: TraceEvent[], evaluation: TraceEvent): LoadCost {
  const complete = thread.filter((e) => e.ph === 'X');
  const onThread = complete.filter((e) => e.ts >= evaluation.ts);
  const evaluateEnd = evaluation.ts + (evaluation.dur ?? 0);
  // Each task with the microtask checkpoint that ends it, where our continuations run (trace-tasks.ts).
  const allTasks = threadTasks(complete);
  const taskOf = (e: TraceEvent) => allTasks.find((task) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  // Only the extension's own answers reach a frame on these interfaces: page scripts cannot call them.
  const answers = onThread.filter(
    (e) =>
      e.name.startsWith('Receive mojo') &&
      (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom.'),
  );
  // Ours: whatever ran an extension script on this thread in the load's window (the top page's
  // content.js, the scripts of its same-origin frames, the modules they import), and the microtask
  // checkpoints of the tasks where our code ran or an extension answer arrived: a promise of ours
  // is settled by our code or by such an answer. Another task's microtasks are the page's (its
  // parser's, its frames'), even though the page's scripts are stripped (decision 0029).
  const scripts = complete.filter((e) => isOurs(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'));
  const oursOrAnswered = new Set(
    [...scripts, ...answers].flatMap((e) => {
      const task = taskOf(e);
      return task ? [task] : [];
    }),
  );
  const microtasks = complete.filter((e) => {
    if (e.name !== 'RunMicrotasks') return false;
    const task = taskOf(e);
    return task !== undefined && oursOrAnswered.has(task);
  });
  const calls = [...scripts.filter((e) => e !== evaluation), ...microtasks];
  const later = calls
    .map(span)
    // Whatever ran inside the evaluation is already counted in it.
    .flatMap(([start, end]): [number, number][] => [
      [start, Math.min(end, evaluation.ts)],
      [Math.max(start, evaluateEnd), end],
    ])
    .filter(([start, end]) => end > start);
  const compile = onThread
    .filter((e) => e.name === 'v8.compile' && isContentScript(e))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);

  const checkRequest = thread.find(
    (e) =>
      e.name === 'RequestIdleCallback' &&
      e.ts >= evaluation.ts &&
      e.args?.data?.timeout === ARTICLE_CHECK_IDLE_TIMEOUT_MS,
  );
  const check = checkRequest
    ? onThread.find((e) => e.name === 'FireIdleCallback' && e.args?.data?.id === checkRequest.args?.data?.id)
    : undefined;
  const checkEnd = check ? check.ts + (check.dur ?? 0) : Number.POSITIVE_INFINITY;

  // A task counts when the content script ran in it: the evaluation, a call, a continuation.
  const work = [evaluation, ...calls];
  const inside = (task: TraceEvent, events: TraceEvent[]) =>
    events.some((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  const tasks = allTasks.filter((task) => inside(task, work));
  const withAnswers = allTasks.filter((task) => inside(task, work) || inside(task, answers));
  const longest = (list: TraceEvent[]) => list.reduce((most, task) => Math.max(most, task.dur ?? 0), 0);
  const longestCpu = (list: TraceEvent[]) => {
    const cpu = list.flatMap((task) => (task.tdur === undefined ? [] : [task.tdur]));
    return cpu.length ? Math.max(...cpu) / 1000 : null;
  };
  const longestTask = longest(tasks);
  /**
   * A task of the page's that our script ran inside (the parser's, when it makes a frame we start
   * in) counts for our part of it only; a task that ours or an answer started counts whole, with
   * the style and layout our work made the page do.
   */
  const parserTask = (task: TraceEvent) =>
    complete.some((e) => e.name === 'ParseHTML' && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  /**
   * A rendering frame is the page's too: our scheduler's requestAnimationFrame callback runs in it,
   * but the frame's style, layout and paint are the page's own whether or not we asked for a
   * callback (what our highlights add to frames is `frameCpu*`, compared between builds).
   */
  const renderingFrame = (task: TraceEvent) =>
    complete.some((e) => FRAME_EVENTS.has(e.name) && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  /**
   * A task in which the page's own script ran (a timer, an event, a message of the page's) is the
   * page's as well: our code runs in it only because the page made it run (our MutationObserver's
   * callback, delivered in the checkpoint after the page's script changed the DOM; a listener of
   * ours on an event the page dispatched), and the checkpoint that runs our callback also runs the
   * page's promise jobs. Only our scripts' own events in it are ours.
   */
  const pageScript = (e: TraceEvent) =>
    (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && scriptOf(e) !== '' && !isOurs(e);
  const pageScriptTask = (task: TraceEvent) =>
    complete.some((e) => pageScript(e) && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  /**
   * The same when our code ran in a task only inside its microtask checkpoint, with no answer of
   * ours in it: someone else started the task (a timer or handler whose script the trace does not
   * name, the browser's own work) and changed the DOM, and our observer's callback was delivered
   * in the checkpoint after it.
   */
  const checkpoints = complete.filter((e) => e.name === 'RunMicrotasks' || e.name === CHECKPOINT);
  const inCheckpoint = (e: TraceEvent) =>
    checkpoints.some((c) => c !== e && e.ts >= c.ts && e.ts < c.ts + (c.dur ?? 0));
  const inTask = (e: TraceEvent, task: TraceEvent) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0);
  const startedByUs = (task: TraceEvent) =>
    [evaluation, ...scripts].some((e) => inTask(e, task) && !inCheckpoint(e)) || answers.some((e) => inTask(e, task));
  const othersTask = (task: TraceEvent) => pageScriptTask(task) || !startedByUs(task);
  const pageTask = (task: TraceEvent) => parserTask(task) || renderingFrame(task) || othersTask(task);
  /** What of ours ran in a task: in one someone else started, our scripts' events alone. */
  const oursIn = (task: TraceEvent) => {
    const mine = work.filter((e) => inTask(e, task));
    return othersTask(task) ? mine.filter((e) => e.name !== 'RunMicrotasks') : mine;
  };
  /** Our part of a task: the union of our work inside it. */
  const ownIn = (task: TraceEvent) => {
    const taskEnd = task.ts + (task.dur ?? 0);
    return unionLength(
      oursIn(task)
        .map((e): [number, number] => [Math.max(e.ts, task.ts), Math.min(e.ts + (e.dur ?? 0), taskEnd)])
        .filter(([start, end]) => end > start),
    );
  };
  /** Our part of a page's task in thread CPU: our outermost events' own thread times (else their wall times). */
  const ownCpuIn = (task: TraceEvent) => outermost(oursIn(task)).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
  const cpuOf = (task: TraceEvent) => (pageTask(task) ? ownCpuIn(task) : (task.tdur ?? 0));
  const wholeFrameCpuOf = (task: TraceEvent) =>
    parserTask(task) || othersTask(task) ? ownCpuIn(task) : (task.tdur ?? 0);
  const withCpu = withAnswers.some((task) => task.tdur !== undefined);
  const sumOver = (list: TraceEvent[], cpu: (task: TraceEvent) => number) =>
    list.reduce((sum, task) => sum + cpu(task), 0) / 1000;
  const oursFrames = withAnswers.filter((task) => renderingFrame(task) && !parserTask(task));
  const ownLength = (task: TraceEvent) => (pageTask(task) ? ownIn(task) : (task.dur ?? 0));
  const hasCpu = tasks.some((task) => task.tdur !== undefined);
  const paints = onThread.filter((e) => e.name === 'Paint');
  const frameCpu = allTasks
    .filter((task) => task.ts >= evaluation.ts && task.tdur !== undefined && inside(task, paints))
    .map((task) => (task.tdur ?? 0) / 1000)
    .sort((a, b) => a - b);

  /** Our scripts' own thread time in a task we started: its whole is charged, this is what of it ran our code. */
  const scriptCpuIn = (task: TraceEvent) =>
    outermost(work.filter((e) => inTask(e, task))).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  const counted = withAnswers.map(
    (task): CountedTask => ({
      ts: task.ts,
      dur: task.dur ?? 0,
      at: (task.ts - evaluation.ts) / 1000,
      kind: taskKind(task, complete, answers, evaluation),
      cpu: (task.tdur === undefined ? 0 : cpuOf(task)) / 1000,
      scriptCpu: (pageTask(task) ? ownCpuIn(task) : scriptCpuIn(task)) / 1000,
    }),
  );

  return {
    counted,
    compile: compile / 1000,
    evaluate: (evaluation.dur ?? 0) / 1000,
    later: unionLength(later) / 1000,
    check: check ? (check.dur ?? 0) / 1000 : null,
    afterCheck: unionLength(later.filter(([start]) => start >= checkEnd)) / 1000,
    longestTask: longestTask / 1000,
    longestOwnShare: tasks.reduce((most, task) => Math.max(most, ownLength(task)), 0) / 1000,
    longestOwnShareCpu: hasCpu ? tasks.reduce((most, task) => Math.max(most, cpuOf(task)), 0) / 1000 : null,
    longestTaskCpu: longestCpu(tasks),
    longestTaskWithAnswers: longest(withAnswers) / 1000,
    longestTaskWithAnswersCpu: longestCpu(withAnswers),
    cpuWithAnswers: withCpu ? sumOver(withAnswers, cpuOf) : null,
    cpuWithAnswersWhole: withCpu ? sumOver(withAnswers, wholeFrameCpuOf) : null,
    oursFramesCpu: withCpu ? sumOver(oursFrames, (task) => task.tdur ?? 0) : null,
    frameCpuMedian: frameCpu.length ? (frameCpu[Math.floor((frameCpu.length - 1) / 2)] as number) : null,
    frameCpuMax: frameCpu.at(-1) ?? null,
  };
}

/**
 * What started a counted task, by what it holds: content.js's evaluation, the parser (a frame's
 * gate inside it), a rendering frame, an idle callback, a timer, an extension's answer, or else
 * other work of ours (a MessageChannel slice of the scan scheduler, an event listener, a frame's
 * gate evaluated in a task of its own).
 */
function taskKind(task: TraceEvent, events: TraceEvent[], answers: TraceEvent[], evaluation: TraceEvent): TaskKind {
  const end = task.ts + (task.dur ?? 0);
  const holds = (test: (e: TraceEvent) => boolean) => events.some((e) => e.ts >= task.ts && e.ts < end && test(e));
  if (evaluation.ts >= task.ts && evaluation.ts < end) return 'evaluate';
  if (holds((e) => e.name === 'ParseHTML')) return 'parser';
  if (holds((e) => FRAME_EVENTS.has(e.name))) return 'frame';
  if (holds((e) => e.name === 'FireIdleCallback')) return 'idle';
  if (holds((e) => e.name === 'TimerFire')) return 'timer';
  if (answers.some((e) => e.ts >= task.ts && e.ts < end)) return 'answer';
  return 'call';
}
