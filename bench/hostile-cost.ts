/**
 * The "hostile and huge" table (issue 25): what a page too big or too busy, or a reader's huge
 * pack, costs with the built extension loaded. Per case, fresh traced loads (extension-cost.ts's,
 * trace-cost.ts's reading of the trace): the longest main-thread task with Backstory's code in it,
 * the input delay (a key pressed every INPUT_EVERY_MS from the navigation until INPUT_WINDOW_MS
 * after the page is settled, each delay the keydown's handler start minus the event's timestamp,
 * read by a listener the bench adds to the page) and the page's JavaScript heap once settled (after
 * a forced collection; the content script's isolated world shares it).
 *
 * Cases: a plain corpus page (the reference), a page with 40,000 mentions, a page with 6,000
 * rewriting its text 1,000 times a second (hostile-pages.ts), and the same corpus page with a
 * 10,000-entity pack imported through the options page (tests/helpers/big-pack.ts).
 */
import type { Page } from 'playwright-core';
import { bigPack } from '../tests/helpers/big-pack';
import { type ExtensionBuild, type TracedLoad, tracedLoads } from './extension-cost';
import { type ExtensionSession, openExtensionSession } from './extension-session';
import { fortyThousandMentionsPage, mutatingPage, packNamesPage } from './hostile-pages';
import { measurePanel, type PanelCost, panelLongestTasks } from './panel-cost';
import { describeTask } from './panel-tasks';
import { median, round } from './stats';
import type { TraceEvent } from './trace-cost';

/** Loads a case; 0 leaves the table out of `npm run bench`. */
export const HOSTILE_REPS = Number(process.env.BENCH_HOSTILE_REPS ?? 3);
/** The corpus page of the reference and pack cases. */
export const HOSTILE_PAGE = process.env.BENCH_HOSTILE_PAGE ?? 'bbc-1.html';
/** BENCH_HOSTILE_CASES=plain,pack runs only those cases (plain, forty-thousand, mutating, pack, pack-named): A/B runs of one change. */
const CASES = process.env.BENCH_HOSTILE_CASES?.split(',').filter(Boolean);
const wanted = (id: string) => !CASES || CASES.includes(id);
const INPUT_EVERY_MS = 50;
const INPUT_WINDOW_MS = 2_000;
const PACK_ENTITIES = 10_000;
/** How many of the pack's people the pack-named page names: its panels tell the pack. */
const PACK_NAMED = 20;
const DELAYS = '__backstoryBenchInputDelays';
/** The tasks of ours listed one by one: those with more CPU than this (ms), the rest only in the sum. */
const OWN_TASK_SHOWN_MS = 3;

export interface HostileCase {
  case: string;
  /** The longest task with Backstory's code in it, over every load, and its median over loads. */
  longestTaskMs: number;
  longestTaskMedianMs: number;
  /** The same task's CPU time (the thread's), median over loads: steadier on a busy machine. Null without thread times. */
  longestTaskCpuMedianMs: number | null;
  /** Counting also the tasks that read an extension API's answer into the page (trace-cost.ts): median of loads, wall and CPU. */
  withAnswersMedianMs: number;
  withAnswersCpuMedianMs: number | null;
  /**
   * The thread CPU of every task of ours in a load, summed (trace-cost.ts's `cpuWithAnswers`):
   * median over loads. What a page pays in all, where the longest task says only how it is cut.
   */
  ourCpuMedianMs: number | null;
  /** Each load's tasks of ours over OWN_TASK_SHOWN_MS of CPU, in order: where that sum goes. */
  ourTasks: { at: number; kind: string; cpuMs: number }[][];
  /** The CPU time of the page's rendering frames (trace-cost.ts's `frameCpuMedian`, `frameCpuMax`): median and most over loads. */
  frameCpuMedianMs: number | null;
  frameCpuMaxMs: number | null;
  /** Keydown delays, all loads together. */
  inputDelayMedianMs: number;
  inputDelayMaxMs: number;
  inputs: number;
  /** Used JavaScript heap once settled (median over loads). */
  heapMb: number;
  /** Mentions the tab's state reported (median). */
  mentions: number;
  loads: number;
  /** The popup and the side panel opened for the tab of the last load (panel-cost.ts). */
  popup: PanelCost | null;
  sidePanel: PanelCost | null;
}

