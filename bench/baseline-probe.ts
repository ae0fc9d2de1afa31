/**
 * What the bench's counting (trace-cost.ts) charges an extension that does nothing, on the pages
 * and in the loads where it counts the product: a baseline for issue 23's per-load figures
 * (docs/decisions/0029, section of 2026-12-07 "A do-nothing baseline"). Two throwaway extensions
 * beside the product, each with an empty service worker and a top-frame content script at
 * document_idle: one whose script is empty, one that only observes the document with an empty
 * MutationObserver (the product's observer's options). Each round loads every page with the
 * product, then with each baseline, in that order, each in its own browser; the product's loads
 * end once the page is settled (page-settle.ts), the baselines' a fixed wait after `load`.
 * Per product load it also prints what the counted tasks were and how much of each was our
 * scripts' own time (trace-cost.ts `counted`).
 *
 * `npx tsx bench/baseline-probe.ts` (BASELINE_PAGES=a.html,b.html, BASELINE_REPS=3, BASELINE_ROUNDS=2;
 * BASELINE_KINDS=nothing,observer or fewer; BASELINE_VARIANT=dir, a prototype's build, loaded after the product;
 * BASELINE_BEFORE=path/to/an/earlier/trace-cost.ts also counts the same traces by that file's rules).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtension, tracedLoads } from './extension-cost';
import { type ExtensionSession, openExtensionSession } from './extension-session';
import { median, round } from './stats';
import { type LoadCost, loadCosts, markLoadEnd, type TraceEvent, traceLoads } from './trace-cost';

const PAGES = (
  process.env.BASELINE_PAGES ??
  'wikipedia.html,heise.html,aktualne.html,bbc-1.html,nytimes-1.html,cnn.html,guardian-1.html'
).split(',');
const REPS = Number(process.env.BASELINE_REPS ?? 3);
const ROUNDS = Number(process.env.BASELINE_ROUNDS ?? 2);
/** A baseline has no "settled" signal: its window stays open about as long as a product load's. */
const BASELINE_WAIT_MS = Number(process.env.BASELINE_WAIT_MS ?? 2500);

const SCRIPTS = {
  nothing: '',
  observer:
    "new MutationObserver(()=>{}).observe(document,{subtree:!0,childList:!0,characterData:!0,attributes:!0,attributeFilter:['hidden','contenteditable','open','class','style']});",
} as const;
type Baseline = keyof typeof SCRIPTS;

interface Build {
  dir: string;
  remove(): void;
}

function buildBaseline(kind: Baseline): Build {
  const dir = mkdtempSync(path.join(os.tmpdir(), `backstory-baseline-${kind}-`));
  mkdirSync(path.join(dir, 'content-scripts'));
  writeFileSync(path.join(dir, 'content-scripts/content.js'), SCRIPTS[kind]);
  writeFileSync(path.join(dir, 'background.js'), '');
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `baseline ${kind}`,
      version: '0.0.1',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
    }),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

type Count = (events: TraceEvent[], page: string) => LoadCost[];
/** The same traces counted by an earlier version of the rules, when one is given. */
const before: Promise<Count | null> = process.env.BASELINE_BEFORE
  ? import(path.resolve(process.env.BASELINE_BEFORE)).then((m: { loadCosts: Count }) => m.loadCosts)
  : Promise.resolve(null);
const beforeCpu = async (events: TraceEvent[], name: string): Promise<string> => {
  const count = await before;
  return count ? ` (earlier rules: ${list(count(events, name).map((c) => c.cpuWithAnswers ?? Number.NaN))})` : '';
};