interface LoadExtras {
  delays: number[];
  heapBytes: number;
  panels?: { popup: PanelCost; sidePanel: PanelCost };
}

/** Hooks for tracedLoads: keys pressed through the load, and what the page recorded, read after. */
function inputAndHeap(session: ExtensionSession, extras: LoadExtras[], reps: number, url?: string) {
  return {
    ...(url ? { url } : {}),
    during: async (page: Page, settled: Promise<unknown>) => {
      await page.addInitScript((key) => {
        const delays: number[] = [];
        (globalThis as unknown as Record<string, number[]>)[key] = delays;
        addEventListener('keydown', (event) => delays.push(performance.now() - event.timeStamp), true);
      }, DELAYS);
      let endAt = Number.POSITIVE_INFINITY;
      void settled.then(() => {
        endAt = Date.now() + INPUT_WINDOW_MS;
      });
      while (Date.now() < endAt) {
        // A press during navigation can fail; the next one counts.
        await page.keyboard.press('Shift').catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, INPUT_EVERY_MS));
      }
    },
    after: async (page: Page) => {
      const delays = await page.evaluate(
        (key) => (globalThis as unknown as Record<string, number[]>)[key] ?? [],
        DELAYS,
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      // The panels once a case, on its last load's tab.
      const panels =
        extras.length === reps - 1
          ? {
              popup: await measurePanel(session.browser, 'popup', page),
              sidePanel: await measurePanel(session.browser, 'sidepanel', page),
            }
          : undefined;
      extras.push({ delays, heapBytes: usedSize, ...(panels ? { panels } : {}) });
    },
    trace: (events: TraceEvent[]) => {
      const panels = extras.at(-1)?.panels;
      if (!panels) return;
      for (const [panel, surface] of [
        [panels.popup, 'popup'],
        [panels.sidePanel, 'sidepanel'],
      ] as const) {
        const { byWall, byCpu } = panelLongestTasks(events, surface);
        panel.longestByWall = byWall;
        panel.longestByCpu = byCpu;
      }
    },
  };
}

function summarise(name: string, loads: TracedLoad[], extras: LoadExtras[]): HostileCase {
  const delays = extras.flatMap((e) => e.delays);
  const tasks = loads.map((l) => l.cost.longestTask);
  const cpu = loads.flatMap((l) => (l.cost.longestTaskCpu === null ? [] : [l.cost.longestTaskCpu]));
  const answersCpu = loads.flatMap((l) =>
    l.cost.longestTaskWithAnswersCpu === null ? [] : [l.cost.longestTaskWithAnswersCpu],
  );
  const ours = loads.flatMap((l) => (l.cost.cpuWithAnswers === null ? [] : [l.cost.cpuWithAnswers]));
  const frames = loads.flatMap((l) => (l.cost.frameCpuMedian === null ? [] : [l.cost.frameCpuMedian]));
  const framesMax = loads.flatMap((l) => (l.cost.frameCpuMax === null ? [] : [l.cost.frameCpuMax]));
  return {
    case: name,
    longestTaskMs: Math.max(...tasks),
    longestTaskMedianMs: median(tasks),
    longestTaskCpuMedianMs: cpu.length ? median(cpu) : null,
    withAnswersMedianMs: median(loads.map((l) => l.cost.longestTaskWithAnswers)),
    withAnswersCpuMedianMs: answersCpu.length ? median(answersCpu) : null,
    ourCpuMedianMs: ours.length ? median(ours) : null,
    ourTasks: loads.map((l) =>
      l.cost.counted
        .filter((task) => task.cpu > OWN_TASK_SHOWN_MS)
        .map((task) => ({ at: round(task.at, 0), kind: task.kind, cpuMs: round(task.cpu, 1) })),
    ),
    frameCpuMedianMs: frames.length ? median(frames) : null,
    frameCpuMaxMs: framesMax.length ? Math.max(...framesMax) : null,
    inputDelayMedianMs: delays.length ? median(delays) : 0,
    inputDelayMaxMs: delays.length ? Math.max(...delays) : 0,
    inputs: delays.length,
    heapMb: median(extras.map((e) => e.heapBytes)) / (1024 * 1024),
    mentions: median(loads.map((l) => l.settled.state.mentions)),
    loads: loads.length,
    popup: extras.at(-1)?.panels?.popup ?? null,
    sidePanel: extras.at(-1)?.panels?.sidePanel ?? null,
  };
}