async function baselineLoads(session: ExtensionSession, name: string): Promise<[LoadCost[], string]> {
  const browser = session.browser.context.browser();
  if (!browser) throw new Error('no browser to trace');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const events = await traceLoads(cdp, async () => {
      for (let rep = 0; rep < REPS; rep++) {
        const page = await session.browser.newPage();
        try {
          await page.goto(session.pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
          await page.waitForTimeout(BASELINE_WAIT_MS);
          await markLoadEnd(page);
        } finally {
          await page.close();
        }
      }
    });
    return [loadCosts(events, name), await beforeCpu(events, name)];
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const list = (values: number[]) => values.map((v) => round(v, 1)).join(', ');
const loadAverage = () => os.loadavg()[0]?.toFixed(1);

/** A load's counted CPU by what started each task, and the part of it that was our scripts' own. */
function byKind(cost: LoadCost): string {
  const kinds = new Map<string, { cpu: number; script: number; n: number }>();
  for (const task of cost.counted) {
    const k = kinds.get(task.kind) ?? { cpu: 0, script: 0, n: 0 };
    k.cpu += task.cpu;
    k.script += task.scriptCpu;
    k.n += 1;
    kinds.set(task.kind, k);
  }
  const script = cost.counted.reduce((sum, task) => sum + task.scriptCpu, 0);
  return (
    `cpu ${round(cost.cpuWithAnswers ?? Number.NaN, 1)} (scripts ${round(script, 1)}): ` +
    [...kinds].map(([kind, k]) => `${kind} ${k.n}× ${round(k.cpu, 1)}/${round(k.script, 1)}`).join('; ')
  );
}

/** The product's loads of a page (or a variant's, built elsewhere), each ended once the page is settled. */
async function productRun(label: string, dir: string, name: string, round_: number): Promise<void> {
  const session = await openExtensionSession(dir, [name]);
  try {
    let events: TraceEvent[] = [];
    const loads = await tracedLoads(session, name, REPS, undefined, {
      trace: (all) => {
        events = all;
      },
    });
    const costs = loads.map((l) => l.cost);
    console.log(
      `round ${round_} ${label} ${name}: cpu ${list(costs.map((c) => c.cpuWithAnswers ?? Number.NaN))}${await beforeCpu(events, name)} ` +
        `(median ${round(median(costs.map((c) => c.cpuWithAnswers ?? 0)), 1)}); evaluate ${list(costs.map((c) => c.evaluate))}; ` +
        `mentions ${median(loads.map((l) => l.settled.state.mentions))}; load average ${loadAverage()}`,
    );
    for (const cost of costs) console.log(`  ${byKind(cost)}`);
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const product = buildExtension();
  // BASELINE_VARIANT=dir: a product build made elsewhere (a prototype), loaded after the product each round.
  const variant = process.env.BASELINE_VARIANT;
  const kinds = (process.env.BASELINE_KINDS ?? 'nothing,observer').split(',').filter(Boolean) as Baseline[];
  const baselines = kinds.map((kind) => [kind, buildBaseline(kind)] as const);
  console.log(`load average ${loadAverage()}, ${new Date().toISOString()}; ${REPS} loads a page, ${ROUNDS} rounds`);
  try {
    for (let round_ = 1; round_ <= ROUNDS; round_++) {
      for (const name of PAGES) {
        await productRun('product', product.dir, name, round_);
        if (variant) await productRun('variant', variant, name, round_);
        for (const [kind, build] of baselines) {
          const baselineSession = await openExtensionSession(build.dir, [name]);
          try {
            const [costs, earlier] = await baselineLoads(baselineSession, name);
            console.log(
              `round ${round_} ${kind} ${name}: cpu ${list(costs.map((c) => c.cpuWithAnswers ?? Number.NaN))}${earlier}; ` +
                `evaluate ${list(costs.map((c) => c.evaluate))}; load average ${loadAverage()}`,
            );
            for (const cost of costs) console.log(`  ${byKind(cost)}`);
          } finally {
            await baselineSession.close();
          }
        }
      }
    }
  } finally {
    product.remove();
    for (const [, build] of baselines) build.remove();
  }
  console.log(`load average ${loadAverage()}, ${new Date().toISOString()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