/** The 10,000-entity pack, imported as a reader brings it: through the options page's file picker. */
export async function importBigPack(session: ExtensionSession): Promise<void> {
  const options = await session.browser.openExtensionPage('options.html');
  await options.waitForSelector('.op-page');
  await options.setInputFiles('[data-testid="pack-file-input"]', {
    name: 'big-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bigPack(PACK_ENTITIES))),
  });
  await options.getByTestId('import-success').waitFor({ timeout: 60_000 });
  await options.close();
}

/** Every case, in one browser: the pack is imported last, so the cases before it run without it. */
export async function measureHostile(
  build: ExtensionBuild,
  reps: number,
  reference: string,
): Promise<{ cases: HostileCase[]; chromium: string }> {
  const session = await openExtensionSession(build.dir, [reference]);
  try {
    const context = session.browser.context;
    const origin = new URL(session.pageUrl(reference)).origin;
    const generated: Record<string, string> = {
      'forty-thousand.html': fortyThousandMentionsPage(),
      'mutating.html': mutatingPage(),
      'pack-names.html': packNamesPage(PACK_ENTITIES, PACK_NAMED),
    };
    await context.route(`${origin}/hostile/*`, (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const body = generated[name];
      return body
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
        : route.fulfill({ status: 404, body: 'not found' });
    });

    const run = async (name: string, page: string, url?: string) => {
      process.stdout.write(`  hostile and huge: ${name}…\n`);
      const extras: LoadExtras[] = [];
      const loads = await tracedLoads(session, page, reps, undefined, inputAndHeap(session, extras, reps, url));
      return summarise(name, loads, extras);
    };

    const cases: HostileCase[] = [];
    if (wanted('plain')) cases.push(await run(`plain page (${reference})`, reference));
    if (wanted('forty-thousand')) {
      cases.push(await run('40,000 mentions', 'forty-thousand.html', `${origin}/hostile/forty-thousand.html`));
    }
    if (wanted('mutating')) {
      cases.push(await run('6,000 mentions, 1,000 changes/s', 'mutating.html', `${origin}/hostile/mutating.html`));
    }
    if (!wanted('pack') && !wanted('pack-named')) return { cases, chromium: context.browser()?.version() ?? 'unknown' };

    await importBigPack(session);
    if (wanted('pack')) cases.push(await run(`${reference}, 10,000-entity pack on`, reference));
    if (wanted('pack-named')) {
      const url = `${origin}/hostile/pack-names.html`;
      cases.push(await run(`${PACK_NAMED} of the pack's people named`, 'pack-names.html', url));
    }

    return { cases, chromium: context.browser()?.version() ?? 'unknown' };
  } finally {
    await session.close();
  }
}

const cpuOf = (panel: PanelCost | null) =>
  panel?.longestByCpu?.cpuMs === null || panel?.longestByCpu?.cpuMs === undefined
    ? '—'
    : round(panel.longestByCpu.cpuMs, 1);

export function printHostileTable(cases: HostileCase[], reps: number, chromium: string): void {
  console.log(`\nHostile and huge (issue 25): ${reps} traced loads a case, Chromium ${chromium}`);
  console.table(
    cases.map((c) => ({
      case: c.case,
      'longest task ms': round(c.longestTaskMs, 1),
      'longest task median ms': round(c.longestTaskMedianMs, 1),
      'its CPU median ms': c.longestTaskCpuMedianMs === null ? '—' : round(c.longestTaskCpuMedianMs, 1),
      'with answers median ms': round(c.withAnswersMedianMs, 1),
      'all ours CPU ms': c.ourCpuMedianMs === null ? '—' : round(c.ourCpuMedianMs, 1),
      'its CPU ms': c.withAnswersCpuMedianMs === null ? '—' : round(c.withAnswersCpuMedianMs, 1),
      'frame CPU median ms': c.frameCpuMedianMs === null ? '—' : round(c.frameCpuMedianMs, 1),
      'frame CPU max ms': c.frameCpuMaxMs === null ? '—' : round(c.frameCpuMaxMs, 1),
      'input delay median ms': round(c.inputDelayMedianMs, 1),
      'input delay max ms': round(c.inputDelayMaxMs, 1),
      inputs: c.inputs,
      'heap MB': round(c.heapMb, 1),
      mentions: c.mentions,
    })),
  );
  console.log(
    `Tasks of ours over ${OWN_TASK_SHOWN_MS} ms CPU, each load (ms from content.js's start, what started it: CPU ms):`,
  );
  for (const c of cases) {
    for (const tasks of c.ourTasks) {
      console.log(`  ${c.case}: ${tasks.map((t) => `+${t.at} ${t.kind} ${t.cpuMs}`).join(', ') || 'none'}`);
    }
  }
  console.log("Panels, opened for the tab of each case's last load (panel-cost.ts):");
  console.table(
    cases.map((c) => ({
      case: c.case,
      'side panel nodes': c.sidePanel?.nodes ?? '—',
      'its rows': c.sidePanel?.rows ?? '—',
      'its longest task ms': c.sidePanel ? round(c.sidePanel.longestTaskMs, 1) : '—',
      'its long tasks': c.sidePanel?.longTasks ?? '—',
      'its longest task CPU ms': cpuOf(c.sidePanel),
      'its heap MB': c.sidePanel ? round(c.sidePanel.heapMb, 1) : '—',
      'popup nodes': c.popup?.nodes ?? '—',
      'popup longest task ms': c.popup ? round(c.popup.longestTaskMs, 1) : '—',
      'popup long tasks': c.popup?.longTasks ?? '—',
      'popup longest task CPU ms': cpuOf(c.popup),
      'popup heap MB': c.popup ? round(c.popup.heapMb, 1) : '—',
    })),
  );
  console.log("What those tasks were (trace: wall, thread CPU, from the panel's start, the kinds of work in it):");
  for (const c of cases) {
    for (const [name, panel] of [
      ['side panel', c.sidePanel],
      ['popup', c.popup],
    ] as const) {
      if (!panel) continue;
      console.log(`  ${c.case}, ${name}: longest by wall ${describeTask(panel.longestByWall)}`);
      if (panel.longestByCpu !== panel.longestByWall) console.log(`    by CPU ${describeTask(panel.longestByCpu)}`);
    }
  }
  console.log(
    `Panels: DOM elements once drawn; long tasks are those over 50 ms (Long Tasks API), 0 when none; longest task CPU: the most thread CPU time of any one task of the panel, its microtasks included (trace, panel-tasks.ts); a task whose wall time is far above its CPU waited for a core (or for V8's helper threads in a parallel collection); heap: the panel's, after a forced collection. Longest task: the whole main-thread task in which Backstory's content script ran (trace-cost.ts); its CPU: the thread's CPU time in it, which waits for a busy core do not add to. Frame CPU: the thread's CPU time in the page's rendering frames from content.js's start, whether or not our code ran in them (our highlights cost frames our code is not in: docs/decisions/0027). With answers: counting also the tasks that read an extension API's answer (storage, messages) into the page. All ours: the CPU of every such task of a load, summed (our part of a page's task where our code ran in one of the page's). Input delay: a key pressed every ${INPUT_EVERY_MS} ms from the navigation until ${INPUT_WINDOW_MS / 1000} s after the page was settled. Heap: the page's used JavaScript heap after a forced collection.`,
  );
}
